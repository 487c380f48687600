/**
 * Entity benchmark: F1 per set and per type on the CoNLL-2003 test set and its CoNLL++ correction,
 * throughput, model size and load time, with compromise measured in the same run as the baseline.
 *
 *   npm run bench:ner            (official figures through the analyze CLI)
 *   npm run bench:ner -- --direct   (calls analyzeText in process instead of the CLI)
 *
 * Scoring (../shared/docs/analysis-contract.md): exact span and type, micro F1; person→PER,
 * organization→ORG, place→LOC, value types ignored, every other name type→MISC.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { build } from 'esbuild';
import { analyzeText } from '../analysis/analyze-text';
import { recognizeEntities } from '../analysis/entities';
import { loadModel, type NerModelFile } from '../analysis/entities/model';
import type { NameListsFile } from '../analysis/entities/name-lists';
import { type ScoredSpan, SpanScorer } from '../analysis/entities/score';
import { parseJsonl } from '../analysis/entities/training-data';
import type { WordClustersFile } from '../analysis/entities/word-clusters';
import type { EntityMention } from '../analysis/types';
import { VALUE_TYPES } from '../analysis/types';
import { detokenize } from './detokenize';
import { median } from './stats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SETS = [
  ['conll2003/test', '../shared/eval/ner/conll2003/test.jsonl'],
  ['conllpp/test', '../shared/eval/ner/conllpp_crossweigh/test.jsonl'],
] as const;
const direct = process.argv.includes('--direct');

/** Maps a Gloss entity type to its CoNLL class, or null for values (not scored). */
function toConll(type: string): string | null {
  if ((VALUE_TYPES as readonly string[]).includes(type)) return null;
  if (type === 'person') return 'PER';
  if (type === 'organization') return 'ORG';
  if (type === 'place') return 'LOC';
  return 'MISC';
}

function scoredSpans(
  entities: ReadonlyArray<Pick<EntityMention, 'start' | 'end' | 'type'>>,
): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  for (const e of entities) {
    const t = toConll(e.type);
    if (t) out.push({ start: e.start, end: e.end, type: t });
  }
  return out;
}

