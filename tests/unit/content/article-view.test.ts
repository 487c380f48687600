import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../analysis/types';
import {
  CHECK_WORTHY,
  flaggedClaims,
  MAX_FLAGGED_SHARE,
} from '../../../entrypoints/content/article-view';

function claim(start: number, score: number): Claim {
  return { start, end: start + 10, text: `s${start}`, score, kinds: [], reasons: [] };
}

describe('flaggedClaims', () => {
  it('flags every check-worthy claim while they are a minority of the sentences', () => {
    const claims = [claim(0, 0.9), claim(20, 0.3), claim(40, 0.6), claim(60, 0.1)];
    expect(flaggedClaims(claims, 10).map((c) => c.start)).toEqual([0, 40]);
  });

  it('keeps only the best-scored third when most sentences pass, in text order', () => {
    const scores = [0.55, 0.9, 0.7, 0.52, 0.95, 0.6, 0.8, 0.51, 0.65, 0.58];
    const claims = scores.map((s, i) => claim(i * 20, s));
    const flagged = flaggedClaims(claims, claims.length);
    expect(flagged).toHaveLength(Math.ceil(claims.length * MAX_FLAGGED_SHARE));
    expect(flagged.map((c) => c.score)).toEqual([0.9, 0.7, 0.95, 0.8]);
    expect(flagged.every((c) => c.score >= CHECK_WORTHY)).toBe(true);
  });

  it('flags the best claim of a one-sentence text, and nothing under the threshold', () => {
    expect(flaggedClaims([claim(0, 0.8)], 1)).toHaveLength(1);
    expect(flaggedClaims([claim(0, 0.49)], 1)).toEqual([]);
    expect(flaggedClaims([], 0)).toEqual([]);
  });
});
