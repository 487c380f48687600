/**
 * How close a sentence comes to a claim fact-checkers picked before. Politicians repeat their talking
 * points from one debate to the next ("workers today are working longer hours for lower wages" was
 * picked in two 2016 debates), and fact-checkers check them again; a linear model over n-grams weighs each word
 * alone and cannot recall a whole claim. This part of the claim model keeps, for every line the CLEF
 * CheckThat! fact-checkers picked in the training debates, the hashes of its content words and word
 * pairs (no text), and scores a sentence by its largest TF-IDF cosine with one of them. The priority
 * model adds it to its margin (`PickedClaimsFile.weight`), so it only orders sentences; it never
 * decides whether one is check-worthy.
 */

/**
 * Bits of the gram hashes: 2^20 buckets keep the chance that a sentence's gram collides with one of
 * the ~8,500 stored grams under 1%.
 */
export const GRAM_HASH_BITS = 20;

/**
 * Words that carry no topic ("the", "we", "was"): left out so that two sentences match on what they
 * are about, not on how English is built. Word pairs are formed over the words that remain.
 */
const STOP_WORDS = new Set(
  (
    'the a an and or of to in on for is are was were be been it that this we i you he she they have ' +
    'has had not but with as at by from our my your their its do does did will would can could so if ' +
    'there what about'
  ).split(' '),
);

/** The words of a sentence that carry its topic: lower-cased letters and digits, stop words out. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP_WORDS.has(w));
}

/** The content words and adjacent content-word pairs of a sentence, lower-cased, each once. */
export function claimGrams(text: string): string[] {
  const words = contentWords(text);
  const grams = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) grams.add(`${words[i]}_${words[i + 1]}`);
  return [...grams];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const GRAM_MASK = (1 << GRAM_HASH_BITS) - 1;
const UNDERSCORE = 95;

/** FNV-1a state after `text`, from `h`. */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a hash of a gram into `GRAM_HASH_BITS` bits. */
export function gramHash(gram: string): number {
  return (fnv(FNV_OFFSET, gram) >>> 0) & GRAM_MASK;
}

/** FNV-1a states of the stop words, each with its word, to tell them from a content word by hash. */
const STOP_STATES = new Map<number, string>([...STOP_WORDS].map((w) => [fnv(FNV_OFFSET, w), w]));

/** Whether `lower[from, to)` is a stop word whose FNV-1a state is `state`. */
function isStopWord(lower: string, from: number, to: number, state: number): boolean {
  const word = STOP_STATES.get(state);
  if (word === undefined || word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++)
    if (lower.charCodeAt(from + i) !== word.charCodeAt(i)) return false;
  return true;
}

let wordStates = new Int32Array(64);
let wordStarts = new Int32Array(64);
let wordEnds = new Int32Array(64);

/** Whether a UTF-16 code unit is one of `[a-z0-9]`. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * The hashes of `claimGrams(text)`, each once, computed without building a word or a pair string:
 * one scan of the lower-cased text hashes each run of `[a-z0-9]` as it goes (a stop word is told by
 * its hash, then its letters), and a pair's hash continues its first word's FNV state through "_"
 * and the second word's letters, which is the hash of the joined string.
 */
