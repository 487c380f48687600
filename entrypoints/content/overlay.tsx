/** The in-page overlay: the card, the "Add note" button, the note editor and errors, placed by the words they belong to. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ClaimCard } from '../../components/ClaimCard';
import { EntityCard } from '../../components/EntityCard';
import { ErrorToast } from '../../components/ErrorToast';
import { NoteCard } from '../../components/NoteCard';
import { NoteEditor } from '../../components/NoteEditor';
import { SelectionButton } from '../../components/SelectionButton';
import type { Anchor, OverlayState } from './overlay-state';
import type { Store } from './store';

/** What the overlay asks the page controller to do. */
/**
 * The pointer over a card needs no action: the hover watcher sees it over `<gloss-ui>` and keeps
 * the card open.
 */
export interface OverlayActions {
  closeCard(): void;
  addNoteFromSelection(): void;
  addNoteOnEntity(): void;
  addNoteOnClaim(): void;
  openNote(id: string): void;
  saveEditor(body: string): void;
  cancelEditor(): void;
  updateNote(id: string, body: string): void;
  deleteNote(id: string): void;
  dismissError(): void;
}

/** Card width in CSS pixels, as in components/card.css. */
const CARD_WIDTH = 340;
/** Gap between the words and the card. */
const GAP = 8;
/** Room a card needs below its words before it is placed above them instead. */
const MIN_ROOM_BELOW = 260;

/** Fixed-position style for UI next to an anchor: below it if there is room, else above; kept on screen. */
export function placeNear(anchor: Anchor, width = CARD_WIDTH): Record<string, string> {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(GAP, Math.min(anchor.left, vw - width - GAP));
  if (vh - anchor.bottom >= MIN_ROOM_BELOW || anchor.top < vh - anchor.bottom) {
    return { position: 'fixed', left: `${left}px`, top: `${anchor.bottom + GAP}px` };
  }
  return { position: 'fixed', left: `${left}px`, bottom: `${vh - anchor.top + GAP}px` };
}

function Placed({ anchor, children }: { anchor: Anchor; children: ComponentChildren }) {
  return (
    <div class="g-placed" style={placeNear(anchor)}>
      {children}
    </div>
  );
}

/** Renders the store's state; re-renders on every change. */
export function Overlay({
  store,
  actions,
}: {
  store: Store<OverlayState>;
  actions: OverlayActions;
}) {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    // The store may have changed between the first render and this effect: catch up.
    setState(store.get());
    return unsubscribe;
  }, [store]);
  const { card, selection, editor, error } = state;
  return (
    <>
      {card?.kind === 'entity' ? (
        <Placed anchor={card.anchor}>
          <EntityCard
            entity={card.data}
            onAddNote={actions.addNoteOnEntity}
            onOpenNote={actions.openNote}
            onClose={actions.closeCard}
          />
        </Placed>
      ) : null}
      {card?.kind === 'claim' ? (
        <Placed anchor={card.anchor}>
          <ClaimCard
            {...card.data}
            onAddNote={actions.addNoteOnClaim}
            onClose={actions.closeCard}
          />
        </Placed>
      ) : null}
      {card?.kind === 'note' ? (
        <Placed anchor={card.anchor}>
          <NoteCard
            key={card.note.id}
            note={card.note}
            onSave={(body) => actions.updateNote(card.note.id, body)}
            onDelete={() => actions.deleteNote(card.note.id)}
            onClose={actions.closeCard}
          />
        </Placed>
      ) : null}
      {selection && !editor ? (
        <SelectionButton
          x={Math.min(selection.anchor.right, window.innerWidth - 110)}
          y={selection.anchor.bottom + 6}
          onAddNote={actions.addNoteFromSelection}
        />
      ) : null}
      {editor ? (
        <Placed anchor={editor.anchor}>
          <NoteEditor
            key={editor.noteId}
            quote={editor.quote}
            saving={editor.saving}
            onSave={actions.saveEditor}
            onCancel={actions.cancelEditor}
          />
        </Placed>
      ) : null}
      {error ? <ErrorToast message={error} onDismiss={actions.dismissError} /> : null}
    </>
  );
}
