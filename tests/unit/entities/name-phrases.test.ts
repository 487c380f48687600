import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import { buildGazetteer } from '../../../analysis/entities/gazetteer';
import {
  applyPhraseRules,
  findEventPhrases,
  isDemonym,
} from '../../../analysis/entities/name-phrases';
import type { TokenSpan } from '../../../analysis/entities/tags';
import { sentenceRanges, tokenize } from '../../../analysis/entities/tokenize';
import { buildLexicon } from '../../../analysis/entities/word-lexicon';

const gazetteer = buildGazetteer(['LOC\tazerbaijan', 'LOC\tfrance', 'ORG\tun']);
const lexicon = buildLexicon({ demonym: 'russian french', place: 'china' });

/** Tokens and sentence ranges of a text, as the engine builds them. */
function prepare(text: string) {
  const tokens = tokenize(text);
  return { words: tokens.map((t) => t.text), ranges: sentenceRanges(text, tokens) };
}

/** The words of each span, with its type. */
function spanTexts(words: readonly string[], spans: readonly TokenSpan[]): string[] {
  return spans.map((s) => `${words.slice(s.from, s.to).join(' ')}/${s.type}`);
}

describe('isDemonym', () => {
  it('knows listed demonyms and makes them from known places plus an ending', () => {
    expect(isDemonym('Russian', lexicon, gazetteer)).toBe(true);
    expect(isDemonym('Azerbaijani', lexicon, gazetteer)).toBe(true);
    expect(isDemonym('Chinese', lexicon, gazetteer)).toBe(true);
  });

  it('rejects lower-case words, unknown stems and places themselves', () => {
    expect(isDemonym('russian', lexicon, gazetteer)).toBe(false);
    expect(isDemonym('Wonderful', lexicon, gazetteer)).toBe(false);
    expect(isDemonym('Azerbaijan', lexicon, gazetteer)).toBe(false);
  });
});

describe('findEventPhrases', () => {
  it('finds a capitalised run ending in an event head, without a leading determiner', () => {
    const { words, ranges } = prepare('Baku will host the 2024 UN Climate Change Conference soon.');
    const found = findEventPhrases(words, ranges).map(([a, b]) => words.slice(a, b).join(' '));
    expect(found).toEqual(['UN Climate Change Conference']);
  });

  it('joins "X of the Y" after the head', () => {
    const { words, ranges } = prepare('The Conference of the Parties to the treaty meets yearly.');
    const found = findEventPhrases(words, ranges).map(([a, b]) => words.slice(a, b).join(' '));
    expect(found).toEqual(['Conference of the Parties']);
  });

  it('ignores a lone head word and runs with other heads', () => {
    const { words, ranges } = prepare('The Conference opened. Leaders met at Camp David House.');
    expect(findEventPhrases(words, ranges)).toEqual([]);
  });
});

describe('applyPhraseRules', () => {
  const run = (text: string, spans: TokenSpan[]) => {
    const { words, ranges } = prepare(text);
    const out = applyPhraseRules({
      words,
      spans,
      ranges,
      lexicon,
      gazetteer,
      commonWords: new Set(['the']),
    });
    return spanTexts(words, out);
  };

  it('replaces the pieces of an event phrase by one span', () => {
    // Tokens: 0 He 1 spoke 2 at 3 the 4 UN 5 Climate 6 Change 7 Conference 8 .
    expect(
      run('He spoke at the UN Climate Change Conference.', [{ from: 4, to: 5, type: 'ORG' }]),
    ).toEqual(['UN Climate Change Conference/MISC']);
  });

  it('keeps a phrase the tagger already found whole, with its type', () => {
    expect(run('He spoke at the World Economic Forum.', [{ from: 4, to: 7, type: 'ORG' }])).toEqual(
      ['World Economic Forum/ORG'],
    );
  });

  it('cuts a span that runs into an event phrase', () => {
    // 0 He 1 thanked 2 the 3 Azerbaijani 4 President 5 for 6 the 7 Russian 8 Culture 9 Days 10 event
    const out = run('He thanked the Azerbaijani President for the Russian Culture Days event.', [
      { from: 3, to: 10, type: 'MISC' },
    ]);
    expect(out).toEqual(['Azerbaijani/MISC', 'Russian Culture Days/MISC']);
  });

  it('splits a demonym from the title and the name after it', () => {
    // 0 Russian 1 President 2 Vladimir 3 Putin 4 arrived
    expect(
      run('Russian President Vladimir Putin arrived.', [{ from: 0, to: 4, type: 'PER' }]),
    ).toEqual(['Russian/MISC', 'Vladimir Putin/PER']);
  });

  it('types a demonym tagged as a person before a title as a group (MISC)', () => {
    expect(run('She met the Azerbaijani President.', [{ from: 3, to: 4, type: 'PER' }])).toEqual([
      'Azerbaijani/MISC',
    ]);
  });

  it('takes an acronym in parentheses at the start of a line for a wire credit', () => {
    expect(run('BAKU (MENAFN- AzerNews) Officials met.', [])).toEqual(['MENAFN/ORG']);
    expect(run('BAKU (XYZ) Officials met.', [])).toEqual(['XYZ/ORG']);
  });

  it('leaves acronyms elsewhere in a sentence to the tagger', () => {
    expect(run('Figures were restated under the new rules ( IAS ) this morning.', [])).toEqual([]);
    expect(run('The revisions to GDP may not matter.', [])).toEqual([]);
  });
});

describe('recognizeEntities with the phrase rules', () => {
  const named = (text: string) =>
    recognizeEntities(text).mentions.map((m) => `${m.text}/${m.type}`);

  it('types event phrases as events', () => {
    const found = named(
      'Baku will host the UN Climate Change Conference in November. The Conference of the Parties ' +
        'meets every year, and the city held the Russian Culture Days in June.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'UN Climate Change Conference/event',
        'Conference of the Parties/event',
        'Russian Culture Days/event',
      ]),
    );
  });

  it('types a demonym before a title as a group, never a person', () => {
    const found = named('President Putin thanked the Azerbaijani President for the visit.');
    expect(found).toContain('Azerbaijani/group');
    expect(found).not.toContain('Azerbaijani/person');
  });
});
