/**
 * Memory of the analysis core in Node: what the process holds bare, after the CLI's extraction path,
 * after importing the analysis and decoding its models, whether analysing the canonical article again
 * and again retains anything, and the peak heap while analysing a large text.
 *
 *     npm run --silent bench:memory [-- --reps 5] [--leak-runs 200]
 *
 * (`node --expose-gc --import tsx bench/memory.ts`: the forced collections need `--expose-gc`.)
 * Module state (loaded models) cannot be unloaded, so each repetition is a fresh child process running
 * this file with `--child`; the parent prints medians over them. Every "settled" figure is V8's
 * `heapUsed` after two forced full collections; typed arrays keep their contents outside that heap,
 * so the ArrayBuffer backing stores (`ab`, `process.memoryUsage().arrayBuffers`) are reported beside it.
 * The analysis is imported through its public entry (analysis/analyze-text.ts), so the figures are
 * those of whatever models analysis/models holds when the bench runs.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapSpaceStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { hasFlag, numberOption } from '../scripts/cli-args';
import { median } from './stats';

const scriptPath = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(scriptPath), '..');
const ARTICLE_PATH = path.join(repoRoot, 'tests/fixtures/azernews-putin-visit.html');
const CONLL_TEST_PATH = path.resolve(repoRoot, '../shared/eval/ner/conll2003/test.jsonl');
const MODELS_DIR = path.join(repoRoot, 'analysis/models');

/**
 * Analyses of the article in the leak check (`--leak-runs N` to change). The heap keeps growing for
 * the first ~120 runs while V8 compiles and optimises the hot functions and fills their feedback
 * (a 200-run check flattened out after run 120), so 200 runs leave a steady second half to fit.
 */
const DEFAULT_LEAK_RUNS = 200;
/** The run whose retained heap is reported as the headline figure: what 50 analyses of the article retain. */
const LEAK_REPORT_RUN = 50;
/**
 * The warm-up slope is fitted from this run to {@link LEAK_REPORT_RUN}; the steady slope over the
 * second half of the runs, past the warm-up, is the leak figure.
 */
const LEAK_FIT_FROM = 10;
/**
 * A settled measurement every this many runs of the leak check (plus one after run 1); a full GC
 * costs more than an analysis of the article, so not after every run.
 */
const LEAK_SAMPLE_EVERY = 10;
/**
 * Copies of the joined CoNLL test texts (246 KB) in the large text: 4 make a ~1 MB text; 1 is
 * measured too, to see how the peak scales with the text.
 */
const LARGE_TEXT_COPIES = [1, 4] as const;
/**
 * How often the sampler asks for the heap, in ms. The requests are served by interrupting the busy
 * main thread, so the real interval is longer; the peak is a lower bound.
 */
const SAMPLE_INTERVAL_MS = 2;
/** Default number of child processes: enough for a median that one noisy run cannot move. */
const DEFAULT_REPS = 5;
/** A short text that makes the analysis decode both models (a name for the tagger, a sentence for claims). */
const WARM_UP_TEXT = 'The minister said on Monday in Baku that prices rose by 5 percent last year.';

const MB = 1e6;

/** Heap figures of one settled moment. */
interface Settled {
  heap: number;
  arrayBuffers: number;
  /** The part of `heap` in V8's code spaces: compiled code, which grows as the JIT optimises. */
  code: number;
}

/** What one child process measures (bytes). */
interface ChildResult {
  bare: Settled;
  extraction: Settled;
  imported: Settled;
  loaded: Settled;
  articleChars: number;
  leak: Array<{ run: number } & Settled>;
  large: Array<{
    copies: number;
    chars: number;
    before: number;
    peak: number;
    samples: number;
    retained: number;
  }>;
}

function gcOrThrow(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (npm run bench:memory does)');
  return gc;
}

/** Two full collections (the second frees what finalisers of the first released), then the heap. */
function settle(): Settled {
  const gc = gcOrThrow();
  gc();
  gc();
  const m = process.memoryUsage();
  const code = getHeapSpaceStatistics()
    .filter((space) => space.space_name.includes('code'))
    .reduce((sum, space) => sum + space.space_used_size, 0);
  return { heap: m.heapUsed, arrayBuffers: m.arrayBuffers, code };
}

/**
 * The sampler: a worker thread with an inspector session on the main thread, asking for
 * `Runtime.getHeapUsage` in a loop. The inspector serves it by interrupting the main thread, so it
 * sees the heap while a long synchronous analysis runs.
 */
