import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import { dropDegreeSpans } from '../../../analysis/entities/degrees';
import type { TokenSpan } from '../../../analysis/entities/tags';
import { tokenize } from '../../../analysis/entities/tokenize';

function drop(sentence: string, spans: Array<[number, number, TokenSpan['type']]>): string[] {
  const words = sentence.split(' ');
  return dropDegreeSpans(
    words,
    spans.map(([from, to, type]) => ({ from, to, type })),
  ).map((s) => `${words.slice(s.from, s.to).join(' ')}/${s.type}`);
}

describe('tokenize: degrees with periods', () => {
  it('keeps a degree with a two-letter part one token', () => {
    expect(tokenize('Anna Keller, Ph.D., and Tom Fry, M.Sc.').map((t) => t.text)).toEqual([
      'Anna',
      'Keller',
      ',',
      'Ph.D.',
      ',',
      'and',
      'Tom',
      'Fry',
      ',',
      'M.Sc.',
    ]);
    expect(tokenize('He has a B.A. from Yale.').map((t) => t.text)).toContain('B.A.');
  });
});

describe('dropDegreeSpans', () => {
  it('drops dotted degrees wherever they stand and trims them off a name', () => {
    expect(
      drop('Anna Keller , Ph.D. , said', [
        [0, 2, 'PER'],
        [3, 4, 'ORG'],
      ]),
    ).toEqual(['Anna Keller/PER']);
    expect(drop('Anna Keller M.D. said', [[0, 3, 'PER']])).toEqual(['Anna Keller/PER']);
  });

  it('drops a plain degree only after a person and a comma', () => {
    expect(
      drop('Jane Roe , MD , said', [
        [0, 2, 'PER'],
        [3, 4, 'ORG'],
      ]),
    ).toEqual(['Jane Roe/PER']);
    expect(
      drop('Baltimore , MD , said', [
        [0, 1, 'LOC'],
        [2, 3, 'LOC'],
      ]),
    ).toEqual(['Baltimore/LOC', 'MD/LOC']);
  });
});

describe('recognizeEntities with degrees', () => {
  it('finds no name in a degree after a person', () => {
    const found = recognizeEntities(
      'The study was led by Anna Keller, Ph.D., of the university, and Jane Roe, MD.',
    ).mentions.map((m) => m.text);
    expect(found).toContain('Anna Keller');
    expect(found).toContain('Jane Roe');
    expect(found.filter((t) => /Ph|^D\.|MD/.test(t))).toEqual([]);
  });
});
