/**
 * The reference system of the claims benchmark: TF-IDF over word unigrams and bigrams (exact vocabulary,
 * smoothed idf, L2-normalised rows) with plain logistic regression, trained by the same optimiser.
 */
import type { FeatureVector } from '../features';
import { tokenize } from '../features';
import type { CorpusLine } from './corpus';
import {
  DEFAULT_TRAIN_OPTIONS,
  type LinearWeights,
  linearMargin,
  type TrainOptions,
  trainLogistic,
} from './logistic';

/**
 * Optimiser settings of the baseline, chosen by 5-fold cross-validation over ClaimBuster train with
 * the baseline trained on ClaimBuster alone (best-cut F1): L2 1e-3 / 10 passes 0.7377, 1e-4 / 10
 * 0.7386, 1e-5 / 20 passes 0.7393, 3e-5 / 20 averaged 0.7391. So a light penalty and 20 passes, the
 * analogue of a plain, lightly regularised TF-IDF logistic regression.
 */
export const BASELINE_TRAIN_OPTIONS: TrainOptions = {
  ...DEFAULT_TRAIN_OPTIONS,
  epochs: 20,
  l2: 1e-5,
};

/** A trained baseline: vocabulary, idf and weights. */
export interface TfidfBaseline {
  vocabulary: Map<string, number>;
  idf: Float32Array;
  weights: LinearWeights;
}

const NO_CUES = new Float32Array(0);

function grams(text: string): string[] {
  const t = tokenize(text);
  const out = [...t];
  for (let i = 1; i < t.length; i++) out.push(`${t[i - 1]} ${t[i]}`);
  return out;
}

function vectorize(
  text: string,
  vocabulary: Map<string, number>,
  idf: Float32Array,
): FeatureVector {
  const tf = new Map<number, number>();
  for (const g of grams(text)) {
    const id = vocabulary.get(g);
    if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  const indices = [...tf.keys()];
  const values = indices.map((i) => tf.get(i)! * idf[i]!);
  const norm = Math.sqrt(values.reduce((s, v) => s + v * v, 0)) || 1;
  return { indices, values: values.map((v) => v / norm), cues: NO_CUES };
}

/** Trains the baseline; n-grams seen in fewer than 2 training lines are dropped, as is usual. */
export function trainTfidfBaseline(
  texts: string[],
  labels: (0 | 1)[],
  weights: number[],
  options: TrainOptions,
): TfidfBaseline {
  const df = new Map<string, number>();
  for (const t of texts) for (const g of new Set(grams(t))) df.set(g, (df.get(g) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  const idfValues: number[] = [];
  for (const [g, n] of df) {
    if (n < 2) continue;
    vocabulary.set(g, idfValues.length);
    idfValues.push(Math.log((1 + texts.length) / (1 + n)) + 1);
  }
  const idf = Float32Array.from(idfValues);
  const examples = texts.map((t, i) => ({
    fv: vectorize(t, vocabulary, idf),
    label: labels[i]!,
    weight: weights[i]!,
  }));
  const w = trainLogistic(examples, { hashed: vocabulary.size, cues: 0 }, options);
  return { vocabulary, idf, weights: w };
}

/**
 * The baseline as the reference figure has it: trained on the ClaimBuster lines of `lines`
 * alone (CLEF lines left out, each ClaimBuster line weighing 1), with {@link BASELINE_TRAIN_OPTIONS}.
 */
export function trainClaimBusterBaseline(lines: readonly CorpusLine[]): TfidfBaseline {
  const cb = lines.filter((l) => l.source === 'claimbuster');
  return trainTfidfBaseline(
    cb.map((l) => l.text),
    cb.map((l) => l.label),
    cb.map(() => 1),
    BASELINE_TRAIN_OPTIONS,
  );
}

/** Probability of the check-worthy class under the baseline. */
export function scoreTfidfBaseline(model: TfidfBaseline, text: string): number {
  const m = linearMargin(model.weights, vectorize(text, model.vocabulary, model.idf));
  return 1 / (1 + Math.exp(-m));
}
