/**
 * Anchoring a stored note again on the page as it is now, from the cheapest selector to the most
 * forgiving: the recorded position (only if its text is still the quote), then the exact quote
 * (occurrences told apart by context and position), then an approximate quote. A note that
 * anchors nowhere is an orphan: kept and listed, just not painted.
 */
import type { NoteAnchor } from '../../storage/records';
import { bestCandidate, exactCandidates, matchFuzzy } from './match-quote';
import { rangeOfOffsets, type TextIndex, textOf } from './text-of';

/** How a note was found: which selector matched, and where in the root's text. */
export interface AnchorResult {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
}

/** Finds the anchor's offsets in an indexed text, or null for an orphan. */
export function locateAnchor(index: TextIndex, anchor: NoteAnchor): AnchorResult | null {
  const { text } = index;
  const { exact } = anchor;
  if (exact.length === 0) return null;
  if (
    anchor.end - anchor.start === exact.length &&
    text.slice(anchor.start, anchor.end) === exact
  ) {
    return { start: anchor.start, end: anchor.end, method: 'position' };
  }
  const context = { prefix: anchor.prefix, suffix: anchor.suffix, hint: anchor.start };
  const quoted = bestCandidate(text, exact, exactCandidates(text, exact), context);
  if (quoted) return { start: quoted.start, end: quoted.end, method: 'quote' };
  const fuzzy = matchFuzzy(text, exact, context);
  if (fuzzy) return { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' };
  return null;
}

/**
 * Anchors a note in the text of `root` (same text rules as `describeRange`). Returns a live
 * Range over the passage, or null when the note is an orphan.
 */
export function anchorNote(root: Element, anchor: NoteAnchor): Range | null {
  return anchorInIndex(textOf(root), anchor);
}

/** Like {@link anchorNote} over an index built once, for anchoring many notes on one page. */
export function anchorInIndex(index: TextIndex, anchor: NoteAnchor): Range | null {
  const found = locateAnchor(index, anchor);
  return found ? rangeOfOffsets(index, found.start, found.end) : null;
}
