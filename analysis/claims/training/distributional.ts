/**
 * Distributional features of the claim classifier at training time: the sum of a sentence's word
 * vectors, scaled like the hashed word block (1/sqrt of its n-gram count), appended to the dense cue
 * block. Because each word adds `scale × vector` with the word block's own normaliser, the trained
 * dense weights fold exactly into one number per word, added to that word's hashed unigram weight: the
 * shipped model keeps its format, size and speed, and words that are rare or absent in the labelled
 * data still get a weight from the words they are used like.
 */
import { tokenize, unigramIndex } from '../features';
import type { LinearWeights, TrainingExample } from './logistic';
import type { WordVectors } from './word-vectors';

/**
 * Multiplier of the summed vectors. Unit word vectors make the block's entries small (about
 * ±0.1 per dimension) next to the 0/1 cues; the scale lets the shared AdaGrad step and L2 penalty
 * treat them alike. Chosen by ClaimBuster cross-validation (F1 at 64 dimensions: ×1 0.7760, ×3
 * 0.7780, ×10 0.7765; at 128 dimensions: ×3 0.7789, ×5 0.7807, ×8 0.7809; see bench/RESULTS.md).
 */
export const DEFAULT_VECTOR_SCALE = 5;

/**
 * The distributional block of one sentence: Σ scale × vector over its tokens that have one, divided
 * by sqrt(2 × tokens + 1), the count of the hashed word block (unigrams, bigrams and the end bigram)
 * in `featurize`.
 */
export function sentenceVector(sentence: string, wv: WordVectors, scale: number): Float32Array {
  const out = new Float32Array(wv.dimensions);
  const tokens = tokenize(sentence);
  if (tokens.length === 0) return out;
  const norm = scale / Math.sqrt(2 * tokens.length + 1);
  for (const t of tokens) {
    const i = wv.index.get(t);
    if (i === undefined) continue;
    const row = i * wv.dimensions;
    for (let d = 0; d < wv.dimensions; d++) out[d]! += wv.vectors[row + d]! * norm;
  }
  return out;
}

/** Examples with the distributional block of their sentence appended to their dense cues. */
export function withSentenceVectors(
  examples: TrainingExample[],
  texts: string[],
  wv: WordVectors,
  scale: number,
): TrainingExample[] {
  return examples.map((ex, i) => {
    const dense = sentenceVector(texts[i]!, wv, scale);
    const cues = new Float32Array(ex.fv.cues.length + dense.length);
    cues.set(ex.fv.cues);
    cues.set(dense, ex.fv.cues.length);
    return { ...ex, fv: { ...ex.fv, cues } };
  });
}

/**
 * Folds the weights of the distributional block (the last `wv.dimensions` dense weights) into the
 * hashed unigram weights and returns weights over the cue block alone, the shape the model file holds.
 * Exact up to the hashing: a folded unigram slot is shared with whatever other n-grams hash to it
 * (as every hashed weight is), so those n-grams carry the word's share too. The cross-validation of
 * the pipeline scores the folded model, so its figures include that effect.
 */
export function foldSentenceVectors(
  w: LinearWeights,
  wv: WordVectors,
  scale: number,
): LinearWeights {
  const cueCount = w.cues.length - wv.dimensions;
  const dense = w.cues.subarray(cueCount);
  const hashed = Float32Array.from(w.hashed);
  wv.words.forEach((word, i) => {
    let s = 0;
    for (let d = 0; d < wv.dimensions; d++) s += dense[d]! * wv.vectors[i * wv.dimensions + d]!;
    hashed[unigramIndex(word)]! += scale * s;
  });
  return { hashed, cues: w.cues.slice(0, cueCount), bias: w.bias };
}
