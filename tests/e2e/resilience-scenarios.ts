/**
 * End-to-end scenarios of pages and settings that could throw Gloss off: the per-site switch of the
 * popup, a page whose own scripts keep throwing (tests/fixtures/pages/e2e-throwing-page.html), a page
 * that never stops changing (e2e-changing-page.html), and an article too long to analyse
 * (e2e-huge-article.html). Declared inside the browser's suite by tests/e2e/gloss-suite.ts.
 */
import { expect, it } from 'vitest';
import { type E2ePage, waitFor } from './driver';
import { pageFlag, queryPage, readHighlights } from './page-probes';
import {
  addNoteOnPassage,
  clickOn,
  countRanges,
  noteTexts,
  pause,
  type SuiteContext,
  settledHighlights,
  statusOf,
  waitForNoteOn,
} from './suite-helpers';

/**
 * The article whose site the switch test turns off, served as `localhost` instead of 127.0.0.1: the
 * switch is per host, so every other test (on 127.0.0.1) keeps Gloss on even if this one fails
 * half-way.
 */
const SWITCHED_PAGE = 'pages/e2e-backup-article.html';
const SWITCHED_HOST = 'localhost';

/** The page whose scripts throw while loading, on load and every 250 ms. */
const THROWING_PAGE = 'pages/e2e-throwing-page.html';
const THROWING_PASSAGE = 'a new reading room for children';
const THROWING_NOTE = 'Ask how many story sessions a week the room can take.';

/** The page with a ticker outside its article, and the interval (ms) of each run of its test. */
const CHANGING_PAGE = 'pages/e2e-changing-page.html';
/**
 * 100 ms: the ticker changes the page faster than Gloss's settle time (800 ms, page/watch-changes.ts),
 * so the watcher never sees the page quiet. 1000 ms: each tick is a change of its own, and reaches
 * the re-check (which must find the article's text unchanged, not analyse it again).
 */
const TICKER_INTERVALS = [100, 1000] as const;
/** A passage of the changing page with no names, away from the word the page edits. */
const CHANGING_PASSAGE = 'the first trams could run on it';
const CHANGING_NOTE = 'Which decade? Check the business case.';
/**
 * How long the test watches the changing page for analysis runs: 4 s is five settle times and four
 * ticks at the slower interval, so a re-analysis on each change would show several times over.
 */
const WATCH_MS = 4000;
/**
 * Analysis runs allowed after the page edits a word of its article: one (the article's text did
 * change) or none (the ticker kept the page from settling); two or more is a loop.
 */
const RUNS_AFTER_EDIT = 1;

/** The generated record over MAX_ANALYSED_CHARS, and a passage of its first, written paragraph. */
const HUGE_PAGE = 'pages/e2e-huge-article.html';
const HUGE_PASSAGE = 'search the whole record in one place';
const HUGE_NOTE = 'Is there a printed index of the sessions?';
/** MAX_ANALYSED_CHARS of messaging/protocol.ts: the fixture's record must be longer. */
const MAX_ANALYSED_CHARS = 400_000;

/** Waits for the content script of `url` to leave `loading`; returns its whole answer. */
function settledState(ctx: SuiteContext, url: string): Promise<unknown> {
  return waitFor(
    `the content script's state on ${url}`,
    () => ctx.running().tabState(url),
    (s) => statusOf(s) !== undefined && statusOf(s) !== 'loading',
  );
}

/** Whether the popup's site switch is on. */
function switchIsOn(selector: string): boolean | null {
  const input = document.querySelector(selector);
  return input instanceof HTMLInputElement ? input.checked : null;
}

/** The popup's status line and its other lines (reason, failure), as text. */
async function popupText(popup: E2ePage): Promise<string> {
  const lines = await popup.evaluate(
    queryPage,
    '[data-gloss-popup-status], .p-meta, [data-gloss-popup-failure]',
  );
  return lines.map((l) => l.text).join(' | ');
}

