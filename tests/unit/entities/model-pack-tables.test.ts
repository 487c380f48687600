import { describe, expect, it } from 'vitest';
import {
  HashedKeys,
  HashedStringTable,
  HashedWordMap,
  HashedWordSet,
  hashKeys,
  keyHash,
  spacePrefixes,
} from '../../../analysis/entities/hashed-table';
import { SortedTable } from '../../../analysis/entities/sorted-table';

const keys = ['Gdańsk', 'bosnia', 'bosnia and herzegovina', 'new york', 'york', 'łódź', '𝒜lice'];
const probes = [
  ...keys,
  '',
  'a',
  'bosnia ',
  'bosnia and',
  'new',
  'new york city',
  'yorkshire',
  'łód',
  'zzz',
  '\uffff',
];

/** Hashes `keys` as the model pack does, with values written in sorted-hash order. */
function hashed<V>(entries: ReadonlyArray<readonly [string, V]>) {
  const { seed, hashes, order } = hashKeys(entries.map((e) => e[0]));
  return { keys: new HashedKeys(hashes, seed), values: order.map((i) => entries[i]![1]) };
}

describe('hashed word tables (the model pack’s look-ups)', () => {
  it('finds every key and no probe that is not one', () => {
    const { hashes } = hashKeys(keys);
    for (let i = 1; i < hashes.length; i++) expect(hashes[i]!).toBeGreaterThan(hashes[i - 1]!);
    const { keys: table } = hashed(keys.map((k) => [k, 0] as const));
    expect(table.size).toBe(keys.length);
    const found = new Set(keys.map((k) => table.indexOf(k)));
    expect(found.size).toBe(keys.length);
    expect(found.has(-1)).toBe(false);
    for (const p of probes.filter((p) => !keys.includes(p))) expect(table.indexOf(p), p).toBe(-1);
  });

  it('tells keys apart by more than their length or first letter', () => {
    expect(keyHash('ab', 0)).not.toBe(keyHash('ba', 0));
    expect(keyHash('', 0)).not.toBe(keyHash('', 1));
    expect(keyHash('york', 0)).toBe(keyHash('york', 0));
  });

  it('picks another seed when two keys collide under the first', () => {
    // Search a pair of keys whose hashes collide under seed 0 (birthday bound: ~2^16 tries; 400,000
    // keys hold about 18 such pairs).
    const seen = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair && i < 400_000; i++) {
      const k = `key ${i.toString(36)} ${(i * 7919).toString(36)}`;
      const h = keyHash(k, 0);
      const other = seen.get(h);
      if (other !== undefined) pair = [other, k];
      else seen.set(h, k);
    }
    expect(pair).not.toBeNull();
    const { seed, hashes } = hashKeys(pair!);
    expect(seed).toBeGreaterThan(0);
    expect(hashes[0]).not.toBe(hashes[1]);
    const table = new HashedKeys(hashes, seed);
    expect(table.indexOf(pair![0])).not.toBe(table.indexOf(pair![1]));
  });

  it('HashedWordMap answers as a Map of the same entries', () => {
    const real = new Map(keys.map((k, i) => [k, i + 1]));
    const { keys: table, values } = hashed([...real]);
    const map = new HashedWordMap(table, values);
    for (const p of probes) {
      expect(map.get(p), p).toBe(real.get(p));
      expect(map.has(p), p).toBe(real.has(p));
    }
    expect(map.size).toBe(real.size);
  });

  it('HashedWordSet answers as a Set of the same strings', () => {
    const { keys: table } = hashed(keys.map((k) => [k, 0] as const));
    const set = new HashedWordSet(table);
    const real = new Set(keys);
    for (const p of probes) expect(set.has(p), p).toBe(real.has(p));
    expect(set.size).toBe(real.size);
  });

  it('HashedStringTable answers get and hasLonger as SortedTable over the same keys', () => {
    const sorted = [...keys].sort();
    const plain = new SortedTable(sorted, (i) => sorted[i]!.length);
    const { keys: table, values } = hashed(keys.map((k) => [k, k.length] as const));
    const prefixes = spacePrefixes(keys);
    expect(prefixes.sort()).toEqual(['bosnia', 'bosnia and', 'new']);
    const { keys: longer } = hashed(prefixes.map((k) => [k, 0] as const));
    const hashedTable = new HashedStringTable(table, (i) => values[i]!, longer);
    for (const p of probes) {
      expect(hashedTable.get(p), p).toBe(plain.get(p));
      expect(hashedTable.hasLonger(p), p).toBe(plain.hasLonger(p));
    }
    expect(hashedTable.size).toBe(plain.size);
  });

  it('handles an empty table', () => {
    const { seed, hashes } = hashKeys([]);
    const empty = new HashedKeys(hashes, seed);
    expect(empty.size).toBe(0);
    expect(empty.indexOf('')).toBe(-1);
    expect(new HashedWordSet(empty).has('a')).toBe(false);
    expect(new HashedWordMap(empty, []).get('a')).toBeUndefined();
    expect(new HashedStringTable(empty, () => 0, empty).hasLonger('a')).toBe(false);
  });
});
