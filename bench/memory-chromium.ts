/**
 * Memory of the built extension in Debian's Chromium (playwright-core): the page's JS heap on the
 * canonical article and on a page that is not an article, each in a browser without the extension
 * (the baseline) and with it, and the heap of the extension's service worker after it analysed the
 * article.
 *
 *     npm run --silent bench:memory:chromium [-- --runs 3] [-- --build]
 *
 * Builds `.output/chrome-mv3` first (`npx wxt build`) when it is missing or with `--build`, then copies
 * it to a temporary directory so that a concurrent build cannot change it mid-run. Pages come from
 * tests/fixtures on a local static server. Each measurement opens a fresh tab, lets Gloss settle, forces
 * two collections (`HeapProfiler.collectGarbage`) and reads `Runtime.getHeapUsage` through a CDP session
 * on the tab. That figure is the renderer's V8 isolate, which holds the page's world and the content
 * script's isolated world alike; the bench checks this on each run by allocating a known array in
 * Gloss's isolated world and seeing the figure grow by it. The service worker has its own isolate: it is
 * reached through a browser CDP session (`Target.attachToTarget` without `flatten`, since playwright's
 * sessions cannot address a flattened child session, then `Target.sendMessageToTarget`).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { hasFlag, numberOption } from '../scripts/cli-args';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/e2e/chromium-driver';
import { startStaticServer } from '../tests/e2e/static-server';
import { median } from './stats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_DIR = path.join(repoRoot, '.output/chrome-mv3');
const FIXTURES_DIR = path.join(repoRoot, 'tests/fixtures');

/** The two pages: the canonical article, and a news front page that Gloss must leave alone. */
const PAGES = [
  { key: 'article', file: 'azernews-putin-visit.html', isArticle: true },
  { key: 'non-article', file: 'pages/e2e-news-home.html', isArticle: false },
] as const;
type PageKey = (typeof PAGES)[number]['key'];
type Mode = 'without' | 'with';

/** Default runs a page and mode: the fewest that give a median (each run is a fresh tab). */
const DEFAULT_RUNS = 3;
/**
 * How long a tab is left after `load` before it is measured, when there is no highlight to wait for:
 * Gloss's content script runs at `document_idle` and decides on a page within a few hundred ms
 * (bench:articles:chromium: detection 0.3 ms, the analysis round trip tens of ms), so 2 s is ample.
 */
const SETTLE_MS = 2000;
/**
 * After the article's highlights appear, this much longer for what follows them (the hover card's
 * mount, the visit record sent to the background).
 */
const AFTER_HIGHLIGHTS_MS = 1000;
/** Upper bound on waiting for the article's highlights: the e2e suite's bound for the same wait. */
const HIGHLIGHT_TIMEOUT_MS = 15000;
/** The probe array's length: 10^6 doubles, 8 MB, far above the run-to-run jitter of the page heap. */
const PROBE_LENGTH = 1_000_000;
/** The tab's viewport, as in the e2e suite. */
const VIEWPORT = { width: 1280, height: 900 };

const MB = 1e6;

/** One tab's figures (bytes, counts). */
interface PageMeasure {
  used: number;
  backing: number;
  embedder: number;
  perfJsHeap: number;
  nodes: number;
  listeners: number;
  /** Ranges in the page's highlights (all names together). */
  highlights: number;
  /** Growth of `used` when an 8 MB array is made in Gloss's isolated world; NaN without the extension. */
  probeGrowth: number;
}

/** Forces two full collections in the session's isolate and reads its heap. */
async function heapUsage(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return cdp.send('Runtime.getHeapUsage');
}

/**
 * Allocates {@link PROBE_LENGTH} doubles in Gloss's isolated world of the tab and returns how much the
 * tab's `usedSize` grew: about 8 MB when the metric includes the content script's world.
 */
