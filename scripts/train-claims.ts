/**
 * Trains the claim classifier from ../shared/train/claims and writes analysis/models/claims.json.
 *
 *   npm run train:claims                          # cross-validate, calibrate, train, write
 *   npm run train:claims -- --dry-run             # figures only, nothing written
 *   npm run train:claims -- --clef-negative 0.3   # weight of CLEF negatives (default 0.02)
 *   npm run train:claims -- --dry-run --l2 3e-4 --epochs 20 --lr 0.05 --decay 0.1 --average-from 5
 *                                                 # optimiser settings (defaults: DEFAULT_TRAIN_OPTIONS)
 *
 * Deterministic: folds and shuffles come from a fixed seed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildCorpus, debateDate, type LabelledLine } from '../analysis/claims/training/corpus';
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from '../analysis/claims/training/logistic';
import { averagePrecision, f1Score } from '../analysis/claims/training/metrics';
import {
  calibrationFor,
  crossValidatedMargins,
  DEFAULT_SOURCE_WEIGHTS,
  toExamples,
  toModelFile,
  trainClaimWeights,
} from '../analysis/claims/training/pipeline';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');

/** Reads a JSONL file of labelled lines. */
export function readJsonl(file: string): LabelledLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as LabelledLine);
}

/** Dates of the evaluation debates, kept out of training (CLEF 2020 re-releases some of them). */
export function evaluationDebateDates(): Set<string> {
  const rows = readJsonl(path.join(shared, 'eval/claims/clef2019_task1_test.jsonl'));
  return new Set(rows.map((r) => debateDate(r.doc ?? r.id)));
}

/** Loads the training corpus with the evaluation debates left out. */
export function loadTrainingCorpus() {
  const dir = path.join(shared, 'train/claims');
  return buildCorpus(
    readJsonl(path.join(dir, 'claimbuster_train.jsonl')),
    readJsonl(path.join(dir, 'clef2019_task1_train.jsonl')),
    readJsonl(path.join(dir, 'clef2020_task5_train.jsonl')),
    evaluationDebateDates(),
  );
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const dryRun = process.argv.includes('--dry-run');
  const weights = {
    ...DEFAULT_SOURCE_WEIGHTS,
    clefNegative: Number(arg('--clef-negative') ?? DEFAULT_SOURCE_WEIGHTS.clefNegative),
    clefPositive: Number(arg('--clef-positive') ?? DEFAULT_SOURCE_WEIGHTS.clefPositive),
  };
  const epochs = Number(arg('--epochs') ?? DEFAULT_TRAIN_OPTIONS.epochs);
  const l2 = Number(arg('--l2') ?? DEFAULT_TRAIN_OPTIONS.l2);
  const learningRate = Number(arg('--lr') ?? DEFAULT_TRAIN_OPTIONS.learningRate);
  const options: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, epochs, l2, learningRate };
  const decay = arg('--decay');
  if (decay !== undefined) options.decay = Number(decay);
  const averageFrom = arg('--average-from');
  if (averageFrom !== undefined) options.averageFrom = Number(averageFrom);
  const t0 = performance.now();
  const { lines, examples } = toExamples(loadTrainingCorpus(), weights);
  const cbCount = lines.filter((l) => l.source === 'claimbuster').length;
  console.error(
    `corpus: ${lines.length} lines (${cbCount} ClaimBuster, ${lines.length - cbCount} CLEF), ` +
      `weights ${JSON.stringify(weights)}, options ${JSON.stringify(options)}`,
  );
  const cv = crossValidatedMargins(lines, examples, options);
  const cal = calibrationFor(cv.margins, cv.labels);
  const calibrated = cv.margins.map((m) => 1 / (1 + Math.exp(-(cal.a * m + cal.b))));
  const cvAt05 = f1Score(calibrated, cv.labels, 0.5);
  const cvAp = averagePrecision(cv.margins, cv.labels);
  console.error(
    `ClaimBuster ${5}-fold CV: F1@0.5 ${cvAt05.f1.toFixed(4)} (P ${cvAt05.precision.toFixed(4)}, ` +
      `R ${cvAt05.recall.toFixed(4)}), AP ${cvAp.toFixed(4)}, Platt a ${cal.a.toFixed(3)} b ${cal.b.toFixed(3)}, ` +
      `F1-optimal Platt cut ${cal.plattThreshold.toFixed(3)}`,
  );
  if (dryRun) return;
  const trained = trainClaimWeights(examples, options);
  const file = toModelFile(
    trained,
    { a: cal.a, b: cal.b },
    {
      trainedOn: [
        'train/claims/claimbuster_train.jsonl',
        'train/claims/clef2019_task1_train.jsonl',
        'train/claims/clef2020_task5_train.jsonl (debates already in 2019 train or in eval left out)',
      ],
      lines: lines.length,
      weights,
      options,
      cvF1: Number(cvAt05.f1.toFixed(4)),
      cvAp: Number(cvAp.toFixed(4)),
      date: new Date().toISOString().slice(0, 10),
    },
  );
  const json = JSON.stringify(file);
  const out = path.join(repoRoot, 'analysis/models/claims.json');
  writeFileSync(out, `${json}\n`);
  console.error(
    `wrote ${path.relative(repoRoot, out)}: ${json.length} bytes, ${gzipSync(json).length} gzipped, ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
