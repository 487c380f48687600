/** What the tagger asks of a read-only string-keyed table (name lists, word clusters). */
export interface StringTable<V> {
  /** Number of keys. */
  readonly size: number;
  /** The value of `key`, or undefined when it is not in the table. */
  get(key: string): V | undefined;
  /** Whether some key is `key`, a space, and more ("new" and "new york" for "new york city"). */
  hasLonger(key: string): boolean;
}

/**
 * A read-only string-keyed table over a sorted key array, searched by bisection. It replaces a Map
 * where building the Map would cost load time: the tables of name lists and word clusters come as
 * sorted strings in their JSON files, so loading one is a `split`, with no hashing of tens of
 * thousands of keys (a Map of 29,000 list entries took 10–40 ms to build on this machine).
 */
export class SortedTable<V> implements StringTable<V> {
  /**
   * `keys` must be sorted in UTF-16 code-unit order (`Array.prototype.sort()` without a comparator);
   * `valueAt(i)` gives the value of `keys[i]`.
   */
  constructor(
    private readonly keys: readonly string[],
    private readonly valueAt: (i: number) => V,
  ) {}

  /** Number of keys. */
  get size(): number {
    return this.keys.length;
  }

  /** Whether some key is `key`, a space, and more. */
  hasLonger(key: string): boolean {
    return this.hasPrefix(`${key} `);
  }

  /** Whether some key starts with `prefix` (keys sharing a prefix are contiguous when sorted). */
  hasPrefix(prefix: string): boolean {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.keys.length && this.keys[lo]!.startsWith(prefix);
  }

  /** The value of `key`, or undefined when it is not in the table. */
  get(key: string): V | undefined {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid]!;
      if (k === key) return this.valueAt(mid);
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/**
 * What the tagger asks of a word-keyed table of small integers (word classes, gazetteer masks):
 * look-ups only. A Map is one (the model built from JSON), and so is HashedWordMap (hashed-table.ts,
 * the model unpacked from the binary pack).
 */
export interface WordMap {
  readonly size: number;
  get(key: string): number | undefined;
  has(key: string): boolean;
}

/** What the tagger asks of a word set (the common words): a Set is one, and so is HashedWordSet (hashed-table.ts). */
export interface WordSet {
  readonly size: number;
  has(key: string): boolean;
}
