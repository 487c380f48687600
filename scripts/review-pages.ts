/**
 * A look at real pages as a reader sees them: the built Chrome extension in headless Chromium, on
 * article pages of ../shared/eval/articles (read by path, served locally), with a screenshot of each
 * page and of the card that opens on the first highlight of each kind. It prints what was highlighted.
 * For reviewing by eye; it asserts nothing (the e2e suite does).
 *
 *     npm run build:chrome
 *     npm run review:pages -- [--out DIR] [--settle MS] [PAGE_ID ...]
 *
 * PAGE_ID is a manifest id ("readability/guardian-1"); without one, four news pages are reviewed.
 * Screenshots go to DIR (default artifacts/review), named after the page and the highlight's kind.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/chromium-driver';
import type { E2ePage } from '../tests/e2e/driver';
import { readHighlights } from '../tests/e2e/page-probes';
import { startStaticServer } from '../tests/e2e/static-server';
import { numberOption, stringOption } from './cli-args';
import { articleEvalDir, readArticleManifest } from './eval-articles';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = path.join(repoRoot, '.output/chrome-mv3');

/** Pages reviewed when none is named: news articles of four sites, a feature and three reports. */
const DEFAULT_PAGES = [
  'readability/guardian-1',
  'readability/nytimes-3',
  'readability/wapo-1',
  'readability/seattletimes-1',
];

/** Highlights whose first range gets hovered, and its card shot. */
const HOVERED = [
  'gloss-person',
  'gloss-organization',
  'gloss-place',
  'gloss-product',
  'gloss-claim',
];

/**
 * Time for the analysis after the page's load: the first analysis of a fresh browser takes a few
 * seconds on two busy cores (model loading included); 6 s leaves room.
 */
const DEFAULT_SETTLE_MS = 6000;

/** Time for a card to open after the pointer rests on a highlight (the hover delay, then layout). */
const CARD_MS = 1500;

/**
 * In the page: scrolls the first visible range of highlight `name` to the middle of the view and
 * returns a point on its first line that no other highlight covers (a claim often opens with a name,
 * whose own card would open there), or the line's start; null when nothing of it is on screen.
 * Self-contained (sent as source).
 */
function firstHighlightPoint(name: string): { x: number; y: number; text: string } | null {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  const highlight = registry?.get(name);
  if (!registry || !highlight) return null;
  // Every other highlight's range, made live once for the point tests below.
  const others: Range[] = [];
  registry.forEach((h, key) => {
    if (key === name) return;
    for (const r of h) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      others.push(live);
    }
  });
  for (const abstract of highlight) {
    const range = document.createRange();
    range.setStart(abstract.startContainer, abstract.startOffset);
    range.setEnd(abstract.endContainer, abstract.endOffset);
    const node = range.startContainer;
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: 'center' });
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const first = rects[0];
    if (!first) continue;
    // Each text node of the range has its own boxes: a claim opening with a linked name has the
    // name's box first, wholly under the name's highlight, so every box is tried.
    // No helper functions here: the bundler would wrap them in a name-keeping call the page lacks.
    for (const rect of rects) {
      const y = rect.top + rect.height / 2;
      for (let probe = rect.left + 4; probe < rect.right - 4; probe += 8) {
        const caret = document.caretRangeFromPoint?.(probe, y);
        if (!caret) continue;
        const inOther = others.some((r) =>
          r.isPointInRange(caret.startContainer, caret.startOffset),
        );
        if (!inOther) return { x: probe, y, text: range.toString() };
      }
    }
    return {
      x: first.left + Math.min(first.width / 2, 40),
      y: first.top + first.height / 2,
      text: range.toString(),
    };
  }
  return null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function reviewPage(page: E2ePage, name: string, outDir: string): Promise<void> {
  const highlights = (await page.evaluate(readHighlights, null)) ?? {};
  for (const [kind, ranges] of Object.entries(highlights)) {
    if (ranges.length === 0) continue;
    const texts = ranges.slice(0, 8).map((r) => r.text.replace(/\s+/g, ' ').slice(0, 50));
    console.log(`  ${kind} ×${ranges.length}: ${texts.join(' | ')}`);
  }
  await page.screenshot(path.join(outDir, `${name}.png`));
  for (const kind of HOVERED) {
    const point = await page.evaluate(firstHighlightPoint, kind);
    if (!point) continue;
    await page.mouseMove(point.x, point.y, 5);
    await sleep(CARD_MS);
    const file = path.join(outDir, `${name}-${kind.replace('gloss-', '')}.png`);
    await page.screenshot(file);
    console.log(
      `  card of "${point.text.replace(/\s+/g, ' ').slice(0, 40)}" (${kind}): ${path.relative(repoRoot, file)}`,
    );
    await page.mouseMove(2, 2, 3);
    await sleep(600);
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionDir}: run \`npm run build:chrome\` first`);
  }
  const outDir = path.resolve(repoRoot, stringOption('--out', 'artifacts/review'));
  const settleMs = numberOption('--settle', DEFAULT_SETTLE_MS);
  const named = process.argv
    .slice(2)
    .filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  const ids = named.length > 0 ? named : DEFAULT_PAGES;
  const manifest = new Map(readArticleManifest().map((e) => [e.id, e]));
  const unknown = ids.filter((id) => !manifest.has(id));
  if (unknown.length > 0) throw new Error(`not in the article manifest: ${unknown.join(', ')}`);
  mkdirSync(outDir, { recursive: true });
  const server = await startStaticServer(articleEvalDir);
  const browser = await launchChromium(
    mkdtempSync(path.join(os.tmpdir(), 'gloss-review-')),
    extensionDir,
  );
  try {
    for (const id of ids) {
      const entry = manifest.get(id)!;
      console.log(`${id} (${entry.title ?? 'no title'})`);
      const page = await browser.newPage();
      try {
        await page.goto(server.url(entry.path));
      } catch {
        // Pages whose missing resources hold back the load event are read all the same.
        console.log('  the load event did not come; reviewing the page as it is');
      }
      await sleep(settleMs);
      await reviewPage(page, id.replace(/\W+/g, '_'), outDir);
      const errors = page.errors().filter((e) => /gloss/i.test(e));
      if (errors.length > 0) console.log(`  Gloss errors: ${errors.join(' | ')}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
