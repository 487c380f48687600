/**
 * Steps the end-to-end tests share (tests/e2e/gloss-suite.ts and the scenario files beside it): waiting
 * for settled highlights, for the in-page UI, hovering a phrase, writing a note on a passage.
 */
import { expect } from 'vitest';
import { type E2eBrowser, type E2ePage, waitFor } from './driver';
import { containsWords, type HighlightTexts, normaliseSpace } from './expectations';
import {
  type HighlightRange,
  locatePhrase,
  type PhraseBox,
  pageBox,
  queryUi,
  readHighlights,
  selectionText,
} from './page-probes';

/**
 * How long the highlights must stay unchanged before they are judged: painting may come in passes
 * (names first, claims after), and half a second of no change on a 2-core machine means the pass is done.
 */
export const SETTLE_MS = 500;

/** Texts of a page's highlights by name, from the ranges the page reports. */
export function textsOf(ranges: Record<string, HighlightRange[]> | null): HighlightTexts {
  const out: HighlightTexts = {};
  for (const [name, list] of Object.entries(ranges ?? {})) out[name] = list.map((r) => r.text);
  return out;
}

/** Number of ranges in a set of highlights, all names together. */
export function countRanges(ranges: Record<string, HighlightRange[]> | null): number {
  return Object.values(ranges ?? {}).reduce((n, list) => n + list.length, 0);
}

/**
 * Waits until the page has person highlights and they have stopped changing; returns them. When none
 * come, the error says what the content script reports and what the page's console said.
 */
