/**
 * The claim classifier at run time: a logistic-regression model over `featurize` vectors, with int8
 * quantised hashed weights, float cue weights and a Platt calibration. Pure and synchronous: the
 * weights arrive as a JSON module, so Node and the bundled extension load them the same way.
 */
import { CUE_FEATURES, type FeatureVector, HASH_SIZE } from './features';
import { loadPickedClaims, type PickedClaims, type PickedClaimsFile } from './picked-claims';

/** The serialised model as written by `npm run train:claims` into analysis/models/claims.json. */
export interface ClaimModelFile {
  format: 'gloss-claims-v1';
  hashBits: number;
  /** Hashed weights, int8, base64; weight = value × `hashedScale`. */
  hashed: string;
  hashedScale: number;
  /** Weights of the named cue features. */
  cues: Record<string, number>;
  bias: number;
  /** Platt scaling of the margin: score = sigmoid(a × margin + b). */
  calibration: { a: number; b: number };
  /** The priority model that orders sentences on each side of the check-worthy cut (see `twoStageScore`). */
  priority: PriorityModelFile;
  /** Provenance: data, date, figures (free form). */
  meta: Record<string, unknown>;
}

/**
 * A second linear model over the same features, trained to pick what fact-checkers pick, and the
 * quantiles of its margin over the training lines on each side of the check-worthy cut, which turn a
 * margin into a position in [0, 1] within its side.
 */
export interface PriorityModelFile {
  /** Hashed weights, one base64 character each (`encodeSixBitWeights`); weight = value × `hashedScale`. */
  hashed: string;
  hashedScale: number;
  cues: Record<string, number>;
  bias: number;
  /** Ascending margins at evenly spaced quantiles (first = min, last = max) of the lines the cut flags. */
  flaggedQuantiles: number[];
  /** The same over the lines under the cut. */
  otherQuantiles: number[];
  /** The claims fact-checkers picked in training, whose similarity adds to the margin. */
  picked: PickedClaimsFile;
  /** How much of the classifier's margin adds to the priority's (`PRIORITY_CLASSIFIER_SHARE`). */
  classifierShare: number;
}

/** A linear model ready to score: dense arrays decoded once. */
export interface LinearModel {
  hashed: Float32Array;
  cues: Float32Array;
  bias: number;
}

/** The priority model, decoded. */
export interface PriorityModel extends LinearModel {
  flaggedQuantiles: number[];
  otherQuantiles: number[];
  picked: PickedClaims;
  classifierShare: number;
}

/** A model ready to score: dense arrays decoded once. */
export interface ClaimModel extends LinearModel {
  a: number;
  b: number;
  priority: PriorityModel;
}

function cueWeights(cues: Record<string, number>): Float32Array {
  const out = new Float32Array(CUE_FEATURES.length);
  CUE_FEATURES.forEach((name, i) => {
    out[i] = cues[name] ?? 0;
  });
  return out;
}

/** Decodes a serialised model. Unknown cue names are ignored; missing ones weigh 0. */
export function loadClaimModel(file: ClaimModelFile): ClaimModel {
  if (file.format !== 'gloss-claims-v1' || 1 << file.hashBits !== HASH_SIZE) {
    throw new Error(`unsupported claim model: ${file.format} with ${file.hashBits} hash bits`);
  }
  const p = file.priority;
  if (!p) throw new Error('unsupported claim model: no priority part');
  if (!p.picked) throw new Error('unsupported claim model: no picked claims in its priority part');
  if (typeof p.classifierShare !== 'number') {
    throw new Error('unsupported claim model: no classifier share in its priority part');
  }
  return {
    hashed: decodeHashedWeights(file.hashed, file.hashedScale),
    cues: cueWeights(file.cues),
    bias: file.bias,
    a: file.calibration.a,
    b: file.calibration.b,
    priority: {
      hashed: decodeSixBitWeights(p.hashed, p.hashedScale),
      cues: cueWeights(p.cues),
      bias: p.bias,
      flaggedQuantiles: p.flaggedQuantiles,
      otherQuantiles: p.otherQuantiles,
      picked: loadPickedClaims(p.picked),
      classifierShare: p.classifierShare,
    },
  };
}

/** Raw linear margin w·x + bias of a feature vector. */
export function margin(model: LinearModel, fv: FeatureVector): number {
  let m = model.bias;
  const { indices, values } = fv;
  for (let i = 0; i < indices.length; i++) m += model.hashed[indices[i]!]! * values[i]!;
  for (let i = 0; i < fv.cues.length; i++) m += model.cues[i]! * fv.cues[i]!;
  return m;
}

/** The calibrated check-worthiness in [0, 1] of a margin. */
export function calibrate(model: ClaimModel, m: number): number {
  return 1 / (1 + Math.exp(-(model.a * m + model.b)));
}

/**
 * Where `m` falls among ascending `quantiles` (evenly spaced), in [0, 1]: linear between neighbours,
 * 0 below the first, 1 above the last.
 */
export function quantilePosition(quantiles: readonly number[], m: number): number {
  const n = quantiles.length;
  if (n < 2 || m <= quantiles[0]!) return 0;
  if (m >= quantiles[n - 1]!) return 1;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (quantiles[mid]! <= m) lo = mid;
    else hi = mid;
  }
  const a = quantiles[lo]!;
  const b = quantiles[hi]!;
  return (lo + (b > a ? (m - a) / (b - a) : 0)) / (n - 1);
}

