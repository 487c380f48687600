// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteCard } from '../../../components/NoteCard';
import { click, HOSTILE, makeNote, mount, one, press, typeInto, unmountAll } from './render';

afterEach(unmountAll);

describe('NoteCard', () => {
  it('shows the body and the passage as text', () => {
    const note = makeNote({ body: HOSTILE, anchor: { ...makeNote().anchor, exact: HOSTILE } });
    const c = mount(<NoteCard note={note} onSave={vi.fn()} onDelete={vi.fn()} />);
    const card = one(c, '[data-gloss-card]');
    expect(card.dataset.kind).toBe('note');
    expect(one(c, '[data-gloss-note-body]').textContent).toBe(HOSTILE);
    expect(one(c, 'blockquote').textContent).toBe(HOSTILE);
    expect(c.querySelector('img')).toBeNull();
  });

  it('edits inline and reports the new body', () => {
    const onSave = vi.fn();
    const c = mount(<NoteCard note={makeNote()} onSave={onSave} onDelete={vi.fn()} />);
    click(one(c, '[data-gloss-note-edit]'));
    const input = one<HTMLTextAreaElement>(c, '[data-gloss-note-input]');
    expect(input.value).toBe(makeNote().body);
    typeInto(input, 'Revised');
    press(input, 'Enter', { ctrlKey: true });
    expect(onSave).toHaveBeenCalledWith('Revised');
    expect(c.querySelector('[data-gloss-note-editor]')).toBeNull();
    expect(c.querySelector('[data-gloss-note-body]')).not.toBeNull();
  });

  it('cancelling an edit leaves the note as it was', () => {
    const onSave = vi.fn();
    const c = mount(<NoteCard note={makeNote()} onSave={onSave} onDelete={vi.fn()} />);
    click(one(c, '[data-gloss-note-edit]'));
    press(one(c, '[data-gloss-note-input]'), 'Escape');
    expect(onSave).not.toHaveBeenCalled();
    expect(one(c, '[data-gloss-note-body]').textContent).toBe(makeNote().body);
  });

  it('deletes only after the inline confirmation', () => {
    const onDelete = vi.fn();
    const c = mount(<NoteCard note={makeNote()} onSave={vi.fn()} onDelete={onDelete} />);
    expect(c.querySelector('[data-gloss-note-confirm-delete]')).toBeNull();
    click(one(c, '[data-gloss-note-delete]'));
    expect(onDelete).not.toHaveBeenCalled();
    click(one(c, '[data-gloss-note-confirm-delete]'));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it('can back out of a delete', () => {
    const onDelete = vi.fn();
    const c = mount(<NoteCard note={makeNote()} onSave={vi.fn()} onDelete={onDelete} />);
    click(one(c, '[data-gloss-note-delete]'));
    const keep = Array.from(c.querySelectorAll('button')).find((b) => b.textContent === 'Keep');
    if (!keep) throw new Error('no Keep button');
    click(keep);
    expect(c.querySelector('[data-gloss-note-confirm-delete]')).toBeNull();
    expect(onDelete).not.toHaveBeenCalled();
  });

  it('asks to close on Escape', () => {
    const onClose = vi.fn();
    const c = mount(
      <NoteCard note={makeNote()} onSave={vi.fn()} onDelete={vi.fn()} onClose={onClose} />,
    );
    press(one(c, '[data-gloss-note-edit]'), 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
