import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import {
  findInstitutionPhrases,
  joinInstitutionNames,
} from '../../../analysis/entities/institution-names';
import type { TokenSpan } from '../../../analysis/entities/tags';

/** Words of one sentence split on spaces; spans as [from, to, type]. */
function run(sentence: string, spans: Array<[number, number, TokenSpan['type']]>) {
  const words = sentence.split(' ');
  return joinInstitutionNames(
    words,
    spans.map(([from, to, type]) => ({ from, to, type })),
    [[0, words.length]],
  ).map((s) => `${words.slice(s.from, s.to).join(' ')}/${s.type}`);
}

function phrases(sentence: string): string[] {
  const words = sentence.split(' ');
  return findInstitutionPhrases(words, [[0, words.length]]).map(([a, b]) =>
    words.slice(a, b).join(' '),
  );
}

describe('findInstitutionPhrases', () => {
  it('joins a body\'s head over "for", "a" and "the" to its purpose', () => {
    expect(phrases('he works at the Committee for a Responsible Federal Budget , a group')).toEqual(
      ['Committee for a Responsible Federal Budget'],
    );
    expect(phrases('an analyst at the Institute for the Study of War said')).toEqual([
      'Institute for the Study of War',
    ]);
    expect(phrases('said the National League for Democracy on Monday')).toEqual([
      'National League for Democracy',
    ]);
  });

  it('goes on over "and" inside the purpose, but not into a second body', () => {
    expect(phrases('data from the Centers for Disease Control and Prevention show it')).toEqual([
      'Centers for Disease Control and Prevention',
    ]);
    expect(
      phrases('the Center for American Progress and the Brookings Institution said so'),
    ).toEqual(['Center for American Progress']);
    expect(phrases('the Center for American Progress and Brookings Institution said so')).toEqual([
      'Center for American Progress',
    ]);
  });

  it('finds nothing after a verb or a common noun, in lower case, or in a headline', () => {
    expect(phrases('the mayor Calls for Calm on the streets')).toEqual([]);
    expect(phrases('there was Support for Trump among them')).toEqual([]);
    expect(phrases('the committee for a new budget met')).toEqual([]);
    expect(phrases('Trump Campaign for Reelection Hits Snag in Ohio')).toEqual([]);
  });
});

describe('joinInstitutionNames', () => {
  it('replaces the halves the tagger found with one organisation', () => {
    expect(
      run('at the Committee for a Responsible Federal Budget , a group', [
        [2, 3, 'LOC'],
        [5, 8, 'ORG'],
      ]),
    ).toEqual(['Committee for a Responsible Federal Budget/ORG']);
    expect(
      run('works at the Center for American Progress today', [
        [3, 4, 'PER'],
        [5, 7, 'MISC'],
      ]),
    ).toEqual(['Center for American Progress/ORG']);
  });

  it('leaves a name the tagger already covered whole, even a longer one', () => {
    expect(
      run('the Organisation for Security and Cooperation in Europe said', [[1, 8, 'ORG']]),
    ).toEqual(['Organisation for Security and Cooperation in Europe/ORG']);
    expect(run('the Partnership for Peace plan', [[1, 4, 'MISC']])).toEqual([
      'Partnership for Peace/MISC',
    ]);
  });
});

describe('recognizeEntities with institution names', () => {
  it('reads a "for" body of a news report as one organisation', () => {
    const text =
      'said Marc Goldwein, senior policy director at the Committee for a Responsible Federal Budget, a research group.';
    const orgs = recognizeEntities(text)
      .mentions.filter((m) => m.type === 'organization')
      .map((m) => m.text);
    expect(orgs).toEqual(['Committee for a Responsible Federal Budget']);
  });
});
