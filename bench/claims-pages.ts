/**
 * What the claim engine lists on real article pages: the English articles of
 * ../shared/eval/articles (read by path, never copied), each read as the CLI reads a page (detection,
 * extraction with its headings, code and citations, then the analysis). There is no gold for claims
 * on these pages; the figures say how much of a page the reader sees flagged, and how it moves when
 * the engine changes. Prints per-kind counts and the share of sentences that reach 0.5.
 *
 *     npm run --silent bench:claims:pages [-- --examples 20]   (examples: a seeded sample of the ≥ 0.5 claims)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../analysis/analyze-text';
import { seededRandom } from '../analysis/seeded-random';
import { CLAIM_KINDS } from '../analysis/types';
import { analyzeHtml } from '../cli/page-record';
import { numberOption } from '../scripts/cli-args';
import { articleEvalDir, readArticleManifest } from '../scripts/eval-articles';

/** The check-worthy threshold of the contract: a claim at or above it is highlighted by default. */
const CHECK_WORTHY = 0.5;

function main(): void {
  const examples = numberOption('--examples', 0);
  const manifest = readArticleManifest();
  const pages = manifest.filter((e) => e.is_article && (e.lang ?? 'en').startsWith('en'));
  let sentences = 0;
  let listed = 0;
  let flagged = 0;
  const byKind = new Map<string, number>();
  const sample: string[] = [];
  const t0 = performance.now();
  for (const page of pages) {
    const file = path.join(articleEvalDir, page.path);
    const analysis = analyzeHtml(page.id, readFileSync(file, 'utf8'), undefined, (text, layout) => {
      const result = analyzeText(text, layout);
      sentences += result.sentences.length;
      return result;
    });
    for (const c of analysis.claims ?? []) {
      listed++;
      if (c.score < CHECK_WORTHY) continue;
      flagged++;
      const kind = c.kinds[0] ?? 'none';
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      sample.push(`${c.score.toFixed(2)} ${page.id}: ${c.text.replace(/\s+/g, ' ').slice(0, 110)}`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(`English article pages: ${pages.length} (${seconds.toFixed(1)} s)`);
  console.log(
    `sentences ${sentences}, claims listed ${listed}, claims ≥ ${CHECK_WORTHY} ${flagged}`,
  );
  console.log(
    `share of sentences flagged: ${((100 * flagged) / Math.max(1, sentences)).toFixed(1)}%, ` +
      `${(flagged / pages.length).toFixed(1)} flagged claims a page`,
  );
  console.log(
    `flagged by first kind: ${[...CLAIM_KINDS, 'none']
      .map((k) => `${k} ${byKind.get(k) ?? 0}`)
      .join(', ')}`,
  );
  if (examples > 0) {
    const random = seededRandom(1);
    console.log(`\n${examples} flagged claims, a seeded sample:`);
    for (let i = 0; i < examples && sample.length > 0; i++) {
      console.log(`  ${sample.splice(Math.floor(random() * sample.length), 1)[0]}`);
    }
  }
}

main();
