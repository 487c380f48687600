/**
 * Span rules that run after the document pass, for names that the CoNLL-trained tagger sees too
 * rarely to learn: multi-word event names ("UN Climate Change Conference", "Conference of the
 * Parties"), nationality adjectives before a title ("the Azerbaijani President"), and acronyms in
 * running text that the tagger leaves out. Each rule is general (word shapes, head words, word
 * classes); none lists a particular name.
 */
import { type Gazetteer, hasEntry } from './gazetteer';
import type { WordMap, WordSet } from './sorted-table';
import { CONLL_TYPES, type TokenSpan } from './tags';
import { lexiconBit } from './word-lexicon';

/**
 * Head words that make a capitalised phrase an event on their own: a phrase ending in one of them is
 * nearly always a named gathering. Narrower than name-types.ts's EVENT_HEADS, which also types words
 * such as "Cup", "Open" or "Assembly" when the tagger already found the name.
 */
export const EVENT_PHRASE_HEADS: ReadonlySet<string> = new Set(
  'Conference Summit Days Week Festival Games Forum Olympics Expo'.split(' '),
);

/** Words that precede a name but are not part of it (CoNLL leaves them out too). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'President Vice Prime Minister Chancellor King Queen Pope Prince Princess Sheikh Emir Sultan ' +
    'Senator Sen. Governor Gov. General Gen. Colonel Col. Lieutenant Lt. Captain Capt. Major Maj. ' +
    'Admiral Adm. Sergeant Sgt. Secretary Foreign Defence Defense Finance Interior Deputy Speaker ' +
    'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Professor Rev. Reverend Father Judge Justice Ambassador ' +
    'Mayor Chairman Chairwoman Chief Director Commissioner Premier Presidents Minister-President'
  ).split(' '),
);

/** Determiners and possessives stripped from the front of a capitalised run ("The Conference"). */
const LEADING_FUNCTION_WORDS = new Set(
  'the a an this that these those its his her their our my your'.split(' '),
);
/** Connectives allowed between an event head and the rest of its name: "Conference of the Parties". */
const EVENT_LINKS = new Set(['of', 'on', 'for']);
/** Endings that make a demonym of a place name: Azerbaijan+i, Russia+n, Brazil+ian, China→Chin+ese. */
const DEMONYM_SUFFIXES = ['i', 'n', 'an', 'ian', 'ese', 'ish'];

const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/**
 * How far into a line a wire credit may sit: "BAKU (MENAFN- AzerNews)", "WASHINGTON (AP) -" put
 * it after a dateline of one to three words and the date; six tokens covers that and no more.
 */
const CREDIT_WINDOW = 6;
const DEMONYM_BIT = lexiconBit('demonym');
const PLACE_BIT = lexiconBit('place');
const MISC = 'MISC' as const;
const LOC = CONLL_TYPES.indexOf('LOC');

/** What the rules need from the document and the model. */
export interface PhraseInput {
  words: readonly string[];
  spans: readonly TokenSpan[];
  /** Token ranges of the sentences, as the tagger saw them. */
  ranges: ReadonlyArray<readonly [number, number]>;
  lexicon: WordMap;
  gazetteer: Gazetteer;
  commonWords: WordSet;
}

/**
 * Whether a word is a nationality or group adjective: listed as a demonym in the word classes, or a
 * known place (training gazetteer or word classes) plus a demonym ending ("Azerbaijani").
 */
export function isDemonym(word: string, lexicon: WordMap, gazetteer: Gazetteer): boolean {
  if (!CAPITALISED.test(word)) return false;
  const lower = word.toLowerCase();
  if ((lexicon.get(lower) ?? 0) & DEMONYM_BIT) return true;
  for (const suffix of DEMONYM_SUFFIXES) {
    if (!lower.endsWith(suffix) || lower.length - suffix.length < 4) continue;
    const stem = lower.slice(0, -suffix.length);
    for (const place of [stem, `${stem}a`, `${stem}e`]) {
      if (hasEntry(gazetteer, place, LOC) || (lexicon.get(place) ?? 0) & PLACE_BIT) return true;
    }
  }
  return false;
}

