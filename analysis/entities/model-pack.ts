/**
 * The whole entity model (weights, training gazetteer, common words, word classes, name lists, word
 * clusters) as one little-endian binary buffer, for the extension: the build packs the JSON files
 * into `models/ner-model.bin` and the background reads it back, so loading is one fetch, typed-array
 * views and two tight loops over typed arrays (the feature hash table and the weights), with no JSON
 * parse of the data, no text to decode and no per-entry JS objects. Node keeps loading the JSON files
 * (model.ts's loadModel).
 *
 * The file is made small rather than load-free, because bytes are what a load costs in the browser:
 * fetching an extension resource in Chromium's service worker took 55–75 ms per MB on this machine
 * (bench/RESULTS.md), while each loop costs 5–15 ms cold. So the feature hash table is not stored (its
 * 1 MB of slots is rebuilt from the 0.2 MB of keys by model.ts's buildFeatureTable), the weights are
 * stored sparse (two thirds are zero: a per-row mask of the non-zero tags, then their values), and the
 * word tables (gazetteer, word classes, common words, name lists, word clusters) hold 32-bit hashes of
 * their keys instead of the keys' text (hashed-table.ts): 4 bytes a key against 9 on average, and
 * nothing to decode. Name-list entries of lists the tagger does not use are left out, and a cluster
 * path is a two-byte index into the distinct paths.
 *
 * Layout: a 20-byte header (magic "GLNR", format version, total length, section count, checksum of
 * the directory and the META section), a directory of sections (4-byte ASCII name, byte offset, byte
 * length), then the sections, each starting at a multiple of 8 bytes so that any typed array can view
 * it in place. The META section is UTF-8 JSON holding every scalar field of the model file (tags,
 * scale, passes, external, meta, and any field added later), copied generically, and the hash seed of
 * each word table.
 */
import { buildGazetteer } from './gazetteer';
import {
  HashedKeys,
  HashedStringTable,
  HashedWordMap,
  HashedWordSet,
  hashKeys,
  spacePrefixes,
} from './hashed-table';
import {
  buildFeatureTable,
  type ExternalFiles,
  loadModel,
  modelArrays,
  modelFrom,
  type NerModel,
  type NerModelFile,
  type NerModelScalars,
} from './model';
import { NAME_LISTS, type NameLists } from './name-lists';
import { TAGS } from './tags';
import { buildLexicon } from './word-lexicon';

/** The four bytes every pack starts with. */
export const PACK_MAGIC = 'GLNR';
/** Format version: bumped whenever the layout changes, so an old file is refused, not misread. */
export const PACK_VERSION = 2;

/** The JSON files a pack is made from (as loadModel takes them). */
export interface NerModelFiles extends ExternalFiles {
  model: NerModelFile;
}

/** Fields of the model file stored as binary sections; every other field goes to META as is. */
const BINARY_FIELDS = ['keys', 'weights', 'gazetteer', 'commonWords', 'lexicon'] as const;

/** What META holds besides the model file's scalars. */
interface PackMeta {
  model: NerModelScalars;
  /** The lists in use (bit mask over NAME_LISTS) when the pack has name lists. */
  nameListsUse?: number;
  /** Per hashed key section, the seed its hashes were made with (see hashed-table.ts). */
  seeds: Record<string, number>;
}

const HEADER_BYTES = 20;
const DIR_ENTRY_BYTES = 12;
/** Section alignment: 8 covers every typed array the pack holds (the widest is 4 bytes). */
const ALIGN = 8;

/** A section before layout: its name and bytes. */
interface Section {
  name: string;
  bytes: Uint8Array;
}

/** The weights, sparse: per row the mask of its non-zero tags, then the non-zero values in order. */
function sparseWeights(weights: Int16Array, nTags: number) {
  const rows = weights.length / nTags;
  const masks = new Uint16Array(rows);
  const values: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let t = 0; t < nTags; t++) {
      const w = weights[r * nTags + t]!;
      if (w === 0) continue;
      masks[r]! |= 1 << t;
      values.push(w);
    }
  }
  return { masks, values: Int16Array.from(values) };
}

