import { describe, expect, it } from 'vitest';
import {
  PackedSortedTable,
  PackedStringMap,
  PackedStringSet,
  PackedStrings,
  SortedTable,
} from '../../../analysis/entities/sorted-table';

/** Packs sorted strings as the model pack does: one text and the offsets of each string. */
function packed(strings: readonly string[]): PackedStrings {
  const starts = new Uint32Array(strings.length + 1);
  let at = 0;
  strings.forEach((s, i) => {
    starts[i] = at;
    at += s.length;
  });
  starts[strings.length] = at;
  return new PackedStrings(strings.join(''), starts);
}

const keys = [
  'Gdańsk',
  'bosnia',
  'bosnia and herzegovina',
  'new york',
  'york',
  'łódź',
  '𝒜lice',
].sort();
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

describe('packed string tables (the model pack’s look-ups)', () => {
  const strings = packed(keys);

  it('finds every string at its index and nothing else', () => {
    expect(strings.size).toBe(keys.length);
    keys.forEach((k, i) => {
      expect(strings.indexOf(k)).toBe(i);
      expect(strings.at(i)).toBe(k);
    });
    for (const p of probes.filter((p) => !keys.includes(p))) expect(strings.indexOf(p)).toBe(-1);
  });

  it('answers get and hasPrefix exactly as SortedTable over the same keys, twice (memoised)', () => {
    const plain = new SortedTable(keys, (i) => i * 3);
    const table = new PackedSortedTable(strings, (i) => i * 3);
    for (let round = 0; round < 2; round++) {
      for (const p of probes) {
        expect(table.get(p), p).toBe(plain.get(p));
        expect(table.hasPrefix(p), p).toBe(plain.hasPrefix(p));
        expect(table.hasPrefix(`${p} `), p).toBe(plain.hasPrefix(`${p} `));
      }
    }
    expect(table.size).toBe(plain.size);
  });

  it('PackedStringMap answers as a Map of the same entries', () => {
    const values = keys.map((_, i) => i + 1);
    const map = new PackedStringMap(strings, values);
    const real = new Map(keys.map((k, i) => [k, i + 1]));
    for (let round = 0; round < 2; round++) {
      for (const p of probes) {
        expect(map.get(p), p).toBe(real.get(p));
        expect(map.has(p), p).toBe(real.has(p));
      }
    }
    expect(map.size).toBe(real.size);
    for (const [k, v] of real) expect(map.get(k), k).toBe(v);
  });

  it('PackedStringSet answers as a Set of the same strings', () => {
    const set = new PackedStringSet(strings);
    const real = new Set(keys);
    for (let round = 0; round < 2; round++) {
      for (const p of probes) expect(set.has(p), p).toBe(real.has(p));
    }
    expect(set.size).toBe(real.size);
    for (const k of keys) expect(set.has(k), k).toBe(true);
  });

  it('handles an empty table', () => {
    const empty = packed([]);
    expect(empty.size).toBe(0);
    expect(empty.indexOf('a')).toBe(-1);
    expect(empty.hasPrefix('')).toBe(false);
    expect(new PackedStringSet(empty).has('')).toBe(false);
    expect(new PackedStringMap(empty, []).get('a')).toBeUndefined();
  });
});
