import { describe, expect, it } from 'vitest';
import {
  CARD_MAX_HEIGHT,
  CARD_WIDTH,
  EDGE,
  GAP,
  placeCard,
  placementStyle,
} from '../../../entrypoints/content/card-placement';
import type { Anchor } from '../../../entrypoints/content/overlay-state';

const viewport = { width: 1280, height: 900 };

/** One line of words, 20 px tall, whose top is at `top`. */
const line = (top: number, left = 100): Anchor => ({
  left,
  top,
  right: left + 120,
  bottom: top + 20,
});

/** The card's top and bottom edges in the viewport, for a card of natural height `height`. */
function edges(anchor: Anchor, height: number, vp = viewport) {
  const p = placeCard(anchor, vp, height);
  const shown = Math.min(height, p.maxHeight);
  const top = p.top ?? vp.height - (p.bottom ?? 0) - shown;
  return { p, top, bottom: top + shown };
}

describe('placeCard', () => {
  it('puts a card that fits below the words there, with its full height', () => {
    const { p, top, bottom } = edges(line(100), 300);
    expect(p.side).toBe('below');
    expect(top).toBe(100 + 20 + GAP);
    expect(p.maxHeight).toBe(CARD_MAX_HEIGHT);
    expect(bottom).toBeLessThanOrEqual(viewport.height - EDGE);
  });

  it('flips a card above the words when it does not fit below but fits above', () => {
    // A 516 px claim card (as tall as the one that ran off a 900 px window) on words at 600 px.
    const { p, top, bottom } = edges(line(600), 516);
    expect(p.side).toBe('above');
    expect(p.bottom).toBe(viewport.height - 600 + GAP);
    expect(bottom).toBe(600 - GAP);
    expect(top).toBeGreaterThanOrEqual(EDGE);
    expect(p.maxHeight).toBeGreaterThanOrEqual(516);
  });

  it('still prefers below for a short card when there is room, even low on the screen', () => {
    const { p, bottom } = edges(line(700), 150);
    expect(p.side).toBe('below');
    expect(bottom).toBeLessThanOrEqual(viewport.height - EDGE);
  });

  it("caps the review's claim card (516 px, words ending at 458 px of 900) to the room below", () => {
    const { p, top, bottom } = edges(line(438), 516);
    expect(p.side).toBe('below');
    expect(top).toBe(466);
    expect(p.maxHeight).toBe(900 - 458 - GAP - EDGE);
    expect(bottom).toBe(900 - EDGE);
  });

  it('caps a card that fits on neither side to the larger room, where it scrolls', () => {
    const short = { width: 1280, height: 600 };
    const anchor = line(250);
    const { p, top, bottom } = edges(anchor, 540, short);
    const roomBelow = short.height - anchor.bottom - GAP - EDGE;
    const roomAbove = anchor.top - GAP - EDGE;
    expect(roomBelow).toBeGreaterThan(roomAbove);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(roomBelow);
    expect(p.maxHeight).toBeLessThan(540);
    expect(top).toBeGreaterThanOrEqual(EDGE);
    expect(bottom).toBe(short.height - EDGE);

    const high = edges(line(330), 540, short);
    expect(high.p.side).toBe('above');
    expect(high.p.maxHeight).toBe(330 - GAP - EDGE);
    expect(high.top).toBe(EDGE);
  });

  it('never lets a card taller than the cap decide by its full height', () => {
    const { p, bottom } = edges(line(200), 2000);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBeLessThanOrEqual(CARD_MAX_HEIGHT);
    expect(bottom).toBeLessThanOrEqual(viewport.height - EDGE);
  });

  it('covers the words in a window too short for either side, still whole on screen', () => {
    const tiny = { width: 400, height: 260 };
    const { p, top, bottom } = edges(line(110), 400, tiny);
    expect(p.side).toBe('over');
    expect(top).toBeGreaterThanOrEqual(EDGE);
    expect(bottom).toBeLessThanOrEqual(tiny.height - EDGE);
    expect(p.maxHeight).toBe(tiny.height - 2 * EDGE);
  });

  it('keeps the card inside the viewport horizontally', () => {
    expect(placeCard(line(100, 1250), viewport, 200).left).toBe(viewport.width - CARD_WIDTH - EDGE);
    expect(placeCard(line(100, -40), viewport, 200).left).toBe(EDGE);
  });

  it('keeps every card of every height at every line whole inside the viewport', () => {
    for (const height of [80, 260, 400, 560, 900]) {
      for (let top = 0; top <= viewport.height - 20; top += 37) {
        const e = edges(line(top), height);
        expect(e.top).toBeGreaterThanOrEqual(EDGE - 1e-9);
        expect(e.bottom).toBeLessThanOrEqual(viewport.height - EDGE + 1e-9);
      }
    }
  });
});

describe('placementStyle', () => {
  it('writes a fixed position and the height cap for the card stylesheet', () => {
    expect(placementStyle(placeCard(line(100), viewport, 300))).toEqual({
      position: 'fixed',
      left: '100px',
      top: '128px',
      '--g-card-max-height': `${CARD_MAX_HEIGHT}px`,
    });
    const above = placementStyle(placeCard(line(600), viewport, 516));
    expect(above.bottom).toBe(`${900 - 600 + GAP}px`);
    expect(above.top).toBeUndefined();
  });
});
