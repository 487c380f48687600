/**
 * Detection and extraction time per page over the dev pages (../shared/eval/articles, read by path),
 * in Node on linkedom, with Mozilla Readability measured in the same run as the baseline:
 * `isProbablyReaderable` against our `detectArticle`, `new Readability(clone).parse()` (on a clone, as
 * it mutates) against our `extractArticle` (on the live document, with its text map).
 *
 *     npm run bench:articles [-- --runs 5]
 *
 * Each page is parsed once; each step runs `runs` times on it (after one warm-up) and the page's
 * median is kept; the figures are the median and p95 of those over the pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../page/article/detect';
import { extractArticle } from '../page/article/extract';
import { numberOption } from '../scripts/cli-args';
import { articleEvalDir, readArticleManifest } from '../scripts/eval-articles';
import { median, p95 } from './stats';

/** Median time of `runs` calls of `fn` after one warm-up call, in milliseconds. */
function time(fn: () => unknown, runs: number): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

const STEPS = ['detect', 'readerable', 'extract', 'readabilityParse'] as const;
type Step = (typeof STEPS)[number];

function main(): void {
  const runs = numberOption('--runs', 5);
  const entries = readArticleManifest();
  const perPage: Record<'article' | 'non-article', Record<Step, number[]>> = {
    article: { detect: [], readerable: [], extract: [], readabilityParse: [] },
    'non-article': { detect: [], readerable: [], extract: [], readabilityParse: [] },
  };
  for (const e of entries) {
    const html = readFileSync(path.join(articleEvalDir, e.path), 'utf8');
    const { document } = parseHTML(html);
    const group = perPage[e.is_article ? 'article' : 'non-article'];
    group.detect.push(time(() => detectArticle(document), runs));
    group.readerable.push(time(() => isProbablyReaderable(document), runs));
    group.extract.push(time(() => extractArticle(document), runs));
    group.readabilityParse.push(
      time(() => new Readability(document.cloneNode(true) as Document).parse(), runs),
    );
  }
  console.log(
    `Node ${process.version}, linkedom, ${entries.length} pages, ${runs} runs a step a page`,
  );
  console.log('pages            step                median ms   p95 ms');
  for (const [group, steps] of Object.entries(perPage)) {
    for (const step of STEPS) {
      const xs = steps[step];
      console.log(
        `${`${group} (${xs.length})`.padEnd(17)}${step.padEnd(19)}${median(xs).toFixed(2).padStart(9)}${p95(xs).toFixed(2).padStart(9)}`,
      );
    }
    const ratio = (a: Step, b: Step): string => (median(steps[a]) / median(steps[b])).toFixed(2);
    console.log(
      `${group}: detect / isProbablyReaderable = ${ratio('detect', 'readerable')}; extract / Readability.parse = ${ratio('extract', 'readabilityParse')}`,
    );
  }
}

main();
