/**
 * The entity engine: names (person, organization, place, event, law, group, other) from the trained
 * tagger, values (date, time, number, money, percent, quantity) from rules, and alias links within
 * the article.
 */
import nameLists from '../models/name-lists.json';
import nerWeights from '../models/ner-weights.json';
import wordClusters from '../models/word-clusters.json';
import type { EntityMention, LinkedEntity, Sentence } from '../types';
import { documentPass } from './document-pass';
import { extractDocFeatures } from './features';
import { linkAliases } from './link-aliases';
import { toNameMentions } from './mention-spans';
import { loadModel, type NerModel, type NerModelFile } from './model';
import type { NameListsFile } from './name-lists';
import { applyPhraseRules } from './name-phrases';
import { decodeGreedy, decodeTwoPass, modelScorer, type Scorer } from './tagger';
import { tagsToSpans } from './tags';
import { sentenceRanges, tokenize } from './tokenize';
import { findValues } from './values';
import type { WordClustersFile } from './word-clusters';

let cached: { model: NerModel; score: Scorer } | null = null;

/** The tagger, loaded once on first use (decoding the weights takes a few tens of milliseconds). */
export function getNerModel(): { model: NerModel; score: Scorer } {
  if (!cached) {
    const model = loadModel(nerWeights as unknown as NerModelFile, {
      nameLists: nameLists as NameListsFile,
      clusters: wordClusters as WordClustersFile,
    });
    cached = { model, score: modelScorer(model) };
  }
  return cached;
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
  );
  const tags =
    model.passes === 2
      ? decodeTwoPass(feats, model.nTags, score)
      : decodeGreedy(feats, model.nTags, score, undefined, undefined, true);
  const spans = applyPhraseRules({
    words: feats.words,
    spans: documentPass({
      words: feats.words,
      spans: tagsToSpans(tags),
      sentenceStarts: new Set(ranges.map((r) => r[0])),
    }),
    ranges,
    lexicon: model.lexicon,
    gazetteer: model.gazetteer,
    commonWords: model.commonWords,
  });
  const names = toNameMentions(text, tokens, spans, model.gazetteer);
  const values = findValues(text, names);
  const mentions = [...names, ...values].sort((a, b) => a.start - b.start);
  const linked = linkAliases(text, mentions);
  return { mentions, linked };
}

/** Alias linking alone, for callers that build mentions themselves. */
export { linkAliases } from './link-aliases';
/** The CoNLL class → Gloss name type mapping. */
export { nameTypeOf } from './name-types';
/** The rule-based value finder (dates, times, numbers, money, percentages, quantities). */
export { findValues } from './values';
