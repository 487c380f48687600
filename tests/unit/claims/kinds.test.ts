import { describe, expect, it } from 'vitest';
import { findCues } from '../../../analysis/claims/cues';
import { hedgeNote, KIND_ORDER, kindsAndReasons } from '../../../analysis/claims/reasons';
import { CLAIM_KINDS } from '../../../analysis/types';

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

  it('names a superlative beside a comparison on a line of its own', () => {
    const r = of(
      'The city has one of the largest networks in the world, some of it more than a century old.',
    );
    expect(r.kinds.filter((k) => k === 'comparison')).toEqual(['comparison']);
    expect(r.reasons).toContain('a comparison: more than');
    expect(r.reasons).toContain('a superlative: one of the largest');
    const apart = of('It is one of the few towns with the largest port in the region.');
    expect(apart.reasons.join(' ')).not.toContain('one of the largest');
  });

  it('date-event: a calendar date with the event verb', () => {
    const r = of('The decision was made at the plenary session on December 11.');
    expect(r.kinds).toContain('date-event');
    expect(r.reasons).toContain('a date: December 11');
    expect(of('The conference has been held annually since 1995.').reasons).toEqual([
      'a time: annually, since 1995',
      'an event: held',
    ]);
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

describe('statistics: numbers that are not figures', () => {
  const stat = (s: string) => of(s).kinds.includes('statistic');

  it('a number that is part of a name is no figure; a count after an opening word is', () => {
    expect(stat('The Apollo 11 crew returned safely.')).toBe(false);
    expect(stat('The update to Firefox 86 ships soon.')).toBe(false);
    expect(of('Covid-19 cases rose to 5,000.').reasons[0]).toBe('a figure: 5,000');
    expect(stat('About 300 people attended the vigil.')).toBe(true);
    expect(stat("Britain's 400 hospitals were short of nurses.")).toBe(true);
    expect(stat('In Texas, 300 people lost power.')).toBe(true);
  });

  it('labels, citation marks, section numbers and subsection references', () => {
    expect(stat('Figure 3 shows the layout of the new terminal.')).toBe(false);
    expect(stat('The court ruled on section 230 of the act.')).toBe(false);
    expect(stat('The river is the longest in the province.[12]')).toBe(false);
    expect(stat('2.1 Background')).toBe(false);
    expect(stat('3 Results')).toBe(false);
    expect(stat('3 Firefighters were hurt.')).toBe(true);
    expect(stat('Savers moved money into 401(k) plans.')).toBe(false);
  });

  it('times of day, street and phone numbers, web addresses', () => {
    expect(stat('The meeting starts at 10:30 on Monday.')).toBe(false);
    expect(stat('They met at nine o’clock.')).toBe(false);
    expect(stat('Protesters gathered outside 10 Downing Street.')).toBe(false);
    expect(stat('Call 555-0123 for tickets.')).toBe(false);
    expect(stat('The text is at https://example.org/texts/9 for now.')).toBe(false);
    expect(stat('Between 400-600 pipes break every winter.')).toBe(true);
  });

  it('multipliers and scale words used as adjectives', () => {
    expect(stat('The company applies a double standard.')).toBe(false);
    expect(stat('It was a billion-dollar deal.')).toBe(false);
    expect(stat('Rents are twice as high as before.')).toBe(true);
  });

  it('"half of" a known thing, and small numbers after a determiner', () => {
    expect(stat('The second half of the match was dull.')).toBe(false);
    expect(of('Half of the voters stayed home.').reasons[0]).toBe('a percentage: Half of');
    expect(stat('Trade grew in the last two years.')).toBe(false);
  });
});

describe('comparisons that compare', () => {
  const cmp = (s: string) => of(s).kinds.includes('comparison');

  it('"one of the", "first", "only", "ever", "major" only when they rank', () => {
    expect(cmp('That was one of the reasons for the delay.')).toBe(false);
    expect(cmp('It is one of the largest ports in the region.')).toBe(true);
    expect(cmp('The first game in the series sold well.')).toBe(false);
    expect(cmp('Norway was the first country to ban the sale.')).toBe(true);
    expect(cmp('It was the first recorded time such a storm hit the coast.')).toBe(true);
    expect(cmp('They left only a few guards behind.')).toBe(false);
    expect(cmp('It is the only bridge across the river.')).toBe(true);
    expect(cmp('Nobody had ever seen the valley flooded.')).toBe(false);
    expect(cmp('It was the wettest summer ever recorded.')).toBe(true);
    expect(cmp('She grew up in a major city.')).toBe(false);
  });

  it('vague standards and approximations are no comparison; bounds are', () => {
    expect(cmp('Families are spending more than ever on rent.')).toBe(false);
    expect(cmp('At least the talks resumed.')).toBe(false);
    const approx = of('About 300 people attended the vigil.');
    expect(approx.kinds).toEqual(['statistic']);
    expect(cmp('More than 300 people attended the vigil.')).toBe(true);
  });

  it('ambiguous change verbs need a figure; idioms make no change', () => {
    expect(cmp('An error is raised when the file is missing.')).toBe(false);
    expect(of('The firm cut 500 jobs.').reasons).toContain('a change: cut');
    expect(cmp('The guard fell asleep at his post.')).toBe(false);
  });
});

describe('quotations and attributions', () => {
  const quote = (s: string) => of(s).kinds.includes('quotation');

  it('verbs of finding report only with a source or a statement after them', () => {
    expect(quote('Figure 3 shows the layout of the new terminal.')).toBe(false);
    expect(quote('The keys were found under a seat.')).toBe(false);
    expect(quote('The project found a new home last spring.')).toBe(false);
    expect(of('A study found that most drivers speed.').reasons).toContain('an attribution: found');
    expect(quote('The survey showed a sharp rise in rents.')).toBe(true);
  });

  it('"added", "wrote" with an object, passive "said to", and "that being said"', () => {
    expect(quote('He wrote the first of many novels in a rented room.')).toBe(false);
    expect(quote('Added support for dark mode in the settings panel.')).toBe(false);
    expect(quote('Prices will stay high through winter, she added.')).toBe(true);
    expect(quote('The task is said to be complete once the callback runs.')).toBe(false);
    expect(quote('That being said, the plan has flaws.')).toBe(false);
  });

  it('quotation marks: speech, not scare quotes or titles', () => {
    expect(quote('The so-called "harm reduction" approach spread quickly.')).toBe(false);
    expect(quote('The film “The Girl Who Leapt Through Time” opened in July.')).toBe(false);
    expect(quote('“She was burning up from within.”')).toBe(true);
    expect(of('“We never saw it coming,” the mayor said.').reasons).toContain('a quotation: said');
  });
});

describe('commitments, predictions, causes and dates in context', () => {
  it('commitments: pledges and targets, not obligations, deeds or plain nouns', () => {
    const k = (s: string) => of(s).kinds;
    expect(k('The test fails when a target name is missing.')).not.toContain('commitment');
    expect(k('The target is a 40 percent cut in emissions.')).toContain('commitment');
    expect(k('The treasurer committed fraud for years.')).not.toContain('commitment');
    expect(k('The bank committed $2 billion to the fund.')).toContain('commitment');
    expect(k('The response MUST echo the header.')).toEqual([]);
    expect(k('Players must wear helmets on the field.')).toEqual([]);
  });

  it('predictions: not "will" as a noun, "going to" in the past, or "set to" as configured', () => {
    const k = (s: string) => of(s).kinds;
    expect(k('There is no political will for reform.')).not.toContain('prediction');
    expect(k('They were going to have to wait their turn.')).not.toContain('prediction');
    expect(k('The timer was reset and set to repeat each day.')).not.toContain('prediction');
    expect(k('The bill is set to pass next week.')).toContain('prediction');
  });

  it('causes: not in a question, not a purpose, not a duty', () => {
    const k = (s: string) => of(s).kinds;
    expect(k('Is it because of the rain?')).not.toContain('causal');
    expect(k('She moved to the city in order to study law.')).not.toContain('causal');
    expect(k('He is responsible for managing the fund.')).not.toContain('causal');
    expect(k('The storm was responsible for the outage.')).toContain('causal');
  });

  it('dates: "at the time" dates nothing; a month and year is quoted whole', () => {
    expect(of('At the time, the plan seemed safe.').kinds).not.toContain('date-event');
    expect(of('In April 2013, the firm opened an office in Lisbon.').reasons).toEqual([
      'a date: April 2013',
      'an event: opened',
    ]);
    expect(of('The war ended two decades ago.').reasons).toContain('a time: two decades ago');
  });
});

describe('the first kind: the group a reader files the claim under', () => {
  it('orders every kind once', () => {
    expect([...KIND_ORDER].sort()).toEqual([...CLAIM_KINDS].sort());
  });

  it('quoted speech comes first, even with a figure; a paraphrase leads with its figure', () => {
    const quoted = of('“Unemployment fell to 4 percent last year,” the minister said.');
    expect(quoted.kinds[0]).toBe('quotation');
    expect(quoted.kinds).toContain('statistic');
    const paraphrase = of('Unemployment fell to 4 percent last year, the minister said.');
    expect(paraphrase.kinds[0]).toBe('statistic');
    expect(paraphrase.kinds).toContain('quotation');
  });

  it('a forecast or a cause before the change it holds; an attribution before its date', () => {
    expect(of('Rates are expected to increase on Wednesday.').kinds).toEqual([
      'prediction',
      'comparison',
      'date-event',
    ]);
    expect(of('Prices rose because of the drought.').kinds.slice(0, 2)).toEqual([
      'causal',
      'comparison',
    ]);
    expect(of('Officials said on Thursday that the talks had stalled.').kinds).toEqual([
      'quotation',
      'date-event',
    ]);
  });

  it('gives one reason per kind, in the same order', () => {
    const r = of('Rates are expected to increase on Wednesday.');
    expect(r.reasons).toEqual([
      'a prediction: expected to',
      'a change: increase',
      'a date: Wednesday',
    ]);
  });
});

describe('quoted speech at the edges of a sentence', () => {
  const quote = (s: string) => of(s).kinds.includes('quotation');

  it('a short line of dialogue, and a quotation running on from the sentence before', () => {
    expect(quote('“Pick it up!”')).toBe(true);
    expect(quote('I never liked the place.”')).toBe(true);
    expect(quote('But I am not particular."')).toBe(true);
    expect(quote('"Harbour lights".')).toBe(false);
  });
});

describe('idioms read as kinds no more', () => {
  const kindsOf = (s: string) => kindsAndReasons(findCues(s), s);
  it('"at least" is no superlative', () => {
    const r = kindsOf('At least 40 people were hurt in the blast on Monday.');
    expect(r.reasons.join(' | ')).not.toMatch(/superlative: least/);
  });
  it('"will tell you" is no prediction', () => {
    expect(
      kindsOf('Anyone who has run a shop will tell you the rent is too high.').kinds,
    ).not.toContain('prediction');
    expect(kindsOf('Prices will rise by 5 percent next year.').kinds).toContain('prediction');
  });
  it('a speaker who "added" is no change, a number that was added is', () => {
    expect(
      kindsOf('The talks will resume in 2026, Earnest added.').reasons.join(' | '),
    ).not.toMatch(/change: added/);
    expect(kindsOf('The economy added 200,000 jobs in May.').reasons.join(' | ')).toMatch(
      /change: added/,
    );
  });
});

describe('measures that are not money or years', () => {
  const kindsOf = (s: string) => kindsAndReasons(findCues(s), s);
  it('a weight in pounds is a figure, a price in pounds is money', () => {
    expect(kindsOf('The machine weighed some 800 pounds and filled a room.').reasons).toContain(
      'a figure: 800 pounds',
    );
    expect(kindsOf('The fine cost 800 pounds per family.').reasons).toContain(
      'an amount of money: 800 pounds',
    );
  });
  it('a size in pixels is a figure, not two years', () => {
    const r = kindsOf('The new screen runs at 1800 x 1920 pixels.');
    expect(r.kinds).not.toContain('date-event');
    expect(r.reasons).toContain('a figure: 1800, 1920');
  });
});

describe('figures as a reader says them', () => {
  const kindsOf = (s: string) => kindsAndReasons(findCues(s), s);
  it('a number and its scale word are one figure', () => {
    expect(kindsOf('The game sold 20 million copies in its first year.').reasons).toContain(
      'a figure: 20 million',
    );
    expect(kindsOf('A bug affected 3 million users and 40 thousand shops.').reasons).toContain(
      'a figure: 3 million, 40 thousand',
    );
    // A scale word with no number before it stays as it is.
    expect(kindsOf('Millions of people watched the launch.').reasons[0]).toBe('a figure: Millions');
  });
  it('a version number is no figure', () => {
    const r = kindsOf('Firefox 1.8.3 was released on Tuesday with 12 security fixes.');
    expect(r.reasons).toContain('a figure: 12');
    expect(kindsOf('Update to version 2.4.1 today.').kinds).not.toContain('statistic');
    expect(kindsOf('The patch, 10.15.7, is out.').kinds).not.toContain('statistic');
    // A decimal with one dot still counts.
    expect(kindsOf('Prices rose 2.5 times in a decade.').kinds).toContain('statistic');
  });
});

describe('a count beside a share or a price', () => {
  const kindsOf = (s: string) => kindsAndReasons(findCues(s), s);
  it('is named too', () => {
    const r = kindsOf('The company paid $7 million to settle a lawsuit brought by 12 states.');
    expect(r.kinds).toEqual(['statistic']);
    expect(r.reasons).toEqual(['an amount of money: $7 million', 'a figure: 12']);
    expect(kindsOf('Unemployment fell 2 percent, with 250,000 jobs added.').reasons).toContain(
      'a figure: 250,000',
    );
  });
  it('is not invented where the share stands alone', () => {
    expect(kindsOf('Shares rose 5 percent.').reasons).toEqual([
      'a percentage: 5 percent',
      'a change: rose',
    ]);
    expect(kindsOf('The fine cost 800 pounds per family.').reasons).toEqual([
      'an amount of money: 800 pounds',
    ]);
  });
});

describe('the hedge note', () => {
  it('does not call the month "May" a hedge', () => {
    const month = 'Employers added 250,000 jobs in May.';
    expect(hedgeNote(findCues(month), month)).toBeUndefined();
    const modal = 'Employers may add 250,000 jobs this year.';
    expect(hedgeNote(findCues(modal), modal)).toBe('hedged or opinion wording: may');
  });
});
