/**
 * The entity engine: names (person, organization, place, event, law, group, other) from the trained
 * tagger, values (date, time, number, money, percent, quantity) from rules, and alias links within
 * the article.
 */
import type { EntityMention, LinkedEntity, Sentence } from '../types';
import { dropCommonWordSpans } from './common-word-spans';
import { mendCutNames } from './cut-names';
import { dropDegreeSpans } from './degrees';
import { documentPass } from './document-pass';
import { extractDocFeatures } from './features';
import { applyGroupWords } from './group-words';
import { joinInstitutionNames } from './institution-names';
import { linkAliases } from './link-aliases';
import { toNameMentions } from './mention-spans';
import type { NerModel } from './model';
import { nerModel, nerModelReady, prepareNerModel } from './model-source';
import { NAME_LISTS } from './name-lists';
import { applyPhraseRules } from './name-phrases';
import { applyOrgCues } from './org-cues';
import { applyPersonCues } from './person-cues';
import { retypePlaceHeads } from './place-heads';
import { applyProductNames } from './product-names';
import { splitAtConnectives } from './split-connectives';
import { decodeGreedy, decodeTwoPass, decodeViterbi, modelScorer, type Scorer } from './tagger';
import { tagsToSpans } from './tags';
import { sentenceRanges, tokenize } from './tokenize';
import { findValues } from './values';
import { lexiconBit } from './word-lexicon';

let cached: { model: NerModel; score: Scorer } | null = null;

/** The lexicon's first-name bit (see word-lexicon.ts): a first name is never retyped a company. */
const FIRST_NAME = lexiconBit('first');
/** The external name lists' company list, and its place lists, as bits of an entry's mask. */
const ORG_LIST = 1 << NAME_LISTS.indexOf('org');
const PLACE_LISTS =
  (1 << NAME_LISTS.indexOf('city')) |
  (1 << NAME_LISTS.indexOf('bigCity')) |
  (1 << NAME_LISTS.indexOf('country')) |
  (1 << NAME_LISTS.indexOf('region'));
/** Lexicon classes of people's and places' names: a listed company that is one too stays as tagged. */
const PERSON_OR_PLACE = lexiconBit('first') | lexiconBit('last') | lexiconBit('place');
/** Lexicon classes of places and nationalities, which are no product's brand ("Russian T-72"). */
const PLACE_OR_DEMONYM = lexiconBit('place') | lexiconBit('demonym');

/**
 * The tagger, loaded once. In Node the model is built on first use from the JSON files (a few tens of
 * milliseconds); in the extension it must have been loaded by {@link loadNerModel} first (see
 * model-source.ts, and entrypoints/background/ner-model-source.ts in the extension).
 */
export function getNerModel(): { model: NerModel; score: Scorer } {
  if (!cached) {
    const model = nerModel();
    cached = { model, score: modelScorer(model) };
  }
  return cached;
}

/**
 * Loads the model where loading is asynchronous: the extension fetches and unpacks its binary pack
 * (rejecting with a NerModelLoadError, retried on the next call, when that fails). Await it before
 * {@link recognizeEntities} there; in Node it resolves at once.
 */
export async function loadNerModel(): Promise<void> {
  await nerModelReady();
  getNerModel();
}

/**
 * Readies a later {@link loadNerModel} without loading the model now: the extension keeps a copy of
 * its pack where its next loads read it faster (entrypoints/background/ner-model-source.ts in the extension). Never rejects.
 */
export function prepareEntityModel(): Promise<void> {
  return prepareNerModel();
}

/** What {@link recognizeEntities} returns. */
export interface RecognizedEntities {
  /** Names and values, sorted by start, non-overlapping; `text.slice(start, end) === mention.text`. */
  mentions: EntityMention[];
  /** The article's entities, in order of first mention, with mention counts. */
  linked: LinkedEntity[];
}

/**
 * Finds the names and values in `text`. `sentences`, when given (see analysis/segment), add sentence
 * starts to the tagger's own (line breaks and sentence-final punctuation).
 */