/**
 * Highest score under the check-worthy cut: the lower side is scaled into [0, 0.4999] so that no
 * sentence under the cut reaches 0.5.
 */
const BELOW_CUT = 0.4999;

/**
 * The priority of a sentence, what `twoStageScore` orders by: the priority model's own margin, plus
 * what its similarity to a claim fact-checkers picked before adds (`pickedBoost`, already weighted),
 * plus `classifierShare` × the classifier's margin. One formula for the run time and for the
 * trainer's quantiles, which must see the same values.
 */
export function priorityMargin(
  ownMargin: number,
  pickedBoost: number,
  classifierMargin: number,
  classifierShare: number,
): number {
  return ownMargin + pickedBoost + classifierShare * classifierMargin;
}

/**
 * The score of a sentence from its check-worthiness `probability` (the calibrated classifier) and the
 * priority model's margin. Which side of 0.5 a sentence falls on is the classifier's decision alone
 * (so the F1 of the check-worthy class is the classifier's); where it falls within its side is its
 * priority's quantile among the training lines on that side. The classifier separates checkable
 * statements from the rest; among checkable statements, which ones fact-checkers pick is better told
 * by a model trained on their picks (measured in bench/RESULTS.md, "which claims fact-checkers pick").
 */
export function twoStageScore(
  model: ClaimModel,
  probability: number,
  priorityMargin: number,
): number {
  const p = model.priority;
  return probability >= 0.5
    ? 0.5 + 0.5 * quantilePosition(p.flaggedQuantiles, priorityMargin)
    : BELOW_CUT * quantilePosition(p.otherQuantiles, priorityMargin);
}

/** Quantises float weights to int8 and base64, the inverse of the decoding in `loadClaimModel`. */
export function quantizeWeights(w: Float32Array): { data: string; scale: number } {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Uint8Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const q = Math.max(-127, Math.min(127, Math.round(w[i]! / scale)));
    bytes[i] = q < 0 ? q + 256 : q;
  }
  return { data: bytesToBase64(bytes), scale };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The hashed weights, `HASH_SIZE` of them (missing ones 0), decoded in one pass from base64 straight
 * into floats: each byte is looked up in a table of its 256 possible weights (`int8 × scale`, the
 * same float as computing it per weight). It runs on the first claim check after every start of the
 * extension's worker, where the former three passes (`atob`, bytes, floats) over the 262,144 weights
 * took 15.7 ms against 7.0 ms (first `claimModel()` in fresh Node processes, medians of 9 alternating
 * runs on a loaded machine).
 */
export function decodeHashedWeights(b64: string, scale: number): Float32Array {
  const sixBits = new Int8Array(128).fill(-1);
  for (let i = 0; i < BASE64.length; i++) sixBits[BASE64.charCodeAt(i)] = i;
  const weightOf = new Float32Array(256);
  for (let q = 0; q < 256; q++) weightOf[q] = (q > 127 ? q - 256 : q) * scale;
  const out = new Float32Array(HASH_SIZE);
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < b64.length && n < HASH_SIZE; i++) {
    const c = b64.charCodeAt(i);
    const v = c < 128 ? sixBits[c]! : -1;
    if (v < 0) {
      if (b64[i] === '=') break;
      throw new Error(`claim model: not base64 at ${i}`);
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = weightOf[(acc >> bits) & 255]!;
    }
  }
  return out;
}

/** Largest magnitude of a six-bit weight: values −31…31 sit on base64 digits 0…62. */
const SIX_BIT_MAX = 31;

/**
 * Quantises float weights to one base64 character each (−31…31 times the scale). The priority model
 * only orders sentences, which this precision keeps (its held-out MAP is printed with these weights);
 * one character per weight instead of int8 in base64 keeps the bytes aligned for gzip, so the second
 * model adds about 95 KB gzipped where int8 added 172 KB, and the file stays under the 300 KB budget.
 */
export function encodeSixBitWeights(w: Float32Array): { data: string; scale: number } {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / SIX_BIT_MAX : 1;
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const q = Math.max(-SIX_BIT_MAX, Math.min(SIX_BIT_MAX, Math.round(w[i]! / scale)));
    out.push(BASE64[q + SIX_BIT_MAX]!);
  }
  return { data: out.join(''), scale };
}

/** The weights of `encodeSixBitWeights`, `HASH_SIZE` of them (missing ones 0). */
export function decodeSixBitWeights(data: string, scale: number): Float32Array {
  const value = new Float32Array(128).fill(Number.NaN);
  for (let i = 0; i < BASE64.length; i++) value[BASE64.charCodeAt(i)] = (i - SIX_BIT_MAX) * scale;
  const out = new Float32Array(HASH_SIZE);
  const n = Math.min(data.length, HASH_SIZE);
  for (let i = 0; i < n; i++) {
    const c = data.charCodeAt(i);
    const v = c < 128 ? value[c]! : Number.NaN;
    if (Number.isNaN(v)) throw new Error(`claim model: not a six-bit weight at ${i}`);
    out[i] = v;
  }
  return out;
}

function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(bin);
}
