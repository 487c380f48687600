/**
 * What the analysis costs the first time a process runs it, against the runs after: the extension's
 * background worker starts afresh after 30 s idle, so a reader's first article after every restart
 * runs cold code (the interpreter before the JIT, each regular expression compiled on its first use).
 * Each repetition is a fresh child process (this file with `--child`) that loads the models, then
 * times on the canonical article's text, in order: `splitSentences`, `recognizeEntities`,
 * `detectClaims`, each first call and then a second one. The parent prints medians over the children.
 *
 *     npm run --silent bench:first-call [-- --reps 11]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { hasFlag, numberOption } from '../scripts/cli-args';
import { median } from './stats';

const scriptPath = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(scriptPath), '..');
const ARTICLE_PATH = path.join(repoRoot, 'tests/fixtures/azernews-putin-visit.html');

/** The stages timed, in the order a child runs them. */
const STAGES = ['sentences', 'entities', 'claims'] as const;
type Stage = (typeof STAGES)[number];

/** One child's timings in ms: per stage, the first call and the second. */
type ChildTimes = Record<Stage, [number, number]>;

async function child(): Promise<void> {
  const { document } = parseHTML(readFileSync(ARTICLE_PATH, 'utf8'));
  const text = [...document.querySelectorAll('article p')]
    .map((p) => p.textContent ?? '')
    .join('\n\n');
  const { splitSentences } = await import('../analysis/segment/sentences');
  const { getNerModel, recognizeEntities } = await import('../analysis/entities');
  const { detectClaims } = await import('../analysis/claims');
  getNerModel();
  const twice = <T>(run: () => T): { result: T; times: [number, number] } => {
    const t0 = performance.now();
    const result = run();
    const t1 = performance.now();
    run();
    return { result, times: [t1 - t0, performance.now() - t1] };
  };
  const sentences = twice(() => splitSentences(text));
  const entities = twice(() => recognizeEntities(text, sentences.result));
  const claims = twice(() => detectClaims(text, sentences.result, entities.result.mentions));
  const out: ChildTimes = {
    sentences: sentences.times,
    entities: entities.times,
    claims: claims.times,
  };
  process.stdout.write(JSON.stringify(out));
}

function main(): void {
  const reps = numberOption('--reps', 11);
  const runs: ChildTimes[] = [];
  for (let r = 0; r < reps; r++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', scriptPath, '--child'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    runs.push(JSON.parse(out) as ChildTimes);
  }
  console.log(
    `first and second call on the canonical article, medians of ${reps} fresh processes:`,
  );
  for (const stage of STAGES) {
    const first = median(runs.map((r) => r[stage][0]));
    const second = median(runs.map((r) => r[stage][1]));
    console.log(
      `  ${stage.padEnd(10)} first ${first.toFixed(1).padStart(6)} ms   second ${second
        .toFixed(1)
        .padStart(6)} ms   ×${(first / second).toFixed(1)}`,
    );
  }
}

if (hasFlag('--child')) void child();
else main();
