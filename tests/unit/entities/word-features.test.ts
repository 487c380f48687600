import { describe, expect, it } from 'vitest';
import { getNerModel } from '../../../analysis/entities';
import {
  type DocFeatures,
  extractDocFeatures,
  SENTENCE_EDGE,
  type WordFeatures,
} from '../../../analysis/entities/features';
import { decodeGreedy, decodeViterbi, type Scorer } from '../../../analysis/entities/tagger';
import { TAGS } from '../../../analysis/entities/tags';
import { sentenceRanges, tokenize } from '../../../analysis/entities/tokenize';
import { seededScorer } from './seeded-scorer';

const N = TAGS.length;

// Sentence starts and ends, one- and two-word sentences, lexicon words, gazetteer and listed names,
// clustered words and a headline: every kind of one-word feature and its edge cases.
const TEXT =
  'BAKU, Nov 27. Russian President Vladimir Putin arrived in Azerbaijan on a state visit, ' +
  'the Kremlin said.\nLEEDS BEAT CHELSEA 2-1\nOk.\nPutin will meet Ilham Aliyev in Baku on Monday. ' +
  'Mr. Smith of Goldman Sachs Group Inc. told Reuters: "We\'re done."';

/** Both forms of one document: every hash per token, and one-word hashes kept per word. */
function both(): { full: DocFeatures; folded: DocFeatures } {
  const { model } = getNerModel();
  const tokens = tokenize(TEXT);
  const ranges = sentenceRanges(TEXT, tokens);
  const args = [model.gazetteer, model.commonWords, model.lexicon, model.external] as const;
  return {
    full: extractDocFeatures(tokens, ranges, ...args, true),
    folded: extractDocFeatures(tokens, ranges, ...args, false),
  };
}

/** A scorer with seeded random integer weights (as the model's) for every hash it is asked about. */
function integerScorer(seed: number): Scorer {
  return seededScorer(seed, (rand) => Math.round(2000 * rand()) - 1000);
}

const part = (w: WordFeatures, from: number, to: number) => [...w.hashes.subarray(from, to)];

describe('one-word features kept per word (withOwn false)', () => {
  const { full, folded } = both();

  it('gives every token the same hashes as the full form, neighbours and sentence edges included', () => {
    const wf = folded.wordFeats!;
    expect(full.wordFeats).toBeNull();
    expect(wf).toHaveLength(full.words.length);
    let checked = 0;
    for (const [from, to] of full.ranges) {
      for (let i = from; i < to; i++) {
        const l1 = i - 1 >= from ? wf[i - 1]! : SENTENCE_EDGE;
        const l2 = i - 2 >= from ? wf[i - 2]! : SENTENCE_EDGE;
        const r1 = i + 1 < to ? wf[i + 1]! : SENTENCE_EDGE;
        const r2 = i + 2 < to ? wf[i + 2]! : SENTENCE_EDGE;
        const got = [
          ...folded.feats.subarray(folded.offsets[i]!, folded.offsets[i + 1]!),
          ...part(wf[i]!, 0, wf[i]!.ownEnd),
          ...part(l1, l1.ownEnd, l1.leftEnd),
          ...part(l2, l2.leftEnd, l2.left2End),
          ...part(r1, r1.left2End, r1.rightEnd),
          ...part(r2, r2.rightEnd, r2.hashes.length),
        ];
        const want = [...full.feats.subarray(full.offsets[i]!, full.offsets[i + 1]!)];
        expect(got.sort()).toEqual(want.sort());
        checked++;
      }
    }
    expect(checked).toBe(full.words.length);
  });

  it('leaves the one-word hashes out of the per-token array', () => {
    expect(folded.feats.length).toBeLessThan(full.feats.length / 2);
  });

  it('decodes to the same tags as the full form, with and without cached word sums', () => {
    for (const seed of [1, 2, 3]) {
      const score = integerScorer(seed);
      const want = [...decodeViterbi(full, N, score)];
      expect([...decodeViterbi(folded, N, score)]).toEqual(want);
      expect([...decodeViterbi(folded, N, score, undefined, undefined, true)]).toEqual(want);
      // Twice: the second run reads the sums cached by the first.
      expect([...decodeViterbi(folded, N, score, undefined, undefined, true)]).toEqual(want);
      const greedy = [...decodeGreedy(full, N, score)];
      expect([...decodeGreedy(folded, N, score, undefined, undefined, true)]).toEqual(greedy);
    }
  });

  it('decodes to the same tags as the full form under the shipped model', () => {
    const { model, score } = getNerModel();
    const want = [...decodeViterbi(full, model.nTags, score)];
    expect(want.some((t) => t !== 0)).toBe(true);
    expect([...decodeViterbi(folded, model.nTags, score, undefined, undefined, true)]).toEqual(
      want,
    );
  });
});
