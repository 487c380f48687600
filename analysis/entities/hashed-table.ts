/**
 * Word tables of the binary model pack (model-pack.ts) held as sorted 32-bit hashes of their keys
 * instead of the keys' text. A look-up hashes the word and bisects a Uint32Array, so loading a table
 * is one typed-array view: no text to decode, no offsets to compute, no per-key object. The text was
 * most of the pack's bytes (834 KB of 1.74 MB), and bytes are what a load costs in the browser.
 *
 * The price is a false positive: a word absent from a table whose hash equals a key's hash gets that
 * key's value. With the largest table at ~25,000 keys, that is one chance in ~170,000 per look-up of
 * an absent word (25,000 / 2^32), a handful of wrong feature values per megabyte of text, each one
 * feature among the ~40 of a token. Keys of one table never collide with each other: the pack picks a
 * seed per table for which all hashes differ ({@link hashKeys}).
 */
import { FNV_OFFSET, fnvContinue, mix } from './feature-hash';
import type { StringTable, WordMap, WordSet } from './sorted-table';

/**
 * The hash of `key` under `seed`: FNV-1a over its UTF-16 code units from a seed-dependent start, then
 * a murmur-style mix. The seed enters before the key, so two keys that collide under one seed are
 * hashed apart under the next (a seed mixed in only at the end would keep every collision).
 */
export function keyHash(key: string, seed: number): number {
  return mix(fnvContinue((FNV_OFFSET ^ Math.imul(seed, 0x9e3779b1)) >>> 0, key), seed);
}

/** Seeds tried before {@link hashKeys} gives up (each fails with probability ~n²/2^33). */
const MAX_SEEDS = 64;

/**
 * Hashes `keys` (distinct strings) under the first seed for which no two hashes are equal. Returns
 * the seed, the hashes sorted ascending, and for each sorted position the index of its key in `keys`
 * (so values can be written in the same order).
 */
export function hashKeys(keys: readonly string[]): {
  seed: number;
  hashes: Uint32Array;
  order: number[];
} {
  for (let seed = 0; seed < MAX_SEEDS; seed++) {
    const h = keys.map((k) => keyHash(k, seed));
    const order = keys.map((_, i) => i).sort((a, b) => h[a]! - h[b]!);
    const hashes = Uint32Array.from(order, (i) => h[i]!);
    let distinct = true;
    for (let i = 1; i < hashes.length && distinct; i++) distinct = hashes[i]! !== hashes[i - 1]!;
    if (distinct) return { seed, hashes, order };
  }
  throw new Error(`hashKeys: no seed below ${MAX_SEEDS} separates ${keys.length} keys`);
}

/**
 * Answers remembered per key past this many distinct keys are forgotten (a few MB at most): an article
 * has a few thousand distinct words, a megabyte of text about 20,000.
 */
const MEMO_LIMIT = 100_000;

/**
 * A set of keys as their sorted hashes (see {@link hashKeys}). Answers are remembered per key: the
 * feature extractor asks about the same words on every sentence that repeats them, and a Map probe
 * (whose string hash the engine caches on the string) is cheaper than hashing in JavaScript and
 * bisecting again; without it the hot path ran 12% slower than with the JSON model's Maps.
 */
export class HashedKeys {
  private readonly memo = new Map<string, number>();

  /** `hashes` must be sorted strictly ascending, as {@link hashKeys} returns them. */
  constructor(
    private readonly hashes: Uint32Array,
    private readonly seed: number,
  ) {}

  /** Number of keys. */
  get size(): number {
    return this.hashes.length;
  }

  /** Position of `key`'s hash, or -1 when no key has it. */
  indexOf(key: string): number {
    let i = this.memo.get(key);
    if (i === undefined) {
      i = this.search(keyHash(key, this.seed));
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(key, i);
    }
    return i;
  }

  private search(h: number): number {
    const hashes = this.hashes;
    let lo = 0;
    let hi = hashes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = hashes[mid]!;
      if (v === h) return mid;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** A {@link WordMap} of small integers over {@link HashedKeys}. */
export class HashedWordMap implements WordMap {
  /** `values[i]` is the value of the key at sorted position i. */
  constructor(
    private readonly keys: HashedKeys,
    private readonly values: ArrayLike<number>,
  ) {}

  /** Number of keys. */
  get size(): number {
    return this.keys.size;
  }

  /** The value of `key`, or undefined. */
  get(key: string): number | undefined {
    const i = this.keys.indexOf(key);
    return i < 0 ? undefined : this.values[i];
  }

  /** Whether `key` is in the map. */
  has(key: string): boolean {
    return this.keys.indexOf(key) >= 0;
  }
}

/** A {@link WordSet} over {@link HashedKeys}. */
export class HashedWordSet implements WordSet {
  constructor(private readonly keys: HashedKeys) {}

  /** Number of keys. */
  get size(): number {
    return this.keys.size;
  }

  /** Whether `key` is in the set. */
  has(key: string): boolean {
    return this.keys.indexOf(key) >= 0;
  }
}

/**
 * A {@link StringTable} over {@link HashedKeys}: `longer` holds the hashes of every key's proper
 * prefixes that end before a space ("new" and "new york" for "new york city"), which is what
 * {@link StringTable.hasLonger} asks.
 */
export class HashedStringTable<V> implements StringTable<V> {
  /** `valueAt(i)` gives the value of the key at sorted position i. */
  constructor(
    private readonly keys: HashedKeys,
    private readonly valueAt: (i: number) => V,
    private readonly longer: HashedKeys,
  ) {}

  /** Number of keys. */
  get size(): number {
    return this.keys.size;
  }

  /** The value of `key`, or undefined when it is not in the table. */
  get(key: string): V | undefined {
    const i = this.keys.indexOf(key);
    return i < 0 ? undefined : this.valueAt(i);
  }

  /** Whether some key is `key`, a space, and more. */
  hasLonger(key: string): boolean {
    return this.longer.indexOf(key) >= 0;
  }
}

/** Every prefix of `keys` that ends just before a space, once each (the `longer` set above). */
export function spacePrefixes(keys: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) out.add(key.slice(0, k));
  }
  return [...out];
}
