// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupEntities, PopupView } from '../../../components/PopupView';
import type { TabState } from '../../../messaging/protocol';
import { click, HOSTILE, makeClaim, makeEntity, makeNote, mount, one, unmountAll } from './render';

afterEach(unmountAll);

const noop = { onToggleSite: vi.fn(), onDeleteNote: vi.fn(), onFocusNote: vi.fn() };

function articleState(over: Partial<TabState> = {}): TabState {
  return {
    status: 'article',
    host: 'www.azernews.az',
    article: { url: 'https://www.azernews.az/a', title: "Putin's visit to Baku", site: 'AzerNews' },
    entities: [
      makeEntity({ id: 'p1', name: 'Vladimir Putin', mentions: 5 }),
      makeEntity({
        id: 'p2',
        key: 'person:ilham aliyev',
        name: 'Ilham Aliyev',
        mentions: 7,
        earlierArticles: 3,
      }),
      makeEntity({ id: 'l1', key: 'place:baku', type: 'place', name: 'Baku', mentions: 4 }),
      makeEntity({
        id: 'o1',
        key: 'organization:un',
        type: 'organization',
        name: 'UN',
        mentions: 2,
      }),
    ],
    claims: [
      makeClaim({ start: 0, end: 10, text: 'Low one.', score: 0.3, kinds: ['causal'] }),
      makeClaim({ start: 20, end: 30, text: 'High one.', score: 0.91, kinds: ['date-event'] }),
    ],
    notes: [makeNote({ id: 'n1' }), makeNote({ id: 'n2', body: 'Second' })],
    ...over,
  };
}

function texts(root: ParentNode, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector)).map((el) => el.textContent ?? '');
}

describe('PopupView', () => {
  it('groups entities by kind, most mentioned first, with counts', () => {
    const c = mount(<PopupView state={articleState()} {...noop} />);
    const groups = Array.from(c.querySelectorAll<HTMLElement>('[data-gloss-group]')).map(
      (g) => g.dataset.glossGroup,
    );
    expect(groups).toEqual(['person', 'organization', 'place']);
    expect(texts(c, '[data-gloss-group="person"] li .p-entity-name')).toEqual([
      'Ilham Aliyev',
      'Vladimir Putin',
    ]);
    expect(texts(c, '[data-gloss-group="person"] li [data-gloss-mention-count]')).toEqual([
      '7',
      '5',
    ]);
    const seen = one(c, '[data-gloss-group="person"] li .p-seen');
    expect(seen.textContent).toBe('3 earlier');
    expect(seen.title).toBe('Seen in 3 earlier articles');
    expect(c.querySelectorAll('[data-gloss-group="place"] li')).toHaveLength(1);
  });

  it('groups claims by kind, strongest first in each group and the group of the strongest claim first, with further kinds as chips, and lists the notes', () => {
    const state = articleState({
      claims: [
        makeClaim({ start: 0, end: 10, text: 'Low one.', score: 0.3, kinds: ['causal'] }),
        makeClaim({ start: 20, end: 30, text: 'High one.', score: 0.91, kinds: ['date-event'] }),
        makeClaim({ start: 40, end: 50, text: 'Share.', score: 0.6, kinds: ['statistic'] }),
        makeClaim({
          start: 60,
          end: 70,
          text: 'Bigger share.',
          score: 0.8,
          kinds: ['statistic', 'comparison'],
        }),
        makeClaim({ start: 80, end: 90, text: 'Worded so.', score: 0.55, kinds: [] }),
      ],
    });
    const c = mount(<PopupView state={state} {...noop} />);
    const groups = Array.from(c.querySelectorAll<HTMLElement>('[data-gloss-claim-group]')).map(
      (g) => g.dataset.glossClaimGroup,
    );
    expect(groups).toEqual(['date-event', 'statistic', 'other', 'causal']);
    expect(texts(c, '[data-gloss-claim-group="statistic"] h2')[0]).toContain('Statistics');
    expect(texts(c, '[data-gloss-claim-group="statistic"] li .p-claim-text')).toEqual([
      'Bigger share.',
      'Share.',
    ]);
    expect(texts(c, '[data-gloss-claim-group="statistic"] li .p-chip')).toEqual(['Comparison']);
    expect(texts(c, '[data-gloss-claim-group="date-event"] li')[0]).toContain('91%');
    expect(texts(c, '[data-gloss-claim-group="other"] h2')[0]).toContain('Other check-worthy');
    expect(c.querySelectorAll('[data-gloss-claims] li')).toHaveLength(5);
    expect(c.querySelectorAll('[data-gloss-notes] li')).toHaveLength(2);
    expect(one(c, '[data-gloss-popup-article]').textContent).toContain("Putin's visit to Baku");
  });

  it.each([
    [articleState(), 'Article found'],
    [
      { ...articleState(), status: 'not-article' as const, entities: [], claims: [], notes: [] },
      'No article on this page',
    ],
    [{ ...articleState(), status: 'disabled' as const }, 'Gloss is off for this site'],
    [
      {
        ...articleState(),
        status: 'unsupported-language' as const,
        article: { url: 'u', title: 't', lang: 'ru' },
      },
      'English only: this article is in Russian',
    ],
    [{ ...articleState(), status: 'loading' as const }, 'Reading the page…'],
    [
      { ...articleState(), status: 'error' as const, reason: 'the page threw' },
      'Something went wrong: the page threw',
    ],
    [null, 'Reading the page…'],
  ])('shows the status line %#', (state, message) => {
    const c = mount(<PopupView state={state} {...noop} />);
    expect(one(c, '[data-gloss-popup-status]').textContent).toBe(message);
  });

  it('reflects and toggles the site switch', () => {
    const onToggleSite = vi.fn();
    const c = mount(<PopupView state={articleState()} {...noop} onToggleSite={onToggleSite} />);
    const toggle = one<HTMLInputElement>(c, 'input[type=checkbox][data-gloss-site-toggle]');
    expect(toggle.checked).toBe(true);
    click(toggle);
    expect(onToggleSite).toHaveBeenCalledWith(false);
    unmountAll();
    const off = mount(
      <PopupView
        state={{ ...articleState(), status: 'disabled', reason: 'Gloss is off for this site.' }}
        {...noop}
      />,
    );
    expect(one<HTMLInputElement>(off, '[data-gloss-site-toggle]').checked).toBe(false);
    // Said once, by the status line.
    expect(off.textContent?.match(/off for this site/g)).toHaveLength(1);
  });

  it('focuses a note, and deletes it only after confirmation', () => {
    const onDeleteNote = vi.fn();
    const onFocusNote = vi.fn();
    const c = mount(
      <PopupView
        state={articleState()}
        onToggleSite={vi.fn()}
        onDeleteNote={onDeleteNote}
        onFocusNote={onFocusNote}
      />,
    );
    const second = c.querySelectorAll('[data-gloss-notes] li')[1];
    if (!second) throw new Error('missing note');
    click(one(second, '[data-gloss-note-focus]'));
    expect(onFocusNote).toHaveBeenCalledWith('n2');
    click(one(second, '[data-gloss-note-delete]'));
    expect(onDeleteNote).not.toHaveBeenCalled();
    click(one(second, '[data-gloss-note-confirm-delete]'));
    expect(onDeleteNote).toHaveBeenCalledWith('n2');
  });

  it('keeps page text and notes as text', () => {
    const state = articleState({
      article: { url: 'u', title: HOSTILE },
      entities: [makeEntity({ name: HOSTILE })],
      claims: [makeClaim({ text: HOSTILE })],
      notes: [makeNote({ body: HOSTILE })],
    });
    const c = mount(<PopupView state={state} {...noop} />);
    expect(c.querySelector('img')).toBeNull();
    expect(one(c, '[data-gloss-notes] li .p-note-body').textContent).toBe(HOSTILE);
  });
});

