/**
 * Feature extraction for the name tagger, shared by training and run time. Every feature is a 32-bit
 * hash (see feature-hash.ts). Static features depend on the words only and are computed once per
 * token; history features depend on the tags already chosen to the left (greedy decoding), tag-pair
 * features on the previous tag of each path (Viterbi decoding, see tagger.ts).
 */
import { featureHash, fnv, mix } from './feature-hash';
import { type Gazetteer, markGazetteer } from './gazetteer';
import { markNameLists, NAME_LISTS, type NameLists } from './name-lists';
import type { WordMap, WordSet } from './sorted-table';
import { CONLL_TYPES } from './tags';
import { type sentenceRanges, stripIgnorable, type Token } from './tokenize';
import { clusterPath, type WordClusters } from './word-clusters';

/** What the tagger knows about one document (one article, or one CoNLL document). */
export interface DocFeatures {
  /** Tokens' words with curly quotes and apostrophes made straight (as in the training text). */
  words: string[];
  lower: string[];
  shapes: string[];
  infos: WordInfo[];
  ranges: Array<[number, number]>;
  /**
   * Static feature hashes of token i: `feats.subarray(offsets[i], offsets[i + 1])`. With `withOwn`
   * they are all there, the word's own hashes (WordInfo.own) first; without, the hashes that depend
   * on one word alone are left out and kept per word in `wordFeats` (see {@link extractDocFeatures}).
   */
  feats: Uint32Array;
  offsets: Uint32Array;
  withOwn: boolean;
  /**
   * Without `withOwn`: each token's {@link WordFeatures}, the one-word hashes that `feats` leaves
   * out (the token's own, and those it gives its neighbours); null with `withOwn`.
   */
  wordFeats: WordFeatures[] | null;
}

const P = (name: string): number => fnv(name);
const F = {
  bias: P('b'),
  word: P('w'),
  lower: P('l'),
  shape: P('s'),
  pre: [P('p1'), P('p2'), P('p3'), P('p4')],
  suf: [P('x1'), P('x2'), P('x3'), P('x4')],
  lm2: P('l-2'),
  lm1: P('l-1'),
  lp1: P('l+1'),
  lp2: P('l+2'),
  wm1: P('w-1'),
  wp1: P('w+1'),
  sm1: P('s-1'),
  sp1: P('s+1'),
  bigL: P('l-1|l'),
  bigR: P('l|l+1'),
  shapes3: P('s-1|s|s+1'),
  init: P('init|s'),
  initL: P('init|l'),
  mode: P('m|s'),
  modeL: P('m|l'),
  docLower: P('dlow'),
  docCap: P('dcap'),
  docBoth: P('dlow|dcap|s'),
  gaz: P('g'),
  gazClass: P('g:class'),
  gazM1: P('g-1'),
  gazP1: P('g+1'),
  t1: P('t-1'),
  t12: P('t-2|t-1'),
  t1L: P('t-1|l'),
  t1S: P('t-1|s'),
  common: P('common|init|m|s'),
  run: P('run|len|pos|m'),
  lex: P('lex'),
  lexShape: P('lex|s'),
  lexM1: P('lex-1'),
  lexP1: P('lex+1'),
  runHead: P('run-head'),
  runFirst: P('run-first'),
  seen: P('seen'),
  seenMajor: P('seen-major|s'),
  listSet: P('nl:set'),
  clu: [P('c1'), P('c2'), P('c3'), P('c4')],
  cluM1: [P('c1-1'), P('c2-1'), P('c3-1'), P('c4-1')],
  cluP1: [P('c1+1'), P('c2+1'), P('c3+1'), P('c4+1')],
  clu2: [P('g1'), P('g2'), P('g3'), P('g4')],
};

/** External knowledge the tagger's features may use (both optional; see name-lists.ts, word-clusters.ts). */
export interface ExternalKnowledge {
  nameLists?: NameLists | null;
  clusters?: WordClusters | null;
  /**
   * A second cluster table (experimental, `npm run train:ner -- --clusters2 PATH`): the token's own
   * path prefixes at {@link CLUSTER2_LEVELS} only, as a feature family beside `clusters`.
   */
  clusters2?: WordClusters | null;
}

