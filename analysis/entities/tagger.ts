/**
 * Decoding of the averaged-perceptron tagger. Greedy: left to right, each token takes the best tag
 * allowed by BIO (see tags.ts) after the tags already chosen, using static and tag-history features.
 * Viterbi: the best BIO-valid tag sequence of each sentence under first-order tag-pair features, for
 * weights trained with Viterbi in the loop (a structured perceptron, Collins 2002).
 */
import { type ExtraFeatures, firstPassFeatures } from './document-labels';
import {
  type DocFeatures,
  HISTORY_FEATURES,
  historyFeatures,
  PAIR_FEATURES,
  PredictionHistory,
  pairFeatures,
  SEEN_FEATURES,
  SENTENCE_EDGE,
  seenFeatures,
  type WordFeatures,
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
 * Writes into `scores` token i's static score per tag: its static features, plus `extra` when given;
 * `[sentFrom, sentTo)` is the token's sentence. With `cacheWordScores` (run time only, fixed weights) the
 * token's own-word features (WordInfo.own) are summed once per word and scorer, since their sum is
 * the same wherever the word occurs; they lead the token's run in `doc.feats` when `doc.withOwn`.
 * Without `doc.withOwn` the one-word features are in `doc.wordFeats` (see {@link foldedScores}).
 */
function staticScores(
  doc: DocFeatures,
  i: number,
  sentFrom: number,
  sentTo: number,
  nTags: number,
  score: Scorer,
  cacheWordScores: boolean,
  extra: ExtraFeatures | undefined,
  scores: Float64Array,
): void {
  const from = doc.offsets[i]!;
  const to = doc.offsets[i + 1]!;
  if (doc.wordFeats) {
    foldedScores(doc.wordFeats, i, sentFrom, sentTo, nTags, score, cacheWordScores, scores);
    score(doc.feats, from, to, scores);
  } else if (cacheWordScores) {
    const info = doc.infos[i]!;
    const own = wordScores(info, score, nTags);
    for (let t = 0; t < nTags; t++) scores[t] = own[t]!;
    score(doc.feats, doc.withOwn ? from + info.own.length : from, to, scores);
  } else {
    scores.fill(0);
    score(doc.feats, from, to, scores);
  }
  if (extra) score(extra.feats, extra.offsets[i]!, extra.offsets[i + 1]!, scores);
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

/** Where a word's tag-pair sums start in its {@link wordFeatureScores}, in rows of nTags: after five parts. */
const PAIR_PART = 5;

/**
 * Writes into `scores` the weights of token i's one-word features (see WordFeatures in
 * features.ts): its word's own part, the left parts of the two words before it and the right parts
 * of the two after it, the sentence edge standing in for missing neighbours. With `cache` (run time
 * only, fixed integer weights) each word's five part sums are computed once ({@link
 * wordFeatureScores}): exact, integer sums do not depend on their order. Float weights would sum in
 * another order than a full document's (`withOwn`) and may differ in the last bits: training keeps
 * `withOwn`.
 */
function foldedScores(
  wordFeats: readonly WordFeatures[],
  i: number,
  from: number,
  to: number,
  nTags: number,
  score: Scorer,
  cache: boolean,
  scores: Float64Array,
): void {
  const w = wordFeats[i]!;
  const l1 = i - 1 >= from ? wordFeats[i - 1]! : SENTENCE_EDGE;
  const l2 = i - 2 >= from ? wordFeats[i - 2]! : SENTENCE_EDGE;
  const r1 = i + 1 < to ? wordFeats[i + 1]! : SENTENCE_EDGE;
  const r2 = i + 2 < to ? wordFeats[i + 2]! : SENTENCE_EDGE;
  if (cache) {
    const a = wordFeatureScores(w, score, nTags);
    const b = wordFeatureScores(l1, score, nTags);
    const c = wordFeatureScores(l2, score, nTags);
    const d = wordFeatureScores(r1, score, nTags);
    const e = wordFeatureScores(r2, score, nTags);
    for (let t = 0; t < nTags; t++) {
      scores[t] = a[t]! + b[nTags + t]! + c[2 * nTags + t]! + d[3 * nTags + t]! + e[4 * nTags + t]!;
    }
    return;
  }
  scores.fill(0);
  score(w.hashes, 0, w.ownEnd, scores);
  score(l1.hashes, l1.ownEnd, l1.leftEnd, scores);
  score(l2.hashes, l2.leftEnd, l2.left2End, scores);
  score(r1.hashes, r1.left2End, r1.rightEnd, scores);
  score(r2.hashes, r2.rightEnd, r2.hashes.length, scores);
}

/**
 * The summed weights of each of a word's five feature parts under `score`, `part * nTags + tag`,
 * then of its tag-pair features, `(PAIR_PART + prev + 1) * nTags + tag` (as {@link pairScores}),
 * cached on its {@link WordFeatures}: one array per word, so a token's look-ups stay together. Only
 * for fixed integer weights, as {@link wordScores}; the sums are kept as int32 (half the memory and
 * cache lines of float64, exact: a few dozen int16 weights sum far below 2^31), and a sum that is
 * not an int32 throws rather than be cut.
 */
function wordFeatureScores(w: WordFeatures, score: Scorer, nTags: number): Int32Array {
  if (w.scoresOf === score && w.scores) return w.scores;
  const out = new Float64Array((PAIR_PART + nTags + 1) * nTags);
  const ends = [0, w.ownEnd, w.leftEnd, w.left2End, w.rightEnd, w.hashes.length];
  for (let part = 0; part < PAIR_PART; part++) {
    score(w.hashes, ends[part]!, ends[part + 1]!, out.subarray(part * nTags, (part + 1) * nTags));
  }
  if (w.info) {
    const buf = new Uint32Array(PAIR_FEATURES);
    for (let p = -1; p < nTags; p++) {
      pairFeatures(w.info, p, buf);
      const at = (PAIR_PART + p + 1) * nTags;
      score(buf, 0, PAIR_FEATURES, out.subarray(at, at + nTags));
    }
  }
  const sums = new Int32Array(out.length);
  for (let k = 0; k < out.length; k++) {
    sums[k] = out[k]!;
    if (sums[k] !== out[k]) throw new Error('cached word scores need integer weights');
  }
  w.scores = sums;
  w.scoresOf = score;
  return sums;
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
      staticScores(doc, i, from, to, nTags, score, cacheWordScores, extra, scores);
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

/**
 * The summed weights of the tag-pair features ({@link pairFeatures}) of a token of word `info`, for
 * every previous tag: entry `(prev + 1) * nTags + tag`, prev -1 being the sentence start. With
 * `cache` (run time only, fixed integer weights) the table is kept on the word's {@link WordInfo}.
 */
function pairScores(
  info: WordInfo,
  score: Scorer,
  nTags: number,
  buf: Uint32Array,
  cache: boolean,
  out: Float64Array,
): Float64Array {
  if (cache && info.pairScoresOf === score && info.pairScores) return info.pairScores;
  const table = cache ? new Float64Array((nTags + 1) * nTags) : out;
  if (!cache) table.fill(0);
  const row = new Float64Array(nTags);
  for (let p = -1; p < nTags; p++) {
    pairFeatures(info, p, buf);
    row.fill(0);
    score(buf, 0, PAIR_FEATURES, row);
    table.set(row, (p + 1) * nTags);
  }
  if (cache) {
    info.pairScores = table;
    info.pairScoresOf = score;
  }
  return table;
}

/** Per tag, the tags it may follow under BIO, ascending (on a tie the lowest tag wins). */
const ALLOWED_PREVIOUS = new Map<number, Uint8Array[]>();

function allowedPrevious(nTags: number): Uint8Array[] {
  let out = ALLOWED_PREVIOUS.get(nTags);
  if (!out) {
    out = [];
    for (let t = 0; t < nTags; t++) {
      const prevs: number[] = [];
      for (let p = 0; p < nTags; p++) if (isAllowed(p, t)) prevs.push(p);
      out.push(Uint8Array.from(prevs));
    }
    ALLOWED_PREVIOUS.set(nTags, out);
  }
  return out;
}

/**
 * Called by {@link decodeViterbi} after each sentence `[from, to)` is decoded, with the document's
 * tags (filled up to `to`) and the sentence's document-history features: token i's are
 * `seen.subarray(seenOffsets[i - from], seenOffsets[i - from + 1])`. Training updates its weights here.
 */
export type SentenceCallback = (
  from: number,
  to: number,
  tags: Uint8Array,
  seen: Uint32Array,
  seenOffsets: Uint32Array,
) => void;

/**
 * Tags every token of a document with the best BIO-valid tag sequence of each sentence (first-order
 * Viterbi). A token's score for tag t after tag p is its static features (plus `extra`, and the
 * document history of earlier sentences, see seenFeatures in features.ts) for t, plus its tag-pair
 * features for (p, t). The document history is updated after each sentence, so a sentence's own tags
 * do not feed its history features. `onSentence` (training) sees each decoded sentence;
 * `cacheWordScores` (run time only, fixed weights) caches per-word sums as decodeGreedy does.
 */
export function decodeViterbi(
  doc: DocFeatures,
  nTags: number,
  score: Scorer,
  onSentence?: SentenceCallback,
  extra?: ExtraFeatures,
  cacheWordScores = false,
): Uint8Array {
  const tags = new Uint8Array(doc.words.length);
  let maxLen = 0;
  for (const [from, to] of doc.ranges) maxLen = Math.max(maxLen, to - from);
  const emit = new Float64Array(maxLen * nTags);
  const back = new Uint8Array(maxLen * nTags);
  const seen = new Uint32Array(maxLen * SEEN_FEATURES);
  const seenOffsets = new Uint32Array(maxLen + 1);
  const scores = new Float64Array(nTags);
  const pairBuf = new Uint32Array(PAIR_FEATURES);
  const pairOut = new Float64Array((nTags + 1) * nTags);
  let delta = new Float64Array(nTags);
  let next = new Float64Array(nTags);
  const history = new PredictionHistory();
  const NEG = Number.NEGATIVE_INFINITY;
  const allowed = allowedPrevious(nTags);
  for (const [from, to] of doc.ranges) {
    if (to <= from) continue;
    let seenLen = 0;
    for (let i = from; i < to; i++) {
      const k = i - from;
      staticScores(doc, i, from, to, nTags, score, cacheWordScores, extra, scores);
      seenOffsets[k] = seenLen;
      seenLen = seenFeatures(doc, i, history, seen, seenLen);
      score(seen, seenOffsets[k]!, seenLen, scores);
      emit.set(scores, k * nTags);
    }
    seenOffsets[to - from] = seenLen;
    // Forward pass: delta[t] is the best score of a valid sequence ending in tag t at token i.
    for (let i = from; i < to; i++) {
      const k = i - from;
      // With per-word sums (run time), the pair sums sit in the word's own array after its parts.
      const folded = doc.wordFeats !== null && cacheWordScores;
      const pair = folded
        ? wordFeatureScores(doc.wordFeats![i]!, score, nTags)
        : pairScores(doc.infos[i]!, score, nTags, pairBuf, cacheWordScores, pairOut);
      const po = folded ? PAIR_PART * nTags : 0;
      const base = k * nTags;
      if (k === 0) {
        for (let t = 0; t < nTags; t++) {
          delta[t] = isAllowed(TAG_O, t) ? emit[base + t]! + pair[po + t]! : NEG;
        }
        continue;
      }
      for (let t = 0; t < nTags; t++) {
        let best = NEG;
        let arg = TAG_O;
        // Only BIO-valid predecessors (see allowedPrevious); -Infinity paths stay -Infinity.
        const prevs = allowed[t]!;
        for (let j = 0; j < prevs.length; j++) {
          const p = prevs[j]!;
          const v = delta[p]! + pair[po + (p + 1) * nTags + t]!;
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        next[t] = best + emit[base + t]!;
        back[base + t] = arg;
      }
      const swap = delta;
      delta = next;
      next = swap;
    }
    let last = TAG_O;
    for (let t = 1; t < nTags; t++) if (delta[t]! > delta[last]!) last = t;
    for (let i = to - 1; i >= from; i--) {
      tags[i] = last;
      if (i > from) last = back[(i - from) * nTags + last]!;
    }
    onSentence?.(from, to, tags, seen, seenOffsets);
    for (let i = from; i < to; i++) {
      if (doc.shapes[i]!.charCodeAt(0) === 88 /* X: capitalised */) {
        const t = tags[i]!;
        history.record(doc.lower[i]!, t === TAG_O ? 0 : tagClass(t) + 1);
      }
    }
  }
  return tags;
}