function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** FNV-1a over bytes: a cheap check that the header, directory and META are what was written. */
function checksum(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

/**
 * Packs the model files into one buffer. The model is first built with {@link loadModel} (which
 * checks the files), and the built hash table, weights and lookups are what gets written, so the
 * unpacked model is the same model, slot for slot.
 */
export function packNerModel(files: NerModelFiles): Uint8Array {
  const built = loadModel(files.model, files);
  const scalars: Record<string, unknown> = { ...files.model };
  for (const f of BINARY_FIELDS) delete scalars[f];
  const sections: Section[] = [];
  const meta: PackMeta = { model: scalars as unknown as NerModelScalars, seeds: {} };
  /** A key set as its sorted hashes; returns each sorted position's index in `keys`. */
  const hashed = (name: string, keys: readonly string[]) => {
    const { seed, hashes, order } = hashKeys(keys);
    meta.seeds[name] = seed;
    sections.push({ name, bytes: bytesOf(hashes) });
    return order;
  };
  const small = (name: string, values: readonly number[], max: number) => {
    for (const v of values) {
      if (!Number.isInteger(v) || v < 0 || v > max) {
        throw new Error(`NER pack: value ${v} of ${name} does not fit`);
      }
    }
    sections.push({
      name,
      bytes: max > 255 ? bytesOf(Uint16Array.from(values)) : Uint8Array.from(values),
    });
  };
  if (TAGS.length > 16) throw new Error('NER pack: more than 16 tags do not fit a row mask');
  // Keys and weights in the file's row order: the trainer numbers features as it meets them, so the
  // frequent ones share a few cache lines of weights. Renumbering rows in hash-table slot order (which
  // makes the fill below write the table front to back) scattered them and cost 10% of decoding
  // speed, for no measurable gain in the fill.
  const { keys } = modelArrays(files.model);
  const sparse = sparseWeights(built.weights, TAGS.length);
  sections.push({ name: 'KEYS', bytes: bytesOf(keys) });
  sections.push({ name: 'WMSK', bytes: bytesOf(sparse.masks) });
  sections.push({ name: 'WVAL', bytes: bytesOf(sparse.values) });
  // A word table as two sections: its keys' hashes sorted, and their one-byte values in that order.
  const wordMap = (keysName: string, valuesName: string, map: ReadonlyMap<string, number>) => {
    const entries = [...map.entries()];
    const order = hashed(
      keysName,
      entries.map((e) => e[0]),
    );
    small(
      valuesName,
      order.map((i) => entries[i]![1]),
      255,
    );
  };
  // The gazetteer and lexicon are rebuilt from the file (as loadModel builds them).
  const gaz = buildGazetteer(files.model.gazetteer);
  wordMap('GZH ', 'GZM ', gaz.entries);
  wordMap('GLH ', 'GLN ', gaz.longest);
  wordMap('LXH ', 'LXM ', buildLexicon(files.model.lexicon));
  hashed('CWH ', [...new Set(files.model.commonWords.split(' '))]);
  const lists = built.external.nameLists;
  if (lists && files.nameLists) {
    // The entries of the lists in use, with their masks as buildNameLists reads them; entries of
    // unused lists only (mask 0) are left out, since a match with no list marks nothing.
    const all = files.nameLists.entries ? files.nameLists.entries.split('|') : [];
    const raw = files.nameLists.masks ? files.nameLists.masks.split(' ') : [];
    const kept: Array<[string, number]> = [];
    all.forEach((key, i) => {
      const mask = Number.parseInt(raw[i] ?? '0', 36) & lists.use;
      if (mask) kept.push([key, mask]);
    });
    const order = hashed(
      'NLH ',
      kept.map((e) => e[0]),
    );
    small(
      'NLM ',
      order.map((i) => kept[i]![1]),
      (1 << NAME_LISTS.length) - 1,
    );
    hashed('NLL ', spacePrefixes(kept.map((e) => e[0])));
    meta.nameListsUse = lists.use;
  }
  if (built.external.clusters && files.clusters) {
    const words = files.clusters.words.split(' ');
    const paths = files.clusters.paths.split(' ');
    const distinct = [...new Set(paths)].sort();
    if (distinct.some((p) => p.includes(' ') || p === ''))
      throw new Error('NER pack: bad cluster path');
    const code = new Map(distinct.map((p, i) => [p, i]));
    const order = hashed('CLH ', words);
    small(
      'CLP ',
      order.map((i) => code.get(paths[i] ?? '')!),
      0xffff,
    );
    sections.push({ name: 'CLD ', bytes: new TextEncoder().encode(distinct.join(' ')) });
  }
  sections.unshift({ name: 'META', bytes: new TextEncoder().encode(JSON.stringify(meta)) });
  return layOut(sections);
}

function layOut(sections: readonly Section[]): Uint8Array {
  const dirEnd = HEADER_BYTES + sections.length * DIR_ENTRY_BYTES;
  const offsets: number[] = [];
  let end = dirEnd;
  for (const s of sections) {
    end = Math.ceil(end / ALIGN) * ALIGN;
    offsets.push(end);
    end += s.bytes.byteLength;
  }
  const out = new Uint8Array(end);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = PACK_MAGIC.charCodeAt(i);
  view.setUint32(4, PACK_VERSION, true);
  view.setUint32(8, end, true);
  view.setUint32(12, sections.length, true);
  sections.forEach((s, i) => {
    const d = HEADER_BYTES + i * DIR_ENTRY_BYTES;
    for (let k = 0; k < 4; k++) out[d + k] = s.name.charCodeAt(k);
    view.setUint32(d + 4, offsets[i]!, true);
    view.setUint32(d + 8, s.bytes.byteLength, true);
    out.set(s.bytes, offsets[i]!);
  });
  view.setUint32(16, headerChecksum(out, view), true);
  return out;
}

/** Checksum of the directory and the META section (the first section). */
function headerChecksum(bytes: Uint8Array, view: DataView): number {
  const count = view.getUint32(12, true);
  const dirEnd = HEADER_BYTES + count * DIR_ENTRY_BYTES;
  const metaOffset = view.getUint32(HEADER_BYTES + 4, true);
  const metaLength = view.getUint32(HEADER_BYTES + 8, true);
  const h =
    checksum(bytes, 4, 16) ^
    checksum(bytes, HEADER_BYTES, dirEnd) ^
    checksum(bytes, metaOffset, metaOffset + metaLength);
  return h >>> 0;
}

/** Expands the sparse weights of {@link sparseWeights} into rows of {@link TAGS}.length. */
function denseWeights(masks: Uint16Array, values: Int16Array): Int16Array {
  const nTags = TAGS.length;
  const out = new Int16Array(masks.length * nTags);
  let k = 0;
  for (let r = 0; r < masks.length; r++) {
    let m = masks[r]!;
    if (m >>> nTags !== 0) throw new NerPackError(`weights row ${r} names a tag past the last`);
    const base = r * nTags;
    while (m !== 0) {
      out[base + 31 - Math.clz32(m & -m)] = values[k++]!;
      m &= m - 1;
    }
  }
  if (k !== values.length) throw new NerPackError('weights: values and row masks disagree');
  return out;
}

/** Why a buffer is not a model pack: thrown by {@link unpackNerModel}. */
export class NerPackError extends Error {
  constructor(reason: string) {
    super(`Not a usable Gloss entity model file: ${reason}`);
    this.name = 'NerPackError';
  }
}

/**
 * The entity model could not be loaded where loading is asynchronous (the extension: fetching or
 * unpacking its pack failed). The message is meant for the reader, the cause for the console.
 */
export class NerModelLoadError extends Error {
  constructor(cause: unknown) {
    super(
      `Gloss could not load its entity model (${cause instanceof Error ? cause.message : String(cause)}). Reload the page to try again.`,
      { cause },
    );
    this.name = 'NerModelLoadError';
  }
}

/** Typed-array constructors the sections are read with. */
type ViewOf<T> = new (buffer: ArrayBuffer, byteOffset: number, length: number) => T;

/**
 * Reads a pack written by {@link packNerModel} back into a model that scores and looks up exactly as
 * loadModel's. The big arrays are views into `bytes` (kept alive by the model), the strings one
 * decoded text. A foreign, truncated or damaged buffer (magic, version, length, directory, checksum
 * of the directory and META, section sizes) is refused with a {@link NerPackError}; the big sections
 * are not checksummed (a hash over 5 MB would cost more than the rest of the load), which is fine for
 * a file the build writes and the browser serves from the extension's own package.
 */
export function unpackNerModel(bytes: ArrayBuffer | Uint8Array): NerModel {
  let buffer: ArrayBuffer;
  if (bytes instanceof Uint8Array) {
    // Views need the sections aligned in the underlying buffer: copy a view that starts off-grid.
    buffer =
      bytes.byteOffset % ALIGN === 0 && bytes.buffer instanceof ArrayBuffer
        ? bytes.buffer
        : bytes.slice().buffer;
    if (buffer !== bytes.buffer) bytes = new Uint8Array(buffer);
  } else {
    buffer = bytes;
    bytes = new Uint8Array(buffer);
  }
  const base = bytes.byteOffset;
  const size = bytes.byteLength;
  if (size < HEADER_BYTES) throw new NerPackError(`${size} bytes is too short for a header`);
  const view = new DataView(buffer, base, size);
  let magic = '';
  for (let i = 0; i < 4; i++) magic += String.fromCharCode(bytes[i]!);
  if (magic !== PACK_MAGIC) throw new NerPackError(`wrong magic "${magic}"`);
  const version = view.getUint32(4, true);
  if (version !== PACK_VERSION) {
    throw new NerPackError(`format version ${version}, this build reads ${PACK_VERSION}`);
  }
  const total = view.getUint32(8, true);
  if (total !== size) throw new NerPackError(`${size} bytes where the header says ${total}`);
  const count = view.getUint32(12, true);
  const dirEnd = HEADER_BYTES + count * DIR_ENTRY_BYTES;
  if (count === 0 || dirEnd > size) throw new NerPackError(`bad section count ${count}`);
  const sections = new Map<string, { offset: number; length: number }>();
  let first = '';
  for (let i = 0; i < count; i++) {
    const d = HEADER_BYTES + i * DIR_ENTRY_BYTES;
    let name = '';
    for (let k = 0; k < 4; k++) name += String.fromCharCode(bytes[d + k]!);
    const offset = view.getUint32(d + 4, true);
    const length = view.getUint32(d + 8, true);
    if (offset % ALIGN !== 0 || offset < dirEnd || offset + length > size) {
      throw new NerPackError(`section ${name} lies outside the file`);
    }
    sections.set(name, { offset, length });
    if (i === 0) first = name;
  }
  if (first !== 'META') {
    throw new NerPackError('the first section is not META');
  }
  if (headerChecksum(bytes, view) !== view.getUint32(16, true)) {
    throw new NerPackError('checksum mismatch (damaged header, directory or META)');
  }
  const raw = (name: string) => {
    const s = sections.get(name);
    if (!s) throw new NerPackError(`section ${name.trim()} missing`);
    return s;
  };
  const typed = <T>(name: string, of: ViewOf<T>, width: number): T => {
    const s = raw(name);
    if (s.length % width !== 0) throw new NerPackError(`section ${name.trim()} has a bad length`);
    return new of(buffer, base + s.offset, s.length / width);
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const utf8 = (name: string) => {
    const s = raw(name);
    try {
      return decoder.decode(bytes.subarray(s.offset, s.offset + s.length));
    } catch {
      throw new NerPackError(`section ${name.trim()} is not UTF-8`);
    }
  };
  let meta: PackMeta;
  try {
    meta = JSON.parse(utf8('META')) as PackMeta;
  } catch (err) {
    throw err instanceof NerPackError ? err : new NerPackError('META is not JSON');
  }
  const file = meta.model;
  if (!Array.isArray(file?.tags) || file.tags.join(',') !== TAGS.join(',')) {
    throw new NerPackError('tag set mismatch');
  }
  const seeds = meta.seeds ?? {};
  const hashedKeys = (name: string) => {
    const seed = seeds[name];
    if (!Number.isInteger(seed)) throw new NerPackError(`no hash seed for section ${name.trim()}`);
    return new HashedKeys(typed(name, Uint32Array, 4), seed!);
  };
  const values = <T extends ArrayLike<number>>(
    name: string,
    keys: HashedKeys,
    of: ViewOf<T>,
    width: number,
  ) => {
    const v = typed(name, of, width);
    if (v.length !== keys.size) throw new NerPackError(`section ${name.trim()} has a bad length`);
    return v;
  };
  const wordMap = (keysName: string, valuesName: string) => {
    const keys = hashedKeys(keysName);
    return new HashedWordMap(keys, values(valuesName, keys, Uint8Array, 1));
  };
  const keys = typed('KEYS', Uint32Array, 4);
  const weights = denseWeights(typed('WMSK', Uint16Array, 2), typed('WVAL', Int16Array, 2));
  if (weights.length !== keys.length * TAGS.length) {
    throw new NerPackError('feature keys and weights of different lengths');
  }
  const external: NerModel['external'] = {};
  if (file.external?.nameLists) {
    const nlh = hashedKeys('NLH ');
    const nlm = values('NLM ', nlh, Uint8Array, 1);
    const lists: NameLists = {
      entries: new HashedStringTable(nlh, (i) => nlm[i]!, hashedKeys('NLL ')),
      use: meta.nameListsUse ?? 0,
      firstWords: new Map(),
    };
    external.nameLists = lists;
  }
  if (file.external?.clusters) {
    const words = hashedKeys('CLH ');
    const codes = values('CLP ', words, Uint16Array, 2);
    const paths = utf8('CLD ').split(' ');
    for (let i = 0; i < codes.length; i++) {
      if (codes[i]! >= paths.length)
        throw new NerPackError('a cluster path code past the last path');
    }
    // An empty table of paths (no known word) decodes as [''] and no code may point at it.
    external.clusters = new HashedStringTable(
      words,
      (i) => paths[codes[i]!]!,
      new HashedKeys(new Uint32Array(0), 0),
    );
  }
  return modelFrom(file, {
    ...buildFeatureTable(keys),
    weights,
    gazetteer: { entries: wordMap('GZH ', 'GZM '), longest: wordMap('GLH ', 'GLN ') },
    commonWords: new HashedWordSet(hashedKeys('CWH ')),
    lexicon: wordMap('LXH ', 'LXM '),
    external,
  });
}
