/**
 * Author's notes at the end of a story: the last paragraphs set wholly in bold or italics, or in
 * capitals ("THE WRITER IS THE NETWORK'S POLITICAL EDITOR", "Jane Doe is a reporter covering …
 * Follow her on …", "Reporting by …; editing by …"). Columnists' taglines, bios and credits close
 * stories this way across news CMSs; they stay in the text (names in them are real) as a `byline`
 * region, where no claim is listed.
 */

import type { TextRegion } from '../../analysis/types';
import { ELEMENT_NODE, TEXT_NODE } from '../node-types';

/** A paragraph read into the text: its element and its span of the text. */
export interface ReadParagraph {
  element: Element;
  start: number;
  end: number;
}

/** Tags that set text in bold or italics. */
const EMPHASIS_TAGS: ReadonlySet<string> = new Set(['B', 'STRONG', 'I', 'EM']);

/** How many closing paragraphs may be notes: a tagline, a bio, a credit line. */
const MAX_END_NOTES = 3;

/**
 * Longest note (characters): a bio with a "follow on" line runs to two or three lines; a longer
 * emphasised paragraph is part of the story (a quoted letter, an editor's summary).
 */
const MAX_NOTE_CHARS = 400;

/**
 * Share of letters in capitals at or above which a paragraph is set in capitals: an all-caps line
 * may hold a lower-case "Mc" or a unit; running text has a few percent.
 */
const MIN_CAPITALS_SHARE = 0.9;

/** Fewest letters of an all-caps note: shorter lines in capitals are labels or acronyms. */
const MIN_CAPITAL_LETTERS = 12;

/** Whether every visible character of `el` sits inside a bold or italic element within it. */
function whollyEmphasised(el: Element, inEmphasis = false): boolean {
  let any = false;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) {
      if ((c as Text).data.trim() === '') continue;
      if (!inEmphasis) return false;
      any = true;
    } else if (c.nodeType === ELEMENT_NODE) {
      const child = c as Element;
      const emphasis = inEmphasis || EMPHASIS_TAGS.has(child.tagName.toUpperCase());
      if ((child.textContent ?? '').trim() === '') continue;
      if (!whollyEmphasised(child, emphasis)) return false;
      any = true;
    }
  }
  return any;
}

/** Whether a text is set in capitals ({@link MIN_CAPITALS_SHARE}, {@link MIN_CAPITAL_LETTERS}). */
export function setInCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < MIN_CAPITAL_LETTERS) return false;
  const capitals = letters.filter((ch) => ch !== ch.toLowerCase()).length;
  return capitals / letters.length >= MIN_CAPITALS_SHARE;
}

/** Whether a paragraph reads as an author's note: short, and wholly emphasised or in capitals. */
function isNote(p: ReadParagraph, text: string): boolean {
  const body = text.slice(p.start, p.end);
  if (body.length === 0 || body.length > MAX_NOTE_CHARS) return false;
  return setInCapitals(body) || whollyEmphasised(p.element);
}

/** Whether the text after `from` is blank or lies wholly in regions (a bio box after the notes). */
function onlyRegionsAfter(from: number, text: string, regions: readonly TextRegion[]): boolean {
  let rest = '';
  let at = from;
  for (const r of [...regions].sort((a, b) => a.start - b.start)) {
    if (r.end <= at) continue;
    if (r.start > at) rest += text.slice(at, r.start);
    at = Math.max(at, r.end);
  }
  rest += text.slice(at);
  return rest.trim() === '';
}

/**
 * `byline` regions over the author's notes that close the text: up to {@link MAX_END_NOTES} last
 * paragraphs that are notes, when they end the text (nothing but regions after them) and a paragraph
 * that is not one comes before them (a text set all in italics is a story, not notes). Paragraphs
 * already inside a region of `existing` (a bio box) are passed over.
 */
export function endNoteRegions(
  paragraphs: readonly ReadParagraph[],
  text: string,
  existing: readonly TextRegion[],
): TextRegion[] {
  const covered = (p: ReadParagraph): boolean =>
    existing.some((r) => r.start < p.end && p.start < r.end);
  const last = paragraphs[paragraphs.length - 1];
  if (!last || !onlyRegionsAfter(last.end, text, existing)) return [];
  const notes: TextRegion[] = [];
  let i = paragraphs.length - 1;
  for (; i >= 0 && notes.length < MAX_END_NOTES; i--) {
    const p = paragraphs[i];
    if (p && covered(p)) continue;
    if (!p || !isNote(p, text)) break;
    notes.unshift({ start: p.start, end: p.end, kind: 'byline' });
  }
  const storyBefore = paragraphs.slice(0, i + 1).some((p) => !isNote(p, text));
  return storyBefore ? notes : [];
}
