/** What the in-page overlay shows at a moment: at most one card, the selection button, the editor, an error. */
import type { ClaimCardData, EntityCardData } from '../../components/types';
import type { NoteAnchor, NoteRecord } from '../../storage/records';

/** A viewport rectangle to place UI next to (plain numbers: DOMRect does not survive spreading). */
export interface Anchor {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const toAnchor = (r: DOMRect): Anchor => ({
  left: r.left,
  top: r.top,
  right: r.right,
  bottom: r.bottom,
});

export type CardState =
  | { kind: 'entity'; anchor: Anchor; data: EntityCardData; mentionStart: number }
  | { kind: 'claim'; anchor: Anchor; data: ClaimCardData }
  | { kind: 'note'; anchor: Anchor; note: NoteRecord };

/** The note editor, open on a passage that has no note yet. */
export interface EditorState {
  anchor: Anchor;
  noteId: string;
  quote: string;
  noteAnchor: NoteAnchor;
  entityKey?: string;
  saving: boolean;
}

export interface OverlayState {
  card: CardState | null;
  selection: { anchor: Anchor } | null;
  editor: EditorState | null;
  error: string | null;
}

export const EMPTY_OVERLAY: OverlayState = {
  card: null,
  selection: null,
  editor: null,
  error: null,
};
