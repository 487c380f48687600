// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteEditor } from '../../../components/NoteEditor';
import { click, mount, one, press, typeInto, unmountAll } from './render';

afterEach(unmountAll);

describe('NoteEditor', () => {
  it('focuses the textarea and shows the quote as text', () => {
    const c = mount(<NoteEditor quote="<b>quoted</b>" onSave={vi.fn()} onCancel={vi.fn()} />);
    const input = one<HTMLTextAreaElement>(c, 'textarea[data-gloss-note-input]');
    expect(document.activeElement).toBe(input);
    expect(one(c, 'blockquote').textContent).toBe('<b>quoted</b>');
    expect(c.querySelector('b')).toBeNull();
  });

  it('saves the trimmed body on Ctrl+Enter and on Cmd+Enter', () => {
    const onSave = vi.fn();
    const c = mount(<NoteEditor onSave={onSave} onCancel={vi.fn()} />);
    const input = one<HTMLTextAreaElement>(c, '[data-gloss-note-input]');
    typeInto(input, '  A thought  ');
    press(input, 'Enter');
    expect(onSave).not.toHaveBeenCalled();
    press(input, 'Enter', { ctrlKey: true });
    expect(onSave).toHaveBeenCalledWith('A thought');
    press(input, 'Enter', { metaKey: true });
    expect(onSave).toHaveBeenCalledTimes(2);
  });

  it('cancels on Escape and on the Cancel button', () => {
    const onCancel = vi.fn();
    const onSave = vi.fn();
    const c = mount(<NoteEditor initialBody="draft" onSave={onSave} onCancel={onCancel} />);
    press(one(c, '[data-gloss-note-input]'), 'Escape');
    expect(onCancel).toHaveBeenCalledTimes(1);
    click(one(c, '[data-gloss-note-cancel]'));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves with the Save button and refuses an empty note', () => {
    const onSave = vi.fn();
    const c = mount(<NoteEditor onSave={onSave} onCancel={vi.fn()} />);
    const save = one<HTMLButtonElement>(c, '[data-gloss-note-save]');
    expect(save.disabled).toBe(true);
    press(one(c, '[data-gloss-note-input]'), 'Enter', { ctrlKey: true });
    expect(onSave).not.toHaveBeenCalled();
    typeInto(one(c, '[data-gloss-note-input]'), 'Body');
    expect(save.disabled).toBe(false);
    click(save);
    expect(onSave).toHaveBeenCalledWith('Body');
  });

  it('starts from the initial body when editing', () => {
    const c = mount(<NoteEditor initialBody="old text" onSave={vi.fn()} onCancel={vi.fn()} />);
    expect(one<HTMLTextAreaElement>(c, '[data-gloss-note-input]').value).toBe('old text');
  });
});
