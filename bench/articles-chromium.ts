/**
 * The article benchmark in real Chromium (Debian's /usr/bin/chromium through playwright-core): the
 * same modules as the content script, bundled with esbuild, timed inside the page on every dev page
 * of ../shared/eval/articles (read by path), with Mozilla Readability in the same page as the
 * baseline. Page scripts are off and every network request is refused, so only our code runs.
 *
 *     npm run bench:articles:chromium [-- --runs 5]
 *
 * Each step runs `runs` times on each page after one warm-up; the page's median is kept; the figures
 * are the median and p95 of those over the pages, split into articles and non-articles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { numberOption } from '../scripts/cli-args';
import { articleEvalDir, readArticleManifest } from '../scripts/eval-articles';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/e2e/chromium-driver';
import { median, p95 } from './stats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const STEPS = ['detect', 'readerable', 'extract', 'readabilityParse'] as const;
type Step = (typeof STEPS)[number];

/** The in-page entry: our detector and extractor, and Readability, on `window.__bench`. */
const ENTRY = `
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { detectArticle } from './page/article/detect';
import { extractArticle } from './page/article/extract';
window.__bench = { isProbablyReaderable, Readability, detectArticle, extractArticle };
// tsx compiles the functions handed to page.evaluate with esbuild's keepNames, which calls __name.
window.__name = (fn) => fn;
`;

async function bundle(): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

interface BenchApi {
  isProbablyReaderable(doc: Document): boolean;
  Readability: new (doc: Document) => { parse(): unknown };
  detectArticle(doc: Document): unknown;
  extractArticle(doc: Document): unknown;
}

async function main(): Promise<void> {
  const runs = numberOption('--runs', 5);
  const entries = readArticleManifest();
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(null),
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  const perPage: Record<'article' | 'non-article', Record<Step, number[]>> = {
    article: { detect: [], readerable: [], extract: [], readabilityParse: [] },
    'non-article': { detect: [], readerable: [], extract: [], readabilityParse: [] },
  };
  let version = '';
  try {
    version = browser.version();
    for (const e of entries) {
      const html = readFileSync(path.join(articleEvalDir, e.path), 'utf8');
      await page.setContent(html, { waitUntil: 'domcontentloaded' });
      await page.evaluate(code);
      const times = await page.evaluate((n: number) => {
        const api = (window as unknown as { __bench: BenchApi }).__bench;
        const med = (xs: number[]): number => {
          const s = [...xs].sort((a, b) => a - b);
          return s[s.length >> 1] ?? 0;
        };
        const time = (fn: () => unknown): number => {
          fn();
          const t: number[] = [];
          for (let i = 0; i < n; i++) {
            const t0 = performance.now();
            fn();
            t.push(performance.now() - t0);
          }
          return med(t);
        };
        return {
          detect: time(() => api.detectArticle(document)),
          readerable: time(() => api.isProbablyReaderable(document)),
          extract: time(() => api.extractArticle(document)),
          readabilityParse: time(() =>
            new api.Readability(document.cloneNode(true) as Document).parse(),
          ),
        };
      }, runs);
      const group = perPage[e.is_article ? 'article' : 'non-article'];
      for (const step of STEPS) group[step].push(times[step]);
    }
  } finally {
    await browser.close();
  }
  console.log(`Chromium ${version}, ${entries.length} pages, ${runs} runs a step a page`);
  console.log('pages            step                median ms   p95 ms');
  for (const [group, steps] of Object.entries(perPage)) {
    for (const step of STEPS) {
      const xs = steps[step];
      const label = `${group} (${xs.length})`.padEnd(17);
      console.log(
        `${label}${step.padEnd(20)}${median(xs).toFixed(2).padStart(9)}${p95(xs).toFixed(2).padStart(9)}`,
      );
    }
    const ratio = (a: Step, b: Step): string => (median(steps[a]) / median(steps[b])).toFixed(2);
    console.log(
      `${group}: detect / isProbablyReaderable = ${ratio('detect', 'readerable')}; extract / Readability.parse = ${ratio('extract', 'readabilityParse')}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
