import { describe, expect, it } from 'vitest';
import { f1AtPrevalence } from '../../../bench/prevalence';

describe('f1AtPrevalence', () => {
  // 2 positives, 6 negatives (prevalence 0.25); at 0.5: 1 of 2 positives and 2 of 6 negatives pass.
  const scores = [0.9, 0.2, 0.8, 0.7, 0.1, 0.1, 0.1, 0.1];
  const labels = [1, 1, 0, 0, 0, 0, 0, 0];

  it("gives plain F1 at the set's own prevalence", () => {
    const r = f1AtPrevalence(scores, labels, 0.5, 0.25);
    expect(r.precision).toBeCloseTo(1 / 3);
    expect(r.recall).toBeCloseTo(0.5);
    expect(r.f1).toBeCloseTo(0.4);
  });

  it('weighs the negatives as a balanced set would have them', () => {
    // At prevalence 0.5 each negative counts 1/3: precision 1 / (1 + 2/3) = 0.6.
    const r = f1AtPrevalence(scores, labels, 0.5, 0.5);
    expect(r.precision).toBeCloseTo(0.6);
    expect(r.recall).toBeCloseTo(0.5);
    expect(r.f1).toBeCloseTo((2 * 0.6 * 0.5) / 1.1);
  });

  it('refuses a prevalence outside (0, 1) and a set with one class', () => {
    expect(() => f1AtPrevalence(scores, labels, 0.5, 1)).toThrow(RangeError);
    expect(() => f1AtPrevalence([0.5], [1], 0.5, 0.5)).toThrow(RangeError);
  });
});
