import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RecognizedEntities } from '../../../analysis/entities';
import { extractDocFeatures } from '../../../analysis/entities/features';
import { buildGazetteer } from '../../../analysis/entities/gazetteer';
import { loadModel, type NerModel } from '../../../analysis/entities/model';
import {
  PACK_MAGIC,
  PACK_VERSION,
  packNerModel,
  unpackNerModel,
} from '../../../analysis/entities/model-pack';
import { sentenceRanges, tokenize } from '../../../analysis/entities/tokenize';
import { buildLexicon } from '../../../analysis/entities/word-lexicon';
import { shippedModelFiles } from './model-pack-helpers';

const fixtures = path.resolve(__dirname, '../../fixtures');
const html = readFileSync(path.join(fixtures, 'azernews-putin-visit.html'), 'utf8');
const { document } = parseHTML(html);
/** The canonical article's paragraphs, and the whole page's text (menus and footer included). */
const articleText = [...document.querySelectorAll('article p')]
  .map((p) => p.textContent ?? '')
  .join('\n\n');
const pageText = document.body?.textContent ?? '';

/** Sentences in the style of the CoNLL news wire, written for this test. */
const WIRE_TEXTS = [
  'LISBON 2004-03-11\nPortuguese airline TAP said on Thursday it would buy four Airbus jets.',
  'SOCCER - ARSENAL BEAT LEEDS 2-0 IN ENGLISH PREMIER LEAGUE .',
  'Thanks to strong exports , Siemens AG raised its forecast , chief executive Peter Loescher said .',
  "The Kremlin 's spokesman Dmitry Peskov told Reuters that Moscow and Ankara would meet in Geneva .",
  'Ursula von der Leyen met Recep Tayyip Erdoğan in Łódź before the UN Climate Change Conference.',
  "Aliyev's talks with the Russia-Ukraine mediators ended on Monday, said Fatima Latifova.",
  'The UN Framework Convention on Climate Change (UNFCCC) welcomed the COP29 pledges of $300 billion.',
  'Gülen supporters rallied in Ankara; police detained 12 people, Anadolu Agency reported at 10:30.',
];

/** Edge cases: empty, blank, one word, all capitals, digits only, emoji and astral characters. */
const EDGE_TEXTS = [
  '',
  '   \n\t ',
  'Putin',
  'BRUSSELS',
  'US OFFICIALS SAY TALKS WITH IRAN WILL RESUME IN VIENNA',
  '1996-08-22 12:00 45.5 %',
  'Café Zürich hosted 𝒜lice and 😀 Bob from São Paulo — “Nice” said Mr. O’Neil.',
  'the may us nice will grant rose',
];

const files = shippedModelFiles();
const fromJson = loadModel(files.model, files);
const packed = packNerModel(files);
const fromPack = unpackNerModel(packed);

/**
 * Index of the first element where two arrays differ (or the shorter length), -1 when equal:
 * Vitest's deep equality takes seconds on arrays of a million numbers.
 */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

/** recognizeEntities, with its model source mocked to give `model` (a fresh module graph). */
async function recognizerWith(model: NerModel) {
  vi.resetModules();
  vi.doMock('../../../analysis/entities/model-source', () => ({
    nerModel: () => model,
    nerModelReady: async () => model,
  }));
  const entities = await import('../../../analysis/entities');
  await entities.loadNerModel();
  vi.doUnmock('../../../analysis/entities/model-source');
  return entities.recognizeEntities;
}

