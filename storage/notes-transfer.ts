/**
 * Backing up the reader's notes: an export file that holds every note, and an import that merges such
 * a file back without ever losing a note already stored.
 *
 * The file is plain JSON, `{ format: "gloss-notes", version: 1, exportedAt, notes: [...] }`, so a reader
 * can read it, keep it anywhere, and bring it to another browser or profile.
 */
import type { GlossDb } from './db';
import { MAX_NOTE_LENGTH } from './notes-repo';
import type { NoteAnchor, NoteRecord } from './records';

/** The `format` field that marks a file as ours. */
export const NOTES_EXPORT_FORMAT = 'gloss-notes';

/** The newest file version this build reads and the one it writes. */
export const NOTES_EXPORT_VERSION = 1;

/**
 * Most notes one file may bring: far more than a reader writes in a lifetime (a hundred a day for
 * five years), small enough that a file of junk cannot fill the disk through an import.
 */
export const MAX_IMPORTED_NOTES = 200_000;

/**
 * At most this many rejected notes are described one by one in a report; the rest are counted. A
 * report is read by a person, and a hundred reasons already say what is wrong with a file.
 */
export const MAX_REPORTED_REJECTS = 100;

/**
 * Largest file an import reads: 64 MB holds well over a hundred thousand notes, and refusing larger
 * files up front keeps a wrongly chosen video or archive from being read into memory.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** What an export file holds. */
export interface NotesExport {
  format: typeof NOTES_EXPORT_FORMAT;
  version: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  notes: NoteRecord[];
}

/** What an import did, for the reader. */
export interface ImportReport {
  /** Notes that were not stored before. */
  added: number;
  /** Notes stored before whose copy in the file was edited later: the newer text is kept. */
  updated: number;
  /** Notes already stored as they are in the file, or stored with a later edit (kept as is). */
  unchanged: number;
  /** Notes of the file that could not be read, with the reason (the first {@link MAX_REPORTED_REJECTS}). */
  rejected: { index: number; reason: string }[];
  /** Number of rejected notes, including those not described. */
  rejectedCount: number;
}

/** A file that is not a Gloss notes export, or one this version cannot read. Nothing was imported. */
export class NotesImportError extends Error {
  override name = 'NotesImportError';
}

/** Every note, oldest first, as an export file. */
export async function exportNotes(db: GlossDb, now: number = Date.now()): Promise<NotesExport> {
  const notes = await db.notes.toArray();
  notes.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return {
    format: NOTES_EXPORT_FORMAT,
    version: NOTES_EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    notes,
  };
}

/** The file name an export is offered under, e.g. `gloss-notes-2026-11-28.json`. */
export function exportFileName(now: number = Date.now()): string {
  return `gloss-notes-${new Date(now).toISOString().slice(0, 10)}.json`;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function readAnchor(value: unknown): NoteAnchor | string {
  if (!isObj(value)) return 'it has no anchor';
  const { exact, prefix, suffix, start, end } = value;
  if (!isText(exact, MAX_NOTE_LENGTH * 5) || exact.length === 0) return 'its passage is missing';
  if (!isText(prefix, 1000) || !isText(suffix, 1000)) return "its passage's context is not text";
  if (!isTime(start) || !isTime(end) || end < start) return "its passage's position is invalid";
  return { exact, prefix, suffix, start, end };
}

/** Reads one note of a file: the note, or why it cannot be read. */
export function readNote(value: unknown): NoteRecord | string {
  if (!isObj(value)) return 'it is not a note';
  const { id, articleUrl, articleTitle, body, entityKey, createdAt, updatedAt } = value;
  if (!isText(id, 100) || id.length < 8) return 'its id is missing';
  if (!isText(articleUrl, 4096) || !/^(https?|file):/.test(articleUrl)) {
    return "its article's address is missing or not a web address";
  }
  if (!isText(articleTitle, 2000)) return "its article's title is not text";
  if (typeof body !== 'string' || body.trim().length === 0) return 'its text is empty';
  if (body.length > MAX_NOTE_LENGTH) return `its text is longer than ${MAX_NOTE_LENGTH} characters`;
  if (entityKey !== undefined && !isText(entityKey, 500)) return 'its entity is not text';
  if (!isTime(createdAt) || !isTime(updatedAt)) return 'its dates are missing';
  const anchor = readAnchor(value.anchor);
  if (typeof anchor === 'string') return anchor;
  const note: NoteRecord = { id, articleUrl, articleTitle, body, anchor, createdAt, updatedAt };
  if (typeof entityKey === 'string') note.entityKey = entityKey;
  return note;
}

/**
 * Parses the text of a chosen file as JSON; a file that is not JSON gets a sentence for the reader
 * ({@link NotesImportError}) instead of a parser message.
 */
export function parseImportText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new NotesImportError(
      'This file is not a Gloss notes export (it is not even JSON). Nothing was imported.',
    );
  }
}

