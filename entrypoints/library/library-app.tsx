/**
 * The library page's wiring: loads every note from the background, and runs the reader's delete,
 * export (a JSON file saved through a download link) and import (a chosen file, checked by the
 * background before anything is stored).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type LibraryMessage, LibraryView } from '../../components/LibraryView';
import { request } from '../../messaging/client';
import {
  describeImport,
  exportFileName,
  MAX_IMPORT_BYTES,
  NotesImportError,
  parseImportText,
} from '../../storage/notes-transfer';
import type { NoteRecord } from '../../storage/records';

/**
 * How long the export's object URL is kept after the download starts: the browser has taken the
 * blob by then; the delay only guards browsers that read it asynchronously.
 */
const REVOKE_AFTER_MS = 60_000;

/** At most this many reasons for unreadable notes are listed under an import's summary. */
const SHOWN_REJECTS = 5;

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Offers `text` as a file download named `name`. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function LibraryApp() {
  const [notes, setNotes] = useState<NoteRecord[] | null>(null);
  const [message, setMessage] = useState<LibraryMessage | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setNotes(await request('notes/all', {}));
    } catch (err) {
      setNotes([]);
      setMessage({ kind: 'error', text: errorText(err) });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const onExport = async () => {
    setBusy(true);
    try {
      const file = await request('notes/export', {});
      const name = exportFileName();
      download(`${JSON.stringify(file, null, 2)}\n`, name);
      setMessage({
        kind: 'ok',
        text: `Exported ${file.notes.length === 1 ? '1 note' : `${file.notes.length} notes`} to ${name}.`,
      });
    } catch (err) {
      setMessage({ kind: 'error', text: `Export failed: ${errorText(err)}` });
    } finally {
      setBusy(false);
    }
  };

  const onImportFile = async (file: File) => {
    setBusy(true);
    try {
      if (file.size > MAX_IMPORT_BYTES) {
        throw new NotesImportError(
          `${file.name} is ${Math.round(file.size / 1048576)} MB, too large to be a Gloss notes export. Nothing was imported.`,
        );
      }
      const data = parseImportText(await file.text());
      const report = await request('notes/import', { data });
      const details = report.rejected
        .slice(0, SHOWN_REJECTS)
        .map((r) => `Note ${r.index + 1} of the file: ${r.reason}.`);
      if (report.rejectedCount > details.length) {
        details.push(`…and ${report.rejectedCount - details.length} more.`);
      }
      setMessage({ kind: 'ok', text: describeImport(report), details });
      await load();
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const onDelete = async (id: string) => {
    try {
      await request('notes/delete', { id });
      await load();
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    }
  };

  return (
    <LibraryView
      notes={notes}
      message={message}
      busy={busy}
      onExport={() => void onExport()}
      onImportFile={(file) => void onImportFile(file)}
      onDelete={(id) => void onDelete(id)}
    />
  );
}
