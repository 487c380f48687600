/**
 * The entity model's load time in the browser (Debian's /usr/bin/chromium through playwright-core):
 * the entity engine with its weights, name lists and clusters, bundled by esbuild as the extension
 * bundles it (JSON imported as data), is evaluated in a blank page, then its model is decoded
 * (`getNerModel`) and one short text tagged. Each run is a fresh page, so nothing is cached between
 * runs; medians over the runs. The claim engine alone (a much smaller model) is timed the same way,
 * as the baseline, and so is the entity engine with its models bundled as JSON strings.
 *
 *     npm run bench:ner:chromium [-- --runs 9]
 */

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { chromium } from 'playwright-core';
import { numberOption } from '../scripts/cli-args';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/e2e/chromium-driver';
import { median, p95 } from './stats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A sentence with a name of each kind, so the first tagging touches every part of the model. */
const SAMPLE =
  'Russian President Vladimir Putin arrived in Baku on Monday for talks with the United Nations.';

/**
 * esbuild's JSON loader writes the data as an object literal, as the extension's build does (what
 * ships). `asJsonString` writes each model file as `JSON.parse("…")` instead, the usual advice for
 * large data: measured here as the alternative, it loads slower (the models are mostly long strings).
 */
function modelsAsJsonStrings(asJsonString: boolean): Plugin[] {
  if (!asJsonString) return [];
  return [
    {
      name: 'models-as-json-strings',
      setup(b) {
        b.onLoad({ filter: /[\\/]analysis[\\/]models[\\/][^\\/]+\.json$/ }, async (args) => {
          const text = (await readFile(args.path, 'utf8')).trim();
          return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
        });
      },
    },
  ];
}

async function bundle(entry: string, asJsonString = false): Promise<string> {
  const out = await build({
    plugins: modelsAsJsonStrings(asJsonString),
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

interface Timing {
  evaluate: number;
  decode: number;
  firstText: number;
}

async function main(): Promise<void> {
  const runs = numberOption('--runs', 9);
  const nerEntry = `
    import { getNerModel, recognizeEntities } from './analysis/entities';
    window.__glossNer = { getNerModel, recognizeEntities };`;
  const ner = await bundle(nerEntry);
  const nerJsonString = await bundle(nerEntry, true);
  const claims = await bundle(`
    import { detectClaims } from './analysis/claims';
    import { splitSentences } from './analysis/segment/sentences';
    window.__glossClaims = { detectClaims, splitSentences };`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(null),
  });
  const nerRuns: Timing[] = [];
  const jsonStringRuns: Timing[] = [];
  const claimRuns: number[] = [];
  let version = '';
  try {
    version = browser.version();
    for (let r = 0; r < runs; r++) {
      // One fresh page per bundle, so no run warms the code of another.
      for (const [code, into] of [
        [ner, nerRuns],
        [nerJsonString, jsonStringRuns],
      ] as const) {
        const page = await browser.newPage();
        into.push(await page.evaluate(timeEntityEngine, { code, text: SAMPLE }));
        await page.close();
      }
      const page = await browser.newPage();
      claimRuns.push(await page.evaluate(timeClaimEngine, { code: claims, text: SAMPLE }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const show = (label: string, xs: number[]) =>
    `${label.padEnd(52)} median ${median(xs).toFixed(1).padStart(6)} ms   p95 ${p95(xs).toFixed(1).padStart(6)} ms`;
  const load = (t: Timing) => t.evaluate + t.decode;
  console.log(`Chromium ${version}, ${runs} fresh pages per bundle`);
  console.log(
    `bundles, minified: entity engine ${(ner.length / 1e6).toFixed(2)} MB (models as object literals), ` +
      `${(nerJsonString.length / 1e6).toFixed(2)} MB (as JSON strings); claim engine ${(claims.length / 1e6).toFixed(2)} MB`,
  );
  for (const [name, xs] of [
    ['models as object literals (as shipped)', nerRuns],
    ['models as JSON.parse strings (alternative)', jsonStringRuns],
  ] as const) {
    console.log(`entity engine, ${name}:`);
    console.log(
      show(
        '  evaluate the bundle',
        xs.map((t) => t.evaluate),
      ),
    );
    console.log(
      show(
        '  decode the model (getNerModel)',
        xs.map((t) => t.decode),
      ),
    );
    console.log(show('  load = evaluate + decode', xs.map(load)));
    console.log(
      show(
        '  then tag one sentence',
        xs.map((t) => t.firstText),
      ),
    );
  }
  console.log(show('claim engine: evaluate + first sentence', claimRuns));
  console.log(
    `load ratio, JSON strings / object literals: ${(median(jsonStringRuns.map(load)) / median(nerRuns.map(load))).toFixed(2)}`,
  );
}

/** In the page: evaluates the entity engine's bundle, decodes its model, tags `text`. */
function timeEntityEngine({ code, text }: { code: string; text: string }): Timing {
  const w = window as unknown as {
    __glossNer: { getNerModel(): unknown; recognizeEntities(t: string): unknown };
  };
  const t0 = performance.now();
  new Function(code)();
  const t1 = performance.now();
  w.__glossNer.getNerModel();
  const t2 = performance.now();
  w.__glossNer.recognizeEntities(text);
  const t3 = performance.now();
  return { evaluate: t1 - t0, decode: t2 - t1, firstText: t3 - t2 };
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
