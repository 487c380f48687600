import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import { mendCutNames } from '../../../analysis/entities/cut-names';
import type { WordMap, WordSet } from '../../../analysis/entities/sorted-table';
import type { TokenSpan } from '../../../analysis/entities/tags';
import { LEXICON_CLASSES } from '../../../analysis/entities/word-lexicon';

const bit = (name: string) => 1 << LEXICON_CLASSES.findIndex(([n]) => n === name);
/** Common words by the lexicon, and a demonym. */
const lexicon: WordMap = new Map<string, number>([
  ['super', bit('word')],
  ['project', bit('word')],
  ['council', bit('word')],
  ['belgians', bit('demonym')],
]);
/** Words seen in lower case in the training text. */
const commonWords: WordSet = new Set(['man', 'named', 'state', 'socialist', 'institute']);

/**
 * Runs the rule on a space-separated sentence with spans given as [from, to, type]; sentences start
 * at token 0 and at each token after a ".".
 */
function mend(sentence: string, spans: Array<[number, number, TokenSpan['type']]>): string[] {
  const words = sentence.split(' ');
  const sentenceStarts = new Set([0]);
  words.forEach((w, k) => {
    if (w === '.') sentenceStarts.add(k + 1);
  });
  return mendCutNames({
    words,
    lower: words.map((w) => w.toLowerCase()),
    spans: spans.map(([from, to, type]) => ({ from, to, type })),
    sentenceStarts,
    commonWords,
    lexicon,
  }).map((s) => `${words.slice(s.from, s.to).join(' ')}/${s.type}`);
}

describe('mendCutNames: a common capitalised word before a name', () => {
  it('joins it to the name in the middle of a sentence', () => {
    expect(mend('someone named Man Tarek Haddad seized hostages', [[3, 5, 'PER']])).toEqual([
      'Man Tarek Haddad/PER',
    ]);
    expect(mend('according to rescue group Project Orca , whales died', [[5, 6, 'ORG']])).toEqual([
      'Project Orca/ORG',
    ]);
    expect(mend('by announcing " Super Kart Race " today', [[4, 6, 'MISC']])).toEqual([
      'Super Kart Race/MISC',
    ]);
  });

  it('leaves it out at a sentence start, after a determiner or "of", or before a one-word name after a quote', () => {
    expect(mend('Man Tarek Haddad seized hostages', [[1, 3, 'PER']])).toEqual(['Tarek Haddad/PER']);
    expect(mend('the Socialist Zeri daily said', [[2, 3, 'ORG']])).toEqual(['Zeri/ORG']);
    expect(mend('Secretary of State James Baker flew', [[3, 5, 'PER']])).toEqual([
      'James Baker/PER',
    ]);
    expect(mend('she said " Super Orca is here', [[4, 5, 'PER']])).toEqual(['Orca/PER']);
  });

  it('leaves out uncommon words, demonyms, titles and words after a capital or a number', () => {
    expect(mend('a man named Zork Tarek Haddad left', [[4, 6, 'PER']])).toEqual([
      'Tarek Haddad/PER',
    ]);
    expect(mend('the missing Belgians An Marchal , 19', [[3, 5, 'PER']])).toEqual([
      'An Marchal/PER',
    ]);
    expect(mend('his aide Commander Nuour Marial said', [[3, 5, 'PER']])).toEqual([
      'Nuour Marial/PER',
    ]);
    expect(
      mend('Reading 3 Man City 1', [
        [0, 1, 'ORG'],
        [3, 4, 'ORG'],
      ]),
    ).toEqual(['Reading/ORG', 'City/ORG']);
  });
});

describe('mendCutNames: an organisation cut at "of", "on" or "for"', () => {
  it('takes the capitalised words after the connective', () => {
    expect(mend('a fellow at the Council on Regional Studies , said', [[4, 5, 'ORG']])).toEqual([
      'Council on Regional Studies/ORG',
    ]);
  });

  it('joins an organisation span right after the connective', () => {
    expect(
      mend('a fellow at the Council on Global Affairs said', [
        [4, 5, 'ORG'],
        [6, 8, 'ORG'],
      ]),
    ).toEqual(['Council on Global Affairs/ORG']);
  });

  it('leaves persons, places, uncommon heads and runs that go on alone', () => {
    expect(
      mend('a fellow at the Council on Global Affairs said', [
        [4, 5, 'ORG'],
        [6, 8, 'LOC'],
      ]),
    ).toEqual(['Council/ORG', 'Global Affairs/LOC']);
    expect(mend('shares of Zorkco for Europe rose', [[2, 3, 'ORG']])).toEqual(['Zorkco/ORG']);
    expect(mend('the Council for A B C D E F met', [[1, 2, 'ORG']])).toEqual(['Council/ORG']);
    expect(mend('a Council . For Europe it met', [[1, 2, 'ORG']])).toEqual(['Council/ORG']);
  });
});

describe('recognizeEntities with cut names mended', () => {
  const names = (text: string) => recognizeEntities(text).mentions.map((m) => m.text);

  it('keeps the first word of a name that is also a common word', () => {
    expect(names('A gunman named Man Tarek Haddad took hostages.')).toContain('Man Tarek Haddad');
    expect(names('Volunteers from the charity group Project Orca rescued 20 dolphins.')).toContain(
      'Project Orca',
    );
  });

  it('keeps an organisation whole across "on"', () => {
    expect(
      names(
        'The talks were chaired by a senior fellow at the Council on Global Affairs, officials said.',
      ),
    ).toContain('Council on Global Affairs');
  });
});
