/**
 * The reader's notes on this page: loaded from the background, anchored on the page's text, painted
 * as `gloss-note`, and created, edited and deleted through the background. A failed save keeps the
 * editor open with the reader's words, so nothing typed is lost.
 */
import { request } from '../../messaging/client';
import { anchorInIndex, describeRange, textOf } from '../../page/anchoring';
import type { Painter } from '../../page/highlight/painter';
import { rangeContainsPoint } from '../../page/hit-test';
import type { NoteRecord } from '../../storage/records';
import { type OverlayState, toAnchor } from './overlay-state';
import type { Store } from './store';

export interface NotesContext {
  articleUrl: string;
  articleTitle: string;
  painter: Painter;
  overlay: Store<OverlayState>;
  /** Called after the set of notes changed (the popup's state follows). */
  onChange(): void;
}

/** The page's notes and their anchored ranges (a note that anchors nowhere is kept, unpainted). */
export class NotesLayer {
  notes: NoteRecord[] = [];
  readonly ranges = new Map<string, Range>();

  constructor(private readonly ctx: NotesContext) {}

  private get root(): Element {
    return document.body ?? document.documentElement;
  }

  /** Fetches this page's notes and anchors them. */
  async load(): Promise<void> {
    this.notes = await request('notes/list', { articleUrl: this.ctx.articleUrl });
    this.anchorAll();
  }

  /** Anchors every note again (after the page changed) and repaints. */
  anchorAll(): void {
    this.ranges.clear();
    if (this.notes.length > 0) {
      const index = textOf(this.root);
      for (const note of this.notes) {
        const range = anchorInIndex(index, note.anchor);
        if (range) this.ranges.set(note.id, range);
      }
    }
    this.ctx.painter.set('note', [...this.ranges.values()]);
    this.ctx.onChange();
  }

  /** Notes the passage of which is not on the page now. */
  orphans(): NoteRecord[] {
    return this.notes.filter((n) => !this.ranges.has(n.id));
  }

  /** The note painted under a viewport point, with its range. */
  noteAt(x: number, y: number): { note: NoteRecord; range: Range } | null {
    for (const note of this.notes) {
      const range = this.ranges.get(note.id);
      if (range && rangeContainsPoint(range, x, y)) return { note, range };
    }
    return null;
  }

  /** Opens the editor for a new note on `range`. */
  startNote(range: Range, entityKey?: string): void {
    const noteAnchor = describeRange(this.root, range);
    if (noteAnchor.exact.trim().length === 0) return;
    this.ctx.overlay.set({
      selection: null,
      card: null,
      editor: {
        anchor: toAnchor(range.getBoundingClientRect()),
        noteId: crypto.randomUUID(),
        quote: noteAnchor.exact,
        noteAnchor,
        entityKey,
        saving: false,
      },
    });
  }

  /** Saves the note being edited; on failure the editor stays open with its text. */
  async saveEditor(body: string): Promise<boolean> {
    const editor = this.ctx.overlay.get().editor;
    if (!editor || body.trim().length === 0) return false;
    this.ctx.overlay.set({ editor: { ...editor, saving: true }, error: null });
    try {
      const note = await request('notes/save', {
        id: editor.noteId,
        articleUrl: this.ctx.articleUrl,
        articleTitle: this.ctx.articleTitle,
        body,
        anchor: editor.noteAnchor,
        entityKey: editor.entityKey,
      });
      this.upsert(note);
      this.ctx.overlay.set({ editor: null });
      document.getSelection()?.removeAllRanges();
      return true;
    } catch (err) {
      this.ctx.overlay.set({ editor: { ...editor, saving: false }, error: messageOf(err) });
      return false;
    }
  }

  /** Changes a note's text. */
  async update(id: string, body: string): Promise<boolean> {
    const note = this.notes.find((n) => n.id === id);
    if (!note) return false;
    try {
      const saved = await request('notes/save', { ...note, body });
      this.upsert(saved);
      const card = this.ctx.overlay.get().card;
      if (card?.kind === 'note' && card.note.id === id) {
        this.ctx.overlay.set({ card: { ...card, note: saved } });
      }
      return true;
    } catch (err) {
      this.ctx.overlay.set({ error: messageOf(err) });
      return false;
    }
  }

  /** Deletes a note (the card asked the reader to confirm). */
  async remove(id: string): Promise<boolean> {
    try {
      await request('notes/delete', { id });
      this.notes = this.notes.filter((n) => n.id !== id);
      this.ranges.delete(id);
      this.ctx.painter.set('note', [...this.ranges.values()]);
      const card = this.ctx.overlay.get().card;
      if (card?.kind === 'note' && card.note.id === id) this.ctx.overlay.set({ card: null });
      this.ctx.onChange();
      return true;
    } catch (err) {
      this.ctx.overlay.set({ error: messageOf(err) });
      return false;
    }
  }

  private upsert(note: NoteRecord): void {
    const i = this.notes.findIndex((n) => n.id === note.id);
    if (i >= 0) this.notes[i] = note;
    else this.notes.push(note);
    const range = anchorInIndex(textOf(this.root), note.anchor);
    if (range) this.ranges.set(note.id, range);
    this.ctx.painter.set('note', [...this.ranges.values()]);
    this.ctx.onChange();
  }
}

/** The message of a failure, for the reader. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
