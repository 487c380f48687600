/**
 * The entity model's load time in the browser (Debian's /usr/bin/chromium through playwright-core),
 * each run on a fresh page of a local HTTP server, medians and p95 over the runs:
 *
 * - **binary pack (as shipped)**: the entity engine bundled as the extension bundles it (its model
 *   source swapped for entrypoints/background/ner-model-source.ts, so no model data in the code), evaluated; then
 *   `loadNerModel()` fetches `models/ner-model.bin` (packNerModel of the JSON files, served by a
 *   node:http server with `no-store`, so every page reads it afresh; the copy that the loader keeps in
 *   CacheStorage is deleted before each page) and unpacks it; the fetch is timed apart from the unpack
 *   (by when the response's bytes arrive);
 * - **baseline, JSON files bundled as object literals** (what shipped before the pack): the bundle is
 *   evaluated, then `getNerModel()` decodes the model.
 *
 * Each bundle's code is fetched from the same server first (timed apart), as the extension's
 * background reads its script from the package. Both then tag one sentence (the first tagging), then the canonical article five times (median:
 * the hot path's speed with either form of the look-up tables). The claim engine's evaluate + first
 * sentence is printed as a reference point.
 *
 * Then the model's load inside the shipped extension's own service worker, restarted before every
 * run: the pack read from the package (the kept copy deleted first: a first load), the pack read
 * from the copy kept in CacheStorage (every later start of the worker), and the bundled JSON.
 *
 * Then the same in the real extension: the shipped build (.output/chrome-mv3) against a build with
 * the JSON files bundled as before (`GLOSS_NER_BUNDLE_JSON=1`, .output/ner-json-baseline), both built
 * first unless `--no-build`. Per run the background's service worker is stopped (DevTools protocol),
 * then an extension page sends `site/get` twice (the first wakes the worker: its script is read and
 * evaluated) and `analyze` on the canonical article twice (the first loads the model: the pack's
 * fetch and unpack, or the bundled JSON's decode; the second is the analysis alone).
 *
 * First, in Node, the hot path's speed with either model: features and greedy decoding of the
 * canonical article with the JSON-built model and with the unpacked one, each in its own process (in
 * one process the feature extractor's call sites would see both kinds of table and slow down both),
 * three processes per model, alternating.
 *
 *     npm run bench:ner:chromium [-- --runs 9] [--no-build]
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { parseHTML } from 'linkedom';
import { chromium, type Page, type Worker } from 'playwright-core';
import { extractDocFeatures } from '../analysis/entities/features';
import { loadModel } from '../analysis/entities/model';
import { type NerModelFiles, packNerModel, unpackNerModel } from '../analysis/entities/model-pack';
import { decodeGreedy, modelScorer } from '../analysis/entities/tagger';
import { sentenceRanges, tokenize } from '../analysis/entities/tokenize';
import { numberOption } from '../scripts/cli-args';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/e2e/chromium-driver';
import { median, p95 } from './stats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODEL_PATH = '/models/ner-model.bin';

/** A sentence with a name of each kind, so the first tagging touches every part of the model. */
const SAMPLE =
  'Russian President Vladimir Putin arrived in Baku on Monday for talks with the United Nations.';

/**
 * The extension build's module swap (wxt.config.ts), for esbuild: model-source.ts becomes
 * entrypoints/background/ner-model-source.ts, and `wxt/browser` a stub whose getURL resolves against the page's origin.
 */
const packedModelSource: Plugin = {
  name: 'packed-model-source',
  setup(b) {
    b.onResolve({ filter: /\/model-source$/ }, () => ({
      path: path.join(repoRoot, 'entrypoints/background/ner-model-source.ts'),
    }));
    b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: 'wxt-browser', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        'export const browser = { runtime: { getURL: (p) => new URL(p, location.href).href } };',
      loader: 'js',
    }));
  },
};

