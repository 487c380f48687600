/**
 * End-to-end scenario of the library page and the notes backup: a note written on an article is
 * listed in the library, exported to a file, refused a file that is not ours without losing anything,
 * deleted, and brought back by importing the export, on the same words of the article. Declared inside
 * the browser's suite by tests/e2e/gloss-suite.ts.
 */
import { expect, it } from 'vitest';
import { type E2ePage, waitFor } from './driver';
import { queryPage } from './page-probes';
import {
  addNoteOnPassage,
  clickOn,
  noteTexts,
  pause,
  SETTLE_MS,
  type SuiteContext,
  settledHighlights,
  waitForNoteOn,
} from './suite-helpers';

/** A static article of its own, so the notes on it are this scenario's only. */
const BACKUP_PAGE = 'pages/e2e-backup-article.html';
const PASSAGE = 'a small rise in vehicle fares';
const BODY = 'Ask the operator what the fare rise pays for after the first winter.';

/** Routes `URL.createObjectURL` through a spy that keeps the text of the last blob (the export file). */
function spyOnExports(_: null): void {
  const w = window as unknown as { __glossExported?: string };
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) {
      void object.text().then((text) => {
        w.__glossExported = text;
      });
    }
    return original(object);
  };
}

/** The text of the last exported file, or null. */
function exportedText(_: null): string | null {
  return (window as unknown as { __glossExported?: string }).__glossExported ?? null;
}

/** Chooses a file in the library's import field, as the file picker would. */
function chooseImportFile(file: { name: string; text: string }): boolean {
  const input = document.querySelector('input[data-gloss-import]');
  if (!(input instanceof HTMLInputElement)) return false;
  const transfer = new DataTransfer();
  transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** The note bodies the library lists. */
async function listedBodies(page: E2ePage): Promise<string[]> {
  return (await page.evaluate(queryPage, '[data-gloss-library-note-body]')).map((e) => e.text);
}

/** The library's message line, as `kind: text`, or '' when there is none. */
async function libraryMessage(page: E2ePage): Promise<string> {
  const [error] = await page.evaluate(queryPage, '[data-gloss-library-message="error"]');
  if (error) return `error: ${error.text}`;
  const [ok] = await page.evaluate(queryPage, '[data-gloss-library-message="ok"]');
  return ok ? `ok: ${ok.text}` : '';
}

/** Declares the library scenario in the running suite. */
export function defineLibraryTests(ctx: SuiteContext): void {
  it('lists a note in the library, exports it, refuses a foreign file, and an import restores it on the same words', async () => {
    const url = ctx.url(BACKUP_PAGE);
    const page = await ctx.running().newPage();
    let library: E2ePage | undefined;
    try {
      await page.goto(url);
      await settledHighlights(page, ctx.running(), url);
      await addNoteOnPassage(page, PASSAGE, BODY);

      library = await ctx.running().openLibrary(url);
      const lib = library;
      await waitFor(
        'the library to list the new note',
        () => listedBodies(lib),
        (bodies) => bodies.includes(BODY),
      );
      const titles = await lib.evaluate(queryPage, `[data-gloss-library-article="${url}"] h2`);
      expect(
        titles.map((t) => t.text),
        'the note sits under its article',
      ).toEqual(['Ferry operator adds winter crossings as island trade grows']);

      await lib.evaluate(spyOnExports, null);
      await clickOn(lib, '[data-gloss-export]', 'the Export button');
      const exported = await waitFor(
        'the export file',
        () => lib.evaluate(exportedText, null),
        (text) => text !== null,
      );
      const file = JSON.parse(exported ?? '') as {
        format: string;
        notes: Array<{ body: string; articleUrl: string; anchor: { exact: string } }>;
      };
      expect(file.format).toBe('gloss-notes');
      const saved = file.notes.find((n) => n.body === BODY);
      expect(saved?.anchor.exact, 'the export keeps the passage').toBe(PASSAGE);
      expect(saved?.articleUrl).toBe(url);
      expect(await libraryMessage(lib)).toMatch(/^ok: Exported \d+ notes? to gloss-notes-/);

      expect(
        await lib.evaluate(chooseImportFile, { name: 'photos.json', text: '{"photos":[]}' }),
      ).toBe(true);
      await waitFor(
        'the import to refuse a file that is not ours',
        () => libraryMessage(lib),
        (m) => m.startsWith('error: This file is not a Gloss notes export'),
      );
      expect(await listedBodies(lib), 'a refused import loses nothing').toContain(BODY);

      const noteSelector = `[data-gloss-library-article="${url}"] [data-gloss-note-delete]`;
      await clickOn(lib, noteSelector, 'the Delete button of the note');
      await clickOn(lib, '[data-gloss-note-confirm-delete]', 'the confirmation of the delete');
      await waitFor(
        'the note to leave the library',
        () => listedBodies(lib),
        (bodies) => !bodies.includes(BODY),
      );
      await page.reload();
      await settledHighlights(page, ctx.running(), url);
      await pause(SETTLE_MS);
      expect(await noteTexts(page), 'the deleted note is no longer painted').toEqual([]);

      await lib.evaluate(chooseImportFile, { name: 'gloss-notes.json', text: exported ?? '' });
      await waitFor(
        'the import of the export to bring the note back',
        () => libraryMessage(lib),
        (m) => /^ok: 1 note added/.test(m),
      );
      expect(await listedBodies(lib)).toContain(BODY);
      await ctx.shot(lib, 'library');

      await page.reload();
      await waitForNoteOn(page, PASSAGE, 'after the import');
    } finally {
      await library?.close();
      await page.close();
    }
  });
}
