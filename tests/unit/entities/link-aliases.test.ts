import { describe, expect, it } from 'vitest';
import { linkAliases } from '../../../analysis/entities/link-aliases';
import type { EntityMention } from '../../../analysis/types';

/** Person mentions at the places where `names` occur in `text`, in order. */
function people(text: string, names: readonly string[]): EntityMention[] {
  let from = 0;
  return names.map((name) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, type: 'person', text: name };
  });
}

describe('linkAliases: surnames with particles', () => {
  it('links a surname whose particle is capitalised at a sentence start to the full name', () => {
    const text =
      'Osama bin Laden lived in Khartoum. In 1998, Bin Laden’s agents struck. Laden fled.';
    const mentions = people(text, ['Osama bin Laden', 'Bin Laden', 'Laden']);
    const linked = linkAliases(text, mentions);
    expect(linked).toHaveLength(1);
    expect(linked[0]?.name).toBe('Osama bin Laden');
    expect(linked[0]?.mentions).toBe(3);
  });

  it('links a surname written without its Arabic article to the full name', () => {
    const text = 'Omar Hassan al-Bashir was charged. Mr. Bashir denied it. Al-Bashir left.';
    const mentions = people(text, ['Omar Hassan al-Bashir', 'Bashir', 'Al-Bashir']);
    const linked = linkAliases(text, mentions);
    expect(linked).toHaveLength(1);
    expect(linked[0]?.aliases).toEqual(['Omar Hassan al-Bashir', 'Bashir', 'Al-Bashir']);
  });

  it('keeps both parts of an ordinary double-barrelled surname', () => {
    const text = 'Andrew Lloyd-Webber spoke. Webber left.';
    const linked = linkAliases(text, people(text, ['Andrew Lloyd-Webber', 'Webber']));
    expect(linked.map((e) => e.name)).toEqual(['Andrew Lloyd-Webber', 'Webber']);
  });
});

describe('linkAliases: a surname that two people share', () => {
  it('links the bare surname to the full name the article uses most, not the longest', () => {
    const text =
      'Hori Parata spoke. His son, Te Kaurinui Robert Parata, listened. Hori Parata went on. ' +
      'Parata smiled.';
    const mentions = people(text, [
      'Hori Parata',
      'Te Kaurinui Robert Parata',
      'Hori Parata',
      'Parata',
    ]);
    const linked = linkAliases(text, mentions);
    expect(mentions[3]?.entityId).toBe(mentions[0]?.entityId);
    expect(mentions[3]?.entityId).not.toBe(mentions[1]?.entityId);
    expect(linked.map((e) => [e.name, e.mentions])).toEqual([
      ['Hori Parata', 3],
      ['Te Kaurinui Robert Parata', 1],
    ]);
  });

  it('takes the longer of two names named equally often (the fuller form)', () => {
    const text = 'John Smith met Mary. John Fitzgerald Smith left. Smith waved.';
    const mentions = people(text, ['John Smith', 'John Fitzgerald Smith', 'Smith']);
    linkAliases(text, mentions);
    expect(mentions[2]?.entityId).toBe(mentions[1]?.entityId);
  });
});