/** Runs the analyze CLI over the documents; returns entities per id. */
function runCli(docs: ReadonlyArray<{ id: string; text: string }>): Map<string, EntityMention[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gloss-bench-ner-'));
  try {
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(input, docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n'));
    const out = execFileSync('npm', ['run', '--silent', 'analyze', '--', '--jsonl', input], {
      cwd: repoRoot,
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'inherit'],
    }).toString('utf8');
    const byId = new Map<string, EntityMention[]>();
    for (const line of out.split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as { id: string; text: string; entities?: EntityMention[] };
      byId.set(rec.id, rec.entities ?? []);
    }
    return byId;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** compromise's people, organisations and places with offsets (the baseline). */
function compromiseSpans(text: string): ScoredSpan[] {
  const doc = nlp(text);
  const out: ScoredSpan[] = [];
  const add = (view: { json: (o: object) => unknown }, type: string) => {
    const json = view.json({ offset: true }) as Array<{
      offset?: { start: number; length: number };
    }>;
    for (const j of json)
      if (j.offset)
        out.push({ start: j.offset.start, end: j.offset.start + j.offset.length, type });
  };
  add(doc.people(), 'PER');
  add(doc.organizations(), 'ORG');
  add(doc.places(), 'LOC');
  return out;
}

function fmt(s: SpanScorer): string {
  const o = s.overall();
  const per = Object.entries(s.perType())
    .map(([t, v]) => `${t} ${v.f1.toFixed(3)}`)
    .join(', ');
  return `F1 ${o.f1.toFixed(4)} (P ${o.precision.toFixed(3)} R ${o.recall.toFixed(3)}); ${per}`;
}

async function main(): Promise<void> {
  const allTexts: string[] = [];
  for (const [name, rel] of SETS) {
    const file = path.resolve(repoRoot, rel);
    const docs = parseJsonl(readFileSync(file, 'utf8'));
    allTexts.push(...docs.map((d) => d.text));
    const ours = new SpanScorer();
    const base = new SpanScorer();
    const t0 = performance.now();
    const predicted = direct
      ? new Map(docs.map((d) => [d.id, analyzeText(d.text).entities]))
      : runCli(docs);
    const oursMs = performance.now() - t0;
    const t1 = performance.now();
    for (const d of docs) {
      const gold = d.entities.map((e) => ({ start: e.start, end: e.end, type: e.type }));
      ours.add(gold, scoredSpans(predicted.get(d.id) ?? []));
      base.add(gold, compromiseSpans(d.text));
    }
    const baseMs = performance.now() - t1;
    console.log(`${name} (${docs.length} docs) via ${direct ? 'analyzeText' : 'analyze CLI'}:`);
    console.log(`  gloss      ${fmt(ours)}  [${(oursMs / 1000).toFixed(1)} s incl. start-up]`);
    console.log(`  compromise ${fmt(base)}  [${(baseMs / 1000).toFixed(1)} s]`);
  }

  // The tuning split, for reference (epochs and rules were chosen on it): the engine in process.
  const devDocs = parseJsonl(
    readFileSync(path.resolve(repoRoot, '../shared/train/ner/dev.jsonl'), 'utf8'),
  );
  const dev = new SpanScorer();
  for (const d of devDocs) dev.add(d.entities, scoredSpans(recognizeEntities(d.text).mentions));
  console.log(`conllpp/dev (tuning split, ${devDocs.length} docs) via recognizeEntities:`);
  console.log(`  gloss      ${fmt(dev)}`);
  // The same split with real spacing ("Germany's", not "Germany 's"): what news text looks like.
  const spaced = new SpanScorer();
  for (const d of devDocs.map(detokenize)) {
    spaced.add(d.entities, scoredSpans(recognizeEntities(d.text).mentions));
  }
  console.log(`conllpp/dev with real spacing (bench/detokenize.ts) via recognizeEntities:`);
  console.log(`  gloss      ${fmt(spaced)}`);

  // Throughput on one core: recognizeEntities over the CoNLL-2003 test texts, after a warm-up run.
  // Both wall time and this process's CPU time are reported: the machine is shared, and CPU time is
  // what one core spends.
  const corpus = allTexts.slice(0, 231).join('\n\n');
  const mb = Buffer.byteLength(corpus, 'utf8') / 1e6;
  // Three warm-up runs: the first runs of a JIT-compiled engine are not its steady state.
  for (let k = 0; k < 3; k++) recognizeEntities(corpus);
  const timed = (f: () => void) => {
    const c = process.cpuUsage();
    const t = performance.now();
    f();
    const u = process.cpuUsage(c);
    return { wall: (performance.now() - t) / 1000, cpu: (u.user + u.system) / 1e6 };
  };
  const runs = Array.from({ length: 7 }, () => timed(() => recognizeEntities(corpus)));
  const slice = corpus.slice(0, 100_000);
  const smb = Buffer.byteLength(slice, 'utf8') / 1e6;
  const baseRuns = Array.from({ length: 3 }, () => timed(() => compromiseSpans(slice)));
  const rate = (size: number, xs: number[]) => size / median(xs);
  const ourWall = rate(
    mb,
    runs.map((r) => r.wall),
  );
  const ourCpu = rate(
    mb,
    runs.map((r) => r.cpu),
  );
  const baseWall = rate(
    smb,
    baseRuns.map((r) => r.wall),
  );
  const baseCpu = rate(
    smb,
    baseRuns.map((r) => r.cpu),
  );
  console.log(
    `throughput (median of 7 over ${mb.toFixed(2)} MB): gloss ${ourWall.toFixed(2)} MB/s wall, ` +
      `${ourCpu.toFixed(2)} MB/s CPU; compromise (median of 3 over ${smb.toFixed(2)} MB) ` +
      `${baseWall.toFixed(3)} MB/s wall, ${baseCpu.toFixed(3)} MB/s CPU; ratio ${(ourCpu / baseCpu).toFixed(1)}x (CPU)`,
  );
  // A fixed integer loop, so figures from a loaded machine can be compared with a quiet one.
  const loop = timed(() => {
    let x = 0;
    for (let i = 0; i < 1e8; i++) x = (x + Math.imul(i, 2654435761)) | 0;
    if (x === 42) console.log('');
  });
  console.log(
    `machine speed: 1e8-step integer loop ${loop.cpu.toFixed(2)} s CPU, ${loop.wall.toFixed(2)} s wall`,
  );

  // Size: the weights file, and the entity engine bundled with it (minified, gzipped).
  const weightsPath = path.resolve(repoRoot, 'analysis/models/ner-weights.json');
  const weightsText = readFileSync(weightsPath, 'utf8');
  const listsText = readFileSync(path.resolve(repoRoot, 'analysis/models/name-lists.json'), 'utf8');
  const clustersText = readFileSync(
    path.resolve(repoRoot, 'analysis/models/word-clusters.json'),
    'utf8',
  );
  const bundle = await build({
    entryPoints: [path.resolve(repoRoot, 'analysis/entities/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
  });
  const code = bundle.outputFiles[0]!.contents;
  console.log(
    `size: weights ${(weightsText.length / 1e6).toFixed(2)} MB raw, ${(gzipSync(weightsText).length / 1e6).toFixed(2)} MB gzipped; ` +
      `name lists ${(gzipSync(listsText).length / 1e6).toFixed(2)} MB gzipped; word clusters ${(gzipSync(clustersText).length / 1e6).toFixed(2)} MB gzipped; ` +
      `engine + weights + lists + clusters bundle ${(code.length / 1e6).toFixed(2)} MB minified, ${(gzipSync(code).length / 1e6).toFixed(2)} MB gzipped`,
  );

  // Load: parse the JSON texts and build the tables, as the first call in a page does (the lists
  // and clusters are built only when the model's weights use them).
  const loads: number[] = [];
  let uses = '';
  for (let k = 0; k < 7; k++) {
    const t = performance.now();
    const model = loadModel(JSON.parse(weightsText) as NerModelFile, {
      nameLists: JSON.parse(listsText) as NameListsFile,
      clusters: JSON.parse(clustersText) as WordClustersFile,
    });
    loads.push(performance.now() - t);
    uses = Object.keys(model.external).join(' + ') || 'neither lists nor clusters';
  }
  console.log(
    `load: median ${median(loads).toFixed(1)} ms of 7 (JSON.parse + loadModel; model uses ${uses})`,
  );
}

await main();
