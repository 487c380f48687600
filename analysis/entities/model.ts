/**
 * The trained tagger's weights in memory: feature hashes in an open-addressing table, one row of
 * int8 weights per feature. The serialised form ({@link NerModelFile}) is a JSON module, so the
 * same file loads in Node and in the bundled extension with no file-system access.
 */
import type { ExternalKnowledge } from './features';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { buildNameLists, type NameListsFile } from './name-lists';
import type { WordMap, WordSet } from './sorted-table';
import { TAGS } from './tags';
import { buildWordClusters, type WordClustersFile } from './word-clusters';
import { buildLexicon, type LexiconFile } from './word-lexicon';

/** The model file as written by `npm run train:ner`. */
export interface NerModelFile {
  version: 1;
  tags: string[];
  /** Weight = stored int16 × scale (see {@link quantise}). */
  scale: number;
  /** Little-endian uint32 feature hashes, base64. */
  keys: string;
  /** Little-endian int16 weights, row-major (feature × tag), base64. */
  weights: string;
  /** Gazetteer lines `TYPE<TAB>lower-cased tokens` from the training split. */
  gazetteer: string[];
  /**
   * Words seen in lower case at least three times in the training text, space-separated: the
   * "is an ordinary word" feature.
   */
  commonWords: string;
  /** Word classes (see word-lexicon.ts). */
  lexicon: LexiconFile;
  /**
   * Decoding passes the weights were trained for: 2 when the second pass's first-pass label features
   * (document-labels.ts) were learnt, else 1 (absent in older files).
   */
  passes?: 1 | 2;
  /**
   * How the weights were trained to decode: `viterbi` (structured perceptron, decodeViterbi in
   * tagger.ts) or greedy left to right (`greedy`, or absent in older files).
   */
  decoder?: 'greedy' | 'viterbi';
  /**
   * External knowledge the weights were trained with: the name lists of name-lists.json and the word
   * clusters of word-clusters.json (absent in older files: neither).
   */
  external?: { nameLists?: boolean; clusters?: boolean };
  /** Free-form provenance (data, date, scores). */
  meta: Record<string, unknown>;
}

/** A model ready to score: see {@link loadModel}. */
export interface NerModel {
  nTags: number;
  /** Decoding passes to run (see {@link NerModelFile.passes}). */
  passes: 1 | 2;
  /** Weight = stored value × scale. */
  scale: number;
  /** Open-addressing table of feature hashes (0 = empty; hash 0 is remapped to 1). */
  table: Uint32Array;
  /** Row index of the feature stored in the same table slot. */
  rows: Int32Array;
  mask: number;
  weights: Int16Array;
  gazetteer: Gazetteer;
  commonWords: WordSet;
  lexicon: WordMap;
  /** The external lists and clusters, when the weights use them. */
  external: ExternalKnowledge;
  /**
   * Every scalar field of the model file (tags, scale, passes, decoder, meta, and any added later),
   * as loaded: code that needs a field of the file reads it here, so it works whichever loader built
   * the model (the JSON file in Node, the binary pack in the extension).
   */
  scalars: NerModelScalars;
}

/**
 * The model file without its big fields: what {@link modelFrom} reads (the binary pack of
 * model-pack.ts stores these fields as JSON, whatever fields the file has).
 */
export type NerModelScalars = Omit<
  NerModelFile,
  'keys' | 'weights' | 'gazetteer' | 'commonWords' | 'lexicon'
>;

/** The parts of a {@link NerModel} that are built from the file's big fields. */
export type NerModelParts = Pick<
  NerModel,
  'table' | 'rows' | 'mask' | 'weights' | 'gazetteer' | 'commonWords' | 'lexicon' | 'external'
>;

/**
 * Assembles a model from the file's scalar fields and its built parts. Both loaders end here:
 * {@link loadModel} (JSON files, Node) and unpackNerModel (binary pack, the extension), so a field
 * read from the file's scalars is read the same way by both.
 */
export function modelFrom(file: NerModelScalars, parts: NerModelParts): NerModel {
  if (file.tags.join(',') !== TAGS.join(',')) throw new Error('NER model: tag set mismatch');
  return {
    nTags: TAGS.length,
    passes: file.passes === 2 ? 2 : 1,
    scale: file.scale,
    ...parts,
    scalars: file,
  };
}