describe('groupEntities', () => {
  it('keeps kinds in a fixed order and drops empty ones', () => {
    const groups = groupEntities([
      makeEntity({ id: 'a', type: 'event', name: 'COP29' }),
      makeEntity({ id: 'b', type: 'person', name: 'B', mentions: 1 }),
      makeEntity({ id: 'c', type: 'person', name: 'A', mentions: 1 }),
    ]);
    expect(groups.map(([type, members]) => [type, members.map((m) => m.name)])).toEqual([
      ['person', ['A', 'B']],
      ['event', ['COP29']],
    ]);
  });
});

describe('PopupView orphans', () => {
  it('keeps a note whose passage is gone in the list, and says so', () => {
    const c = mount(<PopupView state={articleState({ orphanNoteIds: ['n2'] })} {...noop} />);
    const items = Array.from(c.querySelectorAll<HTMLElement>('[data-gloss-notes] li'));
    expect(items).toHaveLength(2);
    expect(items[0]?.hasAttribute('data-gloss-orphan')).toBe(false);
    expect(items[1]?.hasAttribute('data-gloss-orphan')).toBe(true);
    expect(items[1]?.textContent).toContain('no longer on the page');
  });
});

describe('PopupView focus', () => {
  it('asks to show a picked entity or claim in the article', () => {
    const onFocusEntity = vi.fn();
    const onFocusClaim = vi.fn();
    const c = mount(
      <PopupView
        state={articleState()}
        {...noop}
        onFocusEntity={onFocusEntity}
        onFocusClaim={onFocusClaim}
      />,
    );
    click(one(c, '[data-gloss-focus-entity="p2"]'));
    expect(onFocusEntity).toHaveBeenCalledWith('p2');
    click(one(c, '[data-gloss-focus-claim="20"]'));
    expect(onFocusClaim).toHaveBeenCalledWith(20);
  });

  it('opens the library from its footer, and has no footer without the action', () => {
    const onOpenLibrary = vi.fn();
    const root = mount(
      <PopupView state={articleState()} {...noop} onOpenLibrary={onOpenLibrary} />,
    );
    click(one(root, '[data-gloss-open-library]'));
    expect(onOpenLibrary).toHaveBeenCalledTimes(1);
    unmountAll();
    const bare = mount(<PopupView state={articleState()} {...noop} />);
    expect(bare.querySelector('[data-gloss-open-library]')).toBeNull();
  });
});

describe('PopupView on a page that is not an article', () => {
  it("shows the reader's sentence under the status line, and no detector codes", () => {
    const sentence = "This page doesn't look like a news article: too little running text.";
    const c = mount(
      <PopupView
        state={{
          status: 'not-article',
          reason: sentence,
          host: 'example.test',
          entities: [],
          claims: [],
          notes: [],
        }}
        {...noop}
      />,
    );
    expect(one(c, '[data-gloss-popup-status]').textContent).toBe('No article on this page');
    expect(one(c, '[data-gloss-popup-reason]').textContent).toBe(sentence);
    expect(c.textContent).not.toMatch(/score|little-prose/);
  });
});
