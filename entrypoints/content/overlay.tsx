/** The in-page overlay: the card, the "Add note" button, the note editor and errors, placed by the words they belong to. */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ClaimCard } from '../../components/ClaimCard';
import { EntityCard } from '../../components/EntityCard';
import { ErrorToast } from '../../components/ErrorToast';
import { NoteCard } from '../../components/NoteCard';
import { NoteEditor } from '../../components/NoteEditor';
import { SelectionButton } from '../../components/SelectionButton';
import { placeCard, placementStyle } from './card-placement';
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

/**
 * A card or the note editor, placed by its words: measured after each render (and whenever its
 * content changes or the window is resized) so that {@link placeCard} knows its height and keeps it
 * whole inside the viewport. The measure runs before the browser paints, so the reader never sees
 * the first guess.
 */
function Placed({ anchor, children }: { anchor: Anchor; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState<number | undefined>(undefined);
  const [, setViewportTick] = useState(0);
  const measure = () => {
    const card = ref.current?.firstElementChild;
    if (card) setHeight(card.scrollHeight);
  };
  useLayoutEffect(measure);
  useEffect(() => {
    const card = ref.current?.firstElementChild;
    if (!card) return;
    // A card's content changes on its own (history arrives, a note is edited in place).
    const observer = new MutationObserver(measure);
    observer.observe(card, { childList: true, subtree: true, characterData: true });
    const onResize = () => setViewportTick((t) => t + 1);
    window.addEventListener('resize', onResize);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', onResize);
    };
  });
  const placement = placeCard(
    anchor,
    { width: window.innerWidth, height: window.innerHeight },
    height,
  );
  return (
    <div
      ref={ref}
      class="g-placed"
      data-gloss-placed={placement.side}
      style={placementStyle(placement)}
    >
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
          {/* The editor gets the card's frame (background, shadow, the height cap). */}
          <div class="g-card g-editor-card">
            <NoteEditor
              key={editor.noteId}
              quote={editor.quote}
              saving={editor.saving}
              onSave={actions.saveEditor}
              onCancel={actions.cancelEditor}
            />
          </div>
        </Placed>
      ) : null}
      {error ? <ErrorToast message={error} onDismiss={actions.dismissError} /> : null}
    </>
  );
}