const SAMPLER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const inspector = require('node:inspector');
const session = new inspector.Session();
session.connectToMainThread();
let peak = 0;
let samples = 0;
let stop = false;
parentPort.on('message', () => { stop = true; });
const tick = () => {
  if (stop) { session.disconnect(); parentPort.postMessage({ peak, samples }); return; }
  session.post('Runtime.getHeapUsage', (err, res) => {
    if (!err) { samples++; if (res.usedSize > peak) peak = res.usedSize; }
    setTimeout(tick, workerData.intervalMs);
  });
};
parentPort.postMessage('ready');
tick();
`;

/** Runs `work` while the sampler watches the main thread's heap; returns the highest heap seen. */
async function peakDuring(work: () => void): Promise<{ peak: number; samples: number }> {
  const worker = new Worker(SAMPLER_SOURCE, {
    eval: true,
    execArgv: [],
    workerData: { intervalMs: SAMPLE_INTERVAL_MS },
  });
  try {
    await new Promise((resolve) => worker.once('message', resolve));
    work();
    const done = new Promise<{ peak: number; samples: number }>((resolve) =>
      worker.once('message', resolve),
    );
    worker.postMessage('stop');
    return await done;
  } finally {
    await worker.terminate();
  }
}

/** The CoNLL-2003 test texts (read by path from ../shared), joined by blank lines. */
function conllTestText(): string {
  return readFileSync(CONLL_TEST_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .join('\n\n');
}

/** One repetition, in its own process. */
async function runChild(leakRuns: number): Promise<ChildResult> {
  // Libraries that log must not corrupt the JSON line this process prints.
  console.log = console.error;
  const conll = conllTestText();
  const html = readFileSync(ARTICLE_PATH, 'utf8');
  const bare = settle();

  // The text as the `analyze` CLI gets it: detection and extraction on a linkedom DOM, no analysis.
  const { analyzeHtml } = await import('../cli/page-record');
  const record = analyzeHtml('azernews-putin-visit', html, undefined, null);
  if (!record.isArticle || record.text.length === 0) {
    throw new Error('the canonical article was not detected or gave no text');
  }
  const articleText = record.text;
  const extraction = settle();

  const { analyzeText } = await import('../analysis/analyze-text');
  const imported = settle();
  const warm = analyzeText(WARM_UP_TEXT);
  if (warm.sentences.length === 0) throw new Error('the warm-up text gave no sentence');
  const loaded = settle();

  const leak: ChildResult['leak'] = [];
  let mentions = 0;
  for (let run = 1; run <= leakRuns; run++) {
    mentions += analyzeText(articleText).entities.length;
    if (run === 1 || run % LEAK_SAMPLE_EVERY === 0) {
      leak.push({ run, ...settle() });
    }
  }
  if (mentions === 0) throw new Error('the article gave no entity mention');

  const large: ChildResult['large'] = [];
  for (const copies of LARGE_TEXT_COPIES) {
    const text = Array.from({ length: copies }, () => conll).join('\n\n');
    const before = settle().heap;
    let result: ReturnType<typeof analyzeText> | undefined;
    const { peak, samples } = await peakDuring(() => {
      result = analyzeText(text);
    });
    const retained = settle().heap - before;
    if (!result || result.entities.length === 0) throw new Error('the large text gave no entity');
    result = undefined;
    large.push({ copies, chars: text.length, before, peak, samples, retained });
  }
  return { bare, extraction, imported, loaded, articleChars: articleText.length, leak, large };
}

/** Least-squares slope of `ys` over `xs` (bytes per run). */
function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/** "median (min–max)" of `xs` in MB. */
function mbRange(xs: readonly number[], digits = 2): string {
  const f = (v: number) => (v / MB).toFixed(digits);
  return `${f(median(xs))} MB (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
}

/** The heap of plain node (no tsx, nothing imported) after two forced collections, for reference. */
function plainNodeHeap(): number {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '-e', 'gc(); gc(); console.log(process.memoryUsage().heapUsed)'],
    { encoding: 'utf8' },
  );
  return Number(out.trim());
}

function runRepetition(leakRuns: number): ChildResult {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, scriptPath, '--child', '--leak-runs', String(leakRuns)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * MB,
    },
  );
  const last = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as ChildResult;
}

function modelFiles(): Array<{ name: string; bytes: number }> {
  return readdirSync(MODELS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, bytes: statSync(path.join(MODELS_DIR, name)).size }));
}