/**
 * Reads an export file (already parsed from JSON). Throws {@link NotesImportError} with a sentence for
 * the reader when the file is not ours or too new; otherwise answers the readable notes and the
 * reasons the others were left out.
 */
export function readNotesExport(data: unknown): {
  notes: NoteRecord[];
  rejected: { index: number; reason: string }[];
} {
  if (!isObj(data) || data.format !== NOTES_EXPORT_FORMAT) {
    throw new NotesImportError(
      'This file is not a Gloss notes export (it has no "format": "gloss-notes"). Nothing was imported.',
    );
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    throw new NotesImportError('This Gloss notes file has no valid version. Nothing was imported.');
  }
  if (data.version > NOTES_EXPORT_VERSION) {
    throw new NotesImportError(
      `This notes file was made by a newer Gloss (file version ${data.version}; this one reads up to ${NOTES_EXPORT_VERSION}). Update Gloss, then import it again. Nothing was imported.`,
    );
  }
  if (!Array.isArray(data.notes)) {
    throw new NotesImportError(
      'This Gloss notes file holds no list of notes. Nothing was imported.',
    );
  }
  if (data.notes.length > MAX_IMPORTED_NOTES) {
    throw new NotesImportError(
      `This file holds ${data.notes.length} notes, more than the ${MAX_IMPORTED_NOTES} one import takes. Nothing was imported.`,
    );
  }
  const notes: NoteRecord[] = [];
  const rejected: { index: number; reason: string }[] = [];
  const seen = new Set<string>();
  data.notes.forEach((value: unknown, index: number) => {
    const note = readNote(value);
    if (typeof note === 'string') rejected.push({ index, reason: note });
    else if (seen.has(note.id)) rejected.push({ index, reason: 'the file holds it twice' });
    else {
      seen.add(note.id);
      notes.push(note);
    }
  });
  return { notes, rejected };
}

/**
 * Merges an export file into the database, in one transaction: either every readable note is stored
 * or, if storing fails (a full disk), none is and the error propagates. A note already stored is
 * replaced only by a copy edited later (same id, later `updatedAt`); nothing is ever deleted.
 */
export async function importNotes(db: GlossDb, data: unknown): Promise<ImportReport> {
  const { notes, rejected } = readNotesExport(data);
  const report: ImportReport = {
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: rejected.slice(0, MAX_REPORTED_REJECTS),
    rejectedCount: rejected.length,
  };
  await db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.bulkGet(notes.map((n) => n.id));
    const writes: NoteRecord[] = [];
    notes.forEach((note, i) => {
      const old = existing[i];
      if (!old) {
        report.added++;
        writes.push(note);
      } else if (note.updatedAt > old.updatedAt) {
        report.updated++;
        writes.push({ ...note, createdAt: Math.min(old.createdAt, note.createdAt) });
      } else {
        report.unchanged++;
      }
    });
    if (writes.length > 0) await db.notes.bulkPut(writes);
  });
  return report;
}

/** A one-line summary of an import for the reader, e.g. "3 notes added, 1 updated, 2 already here." */
export function describeImport(report: ImportReport): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [plural(report.added, 'note added', 'notes added')];
  if (report.updated > 0) parts.push(`${report.updated} updated`);
  if (report.unchanged > 0) parts.push(`${report.unchanged} already here`);
  if (report.rejectedCount > 0) {
    parts.push(`${plural(report.rejectedCount, 'note', 'notes')} of the file could not be read`);
  }
  return `${parts.join(', ')}.`;
}
