import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../analysis/types';
import { mentionSnippets, SNIPPET_CONTEXT } from '../../../components/card-data';

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

describe('mentionSnippets within sentences', () => {
  it('stops at the sentence and marks only real cuts', () => {
    const t =
      'Putin spoke first. Then the long meeting with many ministers from many countries went on ' +
      'until late into the night.';
    const m: EntityMention[] = [{ start: 0, end: 5, type: 'person', text: 'Putin', entityId: 'p' }];
    const [s] = mentionSnippets(t, m, 'p', 4, [
      { start: 0, end: 18 },
      { start: 19, end: t.length },
    ]);
    expect(s).toEqual({
      before: '',
      text: 'Putin',
      after: ' spoke first.',
      clippedBefore: false,
      clippedAfter: false,
    });
    const at = t.indexOf('ministers');
    const [cut] = mentionSnippets(
      t,
      [{ ...m[0]!, start: at, end: at + 9, text: 'ministers' }],
      'p',
      4,
      [
        { start: 0, end: 18 },
        { start: 19, end: t.length },
      ],
    );
    // The sentence starts within reach: nothing cut before; the long tail is cut after.
    expect(cut?.before).toBe('Then the long meeting with many ');
    expect(cut?.clippedBefore).toBe(false);
    expect(cut?.clippedAfter).toBe(true);
  });
});