export function recognizeEntities(
  text: string,
  sentences?: readonly Sentence[],
): RecognizedEntities {
  if (text.trim() === '') return { mentions: [], linked: [] };
  const { model, score } = getNerModel();
  const tokens = tokenize(text);
  const starts = sentences ? new Set(sentences.map((s) => s.start)) : undefined;
  const ranges = sentenceRanges(text, tokens, starts);
  const feats = extractDocFeatures(
    tokens,
    ranges,
    model.gazetteer,
    model.commonWords,
    model.lexicon,
    model.external,
    false,
  );
  const tags =
    model.passes === 2
      ? decodeTwoPass(feats, model.nTags, score)
      : model.scalars.decoder === 'viterbi'
        ? decodeViterbi(feats, model.nTags, score, undefined, undefined, true)
        : decodeGreedy(feats, model.nTags, score, undefined, undefined, true);
  const sentenceStarts = new Set(ranges.map((r) => r[0]));
  const phrased = applyPhraseRules({
    words: feats.words,
    spans: documentPass({ words: feats.words, spans: tagsToSpans(tags), sentenceStarts }),
    ranges,
    lexicon: model.lexicon,
    gazetteer: model.gazetteer,
    commonWords: model.commonWords,
  });
  // Rules the tagger's window cannot see: connectives that end a name, titles and initials.
  const isFirstName = (lower: string) => ((model.lexicon.get(lower) ?? 0) & FIRST_NAME) !== 0;
  const orgCued = applyOrgCues({
    words: feats.words,
    spans: applyPersonCues({
      words: feats.words,
      spans: mendCutNames({
        words: feats.words,
        lower: feats.lower,
        spans: joinInstitutionNames(
          feats.words,
          splitAtConnectives(feats.words, phrased, model.gazetteer),
          ranges,
        ),
        sentenceStarts,
        commonWords: model.commonWords,
        lexicon: model.lexicon,
      }),
      sentenceStarts,
    }),
    isFirstName,
    sentenceStarts,
    isListedCompany: (lower) => {
      const listed = model.external.nameLists?.entries.get(lower) ?? 0;
      const lexicon = model.lexicon.get(lower) ?? 0;
      return (
        (listed & ORG_LIST) !== 0 &&
        (listed & PLACE_LISTS) === 0 &&
        (lexicon & PERSON_OR_PLACE) === 0
      );
    },
  });
  const cued = retypePlaceHeads(feats.words, orgCued, isFirstName);
  // Ordinary words that English capitalises where they stand ("Additionally,", "University's Center").
  const spans = dropCommonWordSpans({
    words: feats.words,
    lower: feats.lower,
    // Degrees after a name ("Ph.D.", "MD") are no names either.
    spans: dropDegreeSpans(feats.words, cued),
    ranges,
    commonWords: model.commonWords,
    lexicon: model.lexicon,
  });
  const grouped = applyGroupWords({
    words: feats.words,
    spans: applyProductNames(
      feats.words,
      spans,
      (lower) => ((model.lexicon.get(lower) ?? 0) & PLACE_OR_DEMONYM) !== 0,
    ),
    isFirstName,
    sentenceStarts,
    isCommonWord: (lower) => model.commonWords.has(lower),
  });
  const names = toNameMentions(text, tokens, grouped, model.gazetteer);
  const values = findValues(text, names);
  const mentions = [...names, ...values].sort((a, b) => a.start - b.start);
  const linked = linkAliases(text, mentions);
  return { mentions, linked };
}

/** Alias linking alone, for callers that build mentions themselves. */
export { linkAliases } from './link-aliases';
/** The error {@link loadNerModel} rejects with. */
export { NerModelLoadError } from './model-pack';
/** The CoNLL class → Gloss name type mapping. */
export { nameTypeOf } from './name-types';
/** The rule-based value finder (dates, times, numbers, money, percentages, quantities). */
export { findValues } from './values';
