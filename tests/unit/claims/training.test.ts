import { describe, expect, it } from 'vitest';
import { HASH_SIZE } from '../../../analysis/claims/features';
import {
  type ClaimModelFile,
  encodeSixBitWeights,
  loadClaimModel,
  quantizeWeights,
} from '../../../analysis/claims/model';
import { buildPickedClaims } from '../../../analysis/claims/picked-claims';
import {
  BASELINE_TRAIN_OPTIONS,
  scoreTfidfBaseline,
  trainClaimBusterBaseline,
  trainTfidfBaseline,
} from '../../../analysis/claims/training/baseline';
import { buildCorpus } from '../../../analysis/claims/training/corpus';
import { fitPlatt, seededRandom, trainLogistic } from '../../../analysis/claims/training/logistic';
import {
  averagePrecision,
  bestF1Threshold,
  f1Score,
  meanAveragePrecision,
} from '../../../analysis/claims/training/metrics';
import {
  featurizeSentence,
  trainAveragedWeights,
  trainShippedWeights,
} from '../../../analysis/claims/training/pipeline';

describe('metrics', () => {
  it('computes F1 of the positive class at a threshold', () => {
    const r = f1Score([0.9, 0.6, 0.4, 0.2], [1, 0, 1, 0]);
    expect(r.precision).toBe(0.5);
    expect(r.recall).toBe(0.5);
    expect(r.f1).toBe(0.5);
  });

  it('computes average precision and MAP per group', () => {
    expect(averagePrecision([0.9, 0.8, 0.7], [1, 0, 1])).toBeCloseTo((1 + 2 / 3) / 2);
    expect(meanAveragePrecision([0.9, 0.1, 0.2, 0.8], [1, 0, 1, 0], ['a', 'a', 'b', 'b'])).toBe(
      (1 + 0.5) / 2,
    );
  });

  it('finds the F1-optimal threshold', () => {
    const best = bestF1Threshold([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0]);
    expect(best.f1).toBe(1);
    expect(best.threshold).toBeGreaterThan(0.3);
    expect(best.threshold).toBeLessThan(0.8);
  });
});