/** Capitalised event phrases as token ranges `[from, to)`, at most one per run of capitals. */
export function findEventPhrases(
  words: readonly string[],
  ranges: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [from, to] of ranges) {
    let i = from;
    while (i < to) {
      if (!CAPITALISED.test(words[i]!)) {
        i++;
        continue;
      }
      let start = i;
      let end = i;
      while (end < to && CAPITALISED.test(words[end]!)) end++;
      const runEnd = end;
      while (start < end && LEADING_FUNCTION_WORDS.has(words[start]!.toLowerCase())) start++;
      const head = words[end - 1];
      if (start < end && head !== undefined && EVENT_PHRASE_HEADS.has(head)) {
        // "Conference" + "of" + ("the") + capitalised run.
        let j = end;
        if (EVENT_LINKS.has(words[j] ?? '')) {
          j++;
          if (words[j] === 'the') j++;
          if (j < to && CAPITALISED.test(words[j]!)) {
            while (j < to && CAPITALISED.test(words[j]!)) j++;
            end = j;
          }
        }
        if (end - start >= 2) out.push([start, end]);
      }
      i = Math.max(runEnd, end);
    }
  }
  return out;
}

/**
 * Applies the phrase rules to the document pass's spans and returns new spans, sorted:
 * 1. an event phrase (a capitalised run ending in an {@link EVENT_PHRASE_HEADS} word, joined over
 *    "of/on/for (the)" to a following capitalised run) becomes one MISC span unless the tagger
 *    already tagged exactly that run; spans inside it are dropped, and a span running into it is cut
 *    at its start;
 * 2. a demonym followed by a title word ("Azerbaijani President") is a MISC span of the demonym
 *    alone (a group to the reader); the name after the title keeps its own span;
 * 3. an untagged acronym of three to six capitals in brackets near a line's start, closed by ")" or
 *    "-" (a wire credit: "BAKU (MENAFN- AzerNews)", within {@link CREDIT_WINDOW} tokens), that is not
 *    an ordinary word of the training text, is an organisation.
 */
export function applyPhraseRules(input: PhraseInput): TokenSpan[] {
  const { words, ranges, lexicon, gazetteer, commonWords } = input;
  let spans = input.spans.map((s) => ({ ...s })).sort((a, b) => a.from - b.from);

  for (const [a, b] of findEventPhrases(words, ranges)) {
    if (spans.some((s) => s.from === a && s.to === b)) continue;
    const kept: TokenSpan[] = [];
    for (const s of spans) {
      if (s.to <= a || s.from >= b) kept.push(s);
      else if (s.from < a) kept.push({ ...s, to: a });
    }
    kept.push({ from: a, to: b, type: MISC });
    spans = kept.sort((x, y) => x.from - y.from);
  }

  const split: TokenSpan[] = [];
  for (const s of spans) {
    const next = words[s.from + 1];
    if (
      next !== undefined &&
      TITLE_WORDS.has(next) &&
      isDemonym(words[s.from]!, lexicon, gazetteer)
    ) {
      split.push({ from: s.from, to: s.from + 1, type: MISC });
      let k = s.from + 1;
      while (k < s.to && TITLE_WORDS.has(words[k]!)) k++;
      if (k < s.to && s.type !== MISC) split.push({ from: k, to: s.to, type: s.type });
    } else split.push(s);
  }
  spans = split;

  const covered = new Uint8Array(words.length);
  for (const s of spans) covered.fill(1, s.from, s.to);
  for (const [from, to] of ranges) {
    const last = Math.min(to - 1, from + CREDIT_WINDOW);
    for (let i = from + 1; i < last; i++) {
      const w = words[i]!;
      if (covered[i] || words[i - 1] !== '(' || !ACRONYM.test(w)) continue;
      if (words[i + 1] !== ')' && words[i + 1] !== '-') continue;
      const lw = w.toLowerCase();
      if (commonWords.has(lw) || lexicon.has(lw)) continue;
      spans.push({ from: i, to: i + 1, type: 'ORG' });
    }
  }
  return spans.sort((a, b) => a.from - b.from);
}
