import { describe, expect, it } from 'vitest';
import {
  meanOverlap,
  pageOverlap,
  shingles,
  titlesMatch,
  wordTokens,
} from '../../../cli/text-overlap';

describe('article-extraction-benchmark text metric', () => {
  it('tokenises words like \\w+ and keeps case', () => {
    expect(wordTokens("Putin's visit, 2024: Baku_x!")).toEqual([
      'Putin',
      's',
      'visit',
      '2024',
      'Baku_x',
    ]);
  });

  it('makes a bag of 4-token shingles, one shingle for short texts', () => {
    expect([...shingles('a b c d e').entries()]).toEqual([
      ['a b c d', 1],
      ['b c d e', 1],
    ]);
    expect([...shingles('a b').keys()]).toEqual(['a b']);
    expect(shingles('').size).toBe(0);
  });

  it('normalises tp/fp/fn per page', () => {
    const o = pageOverlap('a b c d e f', 'a b c d e x');
    // gold: abcd bcde cdef; predicted: abcd bcde cdex → tp 2, fp 1, fn 1
    expect(o.tp).toBeCloseTo(0.5);
    expect(o.fp).toBeCloseTo(0.25);
    expect(o.fn).toBeCloseTo(0.25);
    expect(pageOverlap('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('averages precision and recall over pages and takes F1 of the means', () => {
    const m = meanOverlap([
      { tp: 0.5, fp: 0.5, fn: 0 },
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0, fp: 0, fn: 1 },
    ]);
    expect(m.precision).toBeCloseTo(0.75);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
  });

  it('matches titles up to case, punctuation and a site suffix', () => {
    expect(titlesMatch('Get your code covered | Code', 'Get your code covered')).toBe(true);
    expect(titlesMatch('Harbour strike ends', 'harbour strike  ends!')).toBe(true);
    expect(titlesMatch('Harbour strike ends after nine days of talks', 'Harbour')).toBe(false);
    expect(titlesMatch('A', undefined)).toBe(false);
  });
});
