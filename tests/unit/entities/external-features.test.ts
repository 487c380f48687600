import { describe, expect, it } from 'vitest';
import { extractDocFeatures } from '../../../analysis/entities/features';
import { loadModel, type NerModelFile } from '../../../analysis/entities/model';
import { buildNameLists, nameListsFileFrom } from '../../../analysis/entities/name-lists';
import { TAGS } from '../../../analysis/entities/tags';
import { sentenceRanges, tokenize } from '../../../analysis/entities/tokenize';
import { buildWordClusters } from '../../../analysis/entities/word-clusters';

const text = 'Protests spread from Łódź to Gdańsk on Monday.';
const tokens = tokenize(text);
const ranges = sentenceRanges(text, tokens);
const nameLists = buildNameLists(nameListsFileFrom({ city: ['łódź', 'gdańsk'] }));
const clusters = buildWordClusters({
  // Sorted in code-unit order, as the build script writes them.
  words: 'Gdańsk Monday Łódź',
  paths: '3a12 7b00 3a10',
  levels: [16, 8, 8, 4],
  meta: {},
});

/** The static feature hashes of token i. */
function featuresOf(doc: ReturnType<typeof extractDocFeatures>, i: number): number[] {
  return [...doc.feats.subarray(doc.offsets[i]!, doc.offsets[i + 1]!)];
}

describe('external knowledge in the tagger features', () => {
  const plain = extractDocFeatures(tokens, ranges, null, new Set(), new Map());
  const withLists = extractDocFeatures(tokens, ranges, null, new Set(), new Map(), { nameLists });
  const withClusters = extractDocFeatures(tokens, ranges, null, new Set(), new Map(), {
    clusters,
  });
  const lodz = tokens.findIndex((t) => t.text === 'Łódź');
  const gdansk = tokens.findIndex((t) => t.text === 'Gdańsk');
  const from = tokens.findIndex((t) => t.text === 'from');

  it('adds list features to listed names only, and the same ones to names of the same list', () => {
    const added = (i: number) =>
      featuresOf(withLists, i).filter((h) => !featuresOf(plain, i).includes(h));
    expect(added(lodz).length).toBeGreaterThan(0);
    // The list features of a word do not depend on the word: both cities share them.
    expect(added(gdansk)).toEqual(expect.arrayContaining(added(lodz)));
    // "from" is not listed: it gets no list feature, though it stands before a listed name.
    expect(added(from)).toEqual([]);
  });

  it('gives words of one cluster shared features', () => {
    const added = (i: number) =>
      featuresOf(withClusters, i).filter((h) => !featuresOf(plain, i).includes(h));
    const shared = added(lodz).filter((h) => added(gdansk).includes(h));
    expect(shared.length).toBeGreaterThan(0);
    // Cities share more of their path with each other than with a weekday.
    const monday = tokens.findIndex((t) => t.text === 'Monday');
    const withMonday = added(lodz).filter((h) => added(monday).includes(h));
    expect(shared.length).toBeGreaterThan(withMonday.length);
  });

  it('leaves the features unchanged when no external knowledge is given', () => {
    expect([...plain.feats]).toEqual([
      ...extractDocFeatures(tokens, ranges, null, new Set(), new Map(), {}).feats,
    ]);
  });
});

describe('loading a model that uses external knowledge', () => {
  const file: NerModelFile = {
    version: 1,
    tags: [...TAGS],
    scale: 1,
    keys: '',
    weights: '',
    gazetteer: [],
    commonWords: '',
    lexicon: {},
    external: { nameLists: true, clusters: true },
    meta: {},
  };

  it('refuses to load without the files its weights were trained with', () => {
    expect(() => loadModel(file)).toThrow(/name lists missing/);
    expect(() => loadModel(file, { nameLists: nameListsFileFrom({ city: ['łódź'] }) })).toThrow(
      /word clusters missing/,
    );
  });

  it('builds the lists and clusters it was given', () => {
    const model = loadModel(file, {
      nameLists: nameListsFileFrom({ city: ['łódź'] }),
      clusters: { words: 'Łódź', paths: '3a10', levels: [16, 8, 8, 4], meta: {} },
    });
    expect(model.external.nameLists?.entries.get('łódź')).toBeGreaterThan(0);
    expect(model.external.clusters?.get('Łódź')).toBe('3a10');
  });
});
