/**
 * Article evaluation over ../shared/eval/articles/manifest.json (read by path, never copied): runs the
 * `analyze` CLI (`--extract-only`) over every page in one process and prints is-article accuracy,
 * title match and the article-extraction-benchmark text metric (see cli/text-overlap.ts).
 *
 *     npm run eval:articles [-- --verbose] [-- --json]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { meanOverlap, type PageOverlap, pageOverlap, titlesMatch } from '../cli/text-overlap';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.resolve(repoRoot, '../shared/eval/articles');

/** One page of ../shared/eval/articles/manifest.json (the fields the project reads). */
export interface ManifestEntry {
  id: string;
  /** The page's HTML, relative to the eval folder ({@link articleEvalDir}). */
  path: string;
  is_article: boolean;
  page_type: string;
  title: string | null;
  url: string | null;
  lang: string | null;
  expected_text_path: string | null;
}

/** The article evaluation folder, ../shared/eval/articles beside the repository (read, never copied). */
export const articleEvalDir = evalDir;

/** Every page of the article evaluation set, as its manifest lists them. */
export function readArticleManifest(): ManifestEntry[] {
  return JSON.parse(readFileSync(path.join(evalDir, 'manifest.json'), 'utf8')) as ManifestEntry[];
}

interface CliRecord {
  id: string;
  isArticle?: boolean;
  title?: string;
  text?: string;
  error?: string;
  detection?: { reason: string };
  timings?: Record<string, number>;
}

/** The figures of one evaluation run. */
export interface ArticleEvalSummary {
  articles: number;
  articlesFound: number;
  nonArticles: number;
  nonArticlesRejected: number;
  titles: number;
  titlesRight: number;
  text: { precision: number; recall: number; f1: number };
  errors: number;
  seconds: number;
}

/** Runs the CLI over the manifest's pages (one process, JSONL on stdin) and collects its records. */
function runCli(entries: readonly ManifestEntry[]): Promise<Map<string, CliRecord>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'cli/analyze.ts'), '--extract-only', '--jsonl', '-'],
      { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`analyze exited with ${code}`));
      const records = new Map<string, CliRecord>();
      for (const line of out.split('\n')) {
        if (!line.trim()) continue;
        const rec = JSON.parse(line) as CliRecord;
        records.set(rec.id, rec);
      }
      resolve(records);
    });
    for (const e of entries) {
      const html = readFileSync(path.join(evalDir, e.path), 'utf8');
      const line: Record<string, string> = { id: e.id, html };
      if (e.url) line.url = e.url;
      child.stdin.write(`${JSON.stringify(line)}\n`);
    }
    child.stdin.end();
  });
}

/** Evaluates every manifest page; `log` receives one line per miss when given. */
export async function evaluateArticles(log?: (line: string) => void): Promise<ArticleEvalSummary> {
  const entries = readArticleManifest();
  const t0 = performance.now();
  const records = await runCli(entries);
  const seconds = (performance.now() - t0) / 1000;
  const s: ArticleEvalSummary = {
    articles: 0,
    articlesFound: 0,
    nonArticles: 0,
    nonArticlesRejected: 0,
    titles: 0,
    titlesRight: 0,
    text: { precision: 0, recall: 0, f1: 0 },
    errors: 0,
    seconds,
  };
  const overlaps: PageOverlap[] = [];
  for (const e of entries) {
    const rec = records.get(e.id);
    if (!rec || rec.error) {
      s.errors++;
      log?.(`ERROR ${e.id}: ${rec?.error ?? 'no output'}`);
    }
    const isArticle = rec?.isArticle === true;
    if (e.is_article) {
      s.articles++;
      if (isArticle) s.articlesFound++;
      else log?.(`MISSED article ${e.id} (${e.page_type}): ${rec?.detection?.reason ?? ''}`);
    } else {
      s.nonArticles++;
      if (!isArticle) s.nonArticlesRejected++;
      else log?.(`ACCEPTED non-article ${e.id} (${e.page_type}): ${rec?.detection?.reason ?? ''}`);
    }
    if (e.is_article && e.title) {
      s.titles++;
      if (titlesMatch(e.title, rec?.title)) s.titlesRight++;
      else log?.(`TITLE ${e.id}: expected "${e.title}", got "${rec?.title ?? ''}"`);
    }
    if (e.is_article && e.expected_text_path) {
      const gold = readFileSync(path.join(evalDir, e.expected_text_path), 'utf8');
      const o = pageOverlap(gold, rec?.text ?? '');
      overlaps.push(o);
      const f = o.tp + o.fp > 0 && o.tp + o.fn > 0 ? (2 * o.tp) / (2 * o.tp + o.fp + o.fn) : 0;
      if (f < 0.9)
        log?.(
          `TEXT ${e.id}: F1 ${f.toFixed(3)} (tp ${o.tp.toFixed(2)} fp ${o.fp.toFixed(2)} fn ${o.fn.toFixed(2)})`,
        );
    }
  }
  s.text = meanOverlap(overlaps);
  return s;
}

/** Prints the figures as a small table. */
function print(s: ArticleEvalSummary): void {
  const pct = (a: number, b: number): string =>
    `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)}%)`;
  console.log(`articles found        ${pct(s.articlesFound, s.articles)}`);
  console.log(`non-articles rejected ${pct(s.nonArticlesRejected, s.nonArticles)}`);
  console.log(`titles right          ${pct(s.titlesRight, s.titles)}`);
  console.log(
    `text (4-shingles)     P ${s.text.precision.toFixed(3)}  R ${s.text.recall.toFixed(3)}  F1 ${s.text.f1.toFixed(3)}`,
  );
  console.log(`errors ${s.errors}; ${s.seconds.toFixed(1)} s for the CLI run`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const verbose = process.argv.includes('--verbose');
  const json = process.argv.includes('--json');
  evaluateArticles(verbose ? (l) => console.log(l) : undefined).then(
    (s) => (json ? console.log(JSON.stringify(s, null, 2)) : print(s)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
