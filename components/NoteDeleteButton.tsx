/**
 * "Delete" for a note in a list (the popup, the library): the first press asks "Delete this note?"
 * in place, with Keep and Delete, so a stray click loses nothing. `children` are the row's other
 * actions, shown while nothing is being confirmed. Classes take the page's prefix (`p-`, `l-`).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** Props of {@link NoteDeleteButton}. */
export interface NoteDeleteButtonProps {
  /** Class prefix of the page's stylesheet: `p` (popup.css) or `l` (library.css). */
  prefix: 'p' | 'l';
  /** Called once the reader has confirmed. */
  onConfirm: () => void;
  children?: ComponentChildren;
}

/** Delete with an inline confirmation: `[data-gloss-note-delete]`, then `[data-gloss-note-confirm-delete]`. */
export function NoteDeleteButton({ prefix, onConfirm, children }: NoteDeleteButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const cls = (...names: string[]) => names.map((n) => `${prefix}-${n}`).join(' ');
  if (confirming) {
    return (
      <>
        <span class={cls('confirm')}>Delete this note?</span>
        <button type="button" class={cls('button')} onClick={() => setConfirming(false)}>
          Keep
        </button>
        <button
          type="button"
          class={cls('button', 'button-danger')}
          data-gloss-note-confirm-delete=""
          onClick={() => {
            setConfirming(false);
            onConfirm();
          }}
        >
          Delete
        </button>
      </>
    );
  }
  return (
    <>
      {children}
      <button
        type="button"
        class={cls('button', 'button-quiet')}
        data-gloss-note-delete=""
        onClick={() => setConfirming(true)}
      >
        Delete
      </button>
    </>
  );
}
