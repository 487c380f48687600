/**
 * The claim classifier's input: a sparse vector of hashed word uni/bigrams and character n-grams, plus
 * a small dense block of named cue features. Shared by training and inference so both see the same
 * vector for the same sentence.
 */
import type { ClaimCues } from './cues';

/**
 * Size of the hashed feature space, as a power of two. 2^18 buckets keep collisions rare for the
 * ~300k distinct n-grams of the training sentences while the int8 weights stay under 300 KB gzipped.
 */
export const HASH_BITS = 18;
/** Number of hashed buckets (2^HASH_BITS). */
export const HASH_SIZE = 1 << HASH_BITS;
const HASH_MASK = HASH_SIZE - 1;

/**
 * Smallest and largest character n-gram lengths: 3–5 catch stems and suffixes ("-est", "perc").
 * ClaimBuster CV F1 (`train:claims -- --dry-run`, round 8): 3–5 0.7821, 3–6 0.7816, 2–5 0.7811,
 * 3–4 0.7765.
 */
const CHAR_MIN = 3;
const CHAR_MAX = 5;

/** Names of the dense cue features, in the order of their weights in the model. */
export const CUE_FEATURES = [
  'percent',
  'money',
  'year',
  'date',
  'time',
  'number',
  'numbers2',
  'comparative',
  'superlative',
  'trend',
  'reporting',
  'quote',
  'commitment',
  'prediction',
  'causal',
  'hedge',
  'hedges2',
  'firstPerson',
  'opinion',
  'pastEvent',
  'names1',
  'names3',
  'question',
  'short',
  'medium',
  'long',
  'veryLong',
  'statAndTime',
  'numberAndName',
  'firstPersonHedge',
  'noFactCue',
] as const;
/** One named cue feature. */
export type CueFeature = (typeof CUE_FEATURES)[number];

