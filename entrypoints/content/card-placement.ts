/**
 * Where a card goes next to the words it belongs to, as a pure function of the words' rectangle, the
 * viewport and the card's height: below the words when it fits, else above when it fits there, else
 * on the side with more room, its height capped to that room so its content scrolls inside it. The
 * card is always whole inside the viewport.
 */
import type { Anchor } from './overlay-state';

/** Card width in CSS pixels, as in components/card.css. */
export const CARD_WIDTH = 340;

/** Gap between the words and the card: enough to keep the words' underline visible. */
export const GAP = 8;

/** Space kept between a card and the viewport's edges, so its shadow is not cut off. */
export const EDGE = 8;

/**
 * Tallest a card grows, as in components/card.css: a page preview's size. Taller content scrolls
 * inside the card rather than covering the whole article.
 */
export const CARD_MAX_HEIGHT = 560;

/**
 * Least room a card is given beside its words: its header, two lines and its actions. A window
 * shorter than that on both sides of the words gets the card over the words instead (a tiny window,
 * or words as tall as the screen).
 */
export const MIN_CARD_ROOM = 160;

/** The viewport's size in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** Where the card goes: a fixed position (`top` or `bottom`, in viewport pixels) and its cap. */
export interface Placement {
  side: 'below' | 'above' | 'over';
  left: number;
  /** Distance of the card's top from the viewport's top (below, over). */
  top?: number;
  /** Distance of the card's bottom from the viewport's bottom (above): it grows upwards. */
  bottom?: number;
  /** Most height the card may take; content beyond it scrolls inside the card. */
  maxHeight: number;
}

/**
 * Places a card of natural height `height` (its content's full height; unknown before the first
 * measure, when it is taken as {@link CARD_MAX_HEIGHT}) next to `anchor` in `viewport`.
 */
export function placeCard(
  anchor: Anchor,
  viewport: Viewport,
  height: number = CARD_MAX_HEIGHT,
  width: number = CARD_WIDTH,
): Placement {
  const left = Math.max(EDGE, Math.min(anchor.left, viewport.width - width - EDGE));
  const want = Math.min(height, CARD_MAX_HEIGHT);
  const roomBelow = Math.max(0, viewport.height - anchor.bottom - GAP - EDGE);
  const roomAbove = Math.max(0, anchor.top - GAP - EDGE);
  const below = (maxHeight: number): Placement => ({
    side: 'below',
    left,
    top: anchor.bottom + GAP,
    maxHeight: Math.min(CARD_MAX_HEIGHT, maxHeight),
  });
  const above = (maxHeight: number): Placement => ({
    side: 'above',
    left,
    bottom: viewport.height - anchor.top + GAP,
    maxHeight: Math.min(CARD_MAX_HEIGHT, maxHeight),
  });
  if (want <= roomBelow) return below(roomBelow);
  if (want <= roomAbove) return above(roomAbove);
  if (Math.max(roomBelow, roomAbove) >= MIN_CARD_ROOM) {
    return roomBelow >= roomAbove ? below(roomBelow) : above(roomAbove);
  }
  // Neither side has room for a usable card: it covers the words, whole inside the viewport.
  const maxHeight = Math.max(0, Math.min(CARD_MAX_HEIGHT, viewport.height - 2 * EDGE));
  const shown = Math.min(want, maxHeight);
  const top = Math.max(EDGE, Math.min(anchor.bottom + GAP, viewport.height - EDGE - shown));
  return { side: 'over', left, top, maxHeight };
}

/**
 * The inline style of a placement: fixed position, and the cap as the custom property
 * `--g-card-max-height` that components/card.css applies to the placed card.
 */
export function placementStyle(p: Placement): Record<string, string> {
  const style: Record<string, string> = {
    position: 'fixed',
    left: `${p.left}px`,
    '--g-card-max-height': `${p.maxHeight}px`,
  };
  if (p.top !== undefined) style.top = `${p.top}px`;
  if (p.bottom !== undefined) style.bottom = `${p.bottom}px`;
  return style;
}
