/** The reader's notes: the one thing Gloss must never lose. */
import type { GlossDb } from './db';
import type { NoteInput, NoteRecord } from './records';

export type { NoteInput };

/** Longest note body accepted: a generous page of text; longer input is refused, not truncated. */
export const MAX_NOTE_LENGTH = 20_000;

/** Notes of one article, in reading order of their anchors. */
export async function listNotes(db: GlossDb, articleUrl: string): Promise<NoteRecord[]> {
  const notes = await db.notes.where('articleUrl').equals(articleUrl).toArray();
  return notes.sort((a, b) => a.anchor.start - b.anchor.start || a.createdAt - b.createdAt);
}

/** Every note, most recently edited first: the library page lists them all, grouped by article. */
export async function listAllNotes(db: GlossDb): Promise<NoteRecord[]> {
  return (await db.notes.orderBy('updatedAt').reverse().toArray()) as NoteRecord[];
}

/**
 * Creates or updates a note by its id (made by the caller, so a retried save is idempotent).
 * An update keeps the creation time and the original anchor's article.
 */
export async function saveNote(
  db: GlossDb,
  input: NoteInput,
  now: number = Date.now(),
): Promise<NoteRecord> {
  if (input.body.length > MAX_NOTE_LENGTH) {
    throw new Error(`A note can hold up to ${MAX_NOTE_LENGTH} characters.`);
  }
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.get(input.id);
    const note: NoteRecord = {
      id: input.id,
      articleUrl: existing?.articleUrl ?? input.articleUrl,
      articleTitle: input.articleTitle || existing?.articleTitle || '',
      body: input.body,
      anchor: existing?.anchor ?? input.anchor,
      entityKey: input.entityKey ?? existing?.entityKey,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    if (note.entityKey === undefined) delete note.entityKey;
    await db.notes.put(note);
    return note;
  });
}

/** Deletes a note; answers whether there was one. */
export async function deleteNote(db: GlossDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.notes, async () => {
    const had = (await db.notes.get(id)) !== undefined;
    await db.notes.delete(id);
    return had;
  });
}