export function gramHashes(text: string): number[] {
  const lower = text.toLowerCase();
  let n = 0;
  for (let i = 0; i < lower.length; ) {
    if (!isWordChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    let h = FNV_OFFSET;
    for (; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (!isWordChar(c)) break;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    if (isStopWord(lower, from, i, h)) continue;
    if (n === wordStates.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      wordStates = grow(wordStates);
      wordStarts = grow(wordStarts);
      wordEnds = grow(wordEnds);
    }
    wordStates[n] = h;
    wordStarts[n] = from;
    wordEnds[n] = i;
    n++;
  }
  const out: number[] = [];
  // A sentence has a few dozen grams: a linear look-up dedupes them faster than a Set.
  const add = (state: number) => {
    const g = (state >>> 0) & GRAM_MASK;
    if (!out.includes(g)) out.push(g);
  };
  for (let k = 0; k < n; k++) add(wordStates[k]!);
  for (let k = 0; k + 1 < n; k++) {
    let h = Math.imul(wordStates[k]! ^ UNDERSCORE, FNV_PRIME);
    for (let i = wordStarts[k + 1]!, end = wordEnds[k + 1]!; i < end; i++) {
      h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
    }
    add(h);
  }
  return out;
}

/** The serialised index, as `claims.json` holds it under `priority.picked`. */
export interface PickedClaimsFile {
  /** How much the similarity adds to the priority margin. */
  weight: number;
  /** Inverse document frequency of a gram that no stored claim has (seen in no training line). */
  defaultIdf: number;
  /** Sorted gram hashes of the stored claims, as gaps, in base-32 varints (`encodeVarints`). */
  grams: string;
  /** One base64 character per gram: its IDF over the training debates' lines, × `idfScale`. */
  idf: string;
  idfScale: number;
  /** Per stored claim: its number of grams, then its sorted gram positions in `grams` as gaps. */
  claims: string;
}

/** The index decoded: each gram's postings (claim, weight), and each query gram's IDF. */
export interface PickedClaims {
  weight: number;
  defaultIdf: number;
  /** The gram table: the stored grams' hashes, ascending (a gram's position is its index here). */
  hashes: Uint32Array;
  /**
   * Open-addressing table from a gram hash to its position + 1 (0: empty slot), at most half full,
   * probed linearly from `slotOf(hash)`: one or two reads per gram instead of a binary search's 13.
   */
  slots: Int32Array;
  idf: Float32Array;
  /**
   * Postings of all grams in one set of arrays: those of the gram at position p are entries
   * `postingStart[p]` to `postingStart[p + 1] − 1` of `postingClaim` (the claim) and `postingWeight`
   * (the gram's weight in that claim's unit vector). One allocation each instead of two per gram
   * keeps decoding at the first claim check short.
   */
  postingStart: Uint32Array;
  postingClaim: Uint32Array;
  postingWeight: Float32Array;
  claimCount: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Non-negative integers as base64 characters, five bits each, low bits first; a character of 32 or
 * more says more follow. Gaps between sorted hashes are small, so most take one or two characters.
 */
export function encodeVarints(values: readonly number[]): string {
  const out: string[] = [];
  for (let v of values) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`varint: not a non-negative integer: ${v}`);
    while (v >= 32) {
      out.push(BASE64[32 + (v & 31)]!);
      v = Math.floor(v / 32);
    }
    out.push(BASE64[v]!);
  }
  return out.join('');
}

/** The integers of `encodeVarints`. */
export function decodeVarints(data: string): number[] {
  const digit = new Int8Array(128).fill(-1);
  for (let i = 0; i < BASE64.length; i++) digit[BASE64.charCodeAt(i)] = i;
  const out: number[] = [];
  let v = 0;
  let shift = 1;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const d = c < 128 ? digit[c]! : -1;
    if (d < 0) throw new Error(`claim model: not a varint digit at ${i}`);
    if (d >= 32) {
      v += (d - 32) * shift;
      shift *= 32;
    } else {
      out.push(v + d * shift);
      v = 0;
      shift = 1;
    }
  }
  if (shift !== 1) throw new Error('claim model: varints cut short');
  return out;
}

/** Running sum of gaps. */
function undoGaps(gaps: readonly number[]): number[] {
  let at = 0;
  return gaps.map((g) => {
    at += g;
    return at;
  });
}

/** Gaps between ascending integers (the first from 0). */
function gapsOf(sorted: readonly number[]): number[] {
  return sorted.map((v, i) => v - (i > 0 ? sorted[i - 1]! : 0));
}

/**
 * Builds the index from the picked lines and the IDF of their grams over every training line of the
 * debates (`lineCount` lines; `documentFrequency` gives how many hold a gram).
 */
export function buildPickedClaims(
  picked: readonly string[],
  documentFrequency: (gram: string) => number,
  lineCount: number,
  weight: number,
): PickedClaimsFile {
  const idfOf = new Map<number, number>();
  const claimHashes = picked.map((text) => {
    const hashes = new Set<number>();
    for (const g of claimGrams(text)) {
      const h = gramHash(g);
      hashes.add(h);
      if (!idfOf.has(h)) idfOf.set(h, Math.log((lineCount + 1) / (documentFrequency(g) + 1)));
    }
    return hashes;
  });
  const table = [...idfOf.keys()].sort((a, b) => a - b);
  const position = new Map(table.map((h, i) => [h, i]));
  const defaultIdf = Math.log(lineCount + 1);
  const idfScale = defaultIdf / 63;
  const claims: number[] = [];
  for (const hashes of claimHashes) {
    const positions = [...hashes].map((h) => position.get(h)!).sort((a, b) => a - b);
    claims.push(positions.length, ...gapsOf(positions));
  }
  return {
    weight,
    defaultIdf: Number(defaultIdf.toFixed(5)),
    grams: encodeVarints(gapsOf(table)),
    idf: table
      .map((h) => BASE64[Math.max(0, Math.min(63, Math.round(idfOf.get(h)! / idfScale)))]!)
      .join(''),
    idfScale: Number(idfScale.toFixed(7)),
    claims: encodeVarints(claims),
  };
}

