/**
 * Word vectors learnt from unlabelled text: positive pointwise mutual information (PPMI) of words and
 * their neighbours, reduced by a truncated SVD (randomised range finder with power iterations, Halko et
 * al. 2011). Deterministic (seeded Gaussian start). Used only at training time: the claim model folds
 * what it learns from the vectors back into its hashed unigram weights, so nothing of this ships.
 */
import { seededRandom } from '../../seeded-random';
import { tokenize } from '../features';

/** Knobs of the vector learner. */
export interface WordVectorOptions {
  /** Words that get a vector: the most frequent this many. */
  vocabulary: number;
  /** Context words counted: the most frequent this many (most co-occurrence mass falls on them). */
  contexts: number;
  /** Neighbours on each side; a neighbour at distance d counts 1/d. */
  window: number;
  /** Dimensions kept. */
  dimensions: number;
  /** Power iterations of the range finder. */
  powerIterations: number;
  /** Words seen fewer times than this get no vector. */
  minCount: number;
  seed: number;
}

/**
 * Defaults after Levy, Goldberg & Dagan (2015): distance-weighted windows, context counts smoothed
 * by the power 0.75, singular values weighted by the power 0.5. Words seen under 3 times are too
 * rare for a vector (about 16,500 words pass, under the 20,000 cap). The window (8), the dimensions
 * (128) and the contexts (2,000) were chosen by ClaimBuster cross-validation of the claim model
 * (F1: window 2 / 4 / 8 at 64 dimensions 0.7769 / 0.7780 / 0.7793; 128 dimensions with window 8
 * 0.7820; 4,000 contexts 0.7819, no better for twice the time; 6 power iterations 0.7802; words
 * seen twice, up to 30,000, 0.7814; see bench/RESULTS.md).
 */
export const DEFAULT_WORD_VECTOR_OPTIONS: WordVectorOptions = {
  vocabulary: 20000,
  contexts: 2000,
  window: 8,
  dimensions: 128,
  powerIterations: 3,
  minCount: 3,
  seed: 20240819,
};

/** Learnt vectors: one unit-length row of `dimensions` floats per word. */
export interface WordVectors {
  words: string[];
  index: Map<string, number>;
  dimensions: number;
  /** Row-major, words × dimensions. */
  vectors: Float32Array;
}

/** Context distribution smoothing exponent (Levy et al. 2015): lowers PMI of rare contexts. */
const CONTEXT_SMOOTHING = 0.75;
/** Columns added to the random range finder beyond `dimensions`, for accuracy (Halko et al.). */
const OVERSAMPLING = 16;

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Orthonormalises the columns of a rows × cols row-major matrix in place (modified Gram–Schmidt). */
function orthonormalize(m: Float64Array, rows: number, cols: number): void {
  for (let j = 0; j < cols; j++) {
    for (let k = 0; k < j; k++) {
      let dot = 0;
      for (let i = 0; i < rows; i++) dot += m[i * cols + j]! * m[i * cols + k]!;
      for (let i = 0; i < rows; i++) m[i * cols + j]! -= dot * m[i * cols + k]!;
    }
    let norm = 0;
    for (let i = 0; i < rows; i++) norm += m[i * cols + j]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < rows; i++) m[i * cols + j]! /= norm;
  }
}

/** out (rows × k) = a (rows × inner, Float32) · b (inner × k). */
function multiply(a: Float32Array, b: Float64Array, rows: number, inner: number, k: number) {
  const out = new Float64Array(rows * k);
  for (let i = 0; i < rows; i++) {
    const o = i * k;
    for (let p = 0; p < inner; p++) {
      const x = a[i * inner + p]!;
      if (x === 0) continue;
      const bp = p * k;
      for (let j = 0; j < k; j++) out[o + j]! += x * b[bp + j]!;
    }
  }
  return out;
}

/** out (inner × k) = aᵀ · b, with a rows × inner (Float32) and b rows × k. */
function multiplyTransposed(
  a: Float32Array,
  b: Float64Array,
  rows: number,
  inner: number,
  k: number,
) {
  const out = new Float64Array(inner * k);
  for (let i = 0; i < rows; i++) {
    const bi = i * k;
    for (let p = 0; p < inner; p++) {
      const x = a[i * inner + p]!;
      if (x === 0) continue;
      const o = p * k;
      for (let j = 0; j < k; j++) out[o + j]! += x * b[bi + j]!;
    }
  }
  return out;
}

