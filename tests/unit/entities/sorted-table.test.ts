import { describe, expect, it } from 'vitest';
import { SortedTable } from '../../../analysis/entities/sorted-table';

describe('SortedTable', () => {
  const keys = ['Gdańsk', 'bosnia', 'bosnia and herzegovina', 'new york', 'york', 'łódź'].sort();
  const table = new SortedTable(keys, (i) => keys[i]!.length);

  it('finds every key and only the keys, non-ASCII ones included', () => {
    for (const k of keys) expect(table.get(k)).toBe(k.length);
    expect(table.get('bosnia and')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
    expect(table.get('zzz')).toBeUndefined();
    expect(table.size).toBe(keys.length);
  });

  it('tells whether a longer key starts with a prefix', () => {
    expect(table.hasPrefix('bosnia ')).toBe(true);
    expect(table.hasPrefix('new ')).toBe(true);
    expect(table.hasPrefix('york ')).toBe(false);
    expect(table.hasPrefix('łódź ')).toBe(false);
    expect(table.hasPrefix('zz')).toBe(false);
  });

  it('handles an empty table', () => {
    const empty = new SortedTable<number>([], () => 0);
    expect(empty.get('a')).toBeUndefined();
    expect(empty.hasPrefix('a')).toBe(false);
  });
});
