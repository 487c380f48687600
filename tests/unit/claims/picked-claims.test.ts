import { describe, expect, it } from 'vitest';
import {
  buildPickedClaims,
  claimGrams,
  decodeVarints,
  encodeVarints,
  gramHash,
  gramHashes,
  loadPickedClaims,
  pickedSimilarity,
} from '../../../analysis/claims/picked-claims';
import type { CorpusLine } from '../../../analysis/claims/training/corpus';
import { pickedBoosts, pickedClaimsOf } from '../../../analysis/claims/training/pipeline';

const debate = (text: string, label: 0 | 1): CorpusLine => ({
  text,
  label,
  source: 'clef',
  group: '20160101_debate.tsv',
});

const LINES: CorpusLine[] = [
  debate('Today in America, we have more people in jail than any other country on Earth.', 1),
  debate('Senator, you voted against the Brady bill five times.', 1),
  debate('Thank you, and good evening to everyone here tonight.', 0),
  debate('We will take a short break and come back with more questions.', 0),
  debate('Thank you very much.', 0),
  {
    text: 'The unemployment rate fell to 4 percent.',
    label: 1,
    source: 'claimbuster',
    group: 'claimbuster',
  },
];

describe('picked claims', () => {
  it('round-trips integers through base-32 varints and refuses what is not one', () => {
    const values = [0, 1, 31, 32, 1023, 1024, 1 << 20, 123456789];
    expect(decodeVarints(encodeVarints(values))).toEqual(values);
    expect(() => decodeVarints('A!')).toThrow(/varint digit/);
    expect(() => decodeVarints(encodeVarints([1024]).slice(0, 1))).toThrow(/cut short/);
    expect(() => encodeVarints([-1])).toThrow(/non-negative/);
  });

  it('keeps content words and their pairs, each once', () => {
    expect(claimGrams('The jail, the JAIL and the courts')).toEqual([
      'jail',
      'courts',
      'jail_jail',
      'jail_courts',
    ]);
  });

  it('scores a repeated talking point near 1, an unrelated line 0, and a reworded one between', () => {
    const { file } = pickedClaimsOf(LINES);
    const index = loadPickedClaims(file);
    expect(index.claimCount).toBe(2);
    const same = pickedSimilarity(index, LINES[0]!.text);
    expect(same).toBeGreaterThan(0.97);
    expect(same).toBeLessThanOrEqual(1);
    expect(pickedSimilarity(index, 'The weather was lovely in Paris.')).toBe(0);
    const reworded = pickedSimilarity(
      index,
      'This country has more people in jail than any other nation.',
    );
    expect(reworded).toBeGreaterThan(0.2);
    expect(reworded).toBeLessThan(same);
    // The ClaimBuster line is not a fact-checker's pick: not stored.
    expect(pickedSimilarity(index, LINES[5]!.text)).toBe(0);
  });

  it('scores a picked training line against the other picks, not itself', () => {
    const picked = pickedClaimsOf(LINES, 3);
    const boosts = pickedBoosts(LINES, picked);
    expect(boosts[0]).toBeLessThan(0.5);
    expect(boosts[1]).toBeLessThan(0.5);
    const index = loadPickedClaims(picked.file);
    expect(3 * pickedSimilarity(index, LINES[1]!.text)).toBeGreaterThan(2.9);
  });

  it('refuses an index whose parts do not match', () => {
    const file = buildPickedClaims(['Taxes rose 5 percent in Ohio.'], () => 0, 100, 1);
    expect(() => loadPickedClaims({ ...file, idf: file.idf.slice(1) })).toThrow(/do not match/);
    expect(() => loadPickedClaims({ ...file, claims: encodeVarints([9, 0]) })).toThrow(/cut short/);
  });
});

describe('gram hashes', () => {
  it('hash the pairs without joining them, as the joined strings hash', () => {
    const text = 'Senator Sanders voted against the Brady bill, and Brady bill again.';
    const fromStrings = [...new Set(claimGrams(text).map(gramHash))];
    expect(gramHashes(text).sort((a, b) => a - b)).toEqual(fromStrings.sort((a, b) => a - b));
  });

  it('match the grams of the word list on digits, stop words, accents and long sentences', () => {
    const long = Array.from({ length: 90 }, (_, i) => `word${i} the`).join(' ');
    for (const text of [
      'In 2016, 43% of the U.S. workers — the THE "There" theory — earned $15.50/hour.',
      'Café déjà-vu: naïve İstanbul Zürich THEre',
      'the a an of',
      '',
      long,
    ]) {
      const fromStrings = [...new Set(claimGrams(text).map(gramHash))];
      expect(gramHashes(text).sort((a, b) => a - b)).toEqual(fromStrings.sort((a, b) => a - b));
    }
  });

  it('find every stored gram through the slot table, and no other', () => {
    const texts = Array.from({ length: 400 }, (_, i) => `claim ${i} about topic${i % 37} rate${i}`);
    const index = loadPickedClaims(buildPickedClaims(texts, () => 1, 1000, 1));
    for (let i = 0; i < texts.length; i += 41) {
      expect(pickedSimilarity(index, texts[i]!)).toBeGreaterThan(0.99);
    }
    expect(pickedSimilarity(index, 'nothing stored here')).toBe(0);
  });
});
