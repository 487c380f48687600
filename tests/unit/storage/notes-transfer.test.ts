import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeStorageError } from '../../../entrypoints/background/handlers';
import { GlossDb } from '../../../storage/db';
import { listAllNotes, MAX_NOTE_LENGTH, saveNote } from '../../../storage/notes-repo';
import {
  describeImport,
  exportFileName,
  exportNotes,
  importNotes,
  MAX_REPORTED_REJECTS,
  NOTES_EXPORT_FORMAT,
  NotesImportError,
  parseImportText,
  readNotesExport,
} from '../../../storage/notes-transfer';
import type { NoteInput, NoteRecord } from '../../../storage/records';

let db: GlossDb;
let other: GlossDb;
let n = 0;

beforeEach(async () => {
  db = new GlossDb(`gloss-transfer-${++n}`);
  other = new GlossDb(`gloss-transfer-other-${n}`);
  await Promise.all([db.open(), other.open()]);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all([db.delete(), other.delete()]);
});

function input(id: string, body: string, start = 10): NoteInput {
  return {
    id,
    articleUrl: 'https://news.test/2026/road-works',
    articleTitle: 'Road works to close the high street',
    body,
    anchor: {
      exact: 'the works would hurt trade',
      prefix: 'Traders said ',
      suffix: ' for a year',
      start,
      end: start + 26,
    },
  };
}

