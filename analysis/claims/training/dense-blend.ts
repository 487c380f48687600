/**
 * The cross-validation of a dense network next to the linear claim model: the network reads a
 * sentence's mean word vector and its cue flags, its out-of-fold logit is added to the linear model's
 * out-of-fold margin with a weight, and each weight's blend is scored like the linear model alone
 * (Platt scaling, F1 at the CV-optimal cut, AP). `npm run train:claims -- --dry-run --dense` prints it.
 */
import { findCues } from '../cues';
import { CUE_FEATURES, cueValues, tokenize } from '../features';
import type { CorpusLine } from './corpus';
import {
  DEFAULT_DENSE_OPTIONS,
  type DenseNetworkOptions,
  denseLogit,
  trainDenseNetwork,
} from './dense-network';
import { averagePrecision } from './metrics';
import {
  calibrationFor,
  claimBusterFolds,
  DEFAULT_SOURCE_WEIGHTS,
  FOLDS,
  lineWeight,
  type SourceWeights,
} from './pipeline';
import type { WordVectors } from './word-vectors';

/**
 * Weights of the network's logit tried in the blend; 0 is the linear model alone. The network's
 * logits and the linear margins have similar spreads (a few units), so 0–2 covers "a little" to
 * "more than the linear model".
 */
export const BLEND_WEIGHTS = [0, 0.25, 0.5, 0.75, 1, 1.5, 2] as const;

/**
 * The network's input for one sentence: the mean of its tokens' word vectors (tokens without a
 * vector skipped; zeros when none has one), then its cue flags in `CUE_FEATURES` order.
 */
export function denseInputs(sentence: string, wv: WordVectors): Float32Array {
  const dims = wv.dimensions;
  const x = new Float32Array(dims + CUE_FEATURES.length);
  let count = 0;
  for (const t of tokenize(sentence)) {
    const i = wv.index.get(t);
    if (i === undefined) continue;
    count++;
    for (let d = 0; d < dims; d++) x[d]! += wv.vectors[i * dims + d]!;
  }
  if (count > 0) for (let d = 0; d < dims; d++) x[d]! /= count;
  x.set(cueValues(findCues(sentence)), dims);
  return x;
}

/**
 * Out-of-fold logits of the network on the ClaimBuster lines, with the folds of
 * `crossValidatedMargins` (same seed) and in its order (fold by fold, corpus order within a fold):
 * each fold is scored by a network trained on the other folds plus every CLEF line, weighted as the
 * linear model weighs them.
 */
export function crossValidatedDenseLogits(
  lines: CorpusLine[],
  wv: WordVectors,
  foldSeed: number,
  options: DenseNetworkOptions = DEFAULT_DENSE_OPTIONS,
  weights: SourceWeights = DEFAULT_SOURCE_WEIGHTS,
): number[] {
  const inputs = lines.map((l) => denseInputs(l.text, wv));
  const folds = claimBusterFolds(lines, foldSeed);
  const logits: number[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = lines.map((_, i) => i).filter((i) => folds[i] !== f);
    const net = trainDenseNetwork(
      train.map((i) => inputs[i]!),
      train.map((i) => lines[i]!.label),
      train.map((i) => lineWeight(lines[i]!, weights)),
      options,
    );
    inputs.forEach((x, i) => {
      if (folds[i] === f) logits.push(denseLogit(net, x));
    });
  }
  return logits;
}

/** The cross-validated score of one blend: margin + weight × logit. */
export interface BlendScore {
  weight: number;
  /** F1 at the CV-optimal cut (the cut calibration would move to 0.5). */
  f1: number;
  ap: number;
  plattThreshold: number;
}

/** Scores the blends `margin + w × logit` for each weight `w` of `blendWeights`. */
export function blendScores(
  margins: number[],
  logits: number[],
  labels: number[],
  blendWeights: readonly number[] = BLEND_WEIGHTS,
): BlendScore[] {
  return blendWeights.map((weight) => {
    const z = margins.map((m, i) => m + weight * logits[i]!);
    const c = calibrationFor(z, labels);
    return {
      weight,
      f1: c.cvF1,
      ap: averagePrecision(z, labels),
      plattThreshold: c.plattThreshold,
    };
  });
}
