import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import { applyOrgCues } from '../../../analysis/entities/org-cues';
import type { TokenSpan } from '../../../analysis/entities/tags';

/** The cues over `sentence` (words split at spaces; the first word opens a sentence). */
function run(sentence: string, spans: Array<[number, number, TokenSpan['type']]>) {
  const words = sentence.split(' ');
  return applyOrgCues({
    words,
    spans: spans.map(([from, to, type]) => ({ from, to, type })),
    isFirstName: (w) => w === 'grant',
    sentenceStarts: new Set([0]),
  }).map((s) => `${words.slice(s.from, s.to).join(' ')}/${s.type}`);
}

describe('applyOrgCues', () => {
  it('retypes every mention of a one-word name the article treats as a company', () => {
    expect(
      run("Yahoo said on Monday that Yahoo 's shareholders would vote", [
        [0, 1, 'PER'],
        [5, 6, 'PER'],
      ]),
    ).toEqual(['Yahoo/ORG', 'Yahoo/ORG']);
    expect(run('Investors bought shares of Acme on Friday', [[4, 5, 'PER']])).toEqual(['Acme/ORG']);
    expect(run('Tumblr chief executive David Karp left', [[0, 1, 'PER']])).toEqual(['Tumblr/ORG']);
  });

  it('reads a name taken for a place as a company when no place could have the cue', () => {
    expect(
      run('Amazon founder Jeff Bezos said Amazon would grow', [
        [0, 1, 'LOC'],
        [2, 4, 'PER'],
        [5, 6, 'LOC'],
      ]),
    ).toEqual(['Amazon/ORG', 'Jeff Bezos/PER', 'Amazon/ORG']);
    expect(run("Investors hold shares of Amazon and Amazon 's CEO spoke", [[4, 5, 'LOC']])).toEqual(
      ['Amazon/ORG'],
    );
    expect(
      run('Texas revenue rose and a Dallas CEO and its Austin headquarters', [
        [0, 1, 'LOC'],
        [5, 6, 'LOC'],
        [9, 10, 'LOC'],
      ]),
    ).toEqual(['Texas/LOC', 'Dallas/LOC', 'Austin/LOC']);
  });

  it('reads a listed company the tagger took for a person or a place as a company', () => {
    const words = 'readers from Google and Nasdaq and Nintendo and Co'.split(' ');
    const out = applyOrgCues({
      words,
      spans: [
        { from: 2, to: 3, type: 'PER' },
        { from: 4, to: 5, type: 'MISC' },
        { from: 6, to: 7, type: 'LOC' },
        { from: 8, to: 9, type: 'LOC' },
      ],
      isFirstName: () => false,
      isListedCompany: (w) => ['google', 'nasdaq', 'nintendo', 'co'].includes(w),
    });
    expect(out.map((s) => `${words[s.from]}/${s.type}`)).toEqual([
      'Google/ORG',
      'Nasdaq/MISC',
      'Nintendo/ORG',
      'Co/LOC',
    ]);
  });

  it('leaves what a person also has, first names and longer names alone', () => {
    expect(run("Musk 's shares rose as Musk 's stake grew", [[0, 1, 'PER']])).toEqual(['Musk/PER']);
    expect(run("Grant 's shareholders met", [[0, 1, 'PER']])).toEqual(['Grant/PER']);
    expect(run("Marissa Mayer 's shareholders met", [[0, 2, 'PER']])).toEqual([
      'Marissa Mayer/PER',
    ]);
  });
});

describe('applyOrgCues: online services', () => {
  it('reads a one-word name posted on, or before a post or an account, as an organisation', () => {
    expect(
      run('She posted on Instagram and later Instagram removed it', [
        [3, 4, 'LOC'],
        [6, 7, 'LOC'],
      ]),
    ).toEqual(['Instagram/ORG', 'Instagram/ORG']);
    expect(run('In a TikTok post he said so', [[2, 3, 'MISC']])).toEqual(['TikTok/ORG']);
    expect(run('He said on Telegram that it fell', [[3, 4, 'PER']])).toEqual(['Telegram/ORG']);
  });

  it('leaves places, owners, first names, surnames and nationalities alone', () => {
    expect(run('They stayed on Crete all summer', [[3, 4, 'LOC']])).toEqual(['Crete/LOC']);
    expect(run("She wrote on Smith 's page", [[3, 4, 'PER']])).toEqual(['Smith/PER']);
    expect(run('He posted on Grant yesterday', [[3, 4, 'PER']])).toEqual(['Grant/PER']);
    expect(
      run('Jo Post said so and Post wrote on Post again', [
        [0, 2, 'PER'],
        [5, 6, 'PER'],
        [8, 9, 'PER'],
      ]),
    ).toEqual(['Jo Post/PER', 'Post/PER', 'Post/PER']);
    expect(run('He took the Dutch post in May', [[3, 4, 'MISC']])).toEqual(['Dutch/MISC']);
  });
});

describe('applyOrgCues: a name that opens a sentence with ", which"', () => {
  it('reads it, every mention and its last word alone, as an organisation', () => {
    expect(
      run('Con Edison , which maintains mains , said a Con Edison worker and Edison agreed', [
        [0, 2, 'PER'],
        [9, 11, 'PER'],
        [13, 14, 'PER'],
      ]),
    ).toEqual(['Con Edison/ORG', 'Con Edison/ORG', 'Edison/ORG']);
  });

  it('leaves a name after other words, and a name the article follows with ", who"', () => {
    expect(run('A report by Jo Roe , which came out', [[3, 5, 'PER']])).toEqual(['Jo Roe/PER']);
    expect(
      run('Jo Roe , which is odd , and Jo Roe , who runs it', [
        [0, 2, 'PER'],
        [8, 10, 'PER'],
      ]),
    ).toEqual(['Jo Roe/PER', 'Jo Roe/PER']);
  });
});

describe('recognizeEntities with the company cues', () => {
  it('reads a service people post on as an organisation, not a place', () => {
    const types = recognizeEntities('She wrote on Instagram that the trip was over.')
      .mentions.filter((m) => m.text === 'Instagram')
      .map((m) => m.type);
    expect(types).toEqual(['organization']);
  });

  it('reads a company unknown to the training text as an organisation', () => {
    const types = recognizeEntities('Yahoo’s shareholders will have little say in the sale.')
      .mentions.filter((m) => m.text === 'Yahoo')
      .map((m) => m.type);
    expect(types).toEqual(['organization']);
  });
});
