/**
 * Which text is under the pointer. Highlights get no pointer events, so Gloss finds the caret
 * position at the point and then checks that the point really lies on a range's boxes (the caret
 * snaps to the nearest character even in a margin).
 */

/** The text position under a viewport point, or null. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** Slack around a range's boxes, in CSS pixels: the underline sits just below the line box. */
const SLOP = 2;

/** Whether the viewport point lies on one of the range's line boxes. */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) {
      return true;
    }
  }
  return false;
}

/** The box of the range's line that holds the point (for placing a card), else its bounding box. */
export function rectNearPoint(range: Range, x: number, y: number): DOMRect {
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) {
      return r;
    }
  }
  return range.getBoundingClientRect();
}
