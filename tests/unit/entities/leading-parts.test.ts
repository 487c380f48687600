import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import { linkAliases } from '../../../analysis/entities/link-aliases';
import type { EntityMention, NameType } from '../../../analysis/types';

/** Mentions of the given type at the places where `names` occur in `text`, in order. */
function mentionsOf(text: string, names: ReadonlyArray<[string, NameType]>): EntityMention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, type, text: name };
  });
}

describe('linkAliases: leading parts of longer names', () => {
  it('links a leading part and a name without its middle words to the one longer name', () => {
    const text =
      'Mara Tane Rua Walker spoke. Mara Tane Rua nodded. Mara Tane Walker left. Mara Tane agreed.';
    const mentions = mentionsOf(text, [
      ['Mara Tane Rua Walker', 'person'],
      ['Mara Tane Rua', 'person'],
      ['Mara Tane Walker', 'person'],
      ['Mara Tane', 'person'],
    ]);
    const linked = linkAliases(text, mentions);
    expect(linked.map((e) => [e.name, e.mentions])).toEqual([['Mara Tane Rua Walker', 4]]);
  });

  it('links organisations the same way, but never across types', () => {
    const text = 'She stayed at The Grand Harbour Hotel. The Grand said nothing.';
    const org = mentionsOf(text, [
      ['The Grand Harbour Hotel', 'organization'],
      ['The Grand', 'organization'],
    ]);
    expect(linkAliases(text, org).map((e) => [e.name, e.mentions])).toEqual([
      ['The Grand Harbour Hotel', 2],
    ]);
    const mixed = mentionsOf(text, [
      ['The Grand Harbour Hotel', 'organization'],
      ['The Grand', 'other'],
    ]);
    expect(linkAliases(text, mixed).map((e) => [e.name, e.type])).toEqual([
      ['The Grand Harbour Hotel', 'organization'],
      ['The Grand', 'other'],
    ]);
  });

  it('leaves a leading part alone when longer names starting with it are different entities', () => {
    const text = 'Mara Tane Walker and Mara Tane Smith met. Mara Tane spoke.';
    const mentions = mentionsOf(text, [
      ['Mara Tane Walker', 'person'],
      ['Mara Tane Smith', 'person'],
      ['Mara Tane', 'person'],
    ]);
    const linked = linkAliases(text, mentions);
    expect(linked.map((e) => e.name)).toEqual(['Mara Tane Walker', 'Mara Tane Smith', 'Mara Tane']);
  });
});

describe('recognizeEntities: one person for a name and its leading part', () => {
  it('counts the shorter form as the longer name', () => {
    const { linked } = recognizeEntities(
      'Mara Tane said she would go. Later Mara Tane Walker spoke again, and Mara Tane agreed.',
    );
    expect(linked.map((e) => [e.name, e.mentions])).toEqual([['Mara Tane Walker', 3]]);
  });
});