/** Flips the popup's site switch and waits for the popup to show `status` for the tab. */
async function flipSwitch(popup: E2ePage, want: boolean, status: RegExp): Promise<void> {
  const toggle = '[data-gloss-site-toggle]';
  // The popup draws its switch once the tab has answered: wait for it, then check where it stands.
  const before = await waitFor(
    'the site switch of the popup',
    () => popup.evaluate(switchIsOn, toggle),
    (on) => on !== null,
  );
  expect(before, 'the switch before the click').toBe(!want);
  await clickOn(popup, toggle, 'the site switch of the popup');
  await waitFor(
    `the popup to say ${status} with the switch ${want ? 'on' : 'off'}`,
    async () => ({
      on: await popup.evaluate(switchIsOn, toggle),
      text: await popupText(popup),
    }),
    (v) => v.on === want && status.test(v.text),
  );
}

/** The number of times Gloss painted the changing page from the start (the page counts them). */
async function paintPasses(page: E2ePage): Promise<number> {
  const n = await page.evaluate(pageFlag, '__glossPaintPasses');
  if (typeof n !== 'number') throw new Error('the changing page does not count paint passes');
  return n;
}

/** Declares the resilience scenarios in the running suite. */
export function defineResilienceTests(ctx: SuiteContext): void {
  it("turns Gloss off for the page's site from the popup, and back on", async () => {
    const url = ctx.url(SWITCHED_PAGE).replace('//127.0.0.1:', `//${SWITCHED_HOST}:`);
    const page = await ctx.running().newPage();
    let popup: E2ePage | undefined;
    try {
      await page.goto(url);
      const before = await settledHighlights(page, ctx.running(), url);
      expect(countRanges(before), 'highlights before the switch').toBeGreaterThan(0);

      popup = await ctx.running().openPopupFor(url);
      const p = popup;
      await waitFor(
        'the popup to show "Article found" and the switch for the site',
        () => popupText(p),
        (text) => text.includes('Article found'),
      );
      const label = await p.evaluate(queryPage, '.p-switch');
      expect(label[0]?.text, 'the switch names the site').toBe(`On for ${SWITCHED_HOST}`);

      await flipSwitch(p, false, /Gloss is off for this site/);
      await waitFor(
        'every gloss-* highlight to leave the page',
        () => page.evaluate(readHighlights, null),
        (h) => countRanges(h) === 0,
      );
      expect(statusOf(await ctx.running().tabState(url)), 'tab state with the site off').toBe(
        'disabled',
      );
      await ctx.shot(p, 'popup-site-off');

      await page.reload();
      expect(statusOf(await settledState(ctx, url)), 'the site stays off after a reload').toBe(
        'disabled',
      );
      await pause(500);
      expect(countRanges(await page.evaluate(readHighlights, null)), 'highlights').toBe(0);

      await popup.close();
      popup = await ctx.running().openPopupFor(url);
      await flipSwitch(popup, true, /Article found/);
      const after = await settledHighlights(page, ctx.running(), url);
      expect(countRanges(after), 'highlights once the site is on again').toBe(countRanges(before));
      expect(statusOf(await ctx.running().tabState(url))).toBe('article');
    } finally {
      // Leave the site on whatever happened above: later runs on this profile expect it.
      if (popup && (await popup.evaluate(switchIsOn, '[data-gloss-site-toggle]')) === false) {
        await clickOn(popup, '[data-gloss-site-toggle]', 'the site switch').catch(() => {});
      }
      await popup?.close();
      await page.close();
    }
  });

  it('highlights an article and takes a note on a page whose own scripts keep throwing', async () => {
    const url = ctx.url(THROWING_PAGE);
    const page = await ctx.running().newPage();
    try {
      await page.goto(url);
      const ranges = await settledHighlights(page, ctx.running(), url);
      expect(ranges['gloss-person']?.length ?? 0, 'people highlighted').toBeGreaterThan(0);
      const thrown = await page.evaluate(pageFlag, '__glossPageErrors');
      expect(thrown, "the page's own errors so far (the fixture must throw)").toBeGreaterThan(1);

      await addNoteOnPassage(page, THROWING_PASSAGE, THROWING_NOTE);
      await page.reload();
      await waitForNoteOn(page, THROWING_PASSAGE, 'after a reload of the throwing page');
      expect(statusOf(await ctx.running().tabState(url))).toBe('article');
      const ours = page.errors().filter((e) => /gloss/i.test(e));
      expect(ours, 'console errors from Gloss on the throwing page').toEqual([]);
    } finally {
      await page.close();
    }
  });

  for (const every of TICKER_INTERVALS) {
    it(`does not analyse again and again a page that changes every ${every} ms, and keeps its note`, async () => {
      const url = `${ctx.url(CHANGING_PAGE)}?every=${every}`;
      const page = await ctx.running().newPage();
      try {
        await page.goto(url);
        const first = await settledHighlights(page, ctx.running(), url);
        await addNoteOnPassage(page, CHANGING_PASSAGE, CHANGING_NOTE);
        const runsBefore = await paintPasses(page);
        expect(runsBefore, 'analysis runs once the page is painted').toBeGreaterThanOrEqual(1);
        const ticksBefore = Number(await page.evaluate(pageFlag, '__glossTicks'));

        await pause(WATCH_MS);
        const ticks = Number(await page.evaluate(pageFlag, '__glossTicks')) - ticksBefore;
        expect(ticks, 'the ticker ran while the test watched').toBeGreaterThanOrEqual(
          Math.floor(WATCH_MS / every / 2),
        );
        expect(
          (await paintPasses(page)) - runsBefore,
          `analysis runs during ${ticks} ticks outside the article`,
        ).toBe(0);
        expect(await noteTexts(page), 'the note while the ticker runs').toEqual([CHANGING_PASSAGE]);

        expect(await page.evaluate(() => window.__glossEditWord?.() ?? false, null)).toBe(true);
        await pause(WATCH_MS);
        const runsAfterEdit = (await paintPasses(page)) - runsBefore;
        expect(
          runsAfterEdit,
          'analysis runs after the page edited one word of its article',
        ).toBeLessThanOrEqual(RUNS_AFTER_EDIT);
        const now = await waitFor(
          'the highlights and the note to be painted after the edit',
          () => page.evaluate(readHighlights, null),
          (h) =>
            (h?.['gloss-person']?.length ?? 0) > 0 &&
            (h?.['gloss-note'] ?? []).map((r) => r.text).join(' ') === CHANGING_PASSAGE,
        );
        expect(countRanges(now), 'highlights after the edit').toBeGreaterThanOrEqual(
          countRanges(first),
        );
        expect(statusOf(await ctx.running().tabState(url))).toBe('article');
        await ctx.shot(page, `changing-page-${every}ms`);
      } finally {
        await page.close();
      }
    });
  }

  it('says an article is too long to analyse, and still keeps a note on it', async () => {
    const url = ctx.url(HUGE_PAGE);
    const page = await ctx.running().newPage();
    try {
      await page.goto(url);
      expect(
        await page.evaluate(pageFlag, '__glossRecordLength'),
        "the fixture's article is over the limit",
      ).toBeGreaterThan(MAX_ANALYSED_CHARS);
      const state = (await settledState(ctx, url)) as { reason?: string };
      expect(statusOf(state)).toBe('article');
      expect(JSON.stringify(state), 'the tab state says why nothing is highlighted').toMatch(
        /too long to analyse/i,
      );
      const popup = await ctx.running().openPopupFor(url);
      try {
        const text = await waitFor(
          'the popup to say the article is too long to analyse',
          () => popupText(popup),
          (t) => /too long to analyse/i.test(t),
        );
        expect(text).toContain('Article found');
      } finally {
        await popup.close();
      }

      await addNoteOnPassage(page, HUGE_PASSAGE, HUGE_NOTE);
      await page.reload();
      await waitForNoteOn(page, HUGE_PASSAGE, 'after a reload of the long article');
      const painted = await page.evaluate(readHighlights, null);
      const names = Object.keys(painted ?? {}).filter(
        (n) => n !== 'gloss-note' && (painted?.[n]?.length ?? 0) > 0,
      );
      expect(names, 'highlights other than the note on an article too long to analyse').toEqual([]);
    } finally {
      await page.close();
    }
  });
}

declare global {
  interface Window {
    /** Set by tests/fixtures/pages/e2e-changing-page.html: edits one word of its article. */
    __glossEditWord?: () => boolean;
  }
}
