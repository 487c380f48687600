import { describe, expect, it } from 'vitest';
import { HASH_SIZE } from '../../../analysis/claims/features';
import { scoreSentence } from '../../../analysis/claims/index';
import {
  type ClaimModel,
  decodeSixBitWeights,
  encodeSixBitWeights,
  quantilePosition,
  twoStageScore,
} from '../../../analysis/claims/model';
import { buildPickedClaims, loadPickedClaims } from '../../../analysis/claims/picked-claims';
import { quantiles } from '../../../analysis/claims/training/pipeline';

describe('quantilePosition', () => {
  const q = [-2, -1, 0, 1, 2];
  it('is 0 below the first quantile, 1 above the last, linear between', () => {
    expect(quantilePosition(q, -5)).toBe(0);
    expect(quantilePosition(q, 5)).toBe(1);
    expect(quantilePosition(q, 0)).toBeCloseTo(0.5, 10);
    expect(quantilePosition(q, -1.5)).toBeCloseTo(0.125, 10);
    expect(quantilePosition(q, 1.5)).toBeCloseTo(0.875, 10);
  });
  it('is monotone, ties included', () => {
    const tied = [0, 0, 0, 1, 3];
    let last = -1;
    for (let m = -1; m <= 4; m += 0.01) {
      const p = quantilePosition(tied, m);
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
  });
});

describe('quantiles', () => {
  it('takes the min, the max and evenly spaced values between', () => {
    const values = Array.from({ length: 101 }, (_, i) => 100 - i);
    expect(quantiles(values, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(quantiles([], 5)).toEqual([]);
  });
});

describe('twoStageScore', () => {
  const model: ClaimModel = {
    hashed: new Float32Array(0),
    cues: new Float32Array(0),
    bias: 0,
    a: 1,
    b: 0,
    priority: {
      hashed: new Float32Array(0),
      cues: new Float32Array(0),
      bias: 0,
      flaggedQuantiles: [-3, -1, 1],
      otherQuantiles: [-6, -4, -2],
      picked: loadPickedClaims(buildPickedClaims([], () => 0, 1, 0)),
      classifierShare: 0,
    },
  };

  it('keeps the classifier on its side of 0.5 whatever the priority', () => {
    for (const p of [0.5, 0.51, 0.9, 1]) {
      for (const m of [-100, -3, 0, 100])
        expect(twoStageScore(model, p, m)).toBeGreaterThanOrEqual(0.5);
    }
    for (const p of [0, 0.2, 0.4999]) {
      for (const m of [-100, -4, 0, 100]) expect(twoStageScore(model, p, m)).toBeLessThan(0.5);
    }
  });

  it('orders within a side by the priority, not by the probability', () => {
    expect(twoStageScore(model, 0.55, 0.5)).toBeGreaterThan(twoStageScore(model, 0.99, -2));
    expect(twoStageScore(model, 0.1, -2)).toBeGreaterThan(twoStageScore(model, 0.45, -5));
  });

  it('holds on the shipped model: score and probability fall on the same side of 0.5', () => {
    for (const s of [
      'Unemployment fell to 3.9 percent in April.',
      'I think we need to come together.',
      'We have more people in jail than any other country on Earth.',
      'Thank you all for coming tonight.',
    ]) {
      const { score, probability } = scoreSentence(s);
      expect(score >= 0.5).toBe(probability >= 0.5);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});

describe('six-bit weights', () => {
  it('round-trips to within half a step and zero-fills the rest', () => {
    const w = new Float32Array([0.31, -0.31, 0.1, -0.05, 0, 0.2999]);
    const { data, scale } = encodeSixBitWeights(w);
    expect(data.length).toBe(w.length);
    const got = decodeSixBitWeights(data, scale);
    expect(got.length).toBe(HASH_SIZE);
    w.forEach((x, i) => {
      expect(Math.abs(got[i]! - x)).toBeLessThanOrEqual(scale / 2 + 1e-7);
    });
    expect(got[0]).toBeCloseTo(0.31, 5);
    expect(got.subarray(w.length).every((x) => x === 0)).toBe(true);
  });

  it('refuses characters that are not six-bit weights', () => {
    expect(() => decodeSixBitWeights('AB=C', 1)).toThrow(/six-bit/);
  });
});
