import { describe, expect, it } from 'vitest';
import { CUE_FEATURES } from '../../../analysis/claims/features';
import type { CorpusLine } from '../../../analysis/claims/training/corpus';
import {
  blendScores,
  crossValidatedDenseLogits,
  denseInputs,
} from '../../../analysis/claims/training/dense-blend';
import {
  DEFAULT_DENSE_OPTIONS,
  denseLogit,
  trainDenseNetwork,
} from '../../../analysis/claims/training/dense-network';
import { seededRandom } from '../../../analysis/claims/training/logistic';
import { claimBusterFolds, FOLDS } from '../../../analysis/claims/training/pipeline';
import type { WordVectors } from '../../../analysis/claims/training/word-vectors';

/** XOR of two ±1 inputs, shifted and scaled so the network has to undo the standardisation too. */
function xorData(n: number, seed: number) {
  const random = seededRandom(seed);
  const x: Float32Array[] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = random() < 0.5 ? -1 : 1;
    const b = random() < 0.5 ? -1 : 1;
    x.push(new Float32Array([10 + 5 * a, -3 + 0.1 * b, random()]));
    labels.push(a === b ? 1 : 0);
  }
  return { x, labels, weights: labels.map(() => 1) };
}

const XOR_OPTIONS = { ...DEFAULT_DENSE_OPTIONS, hidden: 8, epochs: 40, learningRate: 1e-2, l2: 0 };

describe('dense network', () => {
  it('learns XOR, which no linear model separates, on raw (unstandardised) inputs', () => {
    const { x, labels, weights } = xorData(400, 3);
    const net = trainDenseNetwork(x, labels, weights, XOR_OPTIONS);
    const test = xorData(200, 11);
    const correct = test.x.filter(
      (row, i) => (denseLogit(net, row) > 0 ? 1 : 0) === test.labels[i],
    ).length;
    expect(correct / test.x.length).toBeGreaterThan(0.95);
  });

  it('is deterministic for a seed and depends on it', () => {
    const { x, labels, weights } = xorData(100, 4);
    const options = { ...XOR_OPTIONS, epochs: 3 };
    const a = trainDenseNetwork(x, labels, weights, options);
    const b = trainDenseNetwork(x, labels, weights, options);
    const c = trainDenseNetwork(x, labels, weights, { ...options, seed: options.seed + 1 });
    expect(Array.from(a.w1)).toEqual(Array.from(b.w1));
    expect(a.b2).toBe(b.b2);
    expect(Array.from(a.w1)).not.toEqual(Array.from(c.w1));
  });

  it('lets example weights decide a contradiction', () => {
    const x = [new Float32Array([1, 0]), new Float32Array([1, 0]), new Float32Array([0, 1])];
    const net = trainDenseNetwork(x, [1, 0, 0], [5, 0.1, 1], {
      ...XOR_OPTIONS,
      epochs: 200,
    });
    expect(denseLogit(net, new Float32Array([1, 0]))).toBeGreaterThan(0);
    expect(denseLogit(net, new Float32Array([0, 1]))).toBeLessThan(0);
  });
});

/** Two words with orthogonal 2-dimensional vectors. */
const TOY_VECTORS: WordVectors = {
  words: ['rose', 'think'],
  index: new Map([
    ['rose', 0],
    ['think', 1],
  ]),
  dimensions: 2,
  vectors: new Float32Array([1, 0, 0, 1]),
};

describe('dense blend', () => {
  it('builds the mean word vector of the known tokens, then the cue flags', () => {
    const x = denseInputs('Prices rose and rose, I think, by 5 percent.', TOY_VECTORS);
    expect(x.length).toBe(2 + CUE_FEATURES.length);
    expect(x[0]).toBeCloseTo(2 / 3);
    expect(x[1]).toBeCloseTo(1 / 3);
    expect(x[2 + CUE_FEATURES.indexOf('percent')]).toBe(1);
    expect(Array.from(denseInputs('Nothing known here.', TOY_VECTORS).subarray(0, 2))).toEqual([
      0, 0,
    ]);
  });

  it('gives one out-of-fold logit per ClaimBuster line, in fold order, that ranks the toy classes', () => {
    const lines: CorpusLine[] = [];
    for (let i = 0; i < 60; i++) {
      const claim = i % 2 === 0;
      lines.push({
        text: claim ? `Prices rose by ${i} percent.` : 'I think so, really.',
        label: claim ? 1 : 0,
        source: 'claimbuster',
        group: 'claimbuster',
      });
    }
    lines.push({ text: 'Thank you all.', label: 0, source: 'clef', group: 'x' });
    const options = { ...DEFAULT_DENSE_OPTIONS, hidden: 4, epochs: 20, learningRate: 1e-2 };
    const logits = crossValidatedDenseLogits(lines, TOY_VECTORS, 9, options);
    expect(logits).toHaveLength(60);
    const folds = claimBusterFolds(lines, 9);
    const labels: number[] = [];
    for (let f = 0; f < FOLDS; f++) {
      lines.forEach((l, i) => {
        if (folds[i] === f) labels.push(l.label);
      });
    }
    logits.forEach((z, i) => {
      expect(z > 0 ? 1 : 0).toBe(labels[i]);
    });
  });

  it('scores each blend weight, weight 0 being the margins alone', () => {
    const labels = [1, 1, 0, 0];
    const margins = [2, -1, 1, -2];
    const logits = [0, 4, -4, 0];
    const [alone, blended] = blendScores(margins, logits, labels, [0, 1]);
    expect(alone!.ap).toBeLessThan(1);
    expect(blended!.ap).toBe(1);
    expect(blended!.f1).toBe(1);
  });
});
