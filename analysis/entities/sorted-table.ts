/** What the tagger asks of a read-only string-keyed table (name lists, word clusters). */
export interface StringTable<V> {
  /** Number of keys. */
  readonly size: number;
  /** The value of `key`, or undefined when it is not in the table. */
  get(key: string): V | undefined;
  /** Whether some key starts with `prefix`. */
  hasPrefix(prefix: string): boolean;
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
 * Sorted strings held as one text and the UTF-16 offsets of each string in it (the form of the
 * binary model pack, model-pack.ts): loading needs no per-string object, and a lookup bisects by
 * comparing code units in place, never slicing. `starts` has one offset more than there are strings;
 * string i is `text.slice(starts[i], starts[i + 1])`, and the strings are sorted in UTF-16 code-unit
 * order (the order of `<` on strings).
 */
export class PackedStrings {
  constructor(
    private readonly text: string,
    private readonly starts: Uint32Array,
  ) {}

  /** Number of strings. */
  get size(): number {
    return this.starts.length - 1;
  }

  /** String `i` (allocates: for values and iteration, not for lookups). */
  at(i: number): string {
    return this.text.slice(this.starts[i], this.starts[i + 1]);
  }

  /** Sign of (string `i` − `key`) in code-unit order, as `<` compares strings. */
  private compare(i: number, key: string): number {
    const text = this.text;
    const a = this.starts[i]!;
    const n = this.starts[i + 1]! - a;
    const m = key.length;
    const len = Math.min(n, m);
    for (let k = 0; k < len; k++) {
      const d = text.charCodeAt(a + k) - key.charCodeAt(k);
      if (d !== 0) return d;
    }
    return n - m;
  }

  /** Index of the first string not below `key` (the insertion point). */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of `key`, or -1. */
  indexOf(key: string): number {
    const i = this.lowerBound(key);
    return i < this.size && this.compare(i, key) === 0 ? i : -1;
  }

  /** Whether some string starts with `prefix` (strings sharing a prefix are contiguous). */
  hasPrefix(prefix: string): boolean {
    const i = this.lowerBound(prefix);
    if (i >= this.size) return false;
    const a = this.starts[i]!;
    return this.starts[i + 1]! - a >= prefix.length && this.text.startsWith(prefix, a);
  }
}

/**
 * Lookups memoised past this many distinct keys are forgotten (a few MB at most): an article has a
 * few thousand distinct words, a megabyte of text about 20,000.
 */
const MEMO_LIMIT = 100_000;

/**
 * {@link SortedTable} over {@link PackedStrings}: the same lookups, with no array of keys. Answers are
 * remembered per key: a bisection compares code units in JavaScript, where SortedTable's `<` is the
 * engine's own string comparison, so repeated keys (the multi-word candidates of the name lists, met
 * again on every sentence that repeats a name) cost one Map probe instead.
 */
export class PackedSortedTable<V> implements StringTable<V> {
  private readonly found = new Map<string, number>();
  private readonly prefixes = new Map<string, boolean>();

  /** `valueAt(i)` gives the value of the i-th key. */
  constructor(
    private readonly keys: PackedStrings,
    private readonly valueAt: (i: number) => V,
  ) {}

  /** Number of keys. */
  get size(): number {
    return this.keys.size;
  }

  /** Whether some key starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    let hit = this.prefixes.get(prefix);
    if (hit === undefined) {
      hit = this.keys.hasPrefix(prefix);
      if (this.prefixes.size >= MEMO_LIMIT) this.prefixes.clear();
      this.prefixes.set(prefix, hit);
    }
    return hit;
  }

  /** The value of `key`, or undefined when it is not in the table. */
  get(key: string): V | undefined {
    let i = this.found.get(key);
    if (i === undefined) {
      i = this.keys.indexOf(key);
      if (this.found.size >= MEMO_LIMIT) this.found.clear();
      this.found.set(key, i);
    }
    return i < 0 ? undefined : this.valueAt(i);
  }
}

/**
 * What the tagger asks of a word-keyed table of small integers (word classes, gazetteer masks):
 * look-ups only. A Map is one (the model built from JSON), and so is {@link PackedStringMap} (the
 * model unpacked from the binary pack).
 */
export interface WordMap {
  readonly size: number;
  get(key: string): number | undefined;
  has(key: string): boolean;
}

/** What the tagger asks of a word set (the common words): a Set is one, and so is {@link PackedStringSet}. */
export interface WordSet {
  readonly size: number;
  has(key: string): boolean;
}

/**
 * A {@link WordMap} from packed sorted keys to small integer values. `get` and `has` bisect once per
 * distinct key and remember the answer, so the per-token look-ups of the feature extractor cost one
 * Map probe for the words an article repeats, as a Map would, without building that Map at load.
 */
export class PackedStringMap implements WordMap {
  private readonly memo = new Map<string, number>();

  constructor(
    private readonly sorted: PackedStrings,
    private readonly masks: ArrayLike<number>,
  ) {}

  /** Number of keys. */
  get size(): number {
    return this.sorted.size;
  }

  /** The value of `key`, or undefined. */
  get(key: string): number | undefined {
    let v = this.memo.get(key);
    if (v === undefined) {
      const i = this.sorted.indexOf(key);
      v = i < 0 ? -1 : this.masks[i]!;
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(key, v);
    }
    return v < 0 ? undefined : v;
  }

  /** Whether `key` is in the map. */
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

/**
 * A {@link WordSet} of packed sorted strings: `has` bisects once per distinct word and remembers the
 * answer, like {@link PackedStringMap}.
 */
export class PackedStringSet implements WordSet {
  private readonly memo = new Map<string, boolean>();

  constructor(private readonly sorted: PackedStrings) {}

  /** Number of strings. */
  get size(): number {
    return this.sorted.size;
  }

  /** Whether `value` is in the set. */
  has(value: string): boolean {
    let hit = this.memo.get(value);
    if (hit === undefined) {
      hit = this.sorted.indexOf(value) >= 0;
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(value, hit);
    }
    return hit;
  }
}
