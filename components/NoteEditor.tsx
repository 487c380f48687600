/**
 * The note editor: a textarea that takes focus, saves on Ctrl/Cmd+Enter or the Save button, and
 * cancels on Escape or the Cancel button. Empty notes are not saved.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Props of {@link NoteEditor}. */
export interface NoteEditorProps {
  /** The passage the note is about, shown above the textarea. */
  quote?: string;
  /** Text to start from (editing an existing note). */
  initialBody?: string;
  /** Called with the trimmed body. */
  onSave: (body: string) => void;
  onCancel: () => void;
  /** True while a save is in flight: the buttons are disabled so a note is not saved twice. */
  saving?: boolean;
}

/** Editor for a new or existing note. Root: `[data-gloss-note-editor]`. */
export function NoteEditor({ quote, initialBody = '', onSave, onCancel, saving }: NoteEditorProps) {
  const [body, setBody] = useState(initialBody);
  const input = useRef<HTMLTextAreaElement>(null);
  const canSave = body.trim().length > 0 && !saving;

  // A layout effect runs in the same task as the render that mounts the textarea, so the caret is
  // placed before the reader (or anything else) can act on the field; a plain effect runs a frame
  // later and would move the caret after a selection the reader had already made.
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const save = () => {
    if (canSave) onSave(body.trim());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <form
      class="g-editor"
      data-gloss-note-editor=""
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {quote ? <blockquote class="g-quote">{quote}</blockquote> : null}
      <textarea
        ref={input}
        class="g-editor-input"
        data-gloss-note-input=""
        aria-label="Note"
        placeholder="Write a note…"
        rows={4}
        value={body}
        onInput={(event) => setBody(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <div class="g-actions">
        <span class="g-hint">Ctrl+Enter to save</span>
        <button type="button" class="g-button" data-gloss-note-cancel="" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          class="g-button g-button-primary"
          data-gloss-note-save=""
          disabled={!canSave}
        >
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
