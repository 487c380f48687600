/** The reader's text selection, as a range worth offering "Add note" for. */

/** Selections shorter than this are clicks or slips, not passages: no "Add note" for them. */
export const MIN_SELECTION_CHARS = 2;
/** Longest passage a note anchors to: about two pages; longer selections are usually select-all. */
export const MAX_SELECTION_CHARS = 5000;

/**
 * The current selection's range when it is a passage of the page a note can sit on: not empty,
 * not inside an input, and not inside Gloss's own UI (`<gloss-ui>`).
 */
export function notableSelection(doc: Document): Range | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const text = range.toString().trim();
  if (text.length < MIN_SELECTION_CHARS || text.length > MAX_SELECTION_CHARS) return null;
  const container =
    range.commonAncestorContainer.nodeType === Node.ELEMENT_NODE
      ? (range.commonAncestorContainer as Element)
      : range.commonAncestorContainer.parentElement;
  if (!container || !doc.body?.contains(container)) return null;
  if (
    container.closest('input, textarea, [contenteditable=""], [contenteditable="true"], gloss-ui')
  ) {
    return null;
  }
  return range.cloneRange();
}
