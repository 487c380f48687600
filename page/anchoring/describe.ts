/**
 * Describing a reader's selection as a {@link NoteAnchor}: the quoted text with its surrounding
 * context and its position in the root's text, so it can be found again after the page changes.
 */
import type { NoteAnchor } from '../../storage/records';
import { offsetOfPoint, type TextIndex, textOf } from './text-of';

/**
 * Characters of context kept on each side of the quote. 32 is what the W3C Web Annotation
 * TextQuoteSelector is commonly given (and what Hypothesis keeps): long enough to tell two
 * occurrences of a short quote apart, short enough to survive nearby edits.
 */
export const CONTEXT_LENGTH = 32;

/** The anchor of the text offsets `[start, end)` of an indexed root. */
export function describeOffsets(index: TextIndex, start: number, end: number): NoteAnchor {
  const { text } = index;
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return {
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
    suffix: text.slice(to, to + CONTEXT_LENGTH),
    start: from,
    end: to,
  };
}

/**
 * Describes `range` as an anchor in the text of `root` (see `textOf`): its exact text, 32
 * characters of prefix and suffix, and its start and end offsets. Parts of the range outside
 * `root` are clipped to it.
 */
export function describeRange(root: Element, range: Range): NoteAnchor {
  const index = textOf(root);
  const start = root.contains(range.startContainer)
    ? offsetOfPoint(index, range.startContainer, range.startOffset)
    : 0;
  const end = root.contains(range.endContainer)
    ? offsetOfPoint(index, range.endContainer, range.endOffset)
    : index.text.length;
  return describeOffsets(index, start, end);
}
