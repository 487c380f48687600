/**
 * Name lists looked up as features: lower-cased token sequences with the CoNLL classes they were seen
 * with. The lists are built from the training split only (see scripts/train-ner.ts) and shipped inside
 * the model file.
 */
import { markMatch } from './match-marks';
import type { WordMap } from './sorted-table';
import { CONLL_TYPES } from './tags';

/** A gazetteer: whole entries and, per first token, the longest entry length. */
export interface Gazetteer {
  /** "tok tok tok" (lower case) → bit mask of classes (bit k = class k of CONLL_TYPES). */
  entries: WordMap;
  /** First token → number of tokens of the longest entry starting with it. */
  longest: WordMap;
}

/**
 * Builds a gazetteer from lines `TYPE<TAB>token token …` (the model file's form) as two Maps. Kept to
 * one pass with no splitting, since it runs when the JSON model loads (≈8,000 lines). The binary
 * pack (model-pack.ts) stores the same two tables sorted and reads them without building Maps.
 */
export function buildGazetteer(
  lines: readonly string[],
): Gazetteer & { entries: Map<string, number>; longest: Map<string, number> } {
  const entries = new Map<string, number>();
  const longest = new Map<string, number>();
  for (const line of lines) {
    const tab = line.indexOf('\t');
    const type = CONLL_TYPES.indexOf(line.slice(0, tab) as (typeof CONLL_TYPES)[number]);
    if (type < 0 || tab + 1 >= line.length) continue;
    const key = line.slice(tab + 1);
    entries.set(key, (entries.get(key) ?? 0) | (1 << type));
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    let n = 1;
    for (let k = space; k >= 0; k = key.indexOf(' ', k + 1)) n++;
    if ((longest.get(first) ?? 0) < n) longest.set(first, n);
  }
  return { entries, longest };
}

/** Whether a single word is listed with class `type` (an index into CONLL_TYPES). */
export function hasEntry(gaz: Gazetteer, word: string, type: number): boolean {
  return ((gaz.entries.get(word.toLowerCase()) ?? 0) & (1 << type)) !== 0;
}

const STARTS_NAME = /^[\p{Lu}\p{N}]/u;

/**
 * Marks gazetteer matches on a token sequence: for each class separately, the longest entry starting
 * at each position wins and matching resumes after it. A match must start with a capital or a digit,
 * so "us" or "may" never match "US" or "May". Returns per token a bit mask: bit 2k = begins a class-k
 * entry, bit 2k+1 = inside one.
 */
export function markGazetteer(
  gaz: Gazetteer,
  lower: readonly string[],
  words: readonly string[],
  from: number,
  to: number,
): Uint8Array {
  const marks = new Uint8Array(to - from);
  const nextFree = new Int32Array(CONLL_TYPES.length).fill(from);
  for (let i = from; i < to; i++) {
    // The capital test first, by code for ASCII: most tokens are lower-case words, which then cost
    // no table look-up.
    const c = words[i]!.charCodeAt(0);
    if (c < 128 ? !((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) : !STARTS_NAME.test(words[i]!))
      continue;
    const max = gaz.longest.get(lower[i]!);
    if (max === undefined) continue;
    let done = 0;
    let key = '';
    const keys: string[] = [];
    for (let n = 1; n <= max && i + n <= to; n++) {
      key = n === 1 ? lower[i]! : `${key} ${lower[i + n - 1]}`;
      keys.push(key);
    }
    for (let n = keys.length; n >= 1; n--) {
      const mask = gaz.entries.get(keys[n - 1]!) ?? 0;
      done = markMatch(marks, nextFree, from, i, n, mask, CONLL_TYPES.length, done);
    }
  }
  return marks;
}
