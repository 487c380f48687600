// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_MAX_HEIGHT, EDGE, GAP } from '../../../entrypoints/content/card-placement';
import { Overlay, type OverlayActions } from '../../../entrypoints/content/overlay';
import { EMPTY_OVERLAY, type OverlayState } from '../../../entrypoints/content/overlay-state';
import { createStore } from '../../../entrypoints/content/store';
import { makeClaim, mount, one, unmountAll } from '../components/render';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const actions = new Proxy({}, { get: () => vi.fn() }) as OverlayActions;

/** Mounts the overlay with a claim card on words whose line spans `top`…`top + 20` px. */
function claimCardAt(top: number, cardHeight: number): HTMLElement {
  // happy-dom lays nothing out: the card reports the height a browser would measure.
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(cardHeight);
  const store = createStore<OverlayState>({
    ...EMPTY_OVERLAY,
    card: {
      kind: 'claim',
      anchor: { left: 100, top, right: 300, bottom: top + 20 },
      data: { claim: makeClaim() },
    },
  });
  return mount(<Overlay store={store} actions={actions} />);
}

describe('the placed card', () => {
  it('sits below its words with the full cap when it fits there', () => {
    const placed = one(claimCardAt(100, 300), '.g-placed');
    expect(placed.getAttribute('data-gloss-placed')).toBe('below');
    expect(placed.style.top).toBe(`${120 + GAP}px`);
    expect(placed.style.getPropertyValue('--g-card-max-height')).toBe(`${CARD_MAX_HEIGHT}px`);
    expect(placed.querySelector('[data-gloss-card][data-kind="claim"]')).not.toBeNull();
  });

  it('is capped to the room on its side when it is measured taller than both rooms', () => {
    const vh = window.innerHeight;
    const top = Math.round(vh / 2);
    const placed = one(claimCardAt(top, vh), '.g-placed');
    const side = placed.getAttribute('data-gloss-placed');
    const room = side === 'below' ? vh - (top + 20) - GAP - EDGE : top - GAP - EDGE;
    expect(['below', 'above']).toContain(side);
    expect(placed.style.getPropertyValue('--g-card-max-height')).toBe(
      `${Math.min(CARD_MAX_HEIGHT, room)}px`,
    );
  });
});
