import { describe, expect, it } from 'vitest';
import {
  exactCandidates,
  matchQuote,
  maxErrorsFor,
  scoreCandidate,
} from '../../../page/anchoring/match-quote';

describe('matchQuote', () => {
  const text = 'alpha beta gamma. delta beta gamma. epsilon beta gamma.';

  it('lists every exact occurrence', () => {
    expect(exactCandidates(text, 'beta gamma').map((c) => c.start)).toEqual([6, 24, 44]);
  });

  it('picks the occurrence whose prefix matches', () => {
    const m = matchQuote(text, 'beta gamma', { prefix: 'delta ', suffix: '. epsilon' });
    expect(m?.start).toBe(24);
    expect(m?.score).toBe(1);
    const other = scoreCandidate(
      text,
      'beta gamma',
      { start: 6, end: 16, errors: 0 },
      {
        prefix: 'delta ',
        suffix: '. epsilon',
      },
    );
    expect(other).toBeLessThan(1);
    expect(other).toBeGreaterThan(0.5);
  });

  it('uses position only to break ties', () => {
    expect(matchQuote(text, 'beta gamma', { hint: 40 })?.start).toBe(44);
    expect(matchQuote(text, 'beta gamma', { hint: 0 })?.start).toBe(6);
  });

  it('finds a quote with a few errors', () => {
    const m = matchQuote('the quick brown fox jumps over the lazy dog', 'quick brown fax jumps');
    expect(m).not.toBeNull();
    expect(m?.errors).toBe(1);
    expect(m?.start).toBe(4);
  });

  it('refuses an approximate look-alike whose surroundings disagree', () => {
    const text = 'Markets were calm. The minister signed the decre on Monday. Nothing else.';
    const quote = 'minister signed the decree';
    expect(matchQuote(text, quote)?.errors).toBe(1);
    expect(
      matchQuote(text, quote, {
        prefix: 'In a surprise move, the prime ',
        suffix: ' dissolving parliament at once',
      }),
    ).toBeNull();
    expect(
      matchQuote(text, quote, { prefix: 'Markets were calm. The ', suffix: ' on Monday.' })?.start,
    ).toBe(text.indexOf('minister'));
  });

  it('finds nothing beyond the error budget', () => {
    expect(matchQuote('completely different words here', 'quick brown fox jumps')).toBeNull();
    expect(matchQuote('anything', '')).toBeNull();
  });

  it('scales the error budget with the quote length', () => {
    expect(maxErrorsFor('abcd')).toBe(1);
    expect(maxErrorsFor('x'.repeat(100))).toBe(25);
    expect(maxErrorsFor('x'.repeat(5000))).toBe(256);
  });

  it('scores a perfect candidate 1', () => {
    const t = 'aa bb cc';
    expect(
      scoreCandidate(
        t,
        'bb',
        { start: 3, end: 5, errors: 0 },
        { prefix: 'aa ', suffix: ' cc', hint: 3 },
      ),
    ).toBe(1);
  });
});