async function bundle(entry: string, plugins: Plugin[] = []): Promise<string> {
  const out = await build({
    plugins,
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/**
 * Serves a blank page at `/`, the pack at {@link MODEL_PATH} and each bundle at `/<name>.js`, never
 * cached: both engines read their bytes the same way, as the extension reads its files.
 */
async function serve(
  pack: Uint8Array,
  bundles: Record<string, string>,
): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const name = req.url?.match(/^\/(\w+)\.js$/)?.[1];
    const body = req.url === MODEL_PATH ? pack : name ? bundles[name] : undefined;
    if (body !== undefined) {
      res.writeHead(200, {
        'content-type': name ? 'text/javascript' : 'application/octet-stream',
        'content-length': typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
        'cache-control': 'no-store',
      });
      res.end(body);
    } else {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      res.end('<!doctype html><title>bench</title>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}/` };
}

/** The canonical article's paragraphs (the text the extension analyses on it). */
async function articleText(): Promise<string> {
  const html = await readFile(
    path.join(repoRoot, 'tests/fixtures/azernews-putin-visit.html'),
    'utf8',
  );
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('article p')].map((p) => p.textContent ?? '').join('\n\n');
}

/** One fresh page's timings, in ms (fetch and unpack are 0 for the baseline). */
interface Timing {
  /** Fetching the bundle's code (as the extension reads its background script). */
  code: number;
  evaluate: number;
  fetch: number;
  unpack: number;
  firstText: number;
  article: number;
}

/**
 * Node, in a child process (`--node-hot-path json|pack`): features + greedy decoding of the article
 * 300 times after a warm-up of 50; prints the median in ms as JSON on stdout.
 */
function nodeHotPathChild(which: string, files: NerModelFiles, text: string): void {
  const m = which === 'pack' ? unpackNerModel(packNerModel(files)) : loadModel(files.model, files);
  const score = modelScorer(m);
  const tokens = tokenize(text);
  const ranges = sentenceRanges(text, tokens);
  const ms: number[] = [];
  for (let i = 0; i < 350; i++) {
    const s = performance.now();
    const f = extractDocFeatures(tokens, ranges, m.gazetteer, m.commonWords, m.lexicon, m.external);
    decodeGreedy(f, m.nTags, score, undefined, undefined, true);
    if (i >= 50) ms.push(performance.now() - s);
  }
  console.log(JSON.stringify({ median: median(ms) }));
}

/** Runs {@link nodeHotPathChild} three times per model, alternating, and prints MB/s. */
function nodeHotPath(chars: number): void {
  const runs: Record<string, number[]> = { json: [], pack: [] };
  for (let r = 0; r < 6; r++) {
    const which = r % 2 ? 'pack' : 'json';
    const out = spawnSync(
      'npx',
      ['tsx', fileURLToPath(import.meta.url), '--node-hot-path', which],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    if (out.status !== 0) throw new Error(`hot-path child failed: ${out.stderr}`);
    runs[which]!.push((JSON.parse(out.stdout) as { median: number }).median);
  }
  const rate = (xs: number[]) => chars / 1e6 / (median(xs) / 1000);
  const json = rate(runs.json!);
  const packed = rate(runs.pack!);
  console.log(
    `Node, features + greedy decoding of the article (${(chars / 1e3).toFixed(1)} k chars), median of 3 processes × 300: ` +
      `JSON-built model ${json.toFixed(2)} MB/s, unpacked model ${packed.toFixed(2)} MB/s (ratio ${(packed / json).toFixed(2)})`,
  );
}

/** Round trips of one service-worker restart, in ms (see the file's comment). */
interface ExtensionTiming {
  wake: number;
  awake: number;
  first: number;
  second: number;
}

/** Builds the shipped extension and the JSON-bundled baseline for Chromium. */
function buildExtensions(): void {
  for (const env of [{}, { GLOSS_NER_BUNDLE_JSON: '1' }]) {
    const r = spawnSync('npx', ['wxt', 'build'], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    if (r.status !== 0) throw new Error(`wxt build failed (${JSON.stringify(env)})`);
  }
}

/** A built extension open in Chromium: its service worker, one of its pages, and DevTools on it. */
interface OpenExtension {
  worker: Worker;
  page: Page;
  /** Stops the service worker; the next message to the background starts a fresh one. */
  stopWorker(): Promise<void>;
  /** Sends the background one `site/get` (which wakes a stopped worker). */
  wakeWorker(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the extension built in `dir` on a fresh profile, its worker answered once. */
async function openExtension(dir: string): Promise<OpenExtension> {
  const profile = mkdtempSync(path.join(tmpdir(), 'gloss-nerload-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(dir),
  });
  const close = async () => {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const page = await ctx.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    // One request first: a worker stopped before it ever answered is not woken by a message.
    await page.evaluate(timeRequests, '');
    const stopWorker = async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      // The worker takes a moment to stop; a message sent before then finds no receiver.
      await page.waitForTimeout(1000);
    };
    const wakeWorker = async () => {
      await page.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage({
          gloss: 1,
          type: 'site/get',
          payload: { host: 'example.com' },
        }),
      );
    };
    return { worker, page, stopWorker, wakeWorker, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Restarts the extension's service worker `runs` times and times its first requests. */
async function timeExtension(dir: string, runs: number, text: string): Promise<ExtensionTiming[]> {
  const ext = await openExtension(dir);
  const out: ExtensionTiming[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      await ext.stopWorker();
      const [wake, awake, first, second] = await ext.page.evaluate(timeRequests, text);
      out.push({ wake: wake!, awake: awake!, first: first!, second: second! });
    }
  } finally {
    await ext.close();
  }
  return out;
}

/**
 * In the shipped extension's service worker, restarted before every run: evaluates an entity
 * engine's bundle there (handed over by DevTools) and loads its model, the pack from the extension's
 * own files (`chrome-extension://…/models/`, as the background reads it) or the bundled JSON, then
 * tags one sentence. Returns per form and run [evaluate, load, first sentence] in ms.
 */
async function timeWorkerLoad(
  dir: string,
  runs: number,
  packedCode: string,
  literalCode: string,
): Promise<{ pack: number[][]; kept: number[][]; literal: number[][] }> {
  const ext = await openExtension(dir);
  const out = { pack: [] as number[][], kept: [] as number[][], literal: [] as number[][] };
  try {
    for (let r = 0; r < runs; r++) {
      // `pack`: the copy kept in CacheStorage is deleted first, so the package is read (a first
      // load); `kept`: the copy the previous pack run kept is read (every later start).
      const forms = [
        ['pack', packedCode],
        ['kept', packedCode],
        ['literal', literalCode],
      ] as const;
      for (const [form, code] of r % 2 ? [...forms].reverse() : forms) {
        await ext.stopWorker();
        // A fresh worker: its handle outlives the restart and evaluates in the new instance.
        await ext.wakeWorker();
        const times = (await ext.worker.evaluate(`(async () => {
          if (${form === 'pack'}) for (const k of await caches.keys()) await caches.delete(k);
          const t0 = performance.now();
          ${code};
          const t1 = performance.now();
          const g = globalThis.__glossNer;
          if (${form !== 'literal'}) await g.loadNerModel(); else g.getNerModel();
          const t2 = performance.now();
          g.recognizeEntities(${JSON.stringify(SAMPLE)});
          return [t1 - t0, t2 - t1, performance.now() - t2];
        })()`)) as number[];
        out[form].push(times);
      }
    }
  } finally {
    await ext.close();
  }
  return out;
}

/** In an extension page: four requests to the background, timed (no named inner functions). */
async function timeRequests(text: string): Promise<number[]> {
  const out: number[] = [];
  const site = { host: 'example.com' };
  for (const [type, payload] of [
    ['site/get', site],
    ['site/get', site],
    ['analyze', { text }],
    ['analyze', { text }],
  ] as const) {
    const t0 = performance.now();
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome.runtime;
    const reply = (await runtime.sendMessage({ gloss: 1, type, payload })) as {
      ok: boolean;
      error?: string;
    } | null;
    if (!reply?.ok) throw new Error(`${type}: ${reply?.error}`);
    out.push(performance.now() - t0);
  }
  return out;
}

async function main(): Promise<void> {
  const hotPath = process.argv.indexOf('--node-hot-path');
  if (hotPath >= 0) {
    const read = async (name: string) =>
      JSON.parse(await readFile(path.join(repoRoot, 'analysis/models', name), 'utf8'));
    const files: NerModelFiles = {
      model: await read('ner-weights.json'),
      nameLists: await read('name-lists.json'),
      clusters: await read('word-clusters.json'),
    };
    nodeHotPathChild(process.argv[hotPath + 1] ?? 'json', files, await articleText());
    return;
  }
  const runs = numberOption('--runs', 9);
  if (!process.argv.includes('--no-build')) buildExtensions();
  const entry = `
    import { getNerModel, loadNerModel, recognizeEntities } from './analysis/entities';
    globalThis.__glossNer = { getNerModel, loadNerModel, recognizeEntities };`;
  const packed = await bundle(entry, [packedModelSource]);
  const literal = await bundle(entry);
  const claims = await bundle(`
    import { detectClaims } from './analysis/claims';
    import { splitSentences } from './analysis/segment/sentences';
    window.__glossClaims = { detectClaims, splitSentences };`);
  const read = async (name: string) =>
    JSON.parse(await readFile(path.join(repoRoot, 'analysis/models', name), 'utf8'));
  const files = {
    model: await read('ner-weights.json'),
    nameLists: await read('name-lists.json'),
    clusters: await read('word-clusters.json'),
  };
  const t = performance.now();
  const pack = packNerModel(files);
  const packMs = performance.now() - t;
  const article = await articleText();
  nodeHotPath(article.length);
  const { server, base } = await serve(pack, { packed, literal });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(null),
  });
  const packRuns: Timing[] = [];
  const literalRuns: Timing[] = [];
  const claimRuns: number[] = [];
  let version = '';
  try {
    version = browser.version();
    for (let r = 0; r < runs; r++) {
      // One fresh page per bundle, so no run warms the code of another; the order alternates.
      const order = [
        ['packed', packRuns, true],
        ['literal', literalRuns, false],
      ] as const;
      for (const [name, into, isPack] of r % 2 ? [...order].reverse() : order) {
        const page = await browser.newPage();
        await page.goto(base);
        into.push(
          await page.evaluate(timeEntityEngine, {
            url: `/${name}.js`,
            text: SAMPLE,
            article,
            pack: isPack,
          }),
        );
        await page.close();
      }
      const page = await browser.newPage();
      await page.goto(base);
      claimRuns.push(await page.evaluate(timeClaimEngine, { code: claims, text: SAMPLE }));
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const show = (label: string, xs: number[]) =>
    `${label.padEnd(52)} median ${median(xs).toFixed(1).padStart(6)} ms   p95 ${p95(xs).toFixed(1).padStart(6)} ms`;
  const load = (x: Timing) => x.evaluate + x.fetch + x.unpack;
  const loadWithCode = (x: Timing) => x.code + load(x);
  console.log(`Chromium ${version}, ${runs} fresh pages per bundle`);
  console.log(
    `bundles, minified: entity engine ${(packed.length / 1e6).toFixed(2)} MB with the pack's loader, ` +
      `${(literal.length / 1e6).toFixed(2)} MB with the models as object literals; ` +
      `claim engine ${(claims.length / 1e6).toFixed(2)} MB`,
  );
  console.log(
    `pack: ${(pack.byteLength / 1e6).toFixed(2)} MB, packed in Node in ${packMs.toFixed(0)} ms`,
  );
  const col = (xs: Timing[], k: keyof Timing) => xs.map((x) => x[k]);
  const col2 = (xs: ExtensionTiming[], k: keyof ExtensionTiming) => xs.map((x) => x[k]);
  console.log('entity engine, binary pack fetched and unpacked (as shipped):');
  console.log(show('  fetch the code', col(packRuns, 'code')));
  console.log(show('  evaluate the bundle', col(packRuns, 'evaluate')));
  console.log(show('  fetch the pack (response bytes in)', col(packRuns, 'fetch')));
  console.log(show('  unpack (loadNerModel after the bytes)', col(packRuns, 'unpack')));
  console.log(show('  load = evaluate + fetch + unpack', packRuns.map(load)));
  console.log(show('  load with the code fetch', packRuns.map(loadWithCode)));
  console.log(show('  then tag one sentence', col(packRuns, 'firstText')));
  console.log(show('  then tag the article (median of 5)', col(packRuns, 'article')));
  console.log('entity engine, baseline: models bundled as object literals (before the pack):');
  console.log(show('  fetch the code', col(literalRuns, 'code')));
  console.log(show('  evaluate the bundle', col(literalRuns, 'evaluate')));
  console.log(show('  decode the model (getNerModel)', col(literalRuns, 'unpack')));
  console.log(show('  load = evaluate + decode', literalRuns.map(load)));
  console.log(show('  load with the code fetch', literalRuns.map(loadWithCode)));
  console.log(show('  then tag one sentence', col(literalRuns, 'firstText')));
  console.log(show('  then tag the article (median of 5)', col(literalRuns, 'article')));
  console.log(show('claim engine: evaluate + first sentence', claimRuns));
  const ratio = (k: (x: Timing) => number) =>
    (median(packRuns.map(k)) / median(literalRuns.map(k))).toFixed(2);
  const packExt = await timeExtension(path.join(repoRoot, '.output/chrome-mv3'), runs, article);
  const jsonExt = await timeExtension(
    path.join(repoRoot, '.output/ner-json-baseline/chrome-mv3'),
    runs,
    article,
  );
  const workerRuns = await timeWorkerLoad(
    path.join(repoRoot, '.output/chrome-mv3'),
    runs,
    packed,
    literal,
  );
  console.log(
    `model load in the extension's own service worker (${runs} fresh workers per form; the code is handed over by DevTools, so its reading is not counted):`,
  );
  for (const [name, xs] of [
    ['binary pack', workerRuns.pack],
    ['binary pack, kept copy', workerRuns.kept],
    ['baseline, JSON bundled', workerRuns.literal],
  ] as const) {
    console.log(
      show(
        `  ${name}: evaluate the code`,
        xs.map((x) => x[0]!),
      ),
    );
    console.log(
      show(
        `  ${name}: load the model (${name.startsWith('binary pack') ? 'read + unpack' : 'decode'})`,
        xs.map((x) => x[1]!),
      ),
    );
    console.log(
      show(
        `  ${name}: evaluate + load`,
        xs.map((x) => x[0]! + x[1]!),
      ),
    );
    console.log(
      show(
        `  ${name}: then tag one sentence`,
        xs.map((x) => x[2]!),
      ),
    );
  }
  console.log(
    `service-worker ratios to the baseline (medians), evaluate + load: pack read from the package ${(
      median(workerRuns.pack.map((x) => x[0]! + x[1]!)) /
        median(workerRuns.literal.map((x) => x[0]! + x[1]!))
    ).toFixed(2)}, from the kept copy ${(
      median(workerRuns.kept.map((x) => x[0]! + x[1]!)) /
        median(workerRuns.literal.map((x) => x[0]! + x[1]!))
    ).toFixed(2)}`,
  );
  for (const [name, xs] of [
    ['the extension as shipped (binary pack)', packExt],
    ['the extension with the JSON files bundled (baseline)', jsonExt],
  ] as const) {
    console.log(`${name}, ${runs} service-worker restarts:`);
    console.log(show('  wake the worker (first site/get)', col2(xs, 'wake')));
    console.log(show('  a request to the awake worker (site/get)', col2(xs, 'awake')));
    console.log(show('  first analysis of the article (model load)', col2(xs, 'first')));
    console.log(show('  second analysis of the article', col2(xs, 'second')));
    console.log(
      show(
        '  wake + first analysis',
        xs.map((x) => x.wake + x.first),
      ),
    );
  }
  const extRatio = (k: (x: ExtensionTiming) => number) =>
    (median(packExt.map(k)) / median(jsonExt.map(k))).toFixed(2);
  console.log(
    `extension ratios pack / baseline (medians): wake ${extRatio((x) => x.wake)}, first analysis ` +
      `${extRatio((x) => x.first)}, wake + first analysis ${extRatio((x) => x.wake + x.first)}`,
  );
  console.log(
    `ratios pack / baseline (medians): load ${ratio(load)}, with the code fetch ${ratio(loadWithCode)}, first sentence ${ratio((x) => x.firstText)}, ` +
      `article ${ratio((x) => x.article)}`,
  );
}

/**
 * In the page: evaluates an entity engine's bundle, loads its model (the pack: `loadNerModel`, with
 * the moment its bytes arrive recorded; the baseline: `getNerModel`), tags `text`, then `article`.
 */
async function timeEntityEngine({
  url,
  text,
  article,
  pack,
}: {
  url: string;
  text: string;
  article: string;
  pack: boolean;
}): Promise<Timing> {
  const w = window as unknown as {
    __glossNer: {
      getNerModel(): unknown;
      loadNerModel(): Promise<void>;
      recognizeEntities(t: string): unknown;
    };
  };
  // The page's origin keeps a copy of the pack in CacheStorage after its first load, as the
  // extension does: deleted here, so every page reads the pack from the server (a first load).
  if (pack) for (const k of await caches.keys()) await caches.delete(k);
  const tc = performance.now();
  const code = await (await fetch(url)).text();
  let bytesIn = 0;
  const arrayBuffer = Response.prototype.arrayBuffer;
  Response.prototype.arrayBuffer = async function (this: Response) {
    const out = await arrayBuffer.call(this);
    bytesIn = performance.now();
    return out;
  };
  const t0 = performance.now();
  new Function(code)();
  const t1 = performance.now();
  if (pack) await w.__glossNer.loadNerModel();
  else w.__glossNer.getNerModel();
  const t2 = performance.now();
  w.__glossNer.recognizeEntities(text);
  const t3 = performance.now();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    w.__glossNer.recognizeEntities(article);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return {
    code: t0 - tc,
    evaluate: t1 - t0,
    fetch: pack ? bytesIn - t1 : 0,
    unpack: pack ? t2 - bytesIn : t2 - t1,
    firstText: t3 - t2,
    article: times[2]!,
  };
}

/** In the page: evaluates the claim engine's bundle and scores `text`'s sentences. */
function timeClaimEngine({ code, text }: { code: string; text: string }): number {
  const w = window as unknown as {
    __glossClaims: {
      detectClaims(t: string, s: unknown, m: unknown[]): unknown;
      splitSentences(t: string): unknown;
    };
  };
  const t0 = performance.now();
  new Function(code)();
  w.__glossClaims.detectClaims(text, w.__glossClaims.splitSentences(text), []);
  return performance.now() - t0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