async function runParent(reps: number, leakRuns: number): Promise<void> {
  const plain: number[] = [];
  const results: ChildResult[] = [];
  for (let i = 0; i < reps; i++) {
    plain.push(plainNodeHeap());
    results.push(runRepetition(leakRuns));
  }
  const col = (f: (r: ChildResult) => number) => results.map(f);
  const bare = col((r) => r.bare.heap);
  const modelHeap = col((r) => r.loaded.heap - r.extraction.heap);
  const modelAll = col(
    (r) => r.loaded.heap + r.loaded.arrayBuffers - r.extraction.heap - r.extraction.arrayBuffers,
  );
  const files = modelFiles();
  const fileBytes = files.reduce((a, f) => a + f.bytes, 0);

  console.log(
    `Node ${process.version}, ${reps} child processes; median (min–max) over them; MB = 10^6 bytes`,
  );
  console.log(
    'settled = V8 heapUsed after 2 forced full GCs; ab = ArrayBuffer backing stores (outside that heap)',
  );
  console.log(`  plain node, no tsx (reference)            ${mbRange(plain)}`);
  console.log(`  bare process (node + tsx), baseline       ${mbRange(bare)}  ×1.00`);
  const stage = (label: string, f: (r: ChildResult) => Settled) => {
    const heap = col((r) => f(r).heap);
    const ab = col((r) => f(r).arrayBuffers);
    const ratio = (median(heap) / median(bare)).toFixed(2);
    console.log(`  ${label.padEnd(42)}${mbRange(heap)}  ×${ratio}; ab ${mbRange(ab)}`);
  };
  stage('+ CLI extraction path, article extracted', (r) => r.extraction);
  stage('+ analysis imported (model JSON parsed)', (r) => r.imported);
  stage('+ models decoded (first analyzeText)', (r) => r.loaded);
  console.log(
    `models' share (decoded − before import): heap ${mbRange(modelHeap)}, with +ab ${mbRange(modelAll)}; ×${(median(modelHeap) / median(bare)).toFixed(2)} the bare process's heap; ${((100 * median(modelHeap)) / median(col((r) => r.loaded.heap))).toFixed(0)}% of the heap once loaded`,
  );
  console.log(
    `model files: ${files.map((f) => `${f.name} ${(f.bytes / MB).toFixed(2)} MB`).join(', ')}; total ${(fileBytes / MB).toFixed(2)} MB on disk; decoded heap + ab / file bytes = ${(median(modelAll) / fileBytes).toFixed(2)}`,
  );

  const first = results[0]!;
  const runs = first.leak.map((s) => s.run);
  console.log(
    `leak check: canonical article (${first.articleChars} chars, CLI extraction) analysed ${leakRuns} times; settled heap above "models decoded":`,
  );
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (run !== 1 && run !== LEAK_FIT_FROM && run % LEAK_REPORT_RUN !== 0) continue;
    const above = col((r) => r.leak[i]!.heap - r.loaded.heap);
    const code = col((r) => r.leak[i]!.code - r.loaded.code);
    console.log(
      `  after run ${String(run).padStart(3)}   ${mbRange(above, 3)}; of which compiled code ${mbRange(code, 3)}`,
    );
  }
  const fitted = (from: number, to: number, f: (s: Settled) => number) =>
    col((r) => {
      const fit = r.leak.filter((s) => s.run >= from && s.run <= to);
      return slope(
        fit.map((s) => s.run),
        fit.map(f),
      );
    });
  const slopeLine = (label: string, xs: number[]) =>
    `  ${label.padEnd(36)}median ${median(xs).toFixed(0)} bytes/run (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
  const half = Math.floor(leakRuns / 2 / LEAK_SAMPLE_EVERY) * LEAK_SAMPLE_EVERY;
  const warmTo = Math.min(LEAK_REPORT_RUN, leakRuns);
  console.log('retained growth per run (least-squares slope of the settled figure):');
  const heapAb = (s: Settled) => s.heap + s.arrayBuffers;
  const noCode = (s: Settled) => s.heap - s.code + s.arrayBuffers;
  console.log(
    slopeLine(
      `warm-up, runs ${LEAK_FIT_FROM}–${warmTo}, heap + ab`,
      fitted(LEAK_FIT_FROM, warmTo, heapAb),
    ),
  );
  console.log(
    slopeLine(`steady, runs ${half}–${leakRuns}, heap + ab`, fitted(half, leakRuns, heapAb)),
  );
  console.log(
    slopeLine(`steady, runs ${half}–${leakRuns}, without code`, fitted(half, leakRuns, noCode)),
  );

  console.log(
    'peak while analysing the CoNLL-2003 test texts joined (sampled through the inspector; a lower bound):',
  );
  for (let i = 0; i < LARGE_TEXT_COPIES.length; i++) {
    const l = first.large[i]!;
    const above = col((r) => r.large[i]!.peak - r.large[i]!.before);
    const retained = col((r) => r.large[i]!.retained);
    const samples = col((r) => r.large[i]!.samples);
    const peak = col((r) => r.large[i]!.peak);
    console.log(
      `  ×${l.copies} (${(l.chars / MB).toFixed(2)} M chars): peak heap ${mbRange(peak)} = ${mbRange(above)} above the settled heap (${(median(above) / l.chars).toFixed(0)} bytes a character of text); result held after GC ${mbRange(retained)}; ${median(samples)} samples`,
    );
  }
}

/** The positive integer after `flag`, or `fallback` when the flag is absent. */
function intArg(flag: string, fallback: number): number {
  const value = numberOption(flag, fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} wants a positive integer`);
  return value;
}

async function main(): Promise<void> {
  const leakRuns = intArg('--leak-runs', DEFAULT_LEAK_RUNS);
  if (leakRuns < LEAK_FIT_FROM) throw new Error(`--leak-runs must be at least ${LEAK_FIT_FROM}`);
  if (hasFlag('--child')) {
    process.stdout.write(`${JSON.stringify(await runChild(leakRuns))}\n`);
    return;
  }
  gcOrThrow();
  await runParent(intArg('--reps', DEFAULT_REPS), leakRuns);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
