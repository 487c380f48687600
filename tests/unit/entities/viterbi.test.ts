import { describe, expect, it } from 'vitest';
import { getNerModel } from '../../../analysis/entities';
import {
  type DocFeatures,
  extractDocFeatures,
  PAIR_FEATURES,
  pairFeatures,
} from '../../../analysis/entities/features';
import { decodeGreedy, decodeViterbi, type Scorer } from '../../../analysis/entities/tagger';
import { isAllowed, TAG_O, TAGS } from '../../../analysis/entities/tags';
import { sentenceRanges, tokenize } from '../../../analysis/entities/tokenize';
import { seededScorer } from './seeded-scorer';

const N = TAGS.length;

function features(text: string): DocFeatures {
  const tokens = tokenize(text);
  return extractDocFeatures(tokens, sentenceRanges(text, tokens), null, new Set(), new Map());
}

/** A scorer with seeded random weights in [-1, 1) for every hash it is asked about. */
function randomScorer(seed: number): Scorer {
  return seededScorer(seed, (rand) => 2 * rand() - 1);
}

/** The score of a whole tag sequence of a one-sentence document, as decodeViterbi defines it. */
function sequenceScore(doc: DocFeatures, tags: readonly number[], score: Scorer): number {
  let total = 0;
  const buf = new Uint32Array(PAIR_FEATURES);
  const s = new Float64Array(N);
  tags.forEach((t, i) => {
    s.fill(0);
    score(doc.feats, doc.offsets[i]!, doc.offsets[i + 1]!, s);
    pairFeatures(doc.infos[i]!, i === 0 ? -1 : tags[i - 1]!, buf);
    score(buf, 0, PAIR_FEATURES, s);
    total += s[t]!;
  });
  return total;
}

/** Every BIO-valid tag sequence of length n (a sentence start counts as after O). */
function validSequences(n: number): number[][] {
  let out: number[][] = [[]];
  for (let i = 0; i < n; i++) {
    const next: number[][] = [];
    for (const seq of out) {
      const prev = seq.length ? seq[seq.length - 1]! : TAG_O;
      for (let t = 0; t < N; t++) if (isAllowed(prev, t)) next.push([...seq, t]);
    }
    out = next;
  }
  return out;
}

function isValid(tags: ArrayLike<number>, ranges: ReadonlyArray<[number, number]>): boolean {
  return ranges.every(([from, to]) => {
    for (let i = from; i < to; i++) {
      if (!isAllowed(i === from ? TAG_O : tags[i - 1]!, tags[i]!)) return false;
    }
    return true;
  });
}

describe('decodeViterbi', () => {
  it('finds the best valid sequence of a sentence, as exhaustive search does', () => {
    const doc = features('von der Leyen visited Łódź');
    expect(doc.ranges).toHaveLength(1);
    const all = validSequences(doc.words.length);
    for (const seed of [1, 2, 3, 4, 5]) {
      const score = randomScorer(seed);
      const best = Math.max(...all.map((seq) => sequenceScore(doc, seq, score)));
      const tags = [...decodeViterbi(doc, N, score)];
      expect(sequenceScore(doc, tags, score)).toBeCloseTo(best, 9);
    }
  });

  it('scores at least as high as greedy decoding under the same weights', () => {
    const doc = features('President Putin met Ilham Aliyev in Baku on Monday');
    for (const seed of [11, 12, 13]) {
      const score = randomScorer(seed);
      const greedy = [...decodeGreedy(doc, N, score)];
      const viterbi = [...decodeViterbi(doc, N, score)];
      // Greedy sees second-order history features that Viterbi does not: compare under Viterbi's
      // own sequence score, which the greedy sequence cannot beat.
      expect(sequenceScore(doc, viterbi, score)).toBeGreaterThanOrEqual(
        sequenceScore(doc, greedy, score) - 1e-9,
      );
    }
  });

  it('reports each sentence once, in order, with document-history features from earlier ones', () => {
    const doc = features('Leeds won. Leeds scored twice. Smith played.');
    const seen: Array<[number, number, number]> = [];
    decodeViterbi(doc, N, randomScorer(7), (from, to, _tags, _feats, offsets) => {
      seen.push([from, to, offsets[0]! === offsets[1]! ? 0 : 1]);
    });
    expect(seen.map(([a, b]) => [a, b])).toEqual(doc.ranges);
    // "Leeds" opens sentences one and two: only its second use has history to look at.
    expect(seen[0]![2]).toBe(0);
    expect(seen[1]![2]).toBe(1);
  });

  it('gives the same tags with cached word scores as without (integer model weights)', () => {
    const { model, score } = getNerModel();
    const text =
      'BAKU, Nov 27. Russian President Vladimir Putin arrived in Azerbaijan on a state visit, ' +
      'the Kremlin said. Putin will meet Ilham Aliyev in Baku.';
    const tokens = tokenize(text);
    const doc = extractDocFeatures(
      tokens,
      sentenceRanges(text, tokens),
      model.gazetteer,
      model.commonWords,
      model.lexicon,
      model.external,
    );
    const plain = decodeViterbi(doc, model.nTags, score);
    const cached = decodeViterbi(doc, model.nTags, score, undefined, undefined, true);
    const again = decodeViterbi(doc, model.nTags, score, undefined, undefined, true);
    expect([...cached]).toEqual([...plain]);
    expect([...again]).toEqual([...plain]);
    expect(isValid(plain, doc.ranges)).toBe(true);
  });

  it('returns an empty tag array for an empty document', () => {
    const doc = features('');
    expect(decodeViterbi(doc, N, randomScorer(1))).toHaveLength(0);
  });
});
