import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import { applyProductNames, endsInModel } from '../../../analysis/entities/product-names';
import type { TokenSpan } from '../../../analysis/entities/tags';

function run(sentence: string, spans: Array<[number, number, TokenSpan['type']]>) {
  const words = sentence.split(' ');
  return applyProductNames(
    words,
    spans.map(([from, to, type]) => ({ from, to, type })),
    (w) => w === 'russian' || w === 'london',
  ).map((s) => `${words.slice(s.from, s.to).join(' ')}/${s.type}`);
}

describe('applyProductNames', () => {
  it('joins a brand and its model designation into one MISC name', () => {
    expect(
      run('Sony sold the PlayStation 5 Pro today', [
        [0, 1, 'ORG'],
        [3, 4, 'ORG'],
        [5, 6, 'ORG'],
      ]),
    ).toEqual(['Sony/ORG', 'PlayStation 5 Pro/MISC']);
    expect(run('the Galaxy S24 Ultra is out', [[1, 2, 'ORG']])).toEqual(['Galaxy S24 Ultra/MISC']);
    expect(run('an Airbus A320 landed', [[1, 2, 'ORG']])).toEqual(['Airbus A320/MISC']);
    expect(run('my iPhone 16 broke', [])).toEqual(['iPhone 16/MISC']);
    expect(run('the Galaxy S24 is out', [[1, 3, 'ORG']])).toEqual(['Galaxy S24/MISC']);
  });

  it('leaves results, people, places, nationalities and descriptions alone', () => {
    expect(
      run('Essex 72 and Sweden 8', [
        [0, 1, 'ORG'],
        [3, 4, 'LOC'],
      ]),
    ).toEqual(['Essex/ORG', 'Sweden/LOC']);
    expect(run('McGrath 50 not out', [])).toEqual([]);
    expect(run('Fleming F1 won', [[0, 1, 'PER']])).toEqual(['Fleming/PER']);
    expect(
      run('a Russian T-72 tank and the London FTSE-100', [
        [1, 2, 'MISC'],
        [6, 7, 'LOC'],
      ]),
    ).toEqual(['Russian/MISC', 'London/LOC']);
    expect(
      run('Acme Q2 results and Acme 4K screens', [
        [0, 1, 'ORG'],
        [4, 5, 'ORG'],
      ]),
    ).toEqual(['Acme/ORG', 'Acme/ORG']);
  });

  it('tells a name that ends in a model designation', () => {
    expect(endsInModel(['Boeing', '737', 'Max'])).toBe(true);
    expect(endsInModel(['iPhone', '16'])).toBe(true);
    expect(endsInModel(['Essex', '72'])).toBe(false);
    expect(endsInModel(['S24'])).toBe(false);
  });
});

describe('recognizeEntities with product names', () => {
  it('finds a console and a phone as products', () => {
    const found = recognizeEntities(
      'Sony unveiled the PlayStation 5 Pro, and the iPhone 16 sold well.',
    )
      .mentions.filter((m) => m.type === 'product')
      .map((m) => m.text);
    expect(found).toEqual(['PlayStation 5 Pro', 'iPhone 16']);
  });
});
