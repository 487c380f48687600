import { describe, expect, it } from 'vitest';
import { getNerModel } from '../../../analysis/entities';
import { firstPassFeatures } from '../../../analysis/entities/document-labels';
import { extractDocFeatures } from '../../../analysis/entities/features';
import { decodeGreedy, decodeTwoPass } from '../../../analysis/entities/tagger';
import { beginTag, CONLL_TYPES, TAG_O } from '../../../analysis/entities/tags';
import { sentenceRanges, tokenize } from '../../../analysis/entities/tokenize';

const PER = beginTag(CONLL_TYPES.indexOf('PER'));
const ORG = beginTag(CONLL_TYPES.indexOf('ORG'));

function features(text: string) {
  const { model } = getNerModel();
  const tokens = tokenize(text);
  return extractDocFeatures(
    tokens,
    sentenceRanges(text, tokens),
    model.gazetteer,
    model.commonWords,
    model.lexicon,
  );
}

/** Number of extra hashes of token i. */
const count = (x: ReturnType<typeof firstPassFeatures>, i: number) =>
  x.offsets[i + 1]! - x.offsets[i]!;

describe('firstPassFeatures', () => {
  // 0 Leeds 1 won 2 . 3 Leeds 4 scored 5 twice 6 . 7 Smith 8 played 9 .
  const doc = features('Leeds won. Leeds scored twice. Smith played.');

  it('gives a capitalised word the labels of its other uses in the document', () => {
    const tags = new Uint8Array(doc.words.length);
    tags[0] = ORG;
    tags[3] = ORG;
    const x = firstPassFeatures(doc, tags);
    expect(count(x, 0)).toBeGreaterThan(0);
    expect(count(x, 3)).toBeGreaterThan(0);
    expect(x.offsets[doc.words.length]).toBe(x.feats.length);
  });

  it('gives nothing to a word used once or to lower-case words', () => {
    const tags = new Uint8Array(doc.words.length);
    tags[7] = PER;
    const x = firstPassFeatures(doc, tags);
    expect(count(x, 7)).toBe(0);
    expect(count(x, 1)).toBe(0);
    expect(count(x, 4)).toBe(0);
  });

  it('depends on what the other uses were labelled', () => {
    const asOrg = new Uint8Array(doc.words.length);
    asOrg[3] = ORG;
    const asO = new Uint8Array(doc.words.length).fill(TAG_O);
    const a = firstPassFeatures(doc, asOrg);
    const b = firstPassFeatures(doc, asO);
    const hashes = (x: typeof a) => [...x.feats.subarray(x.offsets[0], x.offsets[1])];
    expect(hashes(a)).not.toEqual(hashes(b));
  });
});

describe('decodeTwoPass', () => {
  it('tags every token, deterministically, and agrees with one pass on a name used once', () => {
    const { model, score } = getNerModel();
    const doc = features('Angela Merkel visited Paris on Monday.');
    const two = decodeTwoPass(doc, model.nTags, score);
    expect(two.length).toBe(doc.words.length);
    expect([...decodeTwoPass(doc, model.nTags, score)]).toEqual([...two]);
    expect([...two]).toEqual([...decodeGreedy(doc, model.nTags, score)]);
  });
});

describe('model passes', () => {
  it('decodes once for a model file without a passes field, twice when it says 2', async () => {
    const { loadModel } = await import('../../../analysis/entities/model');
    const file = (await import('../../../analysis/models/ner-weights.json'))
      .default as unknown as Parameters<typeof loadModel>[0];
    const external = {
      nameLists: (await import('../../../analysis/models/name-lists.json')).default,
      clusters: (await import('../../../analysis/models/word-clusters.json')).default,
    } as Parameters<typeof loadModel>[1];
    expect(loadModel({ ...file, passes: undefined }, external).passes).toBe(1);
    expect(loadModel({ ...file, passes: 2 }, external).passes).toBe(2);
  });
});