export async function settledHighlights(
  page: E2ePage,
  browser: E2eBrowser,
  url: string,
): Promise<Record<string, HighlightRange[]>> {
  try {
    await waitFor(
      'gloss-person highlights on the article',
      () => page.evaluate(readHighlights, null),
      (h) => (h?.['gloss-person']?.length ?? 0) > 0,
    );
  } catch (error) {
    const state = await browser.tabState(url).then(
      (s) => JSON.stringify(s).slice(0, 400),
      (e: unknown) => `no answer (${e instanceof Error ? e.message : String(e)})`,
    );
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${message}\ncontent script state: ${state}\npage console errors: ${JSON.stringify(page.errors())}`,
    );
  }
  let previous = -1;
  let stableSince = Date.now();
  const settled = await waitFor(
    'the highlights to stop changing',
    async () => {
      const h = await page.evaluate(readHighlights, null);
      const n = countRanges(h);
      if (n !== previous) {
        previous = n;
        stableSince = Date.now();
      }
      return { h, stable: Date.now() - stableSince >= SETTLE_MS };
    },
    (v) => v.stable,
  );
  return settled.h ?? {};
}

/** The texts of the `gloss-note` highlight, white space normalised. */
export async function noteTexts(page: E2ePage): Promise<string[]> {
  const h = await page.evaluate(readHighlights, null);
  return (h?.['gloss-note'] ?? []).map((r) => normaliseSpace(r.text));
}

/** Waits until the `gloss-note` highlight paints exactly `passage`. */
export async function waitForNoteOn(page: E2ePage, passage: string, when: string): Promise<void> {
  await waitFor(
    `the gloss-note highlight on "${passage}" ${when}`,
    () => noteTexts(page),
    (texts) => texts.length > 0 && texts.join(' ') === passage,
  );
}

/** Waits for a visible element of the in-page UI and returns it. */
export async function waitForUi(page: E2ePage, selector: string, what: string) {
  const found = await waitFor(
    `${what} (${selector} in the <gloss-ui> shadow root)`,
    () => page.evaluateInUi(queryUi, selector),
    (r) => r.elements.some((e) => e.visible),
  );
  expect(found.host, 'the <gloss-ui> host must hang from <html>').toBe('on-html');
  const element = found.elements.find((e) => e.visible);
  if (!element) throw new Error(`${what}: not visible`);
  return element;
}

/** The content script's answer to `tab/state`, unwrapped from a `{ok, value}` reply if it is one. */
export function statusOf(answer: unknown): string | undefined {
  if (!answer || typeof answer !== 'object') return undefined;
  const a = answer as { status?: unknown; ok?: unknown; value?: unknown };
  if (typeof a.status === 'string') return a.status;
  if (a.ok === true) return statusOf(a.value);
  return undefined;
}

/**
 * Moves the mouse away, then onto the centre of `phrase`, the way a reader's pointer arrives; returns
 * where the phrase is (the pointer rests on its centre, `x`/`y`).
 */
export async function hover(page: E2ePage, phrase: string): Promise<PhraseBox> {
  await page.mouseMove(5, 5, 1);
  const box = await page.evaluate(locatePhrase, { phrase });
  if (!box) throw new Error(`"${phrase}" is not in the article's text`);
  await page.mouseMove(box.x, box.y, 8);
  return box;
}

/**
 * Writes a note on `passage` as a reader does: selects it with a mouse drag (or exactly, when the drag's
 * word boundaries differ by a character), clicks "Add note", types `body`, saves, and waits for the
 * `gloss-note` highlight on the passage.
 */
export async function addNoteOnPassage(
  page: E2ePage,
  passage: string,
  body: string,
): Promise<void> {
  const box = await page.evaluate(locatePhrase, { phrase: passage });
  if (!box) throw new Error(`"${passage}" is not in the article's text`);
  await page.mouseMove(box.startX, box.startY, 1);
  await page.mouseDown();
  await page.mouseMove(box.endX, box.endY, 10);
  await page.mouseUp();
  if (normaliseSpace(await page.evaluate(selectionText, null)) !== passage) {
    await page.evaluate(locatePhrase, { phrase: passage, select: true });
  }
  expect(normaliseSpace(await page.evaluate(selectionText, null)), 'the selection').toBe(passage);

  const addNote = await waitForUi(page, '[data-gloss-add-note]', 'the "Add note" button');
  await page.click(addNote.x, addNote.y);
  await writeInNoteEditor(page, body);
  await waitForNoteOn(page, passage, 'after saving');
}

/** Types `body` into the open note editor and presses Save, as a reader does. */
export async function writeInNoteEditor(page: E2ePage, body: string): Promise<void> {
  const input = await waitForUi(
    page,
    '[data-gloss-note-editor] textarea[data-gloss-note-input]',
    'the note editor',
  );
  await page.click(input.x, input.y);
  await page.type(body);
  const save = await waitForUi(page, '[data-gloss-note-save]', 'the Save button');
  await page.click(save.x, save.y);
}

/** What a scenario file needs of the running suite: the browser, the fixtures' URLs, screenshots. */
export interface SuiteContext {
  browserName: 'chromium' | 'firefox';
  /** The running browser; throws when it did not start. */
  running(): E2eBrowser;
  /** URL of a file under tests/fixtures on the suite's static server. */
  url(file: string): string;
  /** Saves a screenshot of `page` as artifacts/screenshots/<browser>-<name>.png. */
  shot(page: E2ePage, name: string): Promise<void>;
}

/** The article title in the content script's answer to `tab/state` (unwrapped like {@link statusOf}). */
export function articleTitleOf(answer: unknown): string | undefined {
  if (!answer || typeof answer !== 'object') return undefined;
  const a = answer as { article?: { title?: unknown }; ok?: unknown; value?: unknown };
  if (a.ok === true) return articleTitleOf(a.value);
  return typeof a.article?.title === 'string' ? a.article.title : undefined;
}

/** The names of `wanted` that some text of `texts` holds as whole words. */
export function namesPainted(wanted: readonly string[], texts: readonly string[]): string[] {
  return wanted.filter((name) => texts.some((t) => containsWords(t, name)));
}

/** Every painted range of the entity and claim highlights, as "gloss-person: Text", for messages. */
export function paintedList(ranges: Record<string, HighlightRange[]> | null): string[] {
  return Object.entries(ranges ?? {})
    .filter(([name]) => name !== 'gloss-note' && name !== 'gloss-focus')
    .flatMap(([name, list]) => list.map((r) => `${name}: ${normaliseSpace(r.text)}`));
}

/** Resolves after `ms` milliseconds: the pointer's travel is paced like a hand, not teleported. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Clicks the centre of the first element matching `selector` in `page`'s own document (the popup, the
 * library), once it has a box.
 */
export async function clickOn(page: E2ePage, selector: string, what: string): Promise<void> {
  const box = await waitFor(
    what,
    () => page.evaluate(pageBox, selector),
    (b) => b !== null,
  );
  if (!box) throw new Error(`${what}: no box`);
  await page.click((box.left + box.right) / 2, (box.top + box.bottom) / 2);
}