describe('exportNotes', () => {
  it('writes every note with the format, version and time, oldest first', async () => {
    await saveNote(db, input('note-0002', 'second'), 2000);
    await saveNote(db, { ...input('note-0001', 'first'), entityKey: 'place:high street' }, 1000);
    const file = await exportNotes(db, Date.UTC(2026, 10, 28, 9));
    expect(file.format).toBe(NOTES_EXPORT_FORMAT);
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2026-11-28T09:00:00.000Z');
    expect(file.notes.map((x) => x.body)).toEqual(['first', 'second']);
    expect(file.notes[0]?.entityKey).toBe('place:high street');
    expect(exportFileName(Date.UTC(2026, 10, 28))).toBe('gloss-notes-2026-11-28.json');
  });

  it('round-trips through JSON into another database unchanged', async () => {
    await saveNote(
      db,
      input('note-0001', 'Ask the bakery.\nTwo lines, "quotes" & <b>tags</b>'),
      1000,
    );
    await saveNote(db, input('note-0002', 'Ünïcödé ✓', 40), 1500);
    const text = JSON.stringify(await exportNotes(db));
    const report = await importNotes(other, parseImportText(text));
    expect(report).toMatchObject({ added: 2, updated: 0, unchanged: 0, rejectedCount: 0 });
    const sortById = (xs: NoteRecord[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(await listAllNotes(other))).toEqual(sortById(await listAllNotes(db)));
  });
});

describe('importNotes', () => {
  it('refuses a file that is not ours with a sentence, and stores nothing', async () => {
    await saveNote(db, input('note-0001', 'kept'), 1000);
    for (const data of [null, [], 'notes', { notes: [] }, { format: 'hypothesis', notes: [] }]) {
      await expect(importNotes(db, data)).rejects.toThrow(/not a Gloss notes export/);
    }
    expect(() => parseImportText('<html>not json</html>')).toThrow(NotesImportError);
    expect(() => parseImportText('{"format": "gloss-notes",')).toThrow(/not even JSON/);
    expect((await listAllNotes(db)).map((x) => x.body)).toEqual(['kept']);
  });

  it('refuses a file from a newer Gloss and says to update', async () => {
    const data = { format: NOTES_EXPORT_FORMAT, version: 2, notes: [] };
    await expect(importNotes(db, data)).rejects.toThrow(/newer Gloss.*Update Gloss/);
    await expect(importNotes(db, { format: NOTES_EXPORT_FORMAT, notes: [] })).rejects.toThrow(
      /no valid version/,
    );
    await expect(importNotes(db, { format: NOTES_EXPORT_FORMAT, version: 1 })).rejects.toThrow(
      /no list of notes/,
    );
  });

  it('the error reaches the reader as written, not as a storage failure', () => {
    const error = new NotesImportError('This file is not a Gloss notes export.');
    expect(describeStorageError(error)).toBe('This file is not a Gloss notes export.');
  });

  it('keeps the readable notes of a damaged file and says why the others were left out', async () => {
    const good = { ...input('note-0001', 'good'), createdAt: 1, updatedAt: 1 };
    const data = {
      format: NOTES_EXPORT_FORMAT,
      version: 1,
      notes: [
        good,
        { ...good, id: 'note-0002', body: '   ' },
        { ...good, id: 'note-0003', articleUrl: 'javascript:alert(1)' },
        {
          ...good,
          id: 'note-0004',
          anchor: { exact: 'x', prefix: '', suffix: '', start: 9, end: 2 },
        },
        { ...good, id: 'note-0005', body: 'x'.repeat(MAX_NOTE_LENGTH + 1) },
        { ...good, id: 'note-0006', createdAt: 'yesterday' },
        good,
        42,
      ],
    };
    const report = await importNotes(db, data);
    expect(report.added).toBe(1);
    expect(report.rejectedCount).toBe(7);
    expect(report.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(report.rejected.map((r) => r.reason)).toEqual([
      'its text is empty',
      "its article's address is missing or not a web address",
      "its passage's position is invalid",
      `its text is longer than ${MAX_NOTE_LENGTH} characters`,
      'its dates are missing',
      'the file holds it twice',
      'it is not a note',
    ]);
    expect(describeImport(report)).toBe('1 note added, 7 notes of the file could not be read.');
  });

  it('describes at most a hundred rejects but counts them all', async () => {
    const notes = Array.from({ length: MAX_REPORTED_REJECTS + 20 }, () => ({}));
    const data = { format: NOTES_EXPORT_FORMAT, version: 1, notes };
    expect(readNotesExport(data).rejected).toHaveLength(MAX_REPORTED_REJECTS + 20);
    const report = await importNotes(db, data);
    expect(report.rejected).toHaveLength(MAX_REPORTED_REJECTS);
    expect(report.rejectedCount).toBe(MAX_REPORTED_REJECTS + 20);
  });

  it('never overwrites a note with an older copy, and takes a newer edit', async () => {
    await saveNote(db, input('note-0001', 'edited here later'), 5000);
    await saveNote(db, input('note-0002', 'old text'), 1000);
    const data = {
      format: NOTES_EXPORT_FORMAT,
      version: 1,
      notes: [
        { ...input('note-0001', 'stale copy'), createdAt: 500, updatedAt: 3000 },
        { ...input('note-0002', 'newer text'), createdAt: 1000, updatedAt: 4000 },
        { ...input('note-0003', 'brand new'), createdAt: 100, updatedAt: 100 },
      ],
    };
    const report = await importNotes(db, data);
    expect(report).toMatchObject({ added: 1, updated: 1, unchanged: 1, rejectedCount: 0 });
    const byId = new Map((await listAllNotes(db)).map((x) => [x.id, x]));
    expect(byId.get('note-0001')?.body).toBe('edited here later');
    expect(byId.get('note-0002')?.body).toBe('newer text');
    expect(byId.get('note-0003')?.body).toBe('brand new');
    expect(describeImport(report)).toBe('1 note added, 1 updated, 1 already here.');

    const again = await importNotes(db, data);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  });

  it('stores nothing when the disk fills halfway through, and the reader is told', async () => {
    await saveNote(db, input('note-0001', 'kept'), 1000);
    const table = db.notes;
    const realBulkPut = table.bulkPut.bind(table);
    const fillsUp = async (items: readonly NoteRecord[]): Promise<never> => {
      // The first notes are written, then the disk is full: the transaction must undo them.
      await realBulkPut(items.slice(0, 1));
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(table, 'bulkPut').mockImplementation(fillsUp as unknown as typeof table.bulkPut);
    const data = {
      format: NOTES_EXPORT_FORMAT,
      version: 1,
      notes: [
        { ...input('note-0002', 'a'), createdAt: 1, updatedAt: 1 },
        { ...input('note-0003', 'b'), createdAt: 1, updatedAt: 1 },
      ],
    };
    const error = await importNotes(db, data).then(
      () => null,
      (e: unknown) => e,
    );
    expect(describeStorageError(error)).toMatch(/disk is full.*nothing was lost/);
    vi.restoreAllMocks();
    expect((await listAllNotes(db)).map((x) => x.id)).toEqual(['note-0001']);
  });
});
