/**
 * Features for the tagger's second pass: what the first pass said about the same word elsewhere in
 * the document, before and after the token ("two-stage prediction aggregation", Krishnan & Manning
 * 2006; Ratinov & Roth 2009). The greedy pass only sees earlier uses of a word (PredictionHistory in
 * features.ts); a name first met in a headline or a sports table ("LEEDS", "Leeds 2 Chelsea 1") is
 * often typed right only further down, and the second pass can borrow that later evidence.
 */
import { fnv, mix } from './feature-hash';
import type { DocFeatures } from './features';
import { CONLL_TYPES, isInside, TAG_O, tagClass } from './tags';

/** Extra per-token feature hashes: token i owns `feats.subarray(offsets[i], offsets[i + 1])`. */
export interface ExtraFeatures {
  feats: Uint32Array;
  offsets: Uint32Array;
}

const N_CLASSES = CONLL_TYPES.length + 1;
const F_MAJOR = fnv('d1-major|s');
const F_HAS = fnv('d1-has');
const F_SPAN = fnv('d1-span-major');
/** At most: a majority, one per class seen, a span majority. */
const PER_TOKEN = 2 + N_CLASSES;

/** Class of a tag: 0 for O, k + 1 for class k. */
function classOf(tag: number): number {
  return tag === TAG_O ? 0 : tagClass(tag) + 1;
}

/**
 * First-pass label features for every token. Only capitalised tokens get them (shape starting with
 * "X"): lower-case words are rarely names, and counting them would only add noise and time. For a
 * token whose lower-cased word occurs capitalised elsewhere in the document, the features are the
 * first pass's majority class over the *other* occurrences (with the token's shape, so an all-caps
 * headline word learns its own trust) and each class seen there. The token's own first-pass class is
 * left out on purpose: with it the second pass learnt to copy the first (CoNLL++ dev F1 0.9090 against
 * 0.9125 for one pass). A token inside a first-pass name of two or more words also gets the
 * majority class of the other occurrences of the same multi-word string (from the first pass's spans).
 */
export function firstPassFeatures(doc: DocFeatures, tags: ArrayLike<number>): ExtraFeatures {
  const n = doc.words.length;
  const counts = new Map<string, Uint16Array>();
  for (let i = 0; i < n; i++) {
    if (doc.shapes[i]!.charCodeAt(0) !== 88 /* X */) continue;
    const key = doc.lower[i]!;
    let c = counts.get(key);
    if (!c) {
      c = new Uint16Array(N_CLASSES);
      counts.set(key, c);
    }
    c[classOf(tags[i]!)]!++;
  }
  // Multi-word first-pass spans: each string's class counts.
  const spanOf = new Int32Array(n).fill(-1);
  const spanKeys: string[] = [];
  const spanCounts = new Map<string, Uint16Array>();
  for (let i = 0; i < n; ) {
    const t = tags[i]!;
    if (t === TAG_O) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isInside(tags[j]!) && tagClass(tags[j]!) === tagClass(t)) j++;
    if (j - i >= 2) {
      const key = doc.lower.slice(i, j).join(' ');
      let c = spanCounts.get(key);
      if (!c) {
        c = new Uint16Array(N_CLASSES);
        spanCounts.set(key, c);
      }
      c[classOf(t)]!++;
      spanOf.fill(spanKeys.length, i, j);
      spanKeys.push(key);
    }
    i = j;
  }
  const feats = new Uint32Array(n * PER_TOKEN + 1);
  const offsets = new Uint32Array(n + 1);
  const others = new Uint16Array(N_CLASSES);
  let len = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = len;
    if (doc.shapes[i]!.charCodeAt(0) !== 88) continue;
    const own = classOf(tags[i]!);
    const c = counts.get(doc.lower[i]!)!;
    let total = 0;
    for (let k = 0; k < N_CLASSES; k++) {
      others[k] = c[k]! - (k === own ? 1 : 0);
      total += others[k]!;
    }
    if (total > 0) {
      let major = 0;
      for (let k = 0; k < N_CLASSES; k++) {
        if (others[k]! > 0) feats[len++] = mix(F_HAS, k);
        if (others[k]! > others[major]!) major = k;
      }
      feats[len++] = mix(mix(F_MAJOR, major), doc.infos[i]!.idShape);
    }
    const s = spanOf[i]!;
    if (s >= 0) {
      const sc = spanCounts.get(spanKeys[s]!)!;
      let major = -1;
      let best = 0;
      for (let k = 0; k < N_CLASSES; k++) {
        const v = sc[k]! - (k === own ? 1 : 0);
        if (v > best) {
          best = v;
          major = k;
        }
      }
      if (major >= 0) feats[len++] = mix(F_SPAN, major);
    }
  }
  offsets[n] = len;
  return { feats: feats.subarray(0, len), offsets };
}
