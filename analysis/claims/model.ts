/**
 * The claim classifier at run time: a logistic-regression model over `featurize` vectors, with int8
 * quantised hashed weights, float cue weights and a Platt calibration. Pure and synchronous: the
 * weights arrive as a JSON module, so Node and the bundled extension load them the same way.
 */
import { CUE_FEATURES, type FeatureVector, HASH_SIZE } from './features';

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
  /** Provenance: data, date, figures (free form). */
  meta: Record<string, unknown>;
}

/** A model ready to score: dense arrays decoded once. */
export interface ClaimModel {
  hashed: Float32Array;
  cues: Float32Array;
  bias: number;
  a: number;
  b: number;
}

/** Decodes a serialised model. Unknown cue names are ignored; missing ones weigh 0. */
export function loadClaimModel(file: ClaimModelFile): ClaimModel {
  if (file.format !== 'gloss-claims-v1' || 1 << file.hashBits !== HASH_SIZE) {
    throw new Error(`unsupported claim model: ${file.format} with ${file.hashBits} hash bits`);
  }
  const hashed = decodeHashedWeights(file.hashed, file.hashedScale);
  const cues = new Float32Array(CUE_FEATURES.length);
  CUE_FEATURES.forEach((name, i) => {
    cues[i] = file.cues[name] ?? 0;
  });
  return { hashed, cues, bias: file.bias, a: file.calibration.a, b: file.calibration.b };
}

/** Raw linear margin w·x + bias of a feature vector. */
export function margin(model: ClaimModel, fv: FeatureVector): number {
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

function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(bin);
}