/** The external knowledge files, passed to {@link loadModel} by whoever imports them. */
export interface ExternalFiles {
  nameLists?: NameListsFile;
  clusters?: WordClustersFile;
}

/** `Uint8Array.fromBase64` where the runtime has it (Chrome 140+, Firefox 133+; not Node 20). */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (b64: string) => Uint8Array })
  .fromBase64;

function fromBase64(b64: string): Uint8Array {
  // The native decoder does the weights' 3.5 MB in a few milliseconds; the loop below is the
  // fallback for runtimes without it.
  if (nativeFromBase64) return nativeFromBase64.call(Uint8Array, b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Encodes bytes as base64 (used by the trainer to write the model file). */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(bin);
}

/** The file's feature hashes (in row order) and int16 weights, decoded from base64. */
export function modelArrays(file: Pick<NerModelFile, 'keys' | 'weights'>): {
  keys: Uint32Array;
  weights: Int16Array;
} {
  const keyBytes = fromBase64(file.keys);
  const wBytes = fromBase64(file.weights);
  return {
    keys: new Uint32Array(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength >> 2),
    weights: new Int16Array(wBytes.buffer, wBytes.byteOffset, wBytes.byteLength >> 1),
  };
}

/**
 * The open-addressing table of the feature hashes `keys` (row r = keys[r]): at least twice as many
 * slots as features (load ≤ 0.5), which keeps linear probing short. Both loaders build it with this
 * one function, so their tables are the same slot for slot.
 */
export function buildFeatureTable(keys: Uint32Array): Pick<NerModel, 'table' | 'rows' | 'mask'> {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  const table = new Uint32Array(size);
  const rows = new Int32Array(size);
  for (let r = 0; r < keys.length; r++) {
    const key = keys[r]! || 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = key;
    rows[slot] = r;
  }
  return { table, rows, mask };
}

/**
 * Builds the in-memory model from the JSON files (the hash table: {@link buildFeatureTable}).
 * `externalFiles` supplies the name lists and word clusters; each is
 * built only when the model file says its weights use it, and a model that needs one that is missing
 * is refused (its scores would be wrong without an error).
 */
export function loadModel(file: NerModelFile, externalFiles: ExternalFiles = {}): NerModel {
  const external: ExternalKnowledge = {};
  if (file.external?.nameLists) {
    if (!externalFiles.nameLists) throw new Error('NER model: name lists missing');
    external.nameLists = buildNameLists(externalFiles.nameLists);
  }
  if (file.external?.clusters) {
    if (!externalFiles.clusters) throw new Error('NER model: word clusters missing');
    external.clusters = buildWordClusters(externalFiles.clusters);
  }
  if (file.tags.join(',') !== TAGS.join(',')) throw new Error('NER model: tag set mismatch');
  const { keys, weights } = modelArrays(file);
  const { keys: _k, weights: _w, gazetteer, commonWords, lexicon, ...scalars } = file;
  return modelFrom(scalars, {
    ...buildFeatureTable(keys),
    weights,
    gazetteer: buildGazetteer(gazetteer),
    commonWords: new Set(commonWords.split(' ')),
    lexicon: buildLexicon(lexicon),
    external,
  });
}

/**
 * Weights are stored as int16 on a linear scale whose top is the largest |weight|. Int8 was tried
 * (linear and logarithmic): it cost 2.5 to 6 points of dev F1, because greedy decisions often turn on
 * small differences between large tag scores; int16 loses nothing measurable.
 */
export function quantise(w: number, scale: number): number {
  return Math.max(-32767, Math.min(32767, Math.round(w / scale)));
}

/** Row index of a feature hash, or -1 when the model has no weights for it. */
export function featureRow(model: NerModel, hash: number): number {
  const key = hash || 1;
  let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & model.mask;
  for (;;) {
    const k = model.table[slot]!;
    if (k === 0) return -1;
    if (k === key) return model.rows[slot]!;
    slot = (slot + 1) & model.mask;
  }
}
