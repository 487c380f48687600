/**
 * A reader's note in a card: the passage, the body (as text), inline editing, and a delete that
 * asks for confirmation in place before anything is lost.
 */

import { useState } from 'preact/hooks';
import type { NoteRecord } from '../storage/records';
import { CardShell } from './CardShell';
import { NoteEditor } from './NoteEditor';

/** Props of {@link NoteCard}. */
export interface NoteCardProps {
  note: NoteRecord;
  /** Called with the new trimmed body when the reader saves an edit. */
  onSave: (body: string) => void;
  /** Called once the reader has confirmed the deletion. */
  onDelete: () => void;
  /** Escape on the card (outside the editor) asks to close it. */
  onClose?: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

/** Formats a timestamp as a short local date ("19 Aug 2024"). */
function shortDate(ms: number): string {
  return new Date(ms).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** Card of one note. Root: `[data-gloss-card][data-kind="note"]`. */
export function NoteCard({
  note,
  onSave,
  onDelete,
  onClose,
  onPointerEnter,
  onPointerLeave,
}: NoteCardProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');

  return (
    <CardShell
      kind="note"
      label="Your note"
      title="Your note"
      badge="Note"
      badgeClass="g-badge-note"
      onClose={onClose}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <blockquote class="g-quote">{note.anchor.exact}</blockquote>
      {mode === 'edit' ? (
        <NoteEditor
          initialBody={note.body}
          onSave={(body) => {
            setMode('view');
            onSave(body);
          }}
          onCancel={() => setMode('view')}
        />
      ) : (
        <>
          <p class="g-note-body" data-gloss-note-body="">
            {note.body}
          </p>
          <p class="g-meta">
            {note.updatedAt > note.createdAt
              ? `Edited ${shortDate(note.updatedAt)}`
              : shortDate(note.createdAt)}
          </p>
          {mode === 'confirm' ? (
            <div class="g-confirm" role="alert">
              <span>Delete this note?</span>
              <button type="button" class="g-button" onClick={() => setMode('view')}>
                Keep
              </button>
              <button
                type="button"
                class="g-button g-button-danger"
                data-gloss-note-confirm-delete=""
                onClick={() => {
                  setMode('view');
                  onDelete();
                }}
              >
                Delete
              </button>
            </div>
          ) : (
            <div class="g-actions">
              <button
                type="button"
                class="g-button"
                data-gloss-note-edit=""
                onClick={() => setMode('edit')}
              >
                Edit
              </button>
              <button
                type="button"
                class="g-button g-button-quiet"
                data-gloss-note-delete=""
                onClick={() => setMode('confirm')}
              >
                Delete
              </button>
            </div>
          )}
        </>
      )}
    </CardShell>
  );
}
