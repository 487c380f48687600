/**
 * The library page: every note the reader has written, grouped by article (the article most recently
 * annotated first), with a search box, a delete that confirms in place, and the backup actions:
 * export every note to a file, import such a file.
 */
import { useMemo, useState } from 'preact/hooks';
import type { NoteRecord } from '../storage/records';
import { counted } from './labels';
import { NoteDeleteButton } from './NoteDeleteButton';

/** A line for the reader after an action: what happened, or what went wrong. */
export interface LibraryMessage {
  kind: 'ok' | 'error';
  text: string;
  /** Details under the line (e.g. why some notes of a file could not be read). */
  details?: string[];
}

/** Props of {@link LibraryView}. */
export interface LibraryViewProps {
  /** Every note, or null while they load. */
  notes: NoteRecord[] | null;
  message: LibraryMessage | null;
  /** True while an export or import runs: the buttons wait. */
  busy?: boolean;
  onExport: () => void;
  onImportFile: (file: File) => void;
  onDelete: (id: string) => void;
}

/** Notes of one article, for the list. */
export interface ArticleNotes {
  url: string;
  title: string;
  notes: NoteRecord[];
  /** Latest edit among its notes: groups are listed newest first. */
  lastEdited: number;
}

/** Groups notes by article, newest group first, notes in reading order within a group. */
export function groupByArticle(notes: readonly NoteRecord[]): ArticleNotes[] {
  const groups = new Map<string, ArticleNotes>();
  for (const note of notes) {
    let group = groups.get(note.articleUrl);
    if (!group) {
      group = { url: note.articleUrl, title: '', notes: [], lastEdited: 0 };
      groups.set(note.articleUrl, group);
    }
    group.notes.push(note);
    if (note.updatedAt >= group.lastEdited) {
      group.lastEdited = note.updatedAt;
      group.title = note.articleTitle || group.title;
    }
  }
  for (const group of groups.values()) {
    group.notes.sort((a, b) => a.anchor.start - b.anchor.start || a.createdAt - b.createdAt);
    group.title ||= hostOf(group.url);
  }
  return [...groups.values()].sort((a, b) => b.lastEdited - a.lastEdited);
}

/** Whether a note matches every word of the query, in its text, its passage or its article's title. */
export function noteMatches(note: NoteRecord, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = `${note.body}\n${note.anchor.exact}\n${note.articleTitle}`.toLocaleLowerCase();
  return words.every((w) => hay.includes(w));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function dateOf(time: number): string {
  return new Date(time).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

function LibraryNote({ note, onDelete }: { note: NoteRecord; onDelete: (id: string) => void }) {
  return (
    <li class="l-note" data-note-id={note.id}>
      <blockquote class="l-quote">{note.anchor.exact}</blockquote>
      <p class="l-note-body" data-gloss-library-note-body="">
        {note.body}
      </p>
      <div class="l-note-foot">
        <span class="l-meta">
          {note.updatedAt > note.createdAt ? 'Edited ' : 'Written '}
          {dateOf(note.updatedAt)}
        </span>
        <NoteDeleteButton prefix="l" onConfirm={() => onDelete(note.id)} />
      </div>
    </li>
  );
}

/** The library. Root `[data-gloss-library]`; message `[data-gloss-library-message]`. */
export function LibraryView({
  notes,
  message,
  busy,
  onExport,
  onImportFile,
  onDelete,
}: LibraryViewProps) {
  const [query, setQuery] = useState('');
  const groups = useMemo(
    () => groupByArticle((notes ?? []).filter((n) => noteMatches(n, query))),
    [notes, query],
  );
  const total = notes?.length ?? 0;
  const shown = groups.reduce((n, g) => n + g.notes.length, 0);

  return (
    <main class="l-library" data-gloss-library="" aria-busy={notes === null || busy}>
      <header class="l-header">
        <h1 class="l-brand">
          Gloss <span class="l-subtitle">Your notes</span>
        </h1>
        <div class="l-actions">
          <button
            type="button"
            class="l-button"
            data-gloss-export=""
            disabled={busy || total === 0}
            onClick={onExport}
          >
            Export notes
          </button>
          <label class={`l-button${busy ? ' l-button-disabled' : ''}`}>
            Import notes…
            <input
              type="file"
              class="l-file"
              accept=".json,application/json"
              data-gloss-import=""
              disabled={busy}
              onChange={(event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (file) onImportFile(file);
              }}
            />
          </label>
        </div>
      </header>
      <p class="l-meta l-intro">
        Everything here stays in this browser. Export makes a file you can keep as a backup or
        import in another browser; importing never removes a note.
      </p>

      {message ? (
        <div
          class={`l-message l-message-${message.kind}`}
          data-gloss-library-message={message.kind}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{message.text}</p>
          {message.details && message.details.length > 0 ? (
            <ul>
              {message.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {notes === null ? (
        <p class="l-meta">Loading your notes…</p>
      ) : total === 0 ? (
        <p class="l-empty" data-gloss-library-empty="">
          No notes yet. Select a passage in an article and choose “Add note”.
        </p>
      ) : (
        <>
          <input
            type="search"
            class="l-search"
            placeholder="Search your notes"
            aria-label="Search your notes"
            data-gloss-library-search=""
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <p class="l-meta" data-gloss-library-count="">
            {query
              ? `${counted(shown, 'note')} of ${total} match`
              : `${counted(total, 'note')} on ${counted(groups.length, 'article')}`}
          </p>
          {groups.map((group) => (
            <section class="l-article" key={group.url} data-gloss-library-article={group.url}>
              <h2 class="l-article-title">
                <a href={group.url} target="_blank" rel="noopener noreferrer">
                  {group.title}
                </a>
              </h2>
              <p class="l-meta">
                {hostOf(group.url)} · {counted(group.notes.length, 'note')}
              </p>
              <ul class="l-notes">
                {group.notes.map((note) => (
                  <LibraryNote key={note.id} note={note} onDelete={onDelete} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </main>
  );
}
