/**
 * One-word names that are ordinary English words where English capitalises them anyway or where a
 * longer name was cut short: an adverb opening a sentence ("Additionally, the levels…"), an abstract
 * noun taken for a person ("…Allergy, Asthma and Immunology"), the head noun of a longer name after
 * a possessive ("Stanford University's Center on Poverty…"), a portfolio before a minister's title
 * ("Interior Minister Lee"). Such a word alone is not a name to a reader, whatever the tagger made of
 * it; the spans are dropped. The tests are general English (word endings, the training text's
 * lower-case words and compromise's word classes), never lists of names.
 */
import type { WordMap, WordSet } from './sorted-table';
import type { TokenSpan } from './tags';
import { lexiconBit as bit } from './word-lexicon';

/**
 * Lexicon classes that make a word a possible name on its own (first names, surnames, places,
 * organisations, demonyms): "Turkey", "Bush" or "Jordan" are common words too, and stay names.
 */
const NAME_CLASSES = bit('first') | bit('last') | bit('place') | bit('org') | bit('demonym');

/**
 * Lexicon classes of ordinary words: compromise's verbs, and its nouns, adjectives and adverbs. With
 * the training text's lower-case words they say a word is common English.
 */
const WORD_CLASSES = bit('verb') | bit('word');

/**
 * Endings of adverbs made from adjectives ("additionally", "previously", "reportedly"). A surname in
 * "-ly" ("Kelly", "Mullally") has none of them, and a first name or place ("Sally", "Sicily") is kept
 * by its lexicon class anyway.
 */
const ADVERB_ENDING = /(?:ional|ical|ous|ive|ful|less|ent|ant|ate|ed|ing|ib|ab)ly$/;

/**
 * Endings of abstract nouns that no personal name has ("Immunology", "Journalism", "Federation"),
 * for words of seven letters or more. Left out: "-itis", "-ment" and "-ness", which surnames in the
 * training text have ("Simitis", "Taument", "Widness").
 */
const ABSTRACT_NOUN_ENDING = /(?:ology|ography|onomy|ism|ation)$/;

/** Possessive clitics as features.ts writes them (curly quotes made straight). */
const POSSESSIVE = new Set(["'s", "'"]);

/**
 * Titles that a portfolio word comes before: "Interior Minister", "Foreign Secretary". Capitalised
 * only: before a lower-case "minister" the word is an adjective of nationality ("Polish minister").
 */
const PORTFOLIO_TITLES = new Set(['Minister', 'Secretary']);

/** Connectives after which a longer name goes on: "Center on Poverty", "Institute for Policy". */
const NAME_CONNECTIVES = new Set(['of', 'on', 'for']);

/** What {@link dropCommonWordSpans} reads. */
export interface CommonWordInput {
  /** The words as the tagger saw them (features.ts `words`). */
  words: readonly string[];
  /** Their lower case (features.ts `lower`). */
  lower: readonly string[];
  /** The spans so far, sorted by `from`, not overlapping. */
  spans: readonly TokenSpan[];
  /** Sentences as token index ranges (tokenize.ts `sentenceRanges`). */
  ranges: ReadonlyArray<readonly [number, number]>;
  /** Words seen in lower case in the training text (the model's `commonWords`). */
  commonWords: WordSet;
  /** Lower-case word → lexicon class mask (word-lexicon.ts). */
  lexicon: WordMap;
}

/** The index of each sentence's first word: its first token with a letter or digit. */
function firstWords(words: readonly string[], ranges: CommonWordInput['ranges']): Set<number> {
  const out = new Set<number>();
  for (const [from, to] of ranges) {
    for (let k = from; k < to; k++) {
      if (/[\p{L}\p{N}]/u.test(words[k]!)) {
        out.add(k);
        break;
      }
    }
  }
  return out;
}

/**
 * Drops the one-word spans whose word has no name class in the lexicon and that are:
 * - the first word of a sentence with an adverb ending ("Additionally", "Reportedly"): such an
 *   adverb never starts a name alone. Any common word opening a sentence was measured too and not
 *   kept: sports tables open every line with a team ("Reading", "Bury"; bench/RESULTS.md);
 * - a person with an abstract-noun ending ("Immunology");
 * - a person right after a possessive and before "of", "on" or "for" and a capital ("Stanford
 *   University's Center on Poverty"), the word being common English: the head noun of a longer name
 *   that the tagger cut short. A surname that is also a noun often stands after a possessive
 *   ("Israel's Levy to meet…"), but seldom before "on Poverty", so the rule asks for both;
 * - a common word right before a capitalised "Minister" or "Secretary" ("Interior Minister"): a
 *   portfolio, part of the person's title. CoNLL mostly agrees ("Foreign Minister" is O 28 times in
 *   its training text), though not always ("Interior" is ORG there before "Minister" a few times).
 */
export function dropCommonWordSpans(input: CommonWordInput): TokenSpan[] {
  const { words, lower, spans, ranges, commonWords, lexicon } = input;
  // Found only when a span needs them: adverb-like spans are rare.
  let starts: Set<number> | null = null;
  const isFirstWord = (k: number): boolean => {
    if (!starts) starts = firstWords(words, ranges);
    return starts.has(k);
  };
  return spans.filter((s) => {
    if (s.to - s.from !== 1) return true;
    const k = s.from;
    const w = lower[k]!;
    // Where the word stands first (cheap), then what it is (a look-up).
    const person = s.type === 'PER';
    const adverb = ADVERB_ENDING.test(w) && isFirstWord(k);
    const abstract = person && w.length >= 7 && ABSTRACT_NOUN_ENDING.test(w);
    const headNoun =
      person &&
      POSSESSIVE.has(words[k - 1] ?? '') &&
      NAME_CONNECTIVES.has(words[k + 1] ?? '') &&
      /^\p{Lu}/u.test(words[k + 2] ?? '');
    const portfolio = PORTFOLIO_TITLES.has(words[k + 1] ?? '');
    if (!adverb && !abstract && !headNoun && !portfolio) return true;
    const classes = lexicon.get(w) ?? 0;
    if (classes & NAME_CLASSES) return true;
    if (adverb || abstract) return false;
    // A head noun or a portfolio must be a common word itself.
    return !commonWords.has(w) && !(classes & WORD_CLASSES);
  });
}
