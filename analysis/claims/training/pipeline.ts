/**
 * Training pipeline of the claim classifier: featurise a corpus, cross-validate on ClaimBuster, calibrate,
 * train the final model and serialise it. Shared by `npm run train:claims` and `npm run bench:claims`.
 */
import { findCues } from '../cues';
import { CUE_FEATURES, type FeatureVector, featurize, HASH_SIZE } from '../features';
import {
  type ClaimModelFile,
  decodeSixBitWeights,
  encodeSixBitWeights,
  type PriorityModelFile,
  priorityMargin,
  quantizeWeights,
} from '../model';
import {
  buildPickedClaims,
  claimGrams,
  loadPickedClaims,
  type PickedClaimsFile,
  pickedSimilarity,
} from '../picked-claims';
import type { CorpusLine } from './corpus';
import { foldSentenceVectors, withSentenceVectors } from './distributional';
import {
  DEFAULT_TRAIN_OPTIONS,
  fitPlatt,
  type LinearWeights,
  linearMargin,
  seededRandom,
  shuffledOrder,
  type TrainingExample,
  type TrainOptions,
  trainLogistic,
} from './logistic';
import { bestF1Threshold } from './metrics';
import type { WordVectors } from './word-vectors';

/** How much a training line counts, by set and label; lines weighing 0 are left out. */
export interface SourceWeights {
  claimbuster: number;
  clefPositive: number;
  clefNegative: number;
}

/**
 * CLEF CheckThat! marks only the 1–3% of debate lines that fact-checkers picked, so most factual lines
 * are negatives there and contradict ClaimBuster's labels. Measured (ClaimBuster 5-fold CV F1; MAP
 * over 15 CLEF training debates held out from training): CLEF lines all at 0.3 gave F1 0.696 /
 * MAP 0.113, no CLEF lines 0.767 / 0.164; CLEF positives at 1 with negatives at 0.05: 0.757 / 0.170;
 * with negatives at 0.02 (and NB scaling): 0.774 / 0.173, the best of both. So CLEF positives count
 * like ClaimBuster lines and CLEF negatives barely count. Checked again with the word-vector block
 * (F1 0.7821 with these weights): CLEF negatives at 0.05 0.7749, CLEF positives at 0.5 0.7795.
 */
export const DEFAULT_SOURCE_WEIGHTS: SourceWeights = {
  claimbuster: 1,
  clefPositive: 1,
  clefNegative: 0.02,
};

/**
 * Line weights of the priority model (`twoStageScore`): every ClaimBuster line and every CLEF negative
 * counts once, so CLEF's unpicked factual lines count as the negatives they are there, and each line
 * fact-checkers picked counts five times, so that their picks, not ClaimBuster's notion of checkable,
 * set the order. Measured on the 19 CLEF training debates labelled most sparsely (0.1–0.8% check-worthy,
 * like a test where the TF-IDF baseline gets 0.045), held out of training (`train:claims -- --dry-run
 * --held-out-debates …`), priorities averaged over several shuffles (eight at seeds 1–8, or four at
 * seeds 11–14): picks at 1 gave MAP 0.0573 / 0.0548, at 3 (four) 0.0641, at 5 0.0653 / 0.0661, at 8
 * (four) 0.0702; on the debates dated 2017 on, labelled more densely, 0.1933 / 0.1948 at 1, 0.1871 at
 * 3, 0.1929 / 0.1938 at 5, 0.1898 at 8. Five is the weight that gains on the
 * first without losing on the second (bench/RESULTS.md, "Round 7").
 */
export const PRIORITY_SOURCE_WEIGHTS: SourceWeights = {
  claimbuster: 1,
  clefPositive: 5,
  clefNegative: 1,
};

/**
 * Shuffles the priority model is trained with, their weights averaged (a linear model still, at no
 * cost when scoring). One shuffle's MAP on the sparsely labelled held-out debates ranged from 0.050 to
 * 0.065 with the seed alone; the picks are so few (103 in 23,428 lines) that the order of updates
 * decides much of what a single run learns. The mean of eight runs (seeds 1–8) gave 0.0653 and the mean
 * of four others (seeds 11–14) 0.0661 (bench/RESULTS.md, "Round 7").
 */
export const PRIORITY_RESTARTS = 8;

/**
 * How much the similarity to a claim fact-checkers picked before (`pickedSimilarity`, a cosine in
 * [0, 1]) adds to the priority margin (whose values run from about −8 to 3 over the training lines).
 * Measured with the averaged, pick-weighted priority and the index built from the training debates
 * only (`train:claims -- --dry-run --held-out-debates … --picked-weight W`; bench/RESULTS.md
 * "Round 7"): MAP on the 19 sparsely labelled debates held out 0.0662 without it, 0.0713 at 2, 0.0738
 * at 3, 0.0693 at 4; on the debates from 2017 on (`--later-debates 20170101`) 0.1944, 0.2007, 0.2014,
 * 0.1996. 3 is the best on both.
 */