async function probeIsolatedWorld(cdp: CDPSession, extensionId: string): Promise<number> {
  const contexts: Array<{ id: number; origin: string; type: unknown }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    const aux = e.context.auxData as { type?: unknown } | undefined;
    contexts.push({ id: e.context.id, origin: e.context.origin, type: aux?.type });
  });
  await cdp.send('Runtime.enable');
  const world = contexts.find(
    (c) => c.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`,
  );
  await cdp.send('Runtime.disable');
  if (!world) throw new Error("Gloss's isolated world was not found in the tab");
  const before = (await heapUsage(cdp)).usedSize;
  await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `globalThis.__glossMemoryProbe = Array.from({ length: ${PROBE_LENGTH} }, (_, i) => i + 0.5); 0`,
  });
  const after = (await heapUsage(cdp)).usedSize;
  await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression: 'delete globalThis.__glossMemoryProbe',
  });
  return after - before;
}

/**
 * The ranges in all the page's highlights. Gloss registers its named highlights on every page it
 * runs on, so `CSS.highlights.size` alone does not say it painted anything; the ranges do. It is
 * handed to the page as is, so it uses nothing from this module (and declares no inner function).
 */
function highlightRanges(): number {
  let n = 0;
  for (const h of CSS.highlights.values()) n += h.size;
  return n;
}

/** Opens `url` in a fresh tab, lets it settle, measures it and closes the tab. */
async function measurePage(
  context: BrowserContext,
  url: string,
  waitForHighlights: boolean,
  extensionId: string | null,
): Promise<PageMeasure> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    if (waitForHighlights) {
      await page.waitForFunction(highlightRanges, undefined, {
        timeout: HIGHLIGHT_TIMEOUT_MS,
      });
      await page.waitForTimeout(AFTER_HIGHLIGHTS_MS);
    } else {
      await page.waitForTimeout(SETTLE_MS);
    }
    const highlights = await page.evaluate(highlightRanges);
    const usage = await heapUsage(cdp);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.send('Performance.disable');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const probeGrowth = extensionId ? await probeIsolatedWorld(cdp, extensionId) : Number.NaN;
    await cdp.detach();
    return {
      used: usage.usedSize,
      backing: usage.backingStorageSize,
      embedder: usage.embedderHeapUsedSize,
      perfJsHeap: metric('JSHeapUsedSize'),
      nodes: metric('Nodes'),
      listeners: metric('JSEventListeners'),
      highlights,
      probeGrowth,
    };
  } finally {
    await page.close();
  }
}

/**
 * The heap of the extension's service worker: a browser CDP session attaches to its target (not
 * flattened: playwright's sessions cannot address a flattened child) and relays two collections and
 * `Runtime.getHeapUsage`.
 */
async function serviceWorkerHeap(
  context: BrowserContext,
  extensionId: string,
): Promise<{ used: number; backing: number }> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind the persistent context');
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const target = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
    if (!target) throw new Error("the extension's service worker is not running");
    const { sessionId } = await session.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    const pending = new Map<number, (result: unknown) => void>();
    session.on('Target.receivedMessageFromTarget', (e) => {
      const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
      if (msg.id !== undefined)
        pending.get(msg.id)?.(msg.error ? { error: msg.error } : msg.result);
    });
    let nextId = 1;
    const call = async (method: string): Promise<unknown> => {
      const id = nextId++;
      const answer = new Promise<unknown>((resolve) => pending.set(id, resolve));
      await session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
      return answer;
    };
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as {
      usedSize?: number;
      backingStorageSize?: number;
      error?: unknown;
    };
    await session.send('Target.detachFromTarget', { sessionId });
    if (usage.usedSize === undefined) {
      throw new Error(`Runtime.getHeapUsage failed in the worker: ${JSON.stringify(usage.error)}`);
    }
    return { used: usage.usedSize, backing: usage.backingStorageSize ?? 0 };
  } finally {
    await session.detach();
  }
}

/** Builds the Chrome MV3 extension when asked or missing, and copies it where no build can reach it. */
function preparedBuild(forceBuild: boolean): { dir: string; cleanup: () => void } {
  if (forceBuild || !existsSync(path.join(BUILD_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gloss-memory-build-'));
  const dir = path.join(tmp, 'chrome-mv3');
  cpSync(BUILD_DIR, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

interface ModeResult {
  version: string;
  pages: Record<PageKey, PageMeasure[]>;
  workerAtStart?: { used: number; backing: number };
  workerAfterArticle: Array<{ used: number; backing: number }>;
}

/** One browser (with or without the extension), `runs` fresh tabs on each page. */
async function runMode(
  mode: Mode,
  extensionDir: string,
  urls: Record<PageKey, string>,
  runs: number,
): Promise<ModeResult> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'gloss-memory-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    args: chromiumArgs(mode === 'with' ? extensionDir : null),
  });
  try {
    let extensionId: string | null = null;
    const result: ModeResult = {
      version: context.browser()?.version() ?? '?',
      pages: { article: [], 'non-article': [] },
      workerAfterArticle: [],
    };
    if (mode === 'with') {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      extensionId = new URL(worker.url()).host;
      // The worker is reported as soon as it starts; give its 4 MB script time to be evaluated.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      result.workerAtStart = await serviceWorkerHeap(context, extensionId);
    }
    for (let run = 0; run < runs; run++) {
      for (const p of PAGES) {
        const m = await measurePage(
          context,
          urls[p.key],
          mode === 'with' && p.isArticle,
          extensionId,
        );
        if (mode === 'with' && p.isArticle && m.highlights === 0) {
          throw new Error('Gloss painted no highlight on the article');
        }
        result.pages[p.key].push(m);
        if (extensionId && p.isArticle) {
          result.workerAfterArticle.push(await serviceWorkerHeap(context, extensionId));
        }
      }
    }
    return result;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const mb = (bytes: number, digits = 2) => `${(bytes / MB).toFixed(digits)} MB`;

/** One table row: medians without and with, the delta and the ratio. */
function row(label: string, without: number[], withExt: number[], unit: 'MB' | 'count'): string {
  const a = median(without);
  const b = median(withExt);
  const fmt = (v: number) => (unit === 'MB' ? mb(v) : v.toFixed(0)).padStart(10);
  const delta =
    unit === 'MB' ? `${b - a >= 0 ? '+' : ''}${mb(b - a)}` : `${b - a >= 0 ? '+' : ''}${b - a}`;
  return `  ${label.padEnd(34)}${fmt(a)}${fmt(b)}${delta.padStart(12)}   ${a > 0 ? `×${(b / a).toFixed(2)}` : '–'}`;
}

async function main(): Promise<void> {
  const runs = numberOption('--runs', DEFAULT_RUNS);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs wants a positive integer');
  const build = preparedBuild(hasFlag('--build'));
  const server = await startStaticServer(FIXTURES_DIR);
  try {
    const urls = Object.fromEntries(PAGES.map((p) => [p.key, server.url(p.file)])) as Record<
      PageKey,
      string
    >;
    const without = await runMode('without', build.dir, urls, runs);
    const withExt = await runMode('with', build.dir, urls, runs);

    console.log(
      `Chromium ${withExt.version}, ${runs} fresh tabs a page and browser, medians; MB = 10^6 bytes`,
    );
    console.log(
      'heap = Runtime.getHeapUsage of the tab after 2 HeapProfiler.collectGarbage (page world + content-script world)',
    );
    for (const p of PAGES) {
      const a = without.pages[p.key];
      const b = withExt.pages[p.key];
      console.log(
        `${p.key} (${p.file}):${' '.repeat(Math.max(1, 36 - p.key.length - p.file.length - 4))}   without       with       delta   ratio`,
      );
      console.log(
        row(
          'JS heap used (usedSize)',
          a.map((m) => m.used),
          b.map((m) => m.used),
          'MB',
        ),
      );
      console.log(
        row(
          'JS heap + array buffers',
          a.map((m) => m.used + m.backing),
          b.map((m) => m.used + m.backing),
          'MB',
        ),
      );
      console.log(
        row(
          'Blink heap (embedderHeapUsedSize)',
          a.map((m) => m.embedder),
          b.map((m) => m.embedder),
          'MB',
        ),
      );
      console.log(
        row(
          'Performance JSHeapUsedSize',
          a.map((m) => m.perfJsHeap),
          b.map((m) => m.perfJsHeap),
          'MB',
        ),
      );
      console.log(
        row(
          'DOM nodes',
          a.map((m) => m.nodes),
          b.map((m) => m.nodes),
          'count',
        ),
      );
      console.log(
        row(
          'JS event listeners',
          a.map((m) => m.listeners),
          b.map((m) => m.listeners),
          'count',
        ),
      );
      console.log(
        `  highlighted ranges (all CSS.highlights), median: ${median(b.map((m) => m.highlights))}; isolated-world probe: ${mb(8 * PROBE_LENGTH)} array made in Gloss's world → usedSize +${b.map((m) => mb(m.probeGrowth)).join(', ')}`,
      );
      console.log(
        `  runs, usedSize without: ${a.map((m) => mb(m.used)).join(', ')}; with: ${b.map((m) => mb(m.used)).join(', ')}`,
      );
    }
    const start = withExt.workerAtStart;
    const after = withExt.workerAfterArticle;
    if (start) {
      const afterUsed = after.map((w) => w.used);
      const afterAll = after.map((w) => w.used + w.backing);
      console.log(
        `service worker (its own isolate), heap / heap + backing store (array buffers, external strings): at start ${mb(start.used)} / ${mb(start.used + start.backing)}; after analysing the article, median ${mb(median(afterUsed))} / ${mb(median(afterAll))} (growth over the start ${mb(median(afterUsed) - start.used)} / ${mb(median(afterAll) - start.used - start.backing)}); heap after each article visit: ${afterUsed.map((v) => mb(v)).join(', ')}`,
      );
    }
  } finally {
    await server.close();
    build.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
