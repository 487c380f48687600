// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupByArticle, LibraryView, noteMatches } from '../../../components/LibraryView';
import { click, HOSTILE, makeNote, mount, one, typeInto, unmountAll } from './render';

afterEach(unmountAll);

const handlers = () => ({ onExport: vi.fn(), onImportFile: vi.fn(), onDelete: vi.fn() });

const notes = [
  makeNote({
    id: 'a2',
    articleUrl: 'https://news.test/a',
    articleTitle: 'Road works',
    body: 'Later in the text',
    anchor: { exact: 'for a year', prefix: '', suffix: '', start: 90, end: 100 },
    updatedAt: 3000,
  }),
  makeNote({
    id: 'a1',
    articleUrl: 'https://news.test/a',
    articleTitle: 'Road works',
    body: 'Ask the bakery',
    anchor: { exact: 'the works', prefix: '', suffix: '', start: 10, end: 19 },
    updatedAt: 1000,
  }),
  makeNote({
    id: 'b1',
    articleUrl: 'https://other.test/b',
    articleTitle: '',
    body: 'Check the summit date',
    updatedAt: 2000,
  }),
];

describe('groupByArticle', () => {
  it('groups by article, newest edit first, notes in reading order, host when untitled', () => {
    const groups = groupByArticle(notes);
    expect(groups.map((g) => g.title)).toEqual(['Road works', 'other.test']);
    expect(groups[0]?.notes.map((n) => n.id)).toEqual(['a1', 'a2']);
  });
});

describe('noteMatches', () => {
  it('needs every word, in the note, its passage or its title, whatever the case', () => {
    const note = notes[1];
    if (!note) throw new Error('fixture');
    expect(noteMatches(note, '')).toBe(true);
    expect(noteMatches(note, 'BAKERY road')).toBe(true);
    expect(noteMatches(note, 'works bakery')).toBe(true);
    expect(noteMatches(note, 'bakery summit')).toBe(false);
  });
});

describe('LibraryView', () => {
  it('lists every note under its article with a link to it', () => {
    const root = mount(<LibraryView notes={notes} message={null} {...handlers()} />);
    const articles = root.querySelectorAll('[data-gloss-library-article]');
    expect(articles).toHaveLength(2);
    expect(one<HTMLAnchorElement>(articles[0] as Element, 'a').href).toBe('https://news.test/a');
    expect(one(root, '[data-gloss-library-count]').textContent).toBe('3 notes on 2 articles');
    const bodies = [...root.querySelectorAll('[data-gloss-library-note-body]')].map(
      (e) => e.textContent,
    );
    expect(bodies).toEqual(['Ask the bakery', 'Later in the text', 'Check the summit date']);
  });

  it('filters by the search box', () => {
    const root = mount(<LibraryView notes={notes} message={null} {...handlers()} />);
    typeInto(one<HTMLInputElement>(root, '[data-gloss-library-search]'), 'summit');
    expect(root.querySelectorAll('[data-gloss-library-note-body]')).toHaveLength(1);
    expect(one(root, '[data-gloss-library-count]').textContent).toBe('1 note of 3 match');
  });

  it('says how to start when there are no notes, and cannot export nothing', () => {
    const root = mount(<LibraryView notes={[]} message={null} {...handlers()} />);
    expect(one(root, '[data-gloss-library-empty]').textContent).toMatch(/Add note/);
    expect(one<HTMLButtonElement>(root, '[data-gloss-export]').disabled).toBe(true);
  });

  it('exports on the button, hands a chosen file to the import', () => {
    const h = handlers();
    const root = mount(<LibraryView notes={notes} message={null} {...h} />);
    click(one(root, '[data-gloss-export]'));
    expect(h.onExport).toHaveBeenCalledTimes(1);
    const input = one<HTMLInputElement>(root, '[data-gloss-import]');
    const file = new File(['{}'], 'notes.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(h.onImportFile).toHaveBeenCalledWith(file);
  });

  it('deletes only after the confirmation', () => {
    const h = handlers();
    const root = mount(<LibraryView notes={notes} message={null} {...h} />);
    click(one(root, '[data-note-id="b1"] [data-gloss-note-delete]'));
    expect(h.onDelete).not.toHaveBeenCalled();
    click(one(root, '[data-note-id="b1"] [data-gloss-note-confirm-delete]'));
    expect(h.onDelete).toHaveBeenCalledWith('b1');
  });

  it('shows an error with its details, as text', () => {
    const root = mount(
      <LibraryView
        notes={notes}
        message={{
          kind: 'error',
          text: HOSTILE,
          details: ['Note 2 of the file: its text is empty.'],
        }}
        {...handlers()}
      />,
    );
    const message = one(root, '[data-gloss-library-message="error"]');
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent).toContain(HOSTILE);
    expect(message.querySelector('img')).toBeNull();
    expect(message.querySelectorAll('li')).toHaveLength(1);
  });

  it('renders note text and titles as text, never as HTML', () => {
    const hostile = [makeNote({ id: 'h', body: HOSTILE, articleTitle: HOSTILE })];
    const root = mount(<LibraryView notes={hostile} message={null} {...handlers()} />);
    expect(root.querySelector('img')).toBeNull();
    expect(one(root, '[data-gloss-library-note-body]').textContent).toBe(HOSTILE);
  });
});
