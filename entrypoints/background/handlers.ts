/** The background's answers to typed requests: the only code that touches the database. */
import { analyzeText } from '../../analysis/analyze-text';
import { loadNerModel, NerModelLoadError } from '../../analysis/entities';
import type { RequestOf, RequestType, ResponseOf } from '../../messaging/protocol';
import { listArticles, recordArticleVisit } from '../../storage/articles-repo';
import type { GlossDb } from '../../storage/db';
import { entityHistory } from '../../storage/entities-repo';
import { deleteNote, listAllNotes, listNotes, saveNote } from '../../storage/notes-repo';
import { exportNotes, importNotes, NotesImportError } from '../../storage/notes-transfer';
import { isSiteEnabled, setSiteEnabled } from '../../storage/sites-repo';

type Handlers = {
  [T in RequestType]: (db: GlossDb, payload: RequestOf<T>) => Promise<ResponseOf<T>>;
};

/** Upper bound on a library listing: the library pages through more if it wants. */
const MAX_LIST = 1000;

export const handlers: Handlers = {
  // The entity model is fetched and unpacked on the first analysis (and again after a failure).
  analyze: async (_db, p) => {
    await loadNerModel();
    return analyzeText(p.text, { regions: p.regions });
  },
  'article/seen': async (db, p) => ({
    histories: await recordArticleVisit(db, p.article, p.entities, p.claims),
  }),
  'entity/history': (db, p) => entityHistory(db, p.key, p.articleUrl),
  'notes/list': (db, p) => listNotes(db, p.articleUrl),
  'notes/save': (db, p) => saveNote(db, p),
  'notes/delete': async (db, p) => ({ deleted: await deleteNote(db, p.id) }),
  'notes/all': (db) => listAllNotes(db),
  'notes/export': (db) => exportNotes(db),
  'notes/import': (db, p) => importNotes(db, p.data),
  'site/get': async (db, p) => ({ enabled: await isSiteEnabled(db, p.host) }),
  'site/set': async (db, p) => ({ enabled: await setSiteEnabled(db, p.host, p.enabled) }),
  'articles/list': (db, p) => listArticles(db, Math.min(p.limit ?? 100, MAX_LIST)),
};

/**
 * Turns a storage failure into a sentence for the reader. A full disk is the one a reader can fix,
 * so it says how; everything else names the failure.
 */
export function describeStorageError(err: unknown): string {
  if (err instanceof NotesImportError || err instanceof NerModelLoadError) return err.message;
  const name = err instanceof Error ? err.name : '';
  const inner = (err as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Your disk is full, so Gloss could not save. Free some space and try again; nothing was lost.';
  }
  return `Gloss could not use its storage: ${err instanceof Error ? err.message : String(err)}`;
}