export const PICKED_CLAIM_WEIGHT = 3;

/**
 * How much of the classifier's margin the priority adds to its own: the classifier tells how
 * checkable a statement is, which still matters when many lines of a debate are picked. Measured with
 * the shipped priority and picked claims (throwaway script, the splits of `train:claims -- --dry-run`;
 * bench/RESULTS.md "Round 7"), MAP on the 19 sparsely labelled debates / the debates from 2017 on: 0
 * 0.0738 / 0.2014, 0.1 0.0740 / 0.2074, 0.25 0.0735 / 0.2153, 0.5 0.0692 / 0.2201, 1 0.0545 / 0.2175.
 * A quarter keeps the first (within its noise) and gains on the second.
 */
export const PRIORITY_CLASSIFIER_SHARE = 0.25;

/**
 * The picked-claims index of the priority model from CLEF training lines: every line fact-checkers
 * picked is stored, and the IDF of a gram is over all the CLEF lines (debate language, where "thank
 * you" is common and "Brady bill" is not). Returns the index and, per CLEF positive in `lines`, its
 * number in the index (so that a training line can be scored against the others).
 */
export function pickedClaimsOf(
  lines: readonly CorpusLine[],
  weight = PICKED_CLAIM_WEIGHT,
): { file: PickedClaimsFile; claimNumber: Map<number, number> } {
  const debateLines = lines.filter((l) => l.source === 'clef');
  const df = new Map<string, number>();
  for (const l of debateLines) for (const g of claimGrams(l.text)) df.set(g, (df.get(g) ?? 0) + 1);
  const claimNumber = new Map<number, number>();
  const picked: string[] = [];
  lines.forEach((l, i) => {
    if (l.source !== 'clef' || l.label !== 1) return;
    claimNumber.set(i, picked.length);
    picked.push(l.text);
  });
  const file = buildPickedClaims(picked, (g) => df.get(g) ?? 0, debateLines.length, weight);
  return { file, claimNumber };
}

/**
 * What the picked claims add to the priority margin of each line: `weight × similarity`, a picked
 * line scored against the other picked claims (not against itself).
 */
export function pickedBoosts(
  lines: readonly CorpusLine[],
  picked: { file: PickedClaimsFile; claimNumber: Map<number, number> },
): number[] {
  const index = loadPickedClaims(picked.file);
  return lines.map(
    (l, i) => index.weight * pickedSimilarity(index, l.text, picked.claimNumber.get(i) ?? -1),
  );
}

/**
 * Number of quantiles of the priority margin kept for each side of the cut: 33 (every 1/32) place a
 * margin within its side to about 3% while adding under 1 KB to the model file.
 */
export const PRIORITY_QUANTILES = 33;

/** Ascending values at `n` evenly spaced quantiles of `values` (first the min, last the max). */
export function quantiles(values: readonly number[], n = PRIORITY_QUANTILES): number[] {
  const sorted = [...values].sort((x, y) => x - y);
  if (sorted.length === 0) return [];
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    out.push(Number(sorted[Math.round((i / (n - 1)) * (sorted.length - 1))]!.toFixed(5)));
  }
  return out;
}

/** Number of ClaimBuster folds for cross-validation and calibration. */
export const FOLDS = 5;

/** The feature vector of one sentence, as the run-time engine builds it. */
export function featurizeSentence(text: string): FeatureVector {
  return featurize(text, findCues(text));
}

/** The weight of one corpus line under `weights`. */
export function lineWeight(line: CorpusLine, weights: SourceWeights): number {
  if (line.source === 'claimbuster') return weights.claimbuster;
  return line.label === 1 ? weights.clefPositive : weights.clefNegative;
}

/** Keeps the lines that weigh more than 0 and turns them into weighted training examples. */
export function toExamples(
  lines: CorpusLine[],
  weights: SourceWeights = DEFAULT_SOURCE_WEIGHTS,
): { lines: CorpusLine[]; examples: TrainingExample[] } {
  const kept = lines.filter((l) => lineWeight(l, weights) > 0);
  return {
    lines: kept,
    examples: kept.map((l) => ({
      fv: featurizeSentence(l.text),
      label: l.label,
      weight: lineWeight(l, weights),
    })),
  };
}