/** Eigenvectors (columns, by descending eigenvalue) and eigenvalues of a symmetric n × n matrix (Jacobi). */
export function symmetricEigen(
  input: Float64Array,
  n: number,
): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (x, y) => a[y * n + y]! - a[x * n + x]!,
  );
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    for (let k = 0; k < n; k++) vectors[k * n + dst] = v[k * n + src]!;
  });
  return { values: order.map((i) => a[i * n + i]!), vectors };
}

/** Token counts of `texts`, most frequent first (ties by the token, so the order is fixed). */
function rankedTokens(tokenized: string[][]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const t of tokenized) for (const w of t) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * Learns word vectors from `texts` (each a sentence or a paragraph; windows do not cross texts).
 * Tokens are those of the claim model (`tokenize`), so every vector belongs to a hashed unigram.
 */
export function learnWordVectors(
  texts: string[],
  options: WordVectorOptions = DEFAULT_WORD_VECTOR_OPTIONS,
): WordVectors {
  const tokenized = texts.map(tokenize);
  const ranked = rankedTokens(tokenized).filter(([, n]) => n >= options.minCount);
  const words = ranked.slice(0, options.vocabulary).map(([w]) => w);
  const index = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const C = Math.min(options.contexts, V);
  const counts = new Float32Array(V * C);
  for (const t of tokenized) {
    const ids = t.map((w) => index.get(w) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      const wi = ids[i]!;
      if (wi < 0) continue;
      for (let d = 1; d <= options.window; d++) {
        const weight = 1 / d;
        const left = ids[i - d];
        const right = ids[i + d];
        if (left !== undefined && left >= 0 && left < C) counts[wi * C + left]! += weight;
        if (right !== undefined && right >= 0 && right < C) counts[wi * C + right]! += weight;
      }
    }
  }
  // PPMI with smoothed context probabilities.
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(C);
  for (let i = 0; i < V; i++) {
    for (let j = 0; j < C; j++) {
      const x = counts[i * C + j]!;
      rowSum[i]! += x;
      colSum[j]! += x;
    }
  }
  let smoothedTotal = 0;
  const colSmoothed = colSum.map((c) => c ** CONTEXT_SMOOTHING);
  for (const c of colSmoothed) smoothedTotal += c;
  for (let i = 0; i < V; i++) {
    for (let j = 0; j < C; j++) {
      const x = counts[i * C + j]!;
      if (x === 0) continue;
      const pmi = Math.log(x / rowSum[i]! / (colSmoothed[j]! / smoothedTotal));
      counts[i * C + j] = Math.max(pmi, 0);
    }
  }
  // Randomised range finder: Y = M Ω, refined by power iterations, then the SVD of Qᵀ M.
  const k = Math.min(options.dimensions + OVERSAMPLING, C);
  const random = seededRandom(options.seed);
  const omega = new Float64Array(C * k);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(random);
  let y = multiply(counts, omega, V, C, k);
  orthonormalize(y, V, k);
  for (let it = 0; it < options.powerIterations; it++) {
    const z = multiplyTransposed(counts, y, V, C, k);
    orthonormalize(z, C, k);
    y = multiply(counts, z, V, C, k);
    orthonormalize(y, V, k);
  }
  // B = Qᵀ M (k × C); B Bᵀ = U_B Σ² U_Bᵀ; word vectors = Q U_B Σ^0.5.
  const bt = multiplyTransposed(counts, y, V, C, k); // C × k, = Bᵀ
  const bbt = new Float64Array(k * k);
  for (let p = 0; p < C; p++) {
    for (let i = 0; i < k; i++) {
      const x = bt[p * k + i]!;
      if (x === 0) continue;
      for (let j = 0; j < k; j++) bbt[i * k + j]! += x * bt[p * k + j]!;
    }
  }
  const eig = symmetricEigen(bbt, k);
  const dims = options.dimensions;
  const vectors = new Float32Array(V * dims);
  for (let i = 0; i < V; i++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      let x = 0;
      for (let j = 0; j < k; j++) x += y[i * k + j]! * eig.vectors[j * k + d]!;
      // Σ^0.5 = (eigenvalue of B Bᵀ)^0.25.
      x *= Math.max(eig.values[d]!, 0) ** 0.25;
      vectors[i * dims + d] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) vectors[i * dims + d]! /= norm;
  }
  return { words, index, dimensions: dims, vectors };
}