/**
 * Path prefix lengths of the second cluster table that become features: 2 to 4 (128 to 4,096
 * clusters of the 16/8/8/4 tree). The top level (16 clusters) is left out: the first table's
 * prefixes already give the coarse word classes.
 */
const CLUSTER2_LEVELS = [2, 3, 4];

/** Levels of a cluster path that become features (all four: 16 to 4,096 clusters). */
const CLUSTER_LEVELS = 4;

/**
 * Makes curly quotes straight, maps dashes and drops invisible format characters (soft hyphens and
 * the like, see tokenize.ts), so raw web text looks like the training text: "Vladi\u00ADmir" is
 * looked up, cased and shaped as "Vladimir".
 */
export function normaliseWord(w: string): string {
  return stripIgnorable(w)
    .replace(/[’‘`]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—]/g, '-');
}

/** Character classes used by {@link wordShape} and the case flags. */
const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;
const OTHER = 4;
const NON_ASCII_UPPER = /\p{Lu}/u;
const NON_ASCII_LOWER = /\p{Ll}/u;
const NON_ASCII_LETTER = /\p{L}/u;
const NON_ASCII_DIGIT = /\p{N}/u;

/** Class of one UTF-16 code unit: ASCII by table, anything else through Unicode property tests. */
function charClass(c: number, ch: string): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return UPPER;
    if (c >= 97 && c <= 122) return LOWER;
    if (c >= 48 && c <= 57) return DIGIT;
    return OTHER;
  }
  if (NON_ASCII_UPPER.test(ch)) return UPPER;
  if (NON_ASCII_LOWER.test(ch) || NON_ASCII_LETTER.test(ch)) return LOWER;
  if (NON_ASCII_DIGIT.test(ch)) return DIGIT;
  return OTHER;
}

/** Word shape with runs collapsed: "Putin" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d". */
export function wordShape(w: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    const k = charClass(w.charCodeAt(i), ch);
    const key = k === OTHER ? 100 + w.charCodeAt(i) : k;
    if (key !== last) out += k === UPPER ? 'X' : k === LOWER ? 'x' : k === DIGIT ? 'd' : ch;
    last = key;
  }
  return out;
}

/** Case flags of a word: bit 0 has an upper-case letter, 1 a lower-case letter, 2 starts upper, 3 a letter, 4 a digit. */
function caseFlags(w: string): number {
  let f = 0;
  for (let i = 0; i < w.length; i++) {
    const k = charClass(w.charCodeAt(i), w[i]!);
    if (k === UPPER) f |= 1 | 8 | (i === 0 ? 4 : 0);
    else if (k === LOWER) f |= 2 | 8;
    else if (k === DIGIT) f |= 16;
  }
  return f;
}
const F_UPPER = 1;
const F_LOWER = 2;
const F_STARTS_UPPER = 4;
const F_LETTER = 8;
const F_DIGIT = 16;

/**
 * Sentence case mode: 'U' when every word is in capitals (headlines, datelines such as
 * "BRUSSELS 1996-08-22"), 'T' when at least 70% of the words longer than three letters are
 * capitalised (headline case: most content words capitalised; 70% leaves room for a lower-case verb),
 * else 'n'. Needs three words, so a two-word name line is not a headline.
 */
function sentenceMode(
  words: readonly string[],
  flags: Uint8Array,
  from: number,
  to: number,
): string {
  let letters = 0;
  let lowerish = 0;
  let long = 0;
  let longCap = 0;
  for (let i = from; i < to; i++) {
    const f = flags[i]!;
    if (!(f & F_LETTER)) continue;
    letters++;
    if (f & F_LOWER) lowerish++;
    if (words[i]!.length > 3) {
      long++;
      if (f & F_STARTS_UPPER) longCap++;
    }
  }
  if (letters >= 2 && lowerish === 0) return 'U';
  if (long >= 3 && longCap >= 0.7 * long) return 'T';
  return 'n';
}

/** What the tagger needs of a word, independent of its context; cached per distinct word. */
export interface WordInfo {
  word: string;
  lower: string;
  shape: string;
  flags: number;
  idWord: number;
  idLower: number;
  idShape: number;
  /** The word's own feature hashes: bias, word, lower case, shape, prefixes and suffixes. */
  own: Uint32Array;
  /**
   * The word's cluster feature hashes for the table in `clusterOf`: as the token itself, as the left
   * neighbour of a token and as its right neighbour (one per path prefix, length 1..4).
   */
  clusterFeats?: ClusterFeatures;
  clusterOf?: WordClusters;
  /** The word's feature hashes for the second cluster table `cluster2Of`. */
  cluster2Feats?: Uint32Array;
  cluster2Of?: WordClusters;
  /** Summed weights of `own` under the scorer `ownScoresOf` (see decodeGreedy in tagger.ts). */
  ownScores?: Float64Array;
  ownScoresOf?: unknown;
  /**
   * Summed weights of the word's tag-pair features ({@link pairFeatures}) for each previous tag,
   * `(prev + 1) * nTags + tag`, under the scorer `pairScoresOf` (see decodeViterbi in tagger.ts).
   */
  pairScores?: Float64Array;
  pairScoresOf?: unknown;
  /**
   * The word's {@link WordFeatures} under the lexicon `wordFeatsLexicon`, common words
   * `wordFeatsCommon` and clusters `wordFeatsClusters`.
   */
  wordFeats?: WordFeatures;
  wordFeatsLexicon?: WordMap;
  wordFeatsCommon?: WordSet;
  wordFeatsClusters?: WordClusters | null;
}

/**
 * The static feature hashes that depend on one word alone (given the lexicon and the word clusters),
 * by the token they belong to: the word's own token, the tokens one and two places after it (the
 * word as their left neighbours), and one and two places before it (as right neighbours). They are
 * the same wherever the word occurs, so the run-time decoders sum their weights once per word (see
 * staticScores in tagger.ts) instead of looking each up again for every token: on CoNLL++ dev, 27
 * of a token's 33 hashes on average.
 *
 * `hashes` holds the parts in that order: own `[0, ownEnd)`, as left neighbour `[ownEnd, leftEnd)`,
 * as second left `[leftEnd, left2End)`, as right neighbour `[left2End, rightEnd)`, as second right
 * `[rightEnd, hashes.length)`.
 */
export interface WordFeatures {
  hashes: Uint32Array;
  ownEnd: number;
  leftEnd: number;
  left2End: number;
  rightEnd: number;
  /** The word's lexicon class mask (word-lexicon.ts), 0 when it has none. */
  lex: number;
  /** Whether the word's lower case is a common word (the `commonWords` of extractDocFeatures). */
  common: boolean;
  /** The word itself; null for {@link SENTENCE_EDGE}. */
  info: WordInfo | null;
  /**
   * Summed weights under the scorer `scoresOf` (tagger.ts): the five parts, `part * nTags + tag`,
   * then the word's tag-pair features ({@link pairFeatures}), `(5 + prev + 1) * nTags + tag`.
   */
  scores?: Int32Array;
  scoresOf?: unknown;
}

/** A word's cluster feature hashes, by the role the word plays for the token being tagged. */
interface ClusterFeatures {
  own: Uint32Array;
  asLeft: Uint32Array;
  asRight: Uint32Array;
}

const NO_CLUSTER: ClusterFeatures = {
  own: new Uint32Array(0),
  asLeft: new Uint32Array(0),
  asRight: new Uint32Array(0),
};

/** The cluster feature hashes of a word, cached on its {@link WordInfo} (they are on the hot path). */
function clusterFeatures(info: WordInfo, clusters: WordClusters): ClusterFeatures {
  if (info.clusterOf === clusters && info.clusterFeats) return info.clusterFeats;
  const out = clusterFeaturesOf(info, clusters);
  info.clusterOf = clusters;
  info.clusterFeats = out;
  return out;
}

/**
 * The cluster feature hashes of a word, computed afresh: {@link wordFeatures} copies them once into
 * its own array, so keeping them on the WordInfo too would only cost memory (some 700 bytes a word).
 */
function clusterFeaturesOf(info: WordInfo, clusters: WordClusters): ClusterFeatures {
  const path = clusterPath(clusters, info.word);
  let out = NO_CLUSTER;
  if (path !== undefined) {
    const n = Math.min(CLUSTER_LEVELS, path.length);
    out = { own: new Uint32Array(n), asLeft: new Uint32Array(n), asRight: new Uint32Array(n) };
    for (let k = 0; k < n; k++) {
      const id = fnv(path.slice(0, k + 1));
      out.own[k] = mix(F.clu[k]!, id);
      out.asLeft[k] = mix(F.cluM1[k]!, id);
      out.asRight[k] = mix(F.cluP1[k]!, id);
    }
  }
  return out;
}

/** The token-only feature hashes of a word in the second cluster table, cached on its WordInfo. */
function cluster2Features(info: WordInfo, clusters: WordClusters): Uint32Array {
  if (info.cluster2Of === clusters && info.cluster2Feats) return info.cluster2Feats;
  const path = clusterPath(clusters, info.word);
  const out: number[] = [];
  if (path !== undefined) {
    for (const len of CLUSTER2_LEVELS) {
      if (len <= path.length) out.push(mix(F.clu2[len - 1]!, fnv(path.slice(0, len))));
    }
  }
  info.cluster2Of = clusters;
  info.cluster2Feats = new Uint32Array(out);
  return info.cluster2Feats;
}

const MODES = ['n', 'U', 'T'];
const ID_START = fnv('<s>');
const ID_END = fnv('</s>');
/**
 * Cache of word information across calls. Cleared when it passes 200,000 words, which a single
 * article never reaches; a long session of articles keeps its common words warm. A word takes about
 * 1.7 kB with the features and weight sums the tagger caches on it (measured over the 23,000
 * distinct words of the CoNLL training text), so the cache stays under some 350 MB.
 */
const WORD_CACHE = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 200_000;

function wordInfo(raw: string): WordInfo {
  const hit = WORD_CACHE.get(raw);
  if (hit) return hit;
  const word = normaliseWord(raw);
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const own = [
    F.bias,
    featureHash(F.word, word),
    featureHash(F.lower, lower),
    featureHash(F.shape, shape),
  ];
  for (let k = 1; k <= 4 && k < lower.length; k++) {
    own.push(
      featureHash(F.pre[k - 1]!, lower.slice(0, k)),
      featureHash(F.suf[k - 1]!, lower.slice(-k)),
    );
  }
  const info: WordInfo = {
    word,
    lower,
    shape,
    flags: caseFlags(word),
    idWord: fnv(word),
    idLower: fnv(lower),
    idShape: fnv(shape),
    own: new Uint32Array(own),
    // Every optional field, so that all cached words share one object shape.
    clusterFeats: undefined,
    clusterOf: undefined,
    cluster2Feats: undefined,
    cluster2Of: undefined,
    ownScores: undefined,
    ownScoresOf: undefined,
    pairScores: undefined,
    pairScoresOf: undefined,
    wordFeats: undefined,
    wordFeatsLexicon: undefined,
    wordFeatsCommon: undefined,
    wordFeatsClusters: undefined,
  };
  if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
  WORD_CACHE.set(raw, info);
  return info;
}

/**
 * The {@link WordFeatures} of a word, cached on its {@link WordInfo}. The order of the hashes within
 * a part differs from the per-token order of {@link extractDocFeatures} with `withOwn`; the sums
 * do not, the model's weights being integers.
 */
function wordFeatures(
  info: WordInfo,
  lexicon: WordMap,
  commonWords: WordSet,
  clusters: WordClusters | null,
): WordFeatures {
  if (
    info.wordFeats &&
    info.wordFeatsLexicon === lexicon &&
    info.wordFeatsCommon === commonWords &&
    info.wordFeatsClusters === clusters
  )
    return info.wordFeats;
  const lex = lexicon.get(info.lower) ?? 0;
  const clu = clusters ? clusterFeaturesOf(info, clusters) : NO_CLUSTER;
  const h: number[] = [...info.own];
  if (lex) h.push(mix(F.lex, lex), mix(mix(F.lexShape, lex), info.idShape));
  h.push(...clu.own);
  const ownEnd = h.length;
  h.push(mix(F.lm1, info.idLower), mix(F.wm1, info.idWord), mix(F.sm1, info.idShape));
  if (lex) h.push(mix(F.lexM1, lex));
  h.push(...clu.asLeft);
  const leftEnd = h.length;
  h.push(mix(F.lm2, info.idLower));
  const left2End = h.length;
  h.push(mix(F.lp1, info.idLower), mix(F.wp1, info.idWord), mix(F.sp1, info.idShape));
  if (lex) h.push(mix(F.lexP1, lex));
  h.push(...clu.asRight);
  const rightEnd = h.length;
  h.push(mix(F.lp2, info.idLower));
  const out: WordFeatures = {
    hashes: new Uint32Array(h),
    ownEnd,
    leftEnd,
    left2End,
    rightEnd,
    lex,
    common: commonWords.has(info.lower),
    info,
    scores: undefined,
    scoresOf: undefined,
  };
  info.wordFeats = out;
  info.wordFeatsLexicon = lexicon;
  info.wordFeatsCommon = commonWords;
  info.wordFeatsClusters = clusters;
  return out;
}

/**
 * The sentence edge as a word: what a missing neighbour gives a token (the left parts for the first
 * tokens of a sentence, the right parts for the last), with no own part.
 */
export const SENTENCE_EDGE: WordFeatures = (() => {
  const h = [mix(F.lm1, ID_START), mix(F.wm1, ID_START), mix(F.sm1, ID_START)];
  const leftEnd = h.length;
  h.push(mix(F.lm2, ID_START));
  const left2End = h.length;
  h.push(mix(F.lp1, ID_END), mix(F.wp1, ID_END), mix(F.sp1, ID_END));
  const rightEnd = h.length;
  h.push(mix(F.lp2, ID_END));
  return {
    hashes: new Uint32Array(h),
    ownEnd: 0,
    leftEnd,
    left2End,
    rightEnd,
    lex: 0,
    common: false,
    info: null,
    scores: undefined,
    scoresOf: undefined,
  };
})();

/**
 * Computes the static features of a document's tokens. `ranges` are the sentences as token index
 * ranges, in order and covering every token (as {@link sentenceRanges} gives them); `gazetteer` may be
 * null (no gazetteer features); `lexicon` maps lower-case words to word-class masks (word-lexicon.ts);
 * `commonWords` are words seen in lower case in the training text, so a
 * capitalised "Thanks" or "Sports" can be told from a name; `external` adds the external name lists
 * and word clusters when given. `withOwn` false leaves the hashes that depend on one word alone
 * out of `feats` (the word's own, its lexicon class and clusters, and what it gives its neighbours as
 * "l-1", "w+1", ...) and keeps them per word in `wordFeats` ({@link WordFeatures}): the run-time
 * decoders sum their weights once per word, so writing and looking them up for every token would be
 * wasted; training needs them in place.
 */
export function extractDocFeatures(
  tokens: readonly Token[],
  ranges: Array<[number, number]>,
  gazetteer: Gazetteer | null,
  commonWords: WordSet,
  lexicon: WordMap,
  external: ExternalKnowledge = {},
  withOwn = true,
): DocFeatures {
  const n = tokens.length;
  const { nameLists, clusters, clusters2 } = external;
  // Preallocated: filling by push was slower on a long document (the whole engine 253 against
  // 210 ms of CPU on CoNLL++ dev as one text).
  const infos: WordInfo[] = new Array(n);
  const words: string[] = new Array(n);
  const lower: string[] = new Array(n);
  const shapes: string[] = new Array(n);
  const wordFeats: WordFeatures[] | null = withOwn ? null : new Array(n);
  // Plain loops: TypedArray.from with a map function is two orders of magnitude slower in V8.
  const flags = new Uint8Array(n);
  const idLower = new Uint32Array(n);
  const idShape = new Uint32Array(n);
  const idWord = new Uint32Array(n);
  const lex = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = wordInfo(tokens[i]!.text);
    infos[i] = x;
    words[i] = x.word;
    lower[i] = x.lower;
    shapes[i] = x.shape;
    if (wordFeats) {
      const wf = wordFeatures(x, lexicon, commonWords, clusters ?? null);
      wordFeats[i] = wf;
      lex[i] = wf.lex;
    } else lex[i] = lexicon.get(x.lower) ?? 0;
    flags[i] = x.flags;
    idLower[i] = x.idLower;
    idShape[i] = x.idShape;
    idWord[i] = x.idWord;
  }
  const modes = new Uint8Array(n);
  const initial = new Uint8Array(n);
  for (const [from, to] of ranges) {
    const m = MODES.indexOf(sentenceMode(words, flags, from, to));
    modes.fill(m, from, to);
    // The first word of a sentence, after any opening quote or bracket.
    let k = from;
    while (k < to && !(flags[k]! & (F_LETTER | F_DIGIT))) k++;
    if (k < to) initial[k] = 1;
  }
  // Document evidence: lower-case uses of a word, and capitalised uses in the middle of ordinary text.
  const lowerSeen = new Set<string>();
  const capMid = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    if (!(f & F_UPPER) && f & F_LOWER) lowerSeen.add(words[i]!);
    else if (modes[i] === 0 && !initial[i] && f & F_STARTS_UPPER && f & F_LOWER)
      capMid.set(lower[i]!, (capMid.get(lower[i]!) ?? 0) + 1);
  }
  const gaz = new Uint8Array(n);
  if (gazetteer) {
    for (const [from, to] of ranges)
      gaz.set(markGazetteer(gazetteer, lower, words, from, to), from);
  }
  // External list matches: per token the set of lists matched (begin or inside alike).
  const listSets = new Uint16Array(n);
  if (nameLists) {
    for (const [from, to] of ranges) {
      const marks = markNameLists(nameLists, lower, words, from, to);
      for (let i = from; i < to; i++) {
        const m = marks[i - from]!;
        if (!m) continue;
        let set = 0;
        for (let k = 0; k < NAME_LISTS.length; k++) if (m & (3 << (2 * k))) set |= 1 << k;
        listSets[i] = set;
      }
    }
  }
  // Per token only with `withOwn`; else they are in wordFeats.
  const clu: ClusterFeatures[] = new Array(withOwn ? n : 0);
  if (clusters && withOwn)
    for (let i = 0; i < n; i++) clu[i] = clusterFeatures(infos[i]!, clusters);
  // Runs of capitalised words ("UN Climate Change Conference"): each token learns how long its run
  // is, where it sits in it, and the run's first and last words (the head names the kind of name).
  const runStart = new Int32Array(n);
  const runEnd = new Int32Array(n);
  for (const [from, to] of ranges) {
    let i = from;
    while (i < to) {
      if (!(flags[i]! & F_STARTS_UPPER)) {
        runStart[i] = -1;
        i++;
        continue;
      }
      let j = i;
      while (j < to && flags[j]! & F_STARTS_UPPER) j++;
      for (let k = i; k < j; k++) {
        runStart[k] = i;
        runEnd[k] = j;
      }
      i = j;
    }
  }
  // Upper bound on features per token: 12 own, 13 context, 2 initial, 4 document, 4 lexicon, 3 run,
  // 7 gazetteer, 1 name lists, 12 clusters, 3 second clusters; without `withOwn`, the 12 own, 8
  // neighbour-word context, 4 lexicon and 12 cluster hashes are left out.
  const out = new Uint32Array(n * (withOwn ? 63 : 27) + 1);
  let len = 0;
  const offsets = new Uint32Array(n + 1);
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      offsets[i] = len;
      const mode = modes[i]!;
      const init = initial[i]!;
      const f = flags[i]!;
      if (withOwn) {
        const own = infos[i]!.own;
        for (let k = 0; k < own.length; k++) out[len++] = own[k]!;
      }
      const lm2 = i - 2 >= from ? idLower[i - 2]! : ID_START;
      const lm1 = i - 1 >= from ? idLower[i - 1]! : ID_START;
      const lp1 = i + 1 < to ? idLower[i + 1]! : ID_END;
      const lp2 = i + 2 < to ? idLower[i + 2]! : ID_END;
      const sm1 = i - 1 >= from ? idShape[i - 1]! : ID_START;
      const sp1 = i + 1 < to ? idShape[i + 1]! : ID_END;
      // From the typed arrays, not the WordInfo objects: scattered objects cost cache misses.
      const l = idLower[i]!;
      const s = idShape[i]!;
      if (withOwn) {
        out[len++] = mix(F.lm2, lm2);
        out[len++] = mix(F.lm1, lm1);
        out[len++] = mix(F.lp1, lp1);
        out[len++] = mix(F.lp2, lp2);
        out[len++] = mix(F.wm1, i > from ? idWord[i - 1]! : ID_START);
        out[len++] = mix(F.wp1, i + 1 < to ? idWord[i + 1]! : ID_END);
        out[len++] = mix(F.sm1, sm1);
        out[len++] = mix(F.sp1, sp1);
      }
      out[len++] = mix(mix(F.bigL, lm1), l);
      out[len++] = mix(mix(F.bigR, l), lp1);
      out[len++] = mix(mix(mix(F.shapes3, sm1), s), sp1);
      out[len++] = mix(mix(F.mode, mode), s);
      if (mode !== 0) out[len++] = mix(mix(F.modeL, mode), l);
      if (init) {
        out[len++] = mix(F.init, s);
        out[len++] = mix(F.initL, l);
      }
      if (f & F_UPPER) {
        const lw = lower[i]!;
        const dl = lowerSeen.has(lw) ? 1 : 0;
        const dc = (capMid.get(lw) ?? 0) > (mode === 0 && !init ? 1 : 0) ? 1 : 0;
        if (dl) out[len++] = mix(F.docLower, mode);
        if (dc) out[len++] = mix(F.docCap, mode);
        out[len++] = mix(mix(F.docBoth, dl | (dc << 1) | (init << 2) | (mode << 3)), s);
        if (wordFeats ? wordFeats[i]!.common : commonWords.has(lw))
          out[len++] = mix(mix(F.common, init | (mode << 1)), s);
      }
      if (withOwn) {
        if (lex[i]) {
          out[len++] = mix(F.lex, lex[i]!);
          out[len++] = mix(mix(F.lexShape, lex[i]!), s);
        }
        if (i > from && lex[i - 1]) out[len++] = mix(F.lexM1, lex[i - 1]!);
        if (i + 1 < to && lex[i + 1]) out[len++] = mix(F.lexP1, lex[i + 1]!);
      }
      if (runStart[i]! >= 0) {
        const a = runStart[i]!;
        const b = runEnd[i]!;
        const runLen = Math.min(b - a, 4);
        const pos = b - a === 1 ? 0 : i === a ? 1 : i === b - 1 ? 3 : 2;
        out[len++] = mix(F.run, runLen | (pos << 3) | (mode << 5));
        if (b - a > 1) {
          out[len++] = mix(F.runHead, idLower[b - 1]!);
          out[len++] = mix(F.runFirst, idLower[a]!);
        }
      }
      const g = gaz[i]!;
      if (i > from && gaz[i - 1]) out[len++] = mix(F.gazM1, gaz[i - 1]!);
      if (i + 1 < to && gaz[i + 1]) out[len++] = mix(F.gazP1, gaz[i + 1]!);
      if (g) {
        out[len++] = mix(F.gaz, g);
        for (let k = 0; k < CONLL_TYPES.length; k++) {
          // One feature per class matched, so the weights learn each class separately.
          if (g & (3 << (2 * k)))
            out[len++] = mix(F.gazClass, 2 * k + (g & (1 << (2 * k)) ? 0 : 1));
        }
      }
      // One feature for the set of lists matched: per-list begin/inside bits, the set with the
      // shape and the neighbours' sets were measured as well and lost dev F1 (models README).
      if (listSets[i]) out[len++] = mix(F.listSet, listSets[i]!);
      if (clusters && withOwn) {
        // Plain loops: TypedArray.set costs more than it saves on arrays of four.
        const c = clu[i]!.own;
        for (let k = 0; k < c.length; k++) out[len++] = c[k]!;
        if (i > from) {
          const l = clu[i - 1]!.asLeft;
          for (let k = 0; k < l.length; k++) out[len++] = l[k]!;
        }
        if (i + 1 < to) {
          const r = clu[i + 1]!.asRight;
          for (let k = 0; k < r.length; k++) out[len++] = r[k]!;
        }
      }
      if (clusters2) {
        const c2 = cluster2Features(infos[i]!, clusters2);
        for (let k = 0; k < c2.length; k++) out[len++] = c2[k]!;
      }
    }
  }
  offsets[n] = len;
  return {
    words,
    lower,
    shapes,
    infos,
    ranges,
    feats: out.subarray(0, len),
    offsets,
    withOwn,
    wordFeats,
  };
}

/**
 * Labels that the tagger gave earlier occurrences of the same word in the document ("extended
 * prediction history", Ratinov & Roth 2009): a name typed PER in its first, unambiguous mention is
 * likely PER in a later, ambiguous one (a headline, a sentence start, a sports table).
 */
export class PredictionHistory {
  private readonly counts = new Map<string, Uint16Array>();

  /** Records that word `lower` (capitalised in the text) got class `cls` (0 = O, k+1 = class k). */
  record(lower: string, cls: number): void {
    let c = this.counts.get(lower);
    if (!c) {
      c = new Uint16Array(CONLL_TYPES.length + 1);
      this.counts.set(lower, c);
    }
    c[cls]!++;
  }

  /** Counts per class for a word, or undefined if it was not seen yet. */
  get(lower: string): Uint16Array | undefined {
    return this.counts.get(lower);
  }
}

/**
 * History feature hashes for token i given the two previous tags (-1 = sentence start) and the
 * document's prediction history. Writes at most {@link HISTORY_FEATURES} hashes into `out`.
 */
export function historyFeatures(
  doc: DocFeatures,
  i: number,
  prev: number,
  prev2: number,
  history: PredictionHistory,
  out: Uint32Array,
): number {
  const t1 = prev + 1;
  const t2 = prev2 + 1;
  const info = doc.infos[i]!;
  out[0] = mix(F.t1, t1);
  out[1] = mix(mix(F.t12, t2), t1);
  out[2] = mix(mix(F.t1L, t1), info.idLower);
  out[3] = mix(mix(F.t1S, t1), info.idShape);
  return seenFeatures(doc, i, history, out, 4);
}

/** Most hashes that {@link historyFeatures} writes: four tag features, five classes, a majority. */
export const HISTORY_FEATURES = 4 + CONLL_TYPES.length + 1 + 1;

/**
 * Document history feature hashes of token i for Viterbi decoding: the classes that earlier
 * sentences' decoded tags gave the same word (see {@link PredictionHistory}), without the tag-history
 * features of {@link historyFeatures}, which become the tag-pair features of {@link pairFeatures}.
 * Writes at most {@link SEEN_FEATURES} hashes into `out` from `at`; returns the new end.
 */
export function seenFeatures(
  doc: DocFeatures,
  i: number,
  history: PredictionHistory,
  out: Uint32Array,
  at: number,
): number {
  let n = at;
  const seen = history.get(doc.lower[i]!);
  if (seen) {
    let best = 0;
    for (let k = 0; k < seen.length; k++) {
      if (seen[k]! > 0) out[n++] = mix(F.seen, k);
      if (seen[k]! > seen[best]!) best = k;
    }
    out[n++] = mix(mix(F.seenMajor, best), doc.infos[i]!.idShape);
  }
  return n;
}

/** Most hashes that {@link seenFeatures} writes: five classes and a majority. */
export const SEEN_FEATURES = CONLL_TYPES.length + 1 + 1;

/**
 * Tag-pair feature hashes of a first-order (Viterbi) tagger for a token of word `info` after tag
 * `prev` (-1 = sentence start): the previous tag alone (the transition weights), and with the
 * token's lower case and shape. They are the greedy tagger's "t-1" features of
 * {@link historyFeatures}, so both decoders share the hash space; the second-order "t-2|t-1" feature
 * is left out (first-order decoding cannot see two tags back). Writes 3 hashes into `out`.
 */
export function pairFeatures(info: WordInfo, prev: number, out: Uint32Array): void {
  const t1 = prev + 1;
  out[0] = mix(F.t1, t1);
  out[1] = mix(mix(F.t1L, t1), info.idLower);
  out[2] = mix(mix(F.t1S, t1), info.idShape);
}

/** Number of hashes {@link pairFeatures} writes. */
export const PAIR_FEATURES = 3;
