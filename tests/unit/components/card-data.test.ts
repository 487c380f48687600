import { describe, expect, it } from 'vitest';
import type { EntityMention, LinkedEntity } from '../../../analysis/types';
import { entityCardData, mentionSnippets, SNIPPET_CONTEXT } from '../../../components/card-data';
import type { EntityHistory } from '../../../messaging/protocol';

const text =
  'On Monday the Russian President Vladimir Putin arrived in Baku for talks.\n\nLater,   Putin met ' +
  'students. A long closing sentence follows here with many words so that the context gets cut somewhere.';

function mentionsOf(surface: string, entityId?: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    out.push({ start: at, end: at + surface.length, type: 'person', text: surface, entityId });
  }
  return out;
}

describe('mentionSnippets', () => {
  const mentions = [
    ...mentionsOf('Vladimir Putin', 'e1'),
    ...mentionsOf('Baku', 'e2'),
    {
      start: text.lastIndexOf('Putin'),
      end: text.lastIndexOf('Putin') + 5,
      type: 'person' as const,
      text: 'Putin',
      entityId: 'e1',
    },
  ];

  it('gives the entity mentions in reading order with context cut at words', () => {
    const snippets = mentionSnippets(text, mentions, 'e1');
    expect(snippets.map((s) => s.text)).toEqual(['Vladimir Putin', 'Putin']);
    expect(snippets[0]?.before).toBe('On Monday the Russian President ');
    expect(snippets[0]?.after).toBe(' arrived in Baku for talks. Later,');
    expect(snippets[1]?.before).toBe('arrived in Baku for talks. Later, ');
    for (const s of snippets) {
      expect(s.before.length).toBeLessThanOrEqual(SNIPPET_CONTEXT);
      expect(s.after.length).toBeLessThanOrEqual(SNIPPET_CONTEXT);
      expect(`${s.before}|${s.after}`).not.toMatch(/\s{2}/);
    }
  });

  it('respects the limit and ignores other entities', () => {
    expect(mentionSnippets(text, mentions, 'e1', 1)).toHaveLength(1);
    expect(mentionSnippets(text, mentions, 'e2').map((s) => s.text)).toEqual(['Baku']);
    expect(mentionSnippets(text, mentions, 'nobody')).toEqual([]);
  });
});

describe('entityCardData', () => {
  const entity: LinkedEntity = {
    id: 'e1',
    type: 'person',
    name: 'Vladimir Putin',
    aliases: ['Vladimir Putin', 'Putin'],
    mentions: 2,
  };
  const mentions = [...mentionsOf('Vladimir Putin', 'e1')];

  it('fills the card from the entity and its history', () => {
    const history: EntityHistory = {
      key: 'person:vladimir putin',
      earlier: [{ articleUrl: 'u', articleTitle: 'Earlier', count: 1, seenAt: 1 }],
      earlierCount: 3,
      notes: [],
    };
    const data = entityCardData(entity, 'person:vladimir putin', text, mentions, history);
    expect(data).toMatchObject({
      key: 'person:vladimir putin',
      name: 'Vladimir Putin',
      type: 'person',
      mentionCount: 2,
      earlierCount: 3,
    });
    expect(data.earlier[0]?.articleTitle).toBe('Earlier');
    expect(data.snippets).toHaveLength(1);
  });

  it('shows this article only while the history is missing', () => {
    const data = entityCardData(entity, 'k', text, mentions);
    expect(data.earlierCount).toBe(0);
    expect(data.earlier).toEqual([]);
    expect(data.notes).toEqual([]);
  });
});
