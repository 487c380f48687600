/**
 * The end-to-end tests of Gloss, written once and run in each browser (chromium.e2e.ts, firefox.e2e.ts):
 * the canonical article served from 127.0.0.1, its highlights, the untouched article DOM, the entity
 * card, a note that survives a reload and a browser restart (and that the page's scripts cannot read),
 * pages that are not articles, the popup; and, in the scenario files, pages that change, the cards,
 * the library, the site switch and pages that could throw Gloss off.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCardTests } from './card-scenarios';
import { type E2eBrowser, type E2ePage, waitFor } from './driver';
import { ENTITY_HIGHLIGHTS, judgeHighlights, loadExpectations } from './expectations';
import { defineLibraryTests } from './library-scenarios';
import { definePageChangeTests } from './page-change-scenarios';
import {
  compareArticleWithServed,
  queryPage,
  queryUi,
  readHighlights,
  uiSeenByPage,
} from './page-probes';
import { defineResilienceTests } from './resilience-scenarios';
import { type StaticServer, startStaticServer } from './static-server';
import {
  addNoteOnPassage,
  hover,
  type SuiteContext,
  settledHighlights,
  statusOf,
  textsOf,
  waitForNoteOn,
  waitForUi,
} from './suite-helpers';

/** The repository's root, from this file's place in it. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures');
const SCREENSHOTS = path.join(REPO_ROOT, 'artifacts/screenshots');
const ARTICLE = 'azernews-putin-visit.html';
const NON_ARTICLES = ['pages/e2e-search-results.html', 'pages/e2e-news-home.html'];

/** The person whose card the hover test opens. */
const HOVERED_PERSON = 'Ilham Aliyev';
/** A passage with no names in it, in a sentence the fixture lists as not a claim: hovering it can only mean the note. */
const NOTE_PASSAGE = 'a dialogue platform that could play a potential role';
const NOTE_BODY = 'Which talks would it host? Check the 2024 statements.';

/**
 * Share of the article's organisations and events that must be highlighted (issue 2: "mostly found"):
 * 70 % leaves room for a first analyser to miss a few long event names without letting it miss most.
 */
const ORGS_AND_EVENTS_FLOOR = 0.7;
/** Check-worthy claims of the fixture that must carry a claim highlight (issue 2: at least 5 of the 7). */
const CLAIMS_FLOOR = 5;

/** Starts a browser with the extension on a profile directory. */
export type Launcher = (profileDir: string, extensionDir: string) => Promise<E2eBrowser>;

