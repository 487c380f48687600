import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../analysis/entities/gazetteer';
import { splitAtConnectives } from '../../../analysis/entities/split-connectives';
import type { TokenSpan } from '../../../analysis/entities/tags';

const gazetteer = buildGazetteer(['LOC\tsudan', 'LOC\tjordan', 'PER\tjordan']);

function run(sentence: string, spans: Array<[number, number, TokenSpan['type']]>) {
  const words = sentence.split(' ');
  return splitAtConnectives(
    words,
    spans.map(([from, to, type]) => ({ from, to, type })),
    gazetteer,
  ).map((s) => `${words.slice(s.from, s.to).join(' ')}/${s.type}`);
}

describe('splitAtConnectives', () => {
  it('splits at "against" and types a listed single word by the gazetteer', () => {
    expect(run('the International Criminal Court against Sudan said', [[1, 6, 'ORG']])).toEqual([
      'International Criminal Court/ORG',
      'Sudan/LOC',
    ]);
  });

  it('splits at "at" and keeps the type of a longer or ambiguous right part', () => {
    expect(run('the Center for Health at Harvard University', [[1, 7, 'ORG']])).toEqual([
      'Center for Health/ORG',
      'Harvard University/ORG',
    ]);
    expect(run('the Club at Jordan', [[1, 4, 'ORG']])).toEqual(['Club/ORG', 'Jordan/ORG']);
  });

  it('splits a pair joined by "or", "nor" or "than"', () => {
    expect(run('prefer Google or Facebook to newspapers', [[1, 4, 'ORG']])).toEqual([
      'Google/ORG',
      'Facebook/ORG',
    ]);
    expect(run('neither Sudan nor Jordan', [[1, 4, 'LOC']])).toEqual(['Sudan/LOC', 'Jordan/LOC']);
    expect(run('bigger Acme than Globex', [[1, 4, 'ORG']])).toEqual(['Acme/ORG', 'Globex/ORG']);
  });

  it('leaves "to", "from", "with" and "by" inside a name (titles of works)', () => {
    expect(run('watched Back to the Future', [[1, 5, 'MISC']])).toEqual([
      'Back to the Future/MISC',
    ]);
    expect(run('read Letters from Iwo Jima', [[1, 5, 'MISC']])).toEqual([
      'Letters from Iwo Jima/MISC',
    ]);
  });

  it('leaves other connectives, lower-case right parts and untouched spans alone', () => {
    expect(run('the Bank of Finland at noon', [[1, 4, 'ORG']])).toEqual(['Bank of Finland/ORG']);
    expect(run('Organisation for Security and Cooperation in Europe', [[0, 7, 'ORG']])).toEqual([
      'Organisation for Security and Cooperation in Europe/ORG',
    ]);
    expect(run('Vote at home', [[0, 3, 'MISC']])).toEqual(['Vote at home/MISC']);
  });
});