/**
 * Trains on the given examples with the engine's feature sizes, NBSVM style: hashed features are
 * scaled by their Naive Bayes ratios for training and the ratios folded back into the weights, so the
 * shipped model stays a plain linear model. Measured: ClaimBuster CV F1 0.7738 with the scaling,
 * 0.7678 without; MAP over held-out CLEF training debates 0.173 with, 0.169 without. The dense
 * block is as long as the examples' (the cues, plus the distributional block when it is appended).
 */
export function trainClaimWeights(
  examples: TrainingExample[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): LinearWeights {
  const r = naiveBayesRatios(examples);
  const scaled = examples.map((ex) => ({
    ...ex,
    fv: { ...ex.fv, values: ex.fv.values.map((v, i) => v * r[ex.fv.indices[i]!]!) },
  }));
  const cues = examples[0]?.fv.cues.length ?? CUE_FEATURES.length;
  const w = trainLogistic(scaled, { hashed: HASH_SIZE, cues }, options);
  for (let i = 0; i < w.hashed.length; i++) w.hashed[i]! *= r[i]!;
  return w;
}

/**
 * Naive Bayes log-count ratios of the hashed features (Wang & Manning 2012, NBSVM): the log of how
 * much more often a feature is present in positive than in negative lines, with add-`alpha`
 * smoothing. Scaling features by them before logistic regression lets rare but telling n-grams count.
 * ClaimBuster CV F1 by `alpha` (`train:claims -- --dry-run`, round 8): 0.5 0.7754, 1 0.7821, 2
 * 0.7793, 4 0.7798.
 */
export function naiveBayesRatios(examples: TrainingExample[], alpha = 1): Float32Array {
  const pos = new Float32Array(HASH_SIZE).fill(alpha);
  const neg = new Float32Array(HASH_SIZE).fill(alpha);
  for (const ex of examples) {
    const into = ex.label === 1 ? pos : neg;
    for (const i of new Set(ex.fv.indices)) into[i]! += ex.weight;
  }
  let sp = 0;
  let sn = 0;
  for (let i = 0; i < HASH_SIZE; i++) {
    sp += pos[i]!;
    sn += neg[i]!;
  }
  const r = new Float32Array(HASH_SIZE);
  for (let i = 0; i < HASH_SIZE; i++) r[i] = Math.abs(Math.log(pos[i]! / sp / (neg[i]! / sn)));
  return r;
}

/** Assigns each ClaimBuster line a fold 0..FOLDS-1 (seeded shuffle); other lines get -1. */
export function claimBusterFolds(lines: CorpusLine[], seed: number): Int8Array {
  const cb: number[] = [];
  lines.forEach((l, i) => {
    if (l.source === 'claimbuster') cb.push(i);
  });
  const folds = new Int8Array(lines.length).fill(-1);
  const order = shuffledOrder(cb.length, seededRandom(seed));
  order.forEach((k, rank) => {
    folds[cb[k]!] = rank % FOLDS;
  });
  return folds;
}

/**
 * The distributional side of training: word vectors learnt from unlabelled text and the scale of
 * their block (see `distributional.ts`). Absent: the model is trained on n-grams and cues alone.
 */
export interface Distributional {
  vectors: WordVectors;
  scale: number;
}

/** Examples with the distributional block appended, ready for `trainShippedWeights`. */
export function withDistributional(
  lines: CorpusLine[],
  examples: TrainingExample[],
  distributional: Distributional | undefined,
): TrainingExample[] {
  if (!distributional) return examples;
  const texts = lines.map((l) => l.text);
  return withSentenceVectors(examples, texts, distributional.vectors, distributional.scale);
}

/**
 * Trains and, with a distributional block, folds it into the hashed unigram weights: the result has
 * the shape of the model file (hashed weights, the named cues, bias).
 */
export function trainShippedWeights(
  examples: TrainingExample[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  distributional?: Distributional,
): LinearWeights {
  const w = trainClaimWeights(examples, options);
  return distributional ? foldSentenceVectors(w, distributional.vectors, distributional.scale) : w;
}

/**
 * `trainShippedWeights` run `restarts` times, with seeds `options.seed`, `options.seed + 1`, …, and the
 * weights averaged: what a run learns depends on its shuffle when the positives are few, and the mean
 * of several runs does not.
 */
export function trainAveragedWeights(
  examples: TrainingExample[],
  restarts: number,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  distributional?: Distributional,
): LinearWeights {
  const runs = Array.from({ length: Math.max(1, restarts) }, (_, k) =>
    trainShippedWeights(examples, { ...options, seed: options.seed + k }, distributional),
  );
  const first = runs[0]!;
  const mean: LinearWeights = {
    hashed: new Float32Array(first.hashed.length),
    cues: new Float32Array(first.cues.length),
    bias: 0,
  };
  for (const w of runs) {
    for (let i = 0; i < w.hashed.length; i++) mean.hashed[i]! += w.hashed[i]! / runs.length;
    for (let i = 0; i < w.cues.length; i++) mean.cues[i]! += w.cues[i]! / runs.length;
    mean.bias += w.bias / runs.length;
  }
  return mean;
}

/** The vector the shipped model sees: the example's hashed features and its named cues only. */
export function shippedVector(fv: FeatureVector): FeatureVector {
  return { ...fv, cues: fv.cues.subarray(0, CUE_FEATURES.length) };
}

/**
 * Out-of-fold margins of every ClaimBuster line: each fold is scored by a model trained on the other
 * folds plus every CLEF line, folded as it would ship, on the features the run-time engine computes.
 * Returns margins and labels in corpus order of the ClaimBuster lines.
 */
export function crossValidatedMargins(
  lines: CorpusLine[],
  examples: TrainingExample[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  distributional?: Distributional,
): { margins: number[]; labels: number[] } {
  const folds = claimBusterFolds(lines, options.seed);
  const margins: number[] = [];
  const labels: number[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = examples.filter((_, i) => folds[i] !== f);
    const w = trainShippedWeights(train, options, distributional);
    examples.forEach((ex, i) => {
      if (folds[i] !== f) return;
      margins.push(linearMargin(w, shippedVector(ex.fv)));
      labels.push(ex.label);
    });
  }
  return { margins, labels };
}

/**
 * Calibration from out-of-fold margins: Platt scaling, then the intercept moved so that the F1-optimal
 * cut of the cross-validation lands on 0.5, the project's check-worthy threshold.
 */
export function calibrationFor(
  margins: number[],
  labels: number[],
): {
  a: number;
  b: number;
  plattThreshold: number;
  cvF1: number;
} {
  const { a, b } = fitPlatt(margins, labels);
  const probs = margins.map((m) => 1 / (1 + Math.exp(-(a * m + b))));
  const best = bestF1Threshold(probs, labels);
  const t = Math.min(0.95, Math.max(0.05, best.threshold));
  return { a, b: b - Math.log(t / (1 - t)), plattThreshold: t, cvF1: best.f1 };
}

function namedCues(w: LinearWeights): Record<string, number> {
  const cues: Record<string, number> = {};
  CUE_FEATURES.forEach((name, i) => {
    cues[name] = Number(w.cues[i]!.toFixed(5));
  });
  return cues;
}

/** `w` with its hashed weights rounded as the priority model ships them (six bits each). */
export function asShippedPriority(w: LinearWeights): LinearWeights {
  const q = encodeSixBitWeights(w.hashed);
  return { ...w, hashed: decodeSixBitWeights(q.data, q.scale) };
}

/**
 * The priority part of the model file: `priority`'s weights, the picked-claims index, and the
 * quantiles of the priority margins (plus each line's `boosts`, its picked-claims share, and
 * `classifierShare` × the classifier's margin) over
 * `vectors` (the training lines) on each side of the classifier's cut (`calibration` ≥ 0.5).
 */
export function toPriorityFile(
  classifier: LinearWeights,
  calibration: { a: number; b: number },
  priority: LinearWeights,
  vectors: readonly FeatureVector[],
  picked: PickedClaimsFile,
  boosts: readonly number[],
  classifierShare = PRIORITY_CLASSIFIER_SHARE,
): PriorityModelFile {
  const flagged: number[] = [];
  const other: number[] = [];
  const shippedPriority = asShippedPriority(priority);
  vectors.forEach((fv, i) => {
    const shipped = shippedVector(fv);
    const m = linearMargin(classifier, shipped);
    const side = calibration.a * m + calibration.b >= 0 ? flagged : other;
    side.push(
      priorityMargin(linearMargin(shippedPriority, shipped), boosts[i] ?? 0, m, classifierShare),
    );
  });
  const q = encodeSixBitWeights(priority.hashed);
  return {
    hashed: q.data,
    hashedScale: q.scale,
    cues: namedCues(priority),
    bias: priority.bias,
    flaggedQuantiles: quantiles(flagged),
    otherQuantiles: quantiles(other),
    picked,
    classifierShare,
  };
}

/** Serialises trained weights, calibration and the priority model into the model file format. */
export function toModelFile(
  w: LinearWeights,
  calibration: { a: number; b: number },
  meta: Record<string, unknown>,
  priority: PriorityModelFile,
): ClaimModelFile {
  const q = quantizeWeights(w.hashed);
  const file: ClaimModelFile = {
    format: 'gloss-claims-v1',
    hashBits: Math.log2(HASH_SIZE),
    hashed: q.data,
    hashedScale: q.scale,
    cues: namedCues(w),
    bias: w.bias,
    calibration,
    priority,
    meta,
  };
  return file;
}
