import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import { applyGroupWords } from '../../../analysis/entities/group-words';
import type { TokenSpan } from '../../../analysis/entities/tags';

function run(sentence: string, spans: Array<[number, number, TokenSpan['type']]>) {
  const words = sentence.split(' ');
  return applyGroupWords({
    words,
    spans: spans.map(([from, to, type]) => ({ from, to, type })),
    isFirstName: (w) => w === 'christian',
    sentenceStarts: new Set([0]),
    isCommonWord: (w) => w === 'many' || w === 'the',
  }).map((s) => `${words.slice(s.from, s.to).join(' ')}/${s.type}`);
}

describe('applyGroupWords', () => {
  it('types a group word standing alone MISC, found or not by the tagger', () => {
    expect(run('Many Muslims and Sikhs joined Jews there', [[3, 4, 'ORG']])).toEqual([
      'Muslims/MISC',
      'Sikhs/MISC',
      'Jews/MISC',
    ]);
    expect(run('Radical Muslims left', [[1, 2, 'PER']])).toEqual(['Muslims/MISC']);
    expect(run('Many Muslims fasted', [[0, 2, 'PER']])).toEqual(['Muslims/MISC']);
  });

  it('leaves a group word inside a longer name, and a first name read as a person', () => {
    expect(run('the Republican National Committee met', [[1, 4, 'ORG']])).toEqual([
      'Republican National Committee/ORG',
    ]);
    expect(run('Christian Democrats won', [])).toEqual([]);
    expect(run('and Christian said so', [[1, 2, 'PER']])).toEqual(['Christian/PER']);
    expect(run('the Republican Party', [])).toEqual([]);
  });
});

describe('recognizeEntities with group words', () => {
  it('calls religious and political groups groups', () => {
    const found = recognizeEntities(
      'Many Muslims, Hindus and Democrats voted; Catholics did not.',
    ).mentions.map((m) => `${m.type}:${m.text}`);
    expect(found).toEqual(['group:Muslims', 'group:Hindus', 'group:Democrats', 'group:Catholics']);
  });
});