/** Decodes the index and builds its postings. */
export function loadPickedClaims(file: PickedClaimsFile): PickedClaims {
  const table = undoGaps(decodeVarints(file.grams));
  if (file.idf.length !== table.length) throw new Error('claim model: picked claims do not match');
  const code = new Int8Array(128).fill(-1);
  for (let i = 0; i < BASE64.length; i++) code[BASE64.charCodeAt(i)] = i;
  const idf = new Float32Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const c = file.idf.charCodeAt(i);
    const q = c < 128 ? code[c]! : -1;
    if (q < 0) throw new Error(`claim model: not an IDF code at ${i}`);
    idf[i] = q * file.idfScale;
  }
  const raw = decodeVarints(file.claims);
  // First pass: check the lists and count each gram's postings; second: fill them.
  const start = new Uint32Array(table.length + 1);
  let claimCount = 0;
  for (let at = 0; at < raw.length; claimCount++) {
    const n = raw[at++]!;
    if (at + n > raw.length) throw new Error('claim model: picked claims cut short');
    let p = 0;
    for (let k = 0; k < n; k++) {
      p += raw[at + k]!;
      if (p >= table.length) throw new Error('claim model: picked claims cut short');
      start[p + 1]!++;
    }
    at += n;
  }
  for (let p = 0; p < table.length; p++) start[p + 1]! += start[p]!;
  const postingClaim = new Uint32Array(start[table.length]!);
  const postingWeight = new Float32Array(start[table.length]!);
  const next = start.slice();
  for (let at = 0, c = 0; at < raw.length; c++) {
    const n = raw[at++]!;
    let norm = 0;
    for (let k = 0, p = 0; k < n; k++) {
      p += raw[at + k]!;
      norm += idf[p]! * idf[p]!;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0, p = 0; k < n; k++) {
      p += raw[at + k]!;
      const slot = next[p]!++;
      postingClaim[slot] = c;
      postingWeight[slot] = idf[p]! / norm;
    }
    at += n;
  }
  const hashes = Uint32Array.from(table);
  return {
    weight: file.weight,
    defaultIdf: file.defaultIdf,
    hashes,
    slots: slotTable(hashes),
    idf,
    postingStart: start,
    postingClaim,
    postingWeight,
    claimCount,
  };
}

/** The slot a gram hash is looked for first: a multiplicative hash into `slots.length` (a power of two). */
function slotOf(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 12) & mask;
}

/** The open-addressing table of `PickedClaims.slots` for the ascending gram hashes. */
function slotTable(hashes: Uint32Array): Int32Array {
  let size = 16;
  while (size < 2 * hashes.length) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  hashes.forEach((h, position) => {
    let s = slotOf(h, mask);
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = position + 1;
  });
  return slots;
}

/** Where `hash` is in the gram table, or −1. */
function positionOf(index: PickedClaims, hash: number): number {
  const { slots, hashes } = index;
  const mask = slots.length - 1;
  for (let s = slotOf(hash, mask); ; s = (s + 1) & mask) {
    const at = slots[s]!;
    if (at === 0) return -1;
    if (hashes[at - 1] === hash) return at - 1;
  }
}

let scratch = new Float32Array(0);

/**
 * The largest cosine, in [0, 1], between the sentence's TF-IDF vector of grams and a stored claim's.
 * A gram no stored claim has counts in the sentence's norm with `defaultIdf`. `skip` leaves one
 * stored claim out (a training line scored against the others).
 */
export function pickedSimilarity(index: PickedClaims, text: string, skip = -1): number {
  if (scratch.length < index.claimCount) scratch = new Float32Array(index.claimCount);
  const { postingStart, postingClaim, postingWeight } = index;
  const touched: number[] = [];
  let norm = 0;
  for (const h of gramHashes(text)) {
    const p = positionOf(index, h);
    if (p < 0) {
      norm += index.defaultIdf * index.defaultIdf;
      continue;
    }
    const w = index.idf[p]!;
    norm += w * w;
    for (let i = postingStart[p]!, end = postingStart[p + 1]!; i < end; i++) {
      const c = postingClaim[i]!;
      if (scratch[c] === 0) touched.push(c);
      scratch[c]! += w * postingWeight[i]!;
    }
  }
  let best = 0;
  for (const c of touched) {
    if (c !== skip && scratch[c]! > best) best = scratch[c]!;
    scratch[c] = 0;
  }
  return best > 0 ? Math.min(1, best / Math.sqrt(norm)) : 0;
}
