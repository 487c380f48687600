import type { Sentence } from '../types';
import {
  BEFORE_NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from './abbreviations';

/**
 * How far (UTF-16 units) to look ahead for the end of an open quotation when deciding whether a full
 * stop inside it ends the sentence. 400 covers a long quoted passage of several sentences in news
 * copy while keeping a stray unmatched quote mark from costing more than a short scan.
 */
const QUOTE_LOOKAHEAD = 400;

/**
 * Splits text into sentences with offsets (`text.slice(start, end) === sentence.text`, trimmed).
 *
 * Rules, in the order they apply:
 * - a blank line always ends a sentence; a single line break ends one too (headlines, datelines,
 *   list items) unless the next line starts in lower case or the line ends with a comma (wrapped text);
 * - `.`, `!`, `?` and `…` (with any closing quotes or brackets) end a sentence only when followed by
 *   white space and then something that is not a lower-case letter;
 * - a full stop after a title ("Mr.", "Gen.", "Sen."), after a month or counter before a number
 *   ("Nov. 11", "No. 10"), after an initial ("J. K. Rowling") or after a dotted abbreviation ("U.S.",
 *   "p.m.") does not end the sentence unless a word that usually opens a sentence follows;
 * - a list marker ("1.", "a.") at the start of a line does not end anything;
 * - inside an open quotation that closes into an attribution (`"… . …," he said`) no sentence ends.
 * Decimals ("3.5") and dotted names ("example.com") never split, as nothing but a digit or a letter
 * follows their point. One pass over the characters, no regular expression per character.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let blockStart = 0;
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const next = lineEnd + 1;
    if (lineEnd >= n || !continuesOnNextLine(text, blockStart, lineEnd, next)) {
      splitBlock(text, blockStart, lineEnd, out);
      blockStart = next;
    }
    lineStart = next;
  }
  return out;
}

/** Whether the line break at `lineEnd` joins two parts of one wrapped sentence. */
function continuesOnNextLine(
  text: string,
  blockStart: number,
  lineEnd: number,
  next: number,
): boolean {
  let last = lineEnd - 1;
  while (last >= blockStart && isSpace(text.charCodeAt(last))) last--;
  if (last < blockStart) return false;
  let first = next;
  while (first < text.length && text.charCodeAt(first) !== 10 && isSpace(text.charCodeAt(first)))
    first++;
  if (first >= text.length || text.charCodeAt(first) === 10) return false;
  return text.charCodeAt(last) === 44 /* , */ || isLower(text.charCodeAt(first));
}

function splitBlock(text: string, from: number, to: number, out: Sentence[]): void {
  let sentStart = from;
  let inQuote = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      inQuote = !inQuote;
      continue;
    }
    if (c === 0x201c) {
      inQuote = true;
      continue;
    }
    if (c === 0x201d) {
      inQuote = false;
      continue;
    }
    if (!isTerminator(c)) continue;
    let j = i + 1;
    while (j < to && isTerminator(text.charCodeAt(j))) j++;
    const singlePeriod = c === 0x2e && j === i + 1;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (d === 0x22 && inQuote) inQuote = false;
      else if (d === 0x201d) inQuote = false;
      else if (!isCloser(d)) break;
      j++;
    }
    const boundaryEnd = j;
    i = j - 1;
    if (j < to && !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k >= to) continue;
    const nextCode = text.charCodeAt(k);
    if (isLower(nextCode)) continue;
    if (singlePeriod && !periodEndsSentence(text, sentStart, i, k, to)) continue;
    if (inQuote && quoteRunsIntoAttribution(text, k, to)) continue;
    pushTrimmed(text, sentStart, boundaryEnd, out);
    sentStart = boundaryEnd;
  }
  pushTrimmed(text, sentStart, to, out);
}

/** Decides a lone full stop at `dot`, the next sentence candidate starting at `next`. */
function periodEndsSentence(
  text: string,
  sentStart: number,
  dot: number,
  next: number,
  to: number,
): boolean {
  let t = dot;
  while (t > sentStart && !isSpace(text.charCodeAt(t - 1)) && !isOpener(text.charCodeAt(t - 1)))
    t--;
  const token = text.slice(t, dot);
  if (token.length === 0) return true;
  let before = sentStart;
  while (before < t && isSpace(text.charCodeAt(before))) before++;
  const nextIsDigit = isDigit(text.charCodeAt(next));
  if (before === t && (token.length <= 2 || /^\d+$/.test(token))) return false;
  const lower = token.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (nextIsDigit && BEFORE_NUMBER_ABBREVIATIONS.has(lower)) return false;
  const dotted = /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(token);
  const initial = token.length === 1 && isUpper(token.charCodeAt(0));
  if (dotted || initial) return SENTENCE_STARTERS.has(nextWord(text, next, to));
  return true;
}

/** Lower-cased letters of the word starting at `at` (after any opening quote or bracket). */
function nextWord(text: string, at: number, to: number): string {
  let s = at;
  while (s < to && isOpener(text.charCodeAt(s))) s++;
  let e = s;
  while (e < to && isLetter(text.charCodeAt(e))) e++;
  return text.slice(s, e).toLowerCase();
}

/**
 * Inside an open quotation: true when the quotation closes within the look-ahead and then runs into
 * its attribution (a comma before the closing mark, or a lower-case word after it), so the quoted
 * sentences and the "he said" stay one checkable unit.
 */
function quoteRunsIntoAttribution(text: string, from: number, to: number): boolean {
  const limit = Math.min(to, from + QUOTE_LOOKAHEAD);
  for (let q = from; q < limit; q++) {
    const c = text.charCodeAt(q);
    if (c !== 0x22 && c !== 0x201d) continue;
    if (text.charCodeAt(q - 1) === 44) return true;
    let k = q + 1;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    return k < to && isLower(text.charCodeAt(k));
  }
  return false;
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** Closing quotes and brackets that stay with the sentence they close. */
function isCloser(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0x27 || c === 0x2019 || c === 0x201d || c === 0xbb;
}

function isOpener(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isLetter(c: number): boolean {
  return isLower(c) || isUpper(c);
}
