import { describe, expect, it } from 'vitest';
import { CUE_FEATURES, HASH_SIZE, unigramIndex } from '../../../analysis/claims/features';
import {
  foldSentenceVectors,
  sentenceVector,
  withSentenceVectors,
} from '../../../analysis/claims/training/distributional';
import { linearMargin, seededRandom } from '../../../analysis/claims/training/logistic';
import {
  featurizeSentence,
  toExamples,
  trainShippedWeights,
  withDistributional,
} from '../../../analysis/claims/training/pipeline';
import {
  learnWordVectors,
  symmetricEigen,
  type WordVectors,
} from '../../../analysis/claims/training/word-vectors';

function cosine(wv: WordVectors, a: string, b: string): number {
  const i = wv.index.get(a)!;
  const j = wv.index.get(b)!;
  let s = 0;
  for (let d = 0; d < wv.dimensions; d++) {
    s += wv.vectors[i * wv.dimensions + d]! * wv.vectors[j * wv.dimensions + d]!;
  }
  return s;
}

/** Two topics whose words share contexts within a topic and never across. */
function toyCorpus(): string[] {
  const random = seededRandom(5);
  const pick = (xs: string[]) => xs[Math.floor(random() * xs.length)]!;
  const texts: string[] = [];
  for (let i = 0; i < 400; i++) {
    texts.push(`the ${pick(['cat', 'dog'])} sat on the ${pick(['mat', 'rug'])} and purred softly`);
    texts.push(
      `prices ${pick(['rose', 'fell'])} by ${pick(['5', '7'])} percent in ${pick(['march', 'june'])}`,
    );
  }
  return texts;
}

const TOY_OPTIONS = {
  vocabulary: 100,
  contexts: 50,
  window: 2,
  dimensions: 4,
  powerIterations: 3,
  minCount: 3,
  seed: 1,
};

describe('word vectors (PPMI + truncated SVD)', () => {
  it('finds the eigenvalues of a symmetric matrix, largest first', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
    expect(values[0]).toBeCloseTo(5);
    expect(values[1]).toBeCloseTo(3);
    expect(values[2]).toBeCloseTo(1);
    // The eigenvector of 3 is (1, 1, 0)/√2 up to sign: column 1.
    expect(Math.abs(vectors[0 * 3 + 1]!)).toBeCloseTo(Math.SQRT1_2);
    expect(Math.abs(vectors[2 * 3 + 1]!)).toBeCloseTo(0);
  });

  it('puts words used alike close together, deterministically, with unit-length rows', () => {
    const texts = toyCorpus();
    const wv = learnWordVectors(texts, TOY_OPTIONS);
    expect(cosine(wv, 'cat', 'dog')).toBeGreaterThan(cosine(wv, 'cat', 'rose') + 0.5);
    expect(cosine(wv, 'rose', 'fell')).toBeGreaterThan(cosine(wv, 'rose', 'mat') + 0.5);
    const again = learnWordVectors(texts, TOY_OPTIONS);
    expect(Array.from(again.vectors)).toEqual(Array.from(wv.vectors));
    expect(cosine(wv, 'cat', 'cat')).toBeCloseTo(1, 5);
    // Numbers are folded by the claim tokenizer, so the vocabulary holds <num>, not "5".
    expect(wv.index.has('<num>')).toBe(true);
    expect(wv.index.has('5')).toBe(false);
  });
});

describe('the distributional block', () => {
  const wv: WordVectors = {
    words: ['prices', 'rose', 'thank', 'you'],
    index: new Map([
      ['prices', 0],
      ['rose', 1],
      ['thank', 2],
      ['you', 3],
    ]),
    dimensions: 2,
    vectors: Float32Array.from([1, 0, 0.6, 0.8, 0, 1, -1, 0]),
  };

  it('sums the vectors of known words, scaled like the word block', () => {
    // 4 tokens: the word block holds 2 × 4 + 1 = 9 n-grams; "by" and "<num>" have no vector.
    const v = sentenceVector('Prices rose by 5', wv, 3);
    expect(v[0]).toBeCloseTo((3 * (1 + 0.6)) / 3);
    expect(v[1]).toBeCloseTo((3 * 0.8) / 3);
    expect(Array.from(sentenceVector('', wv, 3))).toEqual([0, 0]);
  });

  it('folds into the hashed unigram weights without changing any margin', () => {
    const indices = wv.words.map(unigramIndex);
    expect(new Set(indices).size).toBe(indices.length);
    const random = seededRandom(9);
    const cues = CUE_FEATURES.length + wv.dimensions;
    const weights = {
      hashed: new Float32Array(HASH_SIZE).map(() => random() - 0.5),
      cues: new Float32Array(cues).map(() => random() - 0.5),
      bias: -0.3,
    };
    const folded = foldSentenceVectors(weights, wv, 5);
    expect(folded.cues.length).toBe(CUE_FEATURES.length);
    const sentences = ['Prices rose again.', 'Thank you, thank you.', 'Rose prices, you say?'];
    const examples = sentences.map((s) => ({
      fv: featurizeSentence(s),
      label: 0 as const,
      weight: 1,
    }));
    const extended = withSentenceVectors(examples, sentences, wv, 5);
    sentences.forEach((_, i) => {
      const unfolded = linearMargin(weights, extended[i]!.fv);
      expect(linearMargin(folded, examples[i]!.fv)).toBeCloseTo(unfolded, 4);
      // The block changes the margin, so the check above is not vacuous.
      expect(Math.abs(unfolded - linearMargin(weights, examples[i]!.fv))).toBeGreaterThan(1e-3);
    });
  });
});

describe('training with word vectors', () => {
  it('gives a word never seen in labelled lines the weight of the words it is used like', () => {
    const random = seededRandom(3);
    const pick = (xs: string[]) => xs[Math.floor(random() * xs.length)]!;
    const lines = Array.from({ length: 120 }, (_, i) =>
      i % 2 === 0
        ? { text: `prices ${pick(['rose', 'fell'])} by ${i} percent`, label: 1 as const }
        : { text: `${pick(['thank', 'welcome'])} you all tonight`, label: 0 as const },
    ).map((l) => ({ ...l, source: 'claimbuster' as const, group: 'claimbuster' }));
    // "soared" and "greet" only occur in unlabelled text, in the contexts of "rose" and "thank".
    const unlabelled = [...lines.map((l) => l.text)];
    for (let i = 0; i < 60; i++) {
      unlabelled.push(`prices soared by ${i} percent`, `greet you all tonight`);
    }
    const vectors = learnWordVectors(unlabelled, { ...TOY_OPTIONS, dimensions: 3 });
    const distributional = { vectors, scale: 5 };
    const base = toExamples(lines);
    const options = { epochs: 5, learningRate: 0.1, l2: 1e-3, seed: 1 };
    const plain = trainShippedWeights(base.examples, options);
    const folded = trainShippedWeights(
      withDistributional(base.lines, base.examples, distributional),
      options,
      distributional,
    );
    const soared = unigramIndex('soared');
    const greet = unigramIndex('greet');
    expect(plain.hashed[soared]).toBe(0);
    expect(plain.hashed[greet]).toBe(0);
    expect(folded.hashed[soared]!).toBeGreaterThan(folded.hashed[greet]!);
    expect(folded.cues.length).toBe(CUE_FEATURES.length);
  });
});