/** A sparse feature vector: hashed indices with values, plus the dense cue values. */
export interface FeatureVector {
  indices: number[];
  values: number[];
  cues: Float32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Seeds that keep words, bigrams and character n-grams in separate hash families. */
const SEED_WORD = 0x2545f491;
const SEED_BIGRAM = 0x68e31da4;
const SEED_CHAR = 0x1b873593;

function hashString(s: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const TOKEN = /[a-z]+(?:['’][a-z]+)*|\d+(?:[.,]\d+)*/g;

/**
 * Lower-cased word tokens with numbers folded into shapes: a plausible year becomes `<year>`, any other
 * number `<num>`, so "35 percent" and "40 percent" share their features.
 */
export function tokenize(sentence: string): string[] {
  const lower = sentence.toLowerCase();
  TOKEN.lastIndex = 0;
  const out: string[] = [];
  for (let m = TOKEN.exec(lower); m !== null; m = TOKEN.exec(lower)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      out.push(/^(?:1[6-9]|20)\d\d$/.test(t) ? '<year>' : '<num>');
    } else out.push(t.replace('’', "'"));
  }
  return out;
}

/** The dense cue block of a sentence (values 0 or 1, in `CUE_FEATURES` order). */
export function cueValues(c: ClaimCues): Float32Array {
  const v = new Float32Array(CUE_FEATURES.length);
  const stat = c.percents.length + c.money.length + c.numbers.length;
  const when = c.years.length + c.dates.length + c.times.length;
  const flags: Record<CueFeature, boolean> = {
    percent: c.percents.length > 0,
    money: c.money.length > 0,
    year: c.years.length > 0,
    date: c.dates.length > 0,
    time: c.times.length > 0,
    number: c.numbers.length > 0,
    numbers2: stat + c.years.length >= 2,
    comparative: c.comparatives.length > 0,
    superlative: c.superlatives.length > 0,
    trend: c.trends.length > 0,
    reporting: c.reporting.length > 0,
    quote: c.hasQuoteMarks,
    commitment: c.commitments.length > 0,
    prediction: c.predictions.length > 0,
    causal: c.causal.length > 0,
    hedge: c.hedges.length > 0,
    hedges2: c.hedges.length >= 2,
    firstPerson: c.firstPerson.length > 0,
    opinion: c.opinion.length > 0,
    pastEvent: c.pastEvents.length > 0,
    names1: c.names.length >= 1,
    names3: c.names.length >= 3,
    question: c.isQuestion,
    short: c.wordCount < 6,
    medium: c.wordCount >= 6 && c.wordCount < 15,
    long: c.wordCount >= 15 && c.wordCount <= 30,
    veryLong: c.wordCount > 30,
    statAndTime: stat > 0 && when > 0,
    numberAndName: stat + when > 0 && c.names.length > 0,
    firstPersonHedge: c.firstPerson.length > 0 && c.hedges.length > 0,
    noFactCue: stat + when + c.names.length + c.comparatives.length + c.superlatives.length === 0,
  };
  for (let i = 0; i < CUE_FEATURES.length; i++) if (flags[CUE_FEATURES[i]!]) v[i] = 1;
  return v;
}

let wordBuf = new Int32Array(256);
let charBuf = new Int32Array(4096);

/**
 * Hashes the word uni/bigrams and character n-grams of `tokens` into the module's scratch buffers
 * (grown on demand) and returns how many of each it wrote. One code path for training and scoring.
 */
function hashInto(tokens: string[]): { words: number; chars: number } {
  let charCap = 0;
  for (const t of tokens) charCap += 3 * (t.length + 2);
  if (wordBuf.length < 2 * tokens.length + 1) wordBuf = new Int32Array(4 * tokens.length + 2);
  if (charBuf.length < charCap) charBuf = new Int32Array(2 * charCap);
  let nw = 0;
  let prev = hashString('<s>', SEED_WORD);
  for (const t of tokens) {
    const h = hashString(t, SEED_WORD);
    wordBuf[nw++] = h & HASH_MASK;
    wordBuf[nw++] = mix(prev, h ^ SEED_BIGRAM) & HASH_MASK;
    prev = h;
  }
  if (tokens.length > 0) wordBuf[nw++] = mix(prev, END_HASH ^ SEED_BIGRAM) & HASH_MASK;
  let nc = 0;
  for (const t of tokens) {
    const padded = ` ${t} `;
    for (let s = 0; s + CHAR_MIN <= padded.length; s++) {
      let h = (FNV_OFFSET ^ SEED_CHAR) >>> 0;
      for (let len = 1; len <= CHAR_MAX && s + len <= padded.length; len++) {
        h = Math.imul(h ^ padded.charCodeAt(s + len - 1), FNV_PRIME);
        if (len >= CHAR_MIN) charBuf[nc++] = ((h >>> 0) ^ len) & HASH_MASK;
      }
    }
  }
  return { words: nw, chars: nc };
}

const END_HASH = hashString('</s>', SEED_WORD);

/**
 * Builds the feature vector of one sentence. Word uni/bigrams and character n-grams form two blocks,
 * each scaled to unit L2 norm (1/sqrt(count) per present feature) so long sentences do not get larger
 * margins just by having more n-grams.
 */
export function featurize(sentence: string, cues: ClaimCues): FeatureVector {
  const n = hashInto(tokenize(sentence));
  const indices: number[] = [];
  const values: number[] = [];
  const wv = n.words > 0 ? 1 / Math.sqrt(n.words) : 0;
  for (let i = 0; i < n.words; i++) {
    indices.push(wordBuf[i]!);
    values.push(wv);
  }
  const cv = n.chars > 0 ? 1 / Math.sqrt(n.chars) : 0;
  for (let i = 0; i < n.chars; i++) {
    indices.push(charBuf[i]!);
    values.push(cv);
  }
  return { indices, values, cues: cueValues(cues) };
}

/**
 * The hashed parts of two models' margins over one sentence (the check-worthiness classifier and the
 * priority model read the same features), hashing it once and without building the vector: each
 * block's values are all 1/sqrt(count), so the sum of its weights is scaled once. Equal to the hashed
 * part of `margin(model, featurize(...))` up to float rounding.
 */
export function hashedMarginPair(
  a: Float32Array,
  b: Float32Array,
  sentence: string,
): [number, number] {
  const n = hashInto(tokenize(sentence));
  let wa = 0;
  let wb = 0;
  for (let i = 0; i < n.words; i++) {
    const k = wordBuf[i]!;
    wa += a[k]!;
    wb += b[k]!;
  }
  let ca = 0;
  let cb = 0;
  for (let i = 0; i < n.chars; i++) {
    const k = charBuf[i]!;
    ca += a[k]!;
    cb += b[k]!;
  }
  const sw = n.words > 0 ? 1 / Math.sqrt(n.words) : 0;
  const sc = n.chars > 0 ? 1 / Math.sqrt(n.chars) : 0;
  return [wa * sw + ca * sc, wb * sw + cb * sc];
}

/** Hashed index of a word unigram (a token from `tokenize`), to look its weight up for reasons. */
export function unigramIndex(token: string): number {
  return hashString(token, SEED_WORD) & HASH_MASK;
}
