/**
 * Greedy left-to-right decoding of the averaged-perceptron tagger: each token takes the best tag
 * allowed by BIO (see tags.ts) after the tags already chosen, using static and tag-history features.
 */
import { type ExtraFeatures, firstPassFeatures } from './document-labels';
import {
  type DocFeatures,
  HISTORY_FEATURES,
  historyFeatures,
  PredictionHistory,
  type WordInfo,
} from './features';
import type { NerModel } from './model';
import { isAllowed, TAG_O, tagClass } from './tags';

/**
 * A scorer: adds the weights of `hashes` to `scores` (one per tag). Training passes its own float
 * weights; run time passes the quantised model through {@link modelScorer}.
 */
export type Scorer = (
  hashes: ArrayLike<number>,
  from: number,
  to: number,
  scores: Float64Array,
) => void;

/**
 * Scorer over a loaded model (int16 weights; the common scale does not change the argmax). The
 * table probe of model.ts's featureRow is inlined: this loop is the tagger's hot path.
 */
export function modelScorer(model: NerModel): Scorer {
  const n = model.nTags;
  const { weights, table, rows, mask } = model;
  return (hashes, from, to, scores) => {
    for (let k = from; k < to; k++) {
      const key = hashes[k]! || 1;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      let row = -1;
      for (;;) {
        const stored = table[slot]!;
        if (stored === 0) break;
        if (stored === key) {
          row = rows[slot]!;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (row < 0) continue;
      const base = row * n;
      for (let t = 0; t < n; t++) scores[t]! += weights[base + t]!;
    }
  };
}

/**
 * The summed weights of a word's own features under `score`, cached on the word's {@link WordInfo}
 * (the cache of features.ts keeps words across calls). Only for fixed weights: the run-time model,
 * never training, whose weights change after every mistake. Exact: the weights are integers.
 */
function wordScores(info: WordInfo, score: Scorer, nTags: number): Float64Array {
  if (info.ownScoresOf === score && info.ownScores) return info.ownScores;
  const own = new Float64Array(nTags);
  score(info.own, 0, info.own.length, own);
  info.ownScores = own;
  info.ownScoresOf = score;
  return own;
}

/**
 * Tags every token of a document. `onStep` (training) sees each decision with its feature hashes
 * and may return the tag to continue with instead of the predicted one. `extra` (the second pass's
 * first-pass label features, see document-labels.ts) adds per-token hashes to the static ones.
 * `cacheWordScores` (run time only, fixed weights) sums each word's own feature weights once.
 */
export function decodeGreedy(
  doc: DocFeatures,
  nTags: number,
  score: Scorer,
  onStep?: (i: number, predicted: number, hist: Uint32Array, histCount: number) => number,
  extra?: ExtraFeatures,
  cacheWordScores = false,
): Uint8Array {
  const tags = new Uint8Array(doc.words.length);
  const scores = new Float64Array(nTags);
  const hist = new Uint32Array(HISTORY_FEATURES);
  const history = new PredictionHistory();
  for (const [from, to] of doc.ranges) {
    let prev = -1;
    let prev2 = -1;
    for (let i = from; i < to; i++) {
      if (cacheWordScores) {
        // The token's first features are its word's own (WordInfo.own): their summed weights are
        // the same wherever the word occurs, so they are summed once per word and scorer.
        const info = doc.infos[i]!;
        const own = wordScores(info, score, nTags);
        for (let t = 0; t < nTags; t++) scores[t] = own[t]!;
        score(doc.feats, doc.offsets[i]! + info.own.length, doc.offsets[i + 1]!, scores);
      } else {
        scores.fill(0);
        score(doc.feats, doc.offsets[i]!, doc.offsets[i + 1]!, scores);
      }
      if (extra) score(extra.feats, extra.offsets[i]!, extra.offsets[i + 1]!, scores);
      const hc = historyFeatures(doc, i, prev, prev2, history, hist);
      score(hist, 0, hc, scores);
      let best = TAG_O;
      let bestScore = Number.NEGATIVE_INFINITY;
      const p = prev < 0 ? TAG_O : prev;
      for (let t = 0; t < nTags; t++) {
        if (!isAllowed(p, t)) continue;
        if (scores[t]! > bestScore) {
          bestScore = scores[t]!;
          best = t;
        }
      }
      const chosen = onStep ? onStep(i, best, hist, hc) : best;
      tags[i] = chosen;
      if (doc.shapes[i]!.charCodeAt(0) === 88 /* X: capitalised */) {
        history.record(doc.lower[i]!, chosen === TAG_O ? 0 : tagClass(chosen) + 1);
      }
      prev2 = prev;
      prev = chosen;
    }
  }
  return tags;
}

/**
 * Two greedy passes with the same weights: the second sees what the first said about the same word
 * (and the same multi-word name) elsewhere in the document, later uses included. Only for a model
 * trained with `npm run train:ner -- --passes 2`, which learns the weights with and without that
 * evidence; the shipped model is one-pass (two passes did not raise dev F1, see the trainer).
 */
export function decodeTwoPass(doc: DocFeatures, nTags: number, score: Scorer): Uint8Array {
  const first = decodeGreedy(doc, nTags, score);
  return decodeGreedy(doc, nTags, score, undefined, firstPassFeatures(doc, first));
}