describe('training', () => {
  it('is deterministic and learns a separable toy problem', () => {
    const random = seededRandom(7);
    const examples = Array.from({ length: 200 }, () => {
      const label = random() < 0.5 ? 1 : 0;
      return {
        fv: { indices: [label ? 1 : 2, 3], values: [1, 1], cues: new Float32Array([label]) },
        label: label as 0 | 1,
        weight: 1,
      };
    });
    const opts = { epochs: 5, learningRate: 0.1, l2: 1e-4, seed: 1 };
    const a = trainLogistic(examples, { hashed: 4, cues: 1 }, opts);
    const b = trainLogistic(examples, { hashed: 4, cues: 1 }, opts);
    expect(Array.from(a.hashed)).toEqual(Array.from(b.hashed));
    expect(a.hashed[1]!).toBeGreaterThan(0);
    expect(a.hashed[2]!).toBeLessThan(0);
  });

  it('averages the weights of runs with successive seeds (the priority model)', () => {
    const random = seededRandom(3);
    const sentences = [
      'Unemployment fell to 4 percent in 2019.',
      'The deficit grew by $300 billion last year.',
      'I think we can do better.',
      'Thank you all for coming tonight.',
    ];
    const examples = Array.from({ length: 60 }, (_, i) => {
      const k = Math.floor(random() * sentences.length);
      return {
        fv: featurizeSentence(sentences[k]!),
        label: (k < 2 ? 1 : 0) as 0 | 1,
        weight: 1 + (i % 2),
      };
    });
    const opts = { epochs: 2, learningRate: 0.1, l2: 1e-3, seed: 40 };
    const runs = [40, 41, 42].map((seed) => trainShippedWeights(examples, { ...opts, seed }));
    const mean = trainAveragedWeights(examples, 3, opts);
    const touched = examples[0]!.fv.indices[0]!;
    const expected = runs.reduce((s, w) => s + w.hashed[touched]! / 3, 0);
    expect(runs[0]!.hashed[touched]).not.toBeCloseTo(runs[1]!.hashed[touched]!, 6);
    expect(mean.hashed[touched]).toBeCloseTo(expected, 6);
    expect(mean.bias).toBeCloseTo(
      runs.reduce((s, w) => s + w.bias / 3, 0),
      6,
    );
    expect(Array.from(trainAveragedWeights(examples, 1, opts).hashed)).toEqual(
      Array.from(runs[0]!.hashed),
    );
  });

  it('averages pass snapshots and decays the step when asked', () => {
    const random = seededRandom(11);
    const examples = Array.from({ length: 200 }, () => {
      const label = random() < 0.5 ? 1 : 0;
      // Feature 3 agrees with the label 80% of the time, so the weights keep moving between passes.
      const noisy = random() < 0.8 ? label : 1 - label;
      return {
        fv: { indices: [noisy ? 1 : 2, 3], values: [1, 1], cues: new Float32Array(0) },
        label: label as 0 | 1,
        weight: 1,
      };
    });
    const base = { epochs: 4, learningRate: 0.5, l2: 1e-4, seed: 3 };
    const last = trainLogistic(examples, { hashed: 4, cues: 0 }, base);
    // Averaging from the last pass only is the last pass's weights.
    const lastOnly = trainLogistic(examples, { hashed: 4, cues: 0 }, { ...base, averageFrom: 4 });
    expect(Array.from(lastOnly.hashed)).toEqual(Array.from(last.hashed));
    const averaged = trainLogistic(examples, { hashed: 4, cues: 0 }, { ...base, averageFrom: 1 });
    expect(Array.from(averaged.hashed)).not.toEqual(Array.from(last.hashed));
    expect(averaged.hashed[1]!).toBeGreaterThan(averaged.hashed[2]!);
    const decayed = trainLogistic(examples, { hashed: 4, cues: 0 }, { ...base, decay: 1 });
    expect(Array.from(decayed.hashed)).not.toEqual(Array.from(last.hashed));
    expect(decayed.hashed[1]!).toBeGreaterThan(decayed.hashed[2]!);
  });

  it('fits Platt scaling that orders like the margins', () => {
    const margins = [-3, -2, -1, 0, 1, 2, 3, -0.5, 0.5];
    const labels = [0, 0, 0, 1, 1, 1, 1, 0, 0];
    const { a } = fitPlatt(margins, labels);
    expect(a).toBeGreaterThan(0);
    expect(Number.isFinite(a)).toBe(true);
  });

  it('round-trips quantised weights through the model loader, and refuses a file without a priority part', () => {
    const w = new Float32Array(HASH_SIZE);
    w[5] = 1.27;
    w[9] = -0.5;
    const q = quantizeWeights(w);
    const six = encodeSixBitWeights(w);
    const file: ClaimModelFile = {
      format: 'gloss-claims-v1',
      hashBits: Math.log2(HASH_SIZE),
      hashed: q.data,
      hashedScale: q.scale,
      cues: { percent: 0.7 },
      bias: -1,
      calibration: { a: 1, b: 0 },
      priority: {
        hashed: six.data,
        hashedScale: six.scale,
        cues: { percent: 0.2 },
        bias: 0,
        flaggedQuantiles: [0, 1],
        otherQuantiles: [-1, 0],
        picked: buildPickedClaims(['Taxes rose 5 percent.'], () => 1, 10, 3),
        classifierShare: 0.25,
      },
      meta: {},
    };
    const model = loadClaimModel(file);
    expect(model.hashed[5]).toBeCloseTo(1.27, 5);
    expect(model.hashed[9]).toBeCloseTo(-0.5, 2);
    expect(model.priority.hashed[5]).toBeCloseTo(1.27, 5);
    const without: Partial<ClaimModelFile> = { ...file };
    delete without.priority;
    expect(() => loadClaimModel(without as ClaimModelFile)).toThrow(/priority/);
    const { picked: _picked, ...bare } = file.priority;
    expect(() => loadClaimModel({ ...file, priority: bare as ClaimModelFile['priority'] })).toThrow(
      /picked claims/,
    );
    expect(model.priority.picked.claimCount).toBe(1);
    expect(model.cues[0]).toBeCloseTo(0.7);
  });

  it('leaves evaluation debates and repeated debates out of the corpus', () => {
    const corpus = buildCorpus(
      [{ id: 'cb-1', text: 'A', label: 1 }],
      [{ id: 'x', text: 'B', label: 0, doc: '20160926_1pres.tsv' }],
      [
        { id: 'y', text: 'C', label: 1, doc: '20160926_first_debate.tsv' },
        { id: 'z', text: 'D', label: 1, doc: '20181015_60_min.tsv' },
        { id: 'w', text: 'E', label: 1, doc: '20170120_inauguration.tsv' },
      ],
      new Set(['20181015']),
    );
    expect(corpus.map((l) => l.text)).toEqual(['A', 'B', 'E']);
  });

  it('trains the TF-IDF baseline to rank statistics above chit-chat', () => {
    const claims = [
      'Unemployment fell to 5 percent last year.',
      'Taxes rose by 3 percent under this plan.',
      'The deficit fell by 200 billion dollars.',
      'Crime rose by 10 percent in the cities.',
    ];
    const chat = [
      'Thank you all for being here tonight.',
      'I want to thank the people of this city.',
      'It is good to be here with you tonight.',
      'Thank you and good night to all of you.',
    ];
    const texts = [...claims, ...chat];
    const labels = texts.map((_, i) => (i < claims.length ? 1 : 0) as 0 | 1);
    const model = trainTfidfBaseline(
      texts,
      labels,
      texts.map(() => 1),
      BASELINE_TRAIN_OPTIONS,
    );
    // Unseen lines: words shared with each side decide the order.
    const claim = scoreTfidfBaseline(model, 'Prices rose by 4 percent last year.');
    const thanks = scoreTfidfBaseline(model, 'Thank you all, good night.');
    expect(claim).toBeGreaterThan(0.5);
    expect(thanks).toBeLessThan(0.5);

    // The ClaimBuster baseline trains on the ClaimBuster lines alone: CLEF lines change nothing.
    const cb = texts.map((text, i) => ({
      text,
      label: labels[i]!,
      source: 'claimbuster' as const,
      group: 'claimbuster',
    }));
    const clef = ['Prices rose by 4 percent last year.', 'Thank you all.'].map((text) => ({
      text,
      label: 0 as const,
      source: 'clef' as const,
      group: 'debate',
    }));
    const alone = trainClaimBusterBaseline(cb);
    const mixed = trainClaimBusterBaseline([...clef, ...cb]);
    expect(mixed.weights.hashed).toEqual(alone.weights.hashed);
    expect(scoreTfidfBaseline(mixed, 'Prices rose by 4 percent last year.')).toBe(
      scoreTfidfBaseline(model, 'Prices rose by 4 percent last year.'),
    );
  });
});
