import { describe, expect, it } from 'vitest';
import {
  buildNameLists,
  markNameLists,
  NAME_LISTS,
  type NameListsFile,
  nameListsFileFrom,
  TAGGER_LISTS,
} from '../../../analysis/entities/name-lists';
import nameListsFile from '../../../analysis/models/name-lists.json';

const bit = (name: (typeof NAME_LISTS)[number]) => NAME_LISTS.indexOf(name);
const begins = (mark: number, name: (typeof NAME_LISTS)[number]) =>
  (mark & (1 << (2 * bit(name)))) !== 0;
const inside = (mark: number, name: (typeof NAME_LISTS)[number]) =>
  (mark & (1 << (2 * bit(name) + 1))) !== 0;

function marks(lists: ReturnType<typeof buildNameLists>, words: string[]): Uint32Array {
  return markNameLists(
    lists,
    words.map((w) => w.toLowerCase()),
    words,
    0,
    words.length,
  );
}

describe('name lists', () => {
  const small = buildNameLists(
    nameListsFileFrom({
      city: ['new york', 'york'],
      country: ['united states', 'jordan'],
      first: ['jordan', 'may'],
    }),
    NAME_LISTS,
  );

  it('marks the longest entry of each list, begin and inside', () => {
    const m = marks(small, ['in', 'New', 'York', 'today']);
    expect(m[0]).toBe(0);
    expect(begins(m[1]!, 'city')).toBe(true);
    expect(inside(m[2]!, 'city')).toBe(true);
    // "York" alone is an entry too, but it is inside the longer match.
    expect(begins(m[2]!, 'city')).toBe(false);
    expect(m[3]).toBe(0);
  });

  it('finds an entry that only a longer walk reaches, and none past the sentence', () => {
    const lists = buildNameLists(nameListsFileFrom({ region: ['bosnia and herzegovina'] }));
    const words = ['in', 'Bosnia', 'and', 'Herzegovina', '.'];
    const m = marks(lists, words);
    expect(begins(m[1]!, 'region')).toBe(true);
    expect(inside(m[3]!, 'region')).toBe(true);
    // The same words cut by the end of the range: no match.
    const cut = markNameLists(
      lists,
      words.map((w) => w.toLowerCase()),
      words,
      0,
      3,
    );
    expect([...cut]).toEqual([0, 0, 0]);
  });

  it('keeps every list a word belongs to', () => {
    const m = marks(small, ['Jordan', 'said']);
    expect(begins(m[0]!, 'country')).toBe(true);
    expect(begins(m[0]!, 'first')).toBe(true);
    expect(begins(m[0]!, 'city')).toBe(false);
  });

  it('needs a capital or a digit to start a match', () => {
    expect(marks(small, ['it', 'may', 'rain'])[1]).toBe(0);
    expect(begins(marks(small, ['May', 'Smith'])[0]!, 'first')).toBe(true);
    // All-caps lines (datelines, headlines) match through the lower-case form.
    expect(begins(marks(small, ['NEW', 'YORK'])[0]!, 'city')).toBe(true);
  });

  it('ships lists built from the npm data, with non-ASCII names in token form', () => {
    const lists = buildNameLists(nameListsFile as NameListsFile, NAME_LISTS);
    const listsOf = (entry: string) => {
      const mask = lists.entries.get(entry) ?? 0;
      return NAME_LISTS.filter((_, k) => mask & (1 << k));
    };
    expect(listsOf('germany')).toContain('country');
    expect(listsOf('łódź')).toContain('city');
    expect(listsOf('buenos aires')).toContain('bigCity');
    expect(listsOf('california')).toContain('region');
    expect(listsOf('mary')).toContain('first');
    expect(listsOf('german')).toContain('language');
    expect(lists.entries.hasLonger('buenos')).toBe(true);
    expect(lists.entries.hasLonger('buenos aires')).toBe(false);
  });

  it('builds only the lists the tagger uses unless told otherwise', () => {
    const file = nameListsFileFrom({ first: ['jordan'], country: ['jordan'] });
    expect(TAGGER_LISTS).not.toContain('first');
    const mask = buildNameLists(file).entries.get('jordan') ?? 0;
    // The country keeps its bit; the first-name bit is not set.
    expect(mask).toBe(1 << NAME_LISTS.indexOf('country'));
  });
});
