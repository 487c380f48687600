/**
 * Names the tagger cut short, made whole again. The tagger leaves out a capitalised word that is
 * also common English when it opens a name ("Man Tarek Haddad", "Super Kart Race", "Named Pipe Server",
 * "Project Orca"), and ends an organisation at its head noun when a lower-case connective follows
 * ("Council" of "Council on Global Affairs"). In running prose a capitalised word in the middle of
 * a sentence, right before a name, is part of that name; so is a capitalised run joined to an
 * organisation's head noun by "of", "on" or "for". Both rules read only capitalisation, sentence
 * starts and the model's word lists: no names.
 */
import { TITLE_WORDS } from './name-phrases';
import type { WordMap, WordSet } from './sorted-table';
import type { TokenSpan } from './tags';
import { lexiconBit as bit } from './word-lexicon';

/** Compromise's verb and noun/adjective/adverb classes: with `commonWords`, common English. */
const WORD_CLASSES = bit('verb') | bit('word');

/** A capitalised word of letters only, lower case after its first letter ("Super", "Named"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/**
 * Capitalised words that stand before a name without being part of it: titles, offices and forms of
 * address ("Mr", "President", "Commander", "Majesty"), months and weekdays, and the pronouns,
 * determiners and prepositions that open a clause ("Under Rubin, the U.S. …", '" Some Japanese…').
 * The person cues handle titles (person-cues.ts).
 */
const NOT_NAME_HEADS = new Set(
  (
    'President Vice Prime Minister Chancellor King Queen Pope Prince Princess Sheikh Emir Sultan ' +
    'Senator Governor General Colonel Lieutenant Captain Major Admiral Sergeant Secretary Deputy ' +
    'Speaker Mr Mrs Ms Dr Prof Professor Reverend Father Judge Justice Ambassador Mayor Chairman ' +
    'Chairwoman Chief Director Commissioner Premier Coach Manager Striker Defender Goalkeeper ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday I The A An And But Or If When While ' +
    'After Before Since Until As At In On Of For From By With To Former Late Saint Sir Lord Lady Dame ' +
    'Commander Crown Majesty Highness Under Some We You They He She It This That These Those'
  ).split(' '),
);

/**
 * What may stand right before the mended name's first word: a lower-case word ("named", "group") or,
 * before a name of two words or more, an opening quote ('announcing "Super Kart Race"'). After a
 * quote a one-word name is too often a quoted sentence's first words ('" Some Japanese are…', '" We
 * Albanians…'). Not a capitalised word (a heading, or two names side by side) nor a number (sports
 * tables: "3 Man City").
 */
