import { describe, expect, it } from 'vitest';
import { findCues } from '../../../analysis/claims/cues';
import { kindsAndReasons } from '../../../analysis/claims/reasons';

const of = (sentence: string) => kindsAndReasons(findCues(sentence), sentence);

describe('claim kinds and reasons', () => {
  it('statistic: a percentage and a target year, quoting the cue words', () => {
    const r = of('The country pledged to cut emissions by 35 percent by 2030.');
    expect(r.kinds[0]).toBe('statistic');
    expect(r.reasons[0]).toBe('a percentage and a target year: 35 percent by 2030');
  });

  it('statistic: money and counts', () => {
    expect(of('The bridge cost $4.2 billion to build.').reasons).toContain(
      'an amount of money: $4.2 billion',
    );
    const counts = of('Police arrested 120 protesters.');
    expect(counts.kinds).toContain('statistic');
    expect(counts.reasons[0]).toBe('a figure: 120');
  });

  it('statistic: a small number that counts, not one that names ("the two countries")', () => {
    const named = of('The visit strengthens the partnership between the two countries.');
    expect(named.kinds).not.toContain('statistic');
    const counted = of('Two people died and three were injured in the blast.');
    expect(counted.kinds).toContain('statistic');
    expect(counted.reasons[0]).toBe('a figure: Two, three');
    // Without the sentence, as before: any number word counts.
    const s = 'The visit strengthens the partnership between the two countries.';
    expect(kindsAndReasons(findCues(s)).kinds).toContain('statistic');
  });

  it('comparison: comparatives, superlatives and changes', () => {
    expect(of('Unemployment is higher than it was under the last government.').reasons).toContain(
      'a comparison: higher than',
    );
    expect(of('It is the largest port in the region.').kinds).toContain('comparison');
    expect(of('Exports fell sharply after the sanctions.').reasons).toContain('a change: fell');
  });

  it('date-event: a calendar date with the event verb', () => {
    const r = of('The decision was made at the plenary session on December 11.');
    expect(r.kinds).toContain('date-event');
    expect(r.reasons).toContain('a date: December 11 (was)');
    expect(of('The conference has been held annually since 1995.').reasons).toContain(
      'a time: annually, since 1995 (held)',
    );
  });

  it('quotation: quotation marks or a reporting verb', () => {
    const quoted = of('"We will not back down," the minister said.');
    expect(quoted.kinds).toContain('quotation');
    expect(quoted.reasons).toContain('a quotation: said');
    expect(of('According to the ministry, the plant is safe.').reasons).toContain(
      'an attribution: According to',
    );
  });

  it('commitment versus prediction', () => {
    const pledge = of('The government pledged to build new schools.');
    expect(pledge.kinds).toContain('commitment');
    expect(pledge.kinds).not.toContain('prediction');
    const forecast = of('Inflation is expected to ease next spring.');
    expect(forecast.kinds).toContain('prediction');
    expect(forecast.reasons).toContain('a prediction: expected to');
  });

  it('causal: a stated cause', () => {
    const r = of('Prices rose because of the drought.');
    expect(r.kinds).toContain('causal');
    expect(r.reasons).toContain('a cause: because');
  });

  it('no kind for a plain opinion', () => {
    expect(of('I think this is a wonderful idea.').kinds).toEqual([]);
  });
});

describe('money cue word ends', () => {
  // MONEY ends its words with `(?!\w)` (cues.ts, for V8's compile time); a word that goes on is not
  // a currency or a scale, as with `\b`.
  it('takes whole words only', () => {
    expect(findCues('The bridge cost $4 bn in all.').money).toEqual(['$4 bn']);
    expect(findCues('The bridge cost $4 bnx in all.').money).toEqual(['$4']);
    expect(findCues('They paid 300 euros.').money).toEqual(['300 euros']);
    expect(findCues('They paid 300 eurosx.').money).toEqual([]);
  });
});