describe('packNerModel / unpackNerModel on the shipped model', () => {
  it('writes the GLNR header, format version and 8-byte aligned sections', () => {
    const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
    expect(String.fromCharCode(...packed.subarray(0, 4))).toBe(PACK_MAGIC);
    expect(view.getUint32(4, true)).toBe(PACK_VERSION);
    expect(view.getUint32(8, true)).toBe(packed.byteLength);
    const count = view.getUint32(12, true);
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) expect(view.getUint32(20 + i * 12 + 4, true) % 8).toBe(0);
  });

  it('gives the same hash table and weights, slot for slot', () => {
    expect(fromPack.mask).toBe(fromJson.mask);
    expect(fromPack.nTags).toBe(fromJson.nTags);
    expect(fromPack.passes).toBe(fromJson.passes);
    expect(fromPack.scale).toBe(fromJson.scale);
    expect(fromPack.table.length).toBeGreaterThan(100_000);
    expect(firstDifference(fromPack.table, fromJson.table)).toBe(-1);
    expect(firstDifference(fromPack.rows, fromJson.rows)).toBe(-1);
    expect(fromPack.weights.length).toBe(fromJson.weights.length);
    expect(firstDifference(fromPack.weights, fromJson.weights)).toBe(-1);
  });

  it('answers every look-up as the JSON-built model does, hits and misses', () => {
    const misses = ['', 'zzzz', 'Paris', 'new', 'new york city hall', 'łódź ', '\u{1d49c}'];
    // Every entry of the tables as loadModel builds them from the files.
    const gaz = buildGazetteer(files.model.gazetteer);
    for (const [key, v] of gaz.entries) expect(fromPack.gazetteer.entries.get(key)).toBe(v);
    for (const [key, v] of gaz.longest) expect(fromPack.gazetteer.longest.get(key)).toBe(v);
    for (const [key, v] of buildLexicon(files.model.lexicon)) {
      expect(fromPack.lexicon.get(key)).toBe(v);
    }
    for (const w of files.model.commonWords.split(' ')) {
      expect(fromPack.commonWords.has(w)).toBe(true);
    }
    expect(fromPack.gazetteer.entries.size).toBe(fromJson.gazetteer.entries.size);
    expect(fromPack.lexicon.size).toBe(fromJson.lexicon.size);
    expect(fromPack.commonWords.size).toBe(fromJson.commonWords.size);
    for (const m of misses) {
      expect(fromPack.gazetteer.entries.get(m)).toBe(fromJson.gazetteer.entries.get(m));
      expect(fromPack.lexicon.get(m)).toBe(fromJson.lexicon.get(m));
      expect(fromPack.commonWords.has(m)).toBe(fromJson.commonWords.has(m));
    }
    const lists = files.nameLists!.entries.split('|');
    const jsonLists = fromJson.external.nameLists!;
    const packLists = fromPack.external.nameLists!;
    expect(packLists.use).toBe(jsonLists.use);
    // The pack leaves out entries of unused lists only (mask 0: they mark nothing), so a longer entry
    // is one of a used list.
    const used = lists.filter((key) => (jsonLists.entries.get(key) ?? 0) !== 0);
    const longer = new Set<string>();
    for (const key of used) {
      for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1))
        longer.add(key.slice(0, k));
    }
    for (const key of [...lists, ...misses]) {
      expect(packLists.entries.get(key) ?? 0).toBe(jsonLists.entries.get(key) ?? 0);
      expect(packLists.entries.hasLonger(key), key).toBe(longer.has(key));
    }
    const words = files.clusters!.words.split(' ');
    for (const w of [...words, ...misses]) {
      expect(fromPack.external.clusters!.get(w)).toBe(fromJson.external.clusters!.get(w));
    }
  });

  it('extracts the same feature hashes from the canonical page', () => {
    const tokens = tokenize(pageText);
    const ranges = sentenceRanges(pageText, tokens);
    const features = (m: NerModel) =>
      extractDocFeatures(tokens, ranges, m.gazetteer, m.commonWords, m.lexicon, m.external);
    const a = features(fromJson);
    const b = features(fromPack);
    expect(a.offsets.length).toBeGreaterThan(1000);
    expect(firstDifference(b.offsets, a.offsets)).toBe(-1);
    expect(firstDifference(b.feats, a.feats)).toBe(-1);
  });

  it('carries every scalar field of the model file through, new ones included', () => {
    const withExtra = { ...files, model: { ...files.model, decoder: 'viterbi' as const, x: 7 } };
    const unpacked = unpackNerModel(packNerModel(withExtra));
    const { keys, weights, gazetteer, commonWords, lexicon, ...scalars } = withExtra.model;
    expect(unpacked.scalars).toEqual(scalars);
    expect(unpacked.scalars.decoder).toBe('viterbi');
    expect(
      unpackNerModel(packNerModel({ ...files, model: { ...files.model, passes: 2 } })).passes,
    ).toBe(2);
  });

  it('keeps strings longer than a length byte and outside the BMP', () => {
    const long = `${'x'.repeat(300)} ${'y'.repeat(40)}`;
    const model = {
      ...files.model,
      gazetteer: [...files.model.gazetteer, `LOC\t${long}`, 'PER\t𝒜lice'],
    };
    const unpacked = unpackNerModel(packNerModel({ ...files, model }));
    const json = loadModel(model, files);
    for (const key of [long, '𝒜lice', 'x'.repeat(300), 'paris']) {
      expect(unpacked.gazetteer.entries.get(key), key.slice(0, 10)).toBe(
        json.gazetteer.entries.get(key),
      );
      expect(unpacked.gazetteer.longest.get(key), key.slice(0, 10)).toBe(
        json.gazetteer.longest.get(key),
      );
    }
    expect(unpacked.gazetteer.entries.get(long)).toBeGreaterThan(0);
    expect(unpacked.lexicon.get('paris')).toBe(fromJson.lexicon.get('paris'));
  });

  it('reads a pack from an unaligned view of a larger buffer', () => {
    const shifted = new Uint8Array(packed.byteLength + 3);
    shifted.set(packed, 3);
    const model = unpackNerModel(shifted.subarray(3));
    expect(firstDifference(model.weights, fromPack.weights)).toBe(-1);
    expect(model.lexicon.get('paris')).toBe(fromJson.lexicon.get('paris'));
  });
});

describe('recognizeEntities with the unpacked model', () => {
  const texts = [articleText, pageText, ...WIRE_TEXTS, ...EDGE_TEXTS, articleText.repeat(20)];
  let expected: RecognizedEntities[] = [];
  let actual: RecognizedEntities[] = [];

  beforeAll(async () => {
    const viaJson = await recognizerWith(fromJson);
    expected = texts.map((t) => viaJson(t));
    const viaPack = await recognizerWith(fromPack);
    actual = texts.map((t) => viaPack(t));
  });
  afterAll(() => vi.resetModules());

  it('finds names in the texts (the comparison below is not of empty results)', () => {
    expect(expected[0]!.mentions.some((m) => m.text === 'Vladimir Putin')).toBe(true);
    expect(expected.filter((r) => r.mentions.length > 0).length).toBeGreaterThan(10);
  });

  it('gives the same mentions and links as the JSON model on every text', () => {
    texts.forEach((t, i) => {
      expect(actual[i], t.slice(0, 60)).toEqual(expected[i]);
    });
  });
});
