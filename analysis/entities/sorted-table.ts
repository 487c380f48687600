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
 * A ReadonlyMap from packed sorted keys to small integer values (word classes, gazetteer masks).
 * `get` and `has` bisect once per distinct key and remember the answer, so the per-token look-ups of
 * the feature extractor cost one Map probe for the words an article repeats, as the Map this replaces
 * did, without building that Map at load. Iteration (never on the hot path) materialises a real Map.
 */
export class PackedStringMap implements ReadonlyMap<string, number> {
  private readonly memo = new Map<string, number>();
  private all: Map<string, number> | null = null;

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

  private materialise(): Map<string, number> {
    if (!this.all) {
      this.all = new Map();
      for (let i = 0; i < this.sorted.size; i++) this.all.set(this.sorted.at(i), this.masks[i]!);
    }
    return this.all;
  }

  /** Calls `fn` for every entry, in key order. */
  forEach(
    fn: (value: number, key: string, map: ReadonlyMap<string, number>) => void,
    thisArg?: unknown,
  ): void {
    for (const [k, v] of this.materialise()) fn.call(thisArg, v, k, this);
  }

  /** Entries in key order. */
  entries(): MapIterator<[string, number]> {
    return this.materialise().entries();
  }

  /** Keys in order. */
  keys(): MapIterator<string> {
    return this.materialise().keys();
  }

  /** Values in key order. */
  values(): MapIterator<number> {
    return this.materialise().values();
  }

  /** Entries in key order. */
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}

/**
 * A ReadonlySet of packed sorted strings (the common words): `has` bisects once per distinct word and
 * remembers the answer, like {@link PackedStringMap}; iteration and the set algebra (never on the hot
 * path) work on a real Set materialised on first use.
 */
export class PackedStringSet implements ReadonlySet<string> {
  private readonly memo = new Map<string, boolean>();
  private all: Set<string> | null = null;

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

  private materialise(): Set<string> {
    if (!this.all) {
      this.all = new Set();
      for (let i = 0; i < this.sorted.size; i++) this.all.add(this.sorted.at(i));
    }
    return this.all;
  }

  /** Calls `fn` for every string, in order. */
  forEach(
    fn: (value: string, value2: string, set: ReadonlySet<string>) => void,
    thisArg?: unknown,
  ): void {
    for (const v of this.materialise()) fn.call(thisArg, v, v, this);
  }

  /** `[v, v]` pairs, in order. */
  entries(): SetIterator<[string, string]> {
    return this.materialise().entries();
  }

  /** The strings, in order. */
  keys(): SetIterator<string> {
    return this.materialise().keys();
  }

  /** The strings, in order. */
  values(): SetIterator<string> {
    return this.materialise().values();
  }

  /** The strings, in order. */
  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  /** Set algebra of ReadonlySet, on the materialised set. */
  union<U>(other: ReadonlySetLike<U>): Set<string | U> {
    return this.materialise().union(other);
  }

  /** Set algebra of ReadonlySet, on the materialised set. */
  intersection<U>(other: ReadonlySetLike<U>): Set<string & U> {
    return this.materialise().intersection(other);
  }

  /** Set algebra of ReadonlySet, on the materialised set. */
  difference<U>(other: ReadonlySetLike<U>): Set<string> {
    return this.materialise().difference(other);
  }

  /** Set algebra of ReadonlySet, on the materialised set. */
  symmetricDifference<U>(other: ReadonlySetLike<U>): Set<string | U> {
    return this.materialise().symmetricDifference(other);
  }

  /** Set algebra of ReadonlySet, on the materialised set. */
  isSubsetOf(other: ReadonlySetLike<unknown>): boolean {
    return this.materialise().isSubsetOf(other);
  }

  /** Set algebra of ReadonlySet, on the materialised set. */
  isSupersetOf(other: ReadonlySetLike<unknown>): boolean {
    return this.materialise().isSupersetOf(other);
  }

  /** Set algebra of ReadonlySet, on the materialised set. */
  isDisjointFrom(other: ReadonlySetLike<unknown>): boolean {
    return this.materialise().isDisjointFrom(other);
  }
}
