// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityCard } from '../../../components/EntityCard';
import type { EntityCardData } from '../../../components/types';
import { click, HOSTILE, makeNote, mount, one, press, unmountAll } from './render';

afterEach(unmountAll);

function entity(over: Partial<EntityCardData> = {}): EntityCardData {
  return {
    key: 'person:ilham aliyev',
    name: 'Ilham Aliyev',
    type: 'person',
    aliases: ['Ilham Aliyev', 'Aliyev'],
    mentionCount: 6,
    snippets: [
      { before: 'President ', text: 'Ilham Aliyev', after: ' met his guest' },
      { before: 'said ', text: 'Aliyev', after: ' at the talks' },
    ],
    earlier: [
      { articleUrl: 'https://a.test/1', articleTitle: 'Talks in Baku', count: 2, seenAt: 3 },
      { articleUrl: 'https://a.test/2', articleTitle: 'Energy deal signed', count: 1, seenAt: 2 },
    ],
    earlierCount: 4,
    notes: [makeNote({ id: 'n1', body: 'Check his 2003 election' })],
    ...over,
  };
}

describe('EntityCard', () => {
  it('shows name, type, aliases, mentions, history and notes', () => {
    const c = mount(<EntityCard entity={entity()} onAddNote={vi.fn()} />);
    const card = one(c, '[data-gloss-card]');
    expect(card.dataset.kind).toBe('entity');
    expect(one(c, '[data-gloss-card-title]').textContent).toBe('Ilham Aliyev');
    expect(one(c, '[data-gloss-card-type]').textContent).toBe('Person');
    expect(one(c, '[data-gloss-aliases]').textContent).toBe('Also: Aliyev');
    const mentions = Array.from(c.querySelectorAll('[data-gloss-mentions] li')).map(
      (li) => li.textContent,
    );
    expect(mentions).toEqual(['President Ilham Aliyev met his guest', 'said Aliyev at the talks']);
    expect(c.textContent).toContain('6 mentions');
    expect(c.textContent).toContain('and 4 more mentions');
    const history = one(c, '[data-gloss-history]');
    expect(history.textContent).toContain('Seen in 4 earlier articles');
    expect(Array.from(history.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Talks in Baku',
      'Energy deal signed',
    ]);
    expect(one(c, '[data-gloss-card-notes] li').textContent).toBe('Check his 2003 election');
  });

  it('says when it is the first sighting and leaves out empty sections', () => {
    const c = mount(
      <EntityCard entity={entity({ earlier: [], earlierCount: 0, notes: [], aliases: [] })} />,
    );
    expect(one(c, '[data-gloss-history]').textContent).toContain('First time');
    expect(c.querySelector('[data-gloss-card-notes]')).toBeNull();
    expect(c.querySelector('[data-gloss-aliases]')).toBeNull();
    expect(c.querySelector('[data-gloss-card-add-note]')).toBeNull();
  });

  it('uses the singular for one earlier article', () => {
    const c = mount(<EntityCard entity={entity({ earlierCount: 1, earlier: [] })} />);
    expect(one(c, '[data-gloss-history]').textContent).toContain('Seen in 1 earlier article');
    expect(one(c, '[data-gloss-history]').textContent).not.toContain('articles');
  });

  it('keeps page text and note bodies as text', () => {
    const c = mount(
      <EntityCard
        entity={entity({
          name: HOSTILE,
          snippets: [{ before: HOSTILE, text: 'x', after: HOSTILE }],
          earlier: [{ articleUrl: 'u', articleTitle: HOSTILE, count: 1, seenAt: 1 }],
          notes: [makeNote({ body: HOSTILE })],
        })}
      />,
    );
    expect(c.querySelector('img')).toBeNull();
    expect(one(c, '[data-gloss-card-title]').textContent).toBe(HOSTILE);
    expect(one(c, '[data-gloss-card-notes] li').textContent).toBe(HOSTILE);
  });

  it('offers Add note and closes on Escape', () => {
    const onAddNote = vi.fn();
    const onClose = vi.fn();
    const c = mount(<EntityCard entity={entity()} onAddNote={onAddNote} onClose={onClose} />);
    click(one(c, '[data-gloss-card-add-note]'));
    expect(onAddNote).toHaveBeenCalledTimes(1);
    press(one(c, '[data-gloss-card-add-note]'), 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('opens a note from the list when asked', () => {
    const onOpenNote = vi.fn();
    const c = mount(<EntityCard entity={entity()} onOpenNote={onOpenNote} />);
    click(one(c, '[data-gloss-card-notes] li button'));
    expect(onOpenNote).toHaveBeenCalledWith('n1');
  });
});