const LOWER_WORD = /^\p{Ll}+$/u;
const OPENING_QUOTE = /^["“‘']$/u;

/**
 * Lower-case words after which a capitalised word is a modifier of the name, not its first word:
 * determiners and possessives ("the Socialist Zeri i Popullit", "his Majesty King Hassan", "the
 * Child Jesus") and "of", which ends an office ("Secretary of State James Baker").
 */
const MODIFIER_BEFORE = new Set('the a an of his her their its our my your'.split(' '));

/**
 * Lexicon class of words that qualify a name without belonging to it ("Belgians An Marchal"). Not
 * compromise's titles: they hold "man" and "woman" ("named Man Tarek Haddad"), and the titles of
 * office are in {@link NOT_NAME_HEADS}.
 */
const QUALIFIER_CLASSES = bit('demonym');

/** Connectives that join an organisation's head noun to the rest of its name ("Bank of England"). */
const ORG_CONNECTIVES = new Set(['of', 'on', 'for']);

/**
 * Longest capitalised run taken after a connective, in words: "Council on Global Affairs" needs
 * two, "Institute for the Study of War" is left alone ("the" stops the run), four covers most names
 * and stops a heading that capitalises every word from being swallowed whole.
 */
const MAX_TAIL = 4;

/** Whether `[from, to)` is one to {@link MAX_TAIL} capitalised words within one sentence. */
function isTitleRun(
  words: readonly string[],
  from: number,
  to: number,
  sentenceStarts: ReadonlySet<number>,
): boolean {
  if (to - from > MAX_TAIL) return false;
  for (let k = from; k < to; k++) {
    if (sentenceStarts.has(k) || !TITLE_CASE.test(words[k]!)) return false;
  }
  return true;
}

/** What {@link mendCutNames} reads. */
export interface CutNameInput {
  /** The words as the tagger saw them (features.ts `words`). */
  words: readonly string[];
  /** Their lower case (features.ts `lower`). */
  lower: readonly string[];
  /** The spans so far, sorted by `from`, not overlapping. */
  spans: readonly TokenSpan[];
  /** Token indices that start a sentence: a first word is capitalised for its place, not its name. */
  sentenceStarts: ReadonlySet<number>;
  /** Words seen in lower case in the training text (the model's `commonWords`). */
  commonWords: WordSet;
  /** Lower-case word → lexicon class mask (word-lexicon.ts). */
  lexicon: WordMap;
}

/**
 * Mends the spans:
 * - a span gets the capitalised common word right before it when that word is in the middle of a
 *   sentence, in no span, not a title, month or weekday, and follows a lower-case word or an opening
 *   quote ("someone named Man Tarek Haddad", "rescue group Project Orca"). Only common words: the
 *   tagger left those out for being common, while an uncommon capitalised word it left out is more
 *   often a heading or a table's label;
 * - an organisation span whose last word is a capitalised common word ("Council", "Institute")
 *   takes "of"/"on"/"for" and the capitalised words after it when none of them is in a span
 *   ("Council on Global Affairs"), or when they are all one organisation span ("Council" "on"
 *   "Global Affairs" → one name).
 */
export function mendCutNames(input: CutNameInput): TokenSpan[] {
  const { words, lower, spans, sentenceStarts, commonWords, lexicon } = input;
  const isCommon = (k: number): boolean =>
    commonWords.has(lower[k]!) || ((lexicon.get(lower[k]!) ?? 0) & WORD_CLASSES) !== 0;
  const out: TokenSpan[] = [];
  for (let n = 0; n < spans.length; n++) {
    const s = { ...spans[n]! };
    const prevEnd = out.length > 0 ? out[out.length - 1]!.to : 0;
    const p = s.from - 1;
    if (
      p >= prevEnd &&
      p > 0 &&
      !sentenceStarts.has(p) &&
      !sentenceStarts.has(s.from) &&
      TITLE_CASE.test(words[p]!) &&
      !NOT_NAME_HEADS.has(words[p]!) &&
      !TITLE_WORDS.has(words[s.from]!) &&
      (LOWER_WORD.test(words[p - 1]!)
        ? !MODIFIER_BEFORE.has(words[p - 1]!)
        : OPENING_QUOTE.test(words[p - 1]!) && s.to - s.from >= 2) &&
      isCommon(p) &&
      ((lexicon.get(lower[p]!) ?? 0) & QUALIFIER_CLASSES) === 0
    ) {
      s.from = p;
    }
    if (s.type === 'ORG' && TITLE_CASE.test(words[s.to - 1]!) && isCommon(s.to - 1)) {
      const c = s.to;
      const next = spans[n + 1];
      const nextFrom = next?.from ?? words.length;
      if (ORG_CONNECTIVES.has(words[c] ?? '') && next && nextFrom === c + 1) {
        // The rest tagged as an organisation of its own: "Council" "on" "Global Affairs".
        if (next.type === 'ORG' && isTitleRun(words, next.from, next.to, sentenceStarts)) {
          s.to = next.to;
          n++;
        }
      } else if (ORG_CONNECTIVES.has(words[c] ?? '')) {
        let j = c + 1;
        while (
          j < nextFrom &&
          j - (c + 1) < MAX_TAIL &&
          !sentenceStarts.has(j) &&
          TITLE_CASE.test(words[j]!) &&
          !NOT_NAME_HEADS.has(words[j]!)
        )
          j++;
        // The run must end the name: a capitalised word right after it means a longer heading.
        if (j > c + 1 && !(j < words.length && /^\p{Lu}/u.test(words[j]!))) s.to = j;
      }
    }
    out.push(s);
  }
  return out;
}
