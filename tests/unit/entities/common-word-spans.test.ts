import { describe, expect, it } from 'vitest';
import { dropCommonWordSpans } from '../../../analysis/entities/common-word-spans';
import { normaliseWord } from '../../../analysis/entities/features';
import type { WordMap, WordSet } from '../../../analysis/entities/sorted-table';
import type { TokenSpan } from '../../../analysis/entities/tags';
import { sentenceRanges, tokenize } from '../../../analysis/entities/tokenize';
import { LEXICON_CLASSES } from '../../../analysis/entities/word-lexicon';

const bit = (name: string) => 1 << LEXICON_CLASSES.findIndex(([n]) => n === name);
/** A small lexicon: common nouns, and names that are also common words. */
const LEXICON = new Map<string, number>([
  ['center', bit('word')],
  ['interior', bit('word')],
  ['levy', bit('word') | bit('verb')],
  ['turkey', bit('word') | bit('place')],
]);
const lexicon: WordMap = LEXICON;
/** Words seen in lower case in the training text ("center" is not: the lexicon says it is common). */
const commonWords: WordSet = new Set(['interior', 'turkey', 'levy']);

/** Runs the rule on `text` with one-word spans on the given words; returns the words kept. */
function kept(text: string, spanWords: ReadonlyArray<[string, TokenSpan['type']]>): string[] {
  const tokens = tokenize(text);
  const words = tokens.map((t) => normaliseWord(t.text));
  const spans: TokenSpan[] = spanWords.map(([w, type]) => {
    const from = words.indexOf(w);
    if (from < 0) throw new Error(`no token ${w}`);
    return { from, to: from + 1, type };
  });
  const out = dropCommonWordSpans({
    words,
    lower: words.map((w) => w.toLowerCase()),
    spans,
    ranges: sentenceRanges(text, tokens),
    commonWords,
    lexicon,
  });
  return out.map((s) => words[s.from]!);
}

describe('dropCommonWordSpans', () => {
  it('drops an -ly adverb that opens a sentence, but not a surname in -ly', () => {
    expect(kept('Additionally, the levels are lower.', [['Additionally', 'ORG']])).toEqual([]);
    expect(kept('“Reportedly, he left.', [['Reportedly', 'PER']])).toEqual([]);
    expect(kept('Kelly, the captain, scored.', [['Kelly', 'PER']])).toEqual(['Kelly']);
    // Mid-sentence the capital says more: left to the tagger.
    expect(kept('He said Additionally is a word.', [['Additionally', 'ORG']])).toEqual([
      'Additionally',
    ]);
  });

  it('drops a one-word person that is an abstract noun', () => {
    expect(kept('the Academy of Allergy and Immunology met', [['Immunology', 'PER']])).toEqual([]);
    expect(
      kept('Simitis and Widness met', [
        ['Simitis', 'PER'],
        ['Widness', 'PER'],
      ]),
    ).toEqual(['Simitis', 'Widness']);
    // An organisation may be so named: only persons are dropped.
    expect(kept('the Federation said', [['Federation', 'ORG']])).toEqual(['Federation']);
  });

  it('drops a common noun after a possessive when a longer name goes on ("University\'s Center on Poverty")', () => {
    const text = "a report by Stanford University's Center on Poverty and Inequality";
    expect(kept(text, [['Center', 'PER']])).toEqual([]);
    // A surname that is also a noun stays: "Israel's Levy to meet Mubarak".
    expect(kept("Israel's Levy to meet Mubarak", [['Levy', 'PER']])).toEqual(['Levy']);
  });

  it('drops a portfolio before a capitalised title, not a nationality or a place', () => {
    expect(kept('Yoon, Kim and Interior Minister Lee Sang-min', [['Interior', 'ORG']])).toEqual([]);
    expect(kept('the Turkey Minister spoke', [['Turkey', 'LOC']])).toEqual(['Turkey']);
    expect(kept('the interior minister Interior spoke', [['Interior', 'ORG']])).toEqual([
      'Interior',
    ]);
  });
});