/** Declares the whole suite for one browser. */
export function defineGlossSuite(
  browserName: 'chromium' | 'firefox',
  launch: Launcher,
  extensionDir: string,
): void {
  describe(`Gloss end to end in ${browserName}`, () => {
    const expected = loadExpectations(path.join(FIXTURES, 'azernews-putin-visit.expected.json'));
    let server: StaticServer | undefined;
    let browser: E2eBrowser | undefined;
    let workDir = '';
    let profileDir = '';
    const shot = (page: E2ePage, name: string) =>
      page.screenshot(path.join(SCREENSHOTS, `${browserName}-${name}.png`));
    const running = (): E2eBrowser => {
      if (!browser) throw new Error(`${browserName} did not start (see the error of beforeAll)`);
      return browser;
    };
    /** Waits for the article's highlights to be painted and settled. */
    const articleReady = (page: E2ePage) =>
      settledHighlights(page, running(), server?.url(ARTICLE) ?? '');
    const openArticle = async (): Promise<E2ePage> => {
      const page = await running().newPage();
      await page.goto(server?.url(ARTICLE) ?? '');
      return page;
    };

    beforeAll(async () => {
      if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
        throw new Error(
          `no extension build at ${extensionDir}: run npm run test:e2e (it builds first)`,
        );
      }
      mkdirSync(SCREENSHOTS, { recursive: true });
      server = await startStaticServer(FIXTURES);
      workDir = mkdtempSync(path.join(os.tmpdir(), `gloss-e2e-${browserName}-`));
      profileDir = path.join(workDir, 'profile');
      mkdirSync(profileDir);
      // The browsers load a copy of the build: a rebuild of .output during the run (another terminal,
      // `wxt` in watch mode) must not change the extension under test, nor its restart.
      const extensionCopy = path.join(workDir, 'extension');
      cpSync(extensionDir, extensionCopy, { recursive: true });
      browser = await launch(profileDir, extensionCopy);
    }, 60_000);

    afterAll(async () => {
      await browser?.close().catch(() => undefined);
      await server?.close();
      if (workDir) rmSync(workDir, { recursive: true, force: true });
    }, 30_000);

    it('highlights the canonical article: its people, places, most organisations and events, its claims', async () => {
      const page = await openArticle();
      const ranges = await articleReady(page);
      await shot(page, 'article');
      const verdict = judgeHighlights(expected, textsOf(ranges));
      const outside = [...ENTITY_HIGHLIGHTS, 'gloss-claim'].flatMap((name) =>
        (ranges[name] ?? []).filter((r) => !r.inBody).map((r) => `${name}: ${r.text}`),
      );
      // Soft: one run reports every shortfall of the analysis at once, not only the first.
      expect.soft(verdict.missingPeople, 'people of the article not highlighted').toEqual([]);
      expect.soft(verdict.missingPlaces, 'places of the article not highlighted').toEqual([]);
      expect
        .soft(
          verdict.orgsAndEventsFound / verdict.orgsAndEventsTotal,
          `organisations and events found ${verdict.orgsAndEventsFound}/${verdict.orgsAndEventsTotal}; missing: ${verdict.missingOrgsAndEvents.join(', ')}`,
        )
        .toBeGreaterThanOrEqual(ORGS_AND_EVENTS_FLOOR);
      expect.soft(verdict.forbidden, 'names outside the article body were highlighted').toEqual([]);
      expect.soft(outside, 'highlights outside the article body').toEqual([]);
      expect
        .soft(
          verdict.claimsFlagged,
          `check-worthy claims flagged ${verdict.claimsFlagged}/${verdict.claimsTotal}; missing:\n${verdict.missingClaims.join('\n')}`,
        )
        .toBeGreaterThanOrEqual(CLAIMS_FLOOR);
      await page.close();
    });

    it("leaves the article's DOM byte-for-byte as the server sent it", async () => {
      const page = await openArticle();
      await articleReady(page);
      const comparison = await page.evaluate(compareArticleWithServed, null);
      expect(
        comparison.same,
        `the live <article> differs from the served one: ${JSON.stringify(comparison.firstDifference)}`,
      ).toBe(true);
      await page.close();
    });

    it(`opens ${HOVERED_PERSON}'s card on hover, lists his mentions, closes on Escape`, async () => {
      const page = await openArticle();
      await articleReady(page);
      await hover(page, HOVERED_PERSON);
      await waitForUi(
        page,
        '[data-gloss-card][data-kind="entity"]',
        'the entity card after hovering',
      );
      const title = await page.evaluateInUi(queryUi, '[data-gloss-card] [data-gloss-card-title]');
      expect(title.elements[0]?.text ?? '', 'card title').toContain(HOVERED_PERSON);
      const mentions = await page.evaluateInUi(
        queryUi,
        '[data-gloss-card] [data-gloss-mentions] li',
      );
      const occurrences = await page.evaluate(
        (name: string) =>
          (document.querySelector('article')?.textContent ?? '').split(name).length - 1,
        HOVERED_PERSON,
      );
      expect(mentions.elements.length, 'one mention per occurrence in the article').toBe(
        occurrences,
      );
      for (const m of mentions.elements)
        expect(m.text, 'each mention is a snippet around the name').toMatch(/Aliyev/);
      const focused = await page.evaluate(readHighlights, null);
      expect(
        (focused?.['gloss-focus'] ?? []).map((r) => r.text),
        'every mention of the hovered entity is painted as gloss-focus while its card is open',
      ).toEqual(Array(occurrences).fill(HOVERED_PERSON));
      await shot(page, 'entity-card');
      await page.press('Escape');
      await waitFor(
        'the entity card to close after Escape',
        () => page.evaluateInUi(queryUi, '[data-gloss-card]'),
        (r) => !r.elements.some((e) => e.visible),
      );
      await waitFor(
        'the gloss-focus highlight to clear when the card closes',
        () => page.evaluate(readHighlights, null),
        (h) => (h?.['gloss-focus'] ?? []).length === 0,
      );
      await page.close();
    });

    it('shows "Article found" and the entity groups in the popup', async () => {
      const page = await openArticle();
      await articleReady(page);
      const url = server?.url(ARTICLE) ?? '';
      const popup = await running().openPopupFor(url);
      try {
        await waitFor(
          'the popup status "Article found"',
          () => popup.evaluate(queryPage, '[data-gloss-popup-status]'),
          (els) => els.some((e) => e.text.includes('Article found')),
        );
        const people = await waitFor(
          'the people group of the popup to list Vladimir Putin and Ilham Aliyev',
          () => popup.evaluate(queryPage, '[data-gloss-group="person"] li'),
          (els) =>
            ['Vladimir Putin', 'Ilham Aliyev'].every((n) => els.some((e) => e.text.includes(n))),
        );
        expect(people.length).toBeGreaterThanOrEqual(2);
        await shot(popup, 'popup');
        // The claims, grouped by kind: the canonical article has dates and statistics among them.
        const groups = await popup.evaluate(
          () =>
            Array.from(document.querySelectorAll<HTMLElement>('[data-gloss-claim-group]'), (g) => ({
              kind: g.dataset.glossClaimGroup ?? '',
              claims: g.querySelectorAll('li').length,
            })),
          undefined,
        );
        expect(
          groups.map((g) => g.kind),
          'claim groups in the popup',
        ).toEqual(expect.arrayContaining(['statistic', 'date-event']));
        expect(groups.every((g) => g.claims > 0)).toBe(true);
        await popup.evaluate(() => {
          document.querySelector('[data-gloss-claims]')?.scrollIntoView({ block: 'start' });
        }, undefined);
        await shot(popup, 'popup-claims');

        // The background kept a copy of the entity model in the extension's CacheStorage, for its
        // next start (entrypoints/background/ner-model-source.ts); the popup shares its origin.
        const kept = await waitFor(
          "the entity model's copy in the extension's CacheStorage",
          () =>
            popup.evaluate(async () => {
              const names = (await caches.keys()).filter((k) => k.startsWith('gloss-ner-pack-'));
              const hit = names[0]
                ? await (await caches.open(names[0])).match(
                    'https://gloss.invalid/models/ner-model.bin',
                  )
                : undefined;
              return { names, bytes: hit ? (await hit.arrayBuffer()).byteLength : 0 };
            }, undefined),
          (r) => r.bytes > 0,
        );
        expect(kept.names.length).toBe(1);
        expect(kept.bytes).toBeGreaterThan(500_000);

        // Picking a name in the popup shows it in the article, with its card open.
        const box = await popup.evaluate((name: string) => {
          const button = Array.from(
            document.querySelectorAll<HTMLElement>('[data-gloss-focus-entity]'),
          ).find((b) => b.textContent === name);
          if (!button) return null;
          button.scrollIntoView({ block: 'center' });
          const r = button.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }, HOVERED_PERSON);
        expect(box, `a button for ${HOVERED_PERSON} in the popup`).not.toBeNull();
        await popup.click(box!.x, box!.y);
        const title = await waitFor(
          `the article's card for ${HOVERED_PERSON} after picking it in the popup`,
          () => page.evaluateInUi(queryUi, '[data-gloss-card] [data-gloss-card-title]'),
          (r) => r.elements.some((e) => e.text.includes(HOVERED_PERSON)),
        );
        expect(title.elements[0]?.text).toContain(HOVERED_PERSON);
      } finally {
        await popup.close();
        await page.close();
      }
    });

    it('leaves pages that are not articles alone (search results, a news home page)', async () => {
      for (const file of NON_ARTICLES) {
        const page = await running().newPage();
        const url = server?.url(file) ?? '';
        await page.goto(url);
        const status = await waitFor(
          `the content script's state on ${file}`,
          async () => statusOf(await running().tabState(url)),
          (s) => s !== undefined && s !== 'loading',
        );
        expect(status, `state of ${file}`).toBe('not-article');
        const ranges = await page.evaluate(readHighlights, null);
        const painted = Object.entries(ranges ?? {}).flatMap(([name, list]) =>
          list.map((r) => `${name}: ${r.text}`),
        );
        expect(painted, `highlights on ${file}`).toEqual([]);
        await shot(page, path.basename(file, '.html'));
        await page.close();
      }
    });

    it('leaves an article in another language unhighlighted and says why', async () => {
      const file = 'pages/e2e-french-article.html';
      const page = await running().newPage();
      const url = server?.url(file) ?? '';
      await page.goto(url);
      const answer = await waitFor(
        "the content script's state on the French article",
        () => running().tabState(url),
        (a) => statusOf(a) !== undefined && statusOf(a) !== 'loading',
      );
      expect(statusOf(answer), 'state of the French article').toBe('unsupported-language');
      expect(JSON.stringify(answer), 'the reason names the language').toContain('French');
      const ranges = await page.evaluate(readHighlights, null);
      const painted = Object.entries(ranges ?? {}).flatMap(([name, list]) =>
        list.map((r) => `${name}: ${r.text}`),
      );
      expect(painted, 'highlights on the French article').toEqual([]);
      await page.close();
    });

    it('keeps a note on the same words after a reload and a browser restart', async () => {
      let page = await openArticle();
      await articleReady(page);

      await addNoteOnPassage(page, NOTE_PASSAGE, NOTE_BODY);

      await page.reload();
      await waitForNoteOn(page, NOTE_PASSAGE, 'after a reload');
      await page.close();

      await running().restart();
      page = await openArticle();
      await waitForNoteOn(page, NOTE_PASSAGE, 'after the browser was closed and opened again');

      await articleReady(page);
      await hover(page, NOTE_PASSAGE);
      await waitForUi(page, '[data-gloss-card][data-kind="note"]', 'the note card on hover');
      const body = await page.evaluateInUi(queryUi, '[data-gloss-card] [data-gloss-note-body]');
      expect(body.elements[0]?.text, 'the note card shows the note').toBe(NOTE_BODY);
      if (browserName === 'chromium') {
        // The production build closes the UI's shadow root: while the card shows the note, the
        // page's own scripts find the host but neither its root nor the note's text.
        const seen = await page.evaluate(uiSeenByPage, NOTE_BODY);
        expect(seen, "what the page's scripts see of the open note card").toEqual({
          host: true,
          shadowRootReadable: false,
          textVisible: false,
        });
      }
      await shot(page, 'note-card');
      await page.close();
    });

    const context: SuiteContext = {
      browserName,
      running,
      url: (file) => server?.url(file) ?? '',
      shot,
    };
    definePageChangeTests(context);
    defineCardTests(context);
    defineLibraryTests(context);
    defineResilienceTests(context);
  });
}
