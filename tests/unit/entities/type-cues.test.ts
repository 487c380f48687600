import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../analysis/entities';
import { nameTypeOf } from '../../../analysis/entities/name-types';
import { applyOrgCues } from '../../../analysis/entities/org-cues';
import { retypePlaceHeads } from '../../../analysis/entities/place-heads';
import type { TokenSpan } from '../../../analysis/entities/tags';

const isFirstName = (w: string) => ['michael', 'grace', 'anna'].includes(w);

function retype(
  fn: (words: string[], spans: TokenSpan[]) => TokenSpan[],
  sentence: string,
  spans: Array<[number, number, TokenSpan['type']]>,
): string[] {
  const words = sentence.split(' ');
  return fn(
    words,
    spans.map(([from, to, type]) => ({ from, to, type })),
  ).map((s) => `${words.slice(s.from, s.to).join(' ')}/${s.type}`);
}
const orgCues = (words: string[], spans: TokenSpan[]) =>
  applyOrgCues({ words, spans, isFirstName });
const placeHeads = (words: string[], spans: TokenSpan[]) =>
  retypePlaceHeads(words, spans, isFirstName);

describe('applyOrgCues: business nouns before a name', () => {
  it('reads a one-word name after a business noun as a company', () => {
    expect(retype(orgCues, 'the bug was sent to game developer Zentrix', [[7, 8, 'PER']])).toEqual([
      'Zentrix/ORG',
    ]);
    expect(retype(orgCues, 'chip maker Voltix said', [[2, 3, 'PER']])).toEqual(['Voltix/ORG']);
  });

  it('leaves a full name and a first name after a job word a person', () => {
    expect(retype(orgCues, 'developer Anna Keller wrote', [[1, 3, 'PER']])).toEqual([
      'Anna Keller/PER',
    ]);
    expect(retype(orgCues, 'developer Anna wrote', [[1, 2, 'PER']])).toEqual(['Anna/PER']);
  });
});

describe('retypePlaceHeads', () => {
  it('reads a name ending or opening with a landform or water as a place', () => {
    expect(retype(placeHeads, 'whales died on Grace Island', [[3, 5, 'PER']])).toEqual([
      'Grace Island/LOC',
    ]);
    expect(retype(placeHeads, 'boats in Rangi Harbour', [[2, 4, 'PER']])).toEqual([
      'Rangi Harbour/LOC',
    ]);
    expect(retype(placeHeads, 'they climbed Mount Tawa', [[2, 4, 'PER']])).toEqual([
      'Mount Tawa/LOC',
    ]);
    expect(retype(placeHeads, 'near Tane River', [[1, 3, 'PER']])).toEqual(['Tane River/LOC']);
  });

  it('leaves a first name before a head that is also a surname, and one-word names', () => {
    expect(retype(placeHeads, 'director Michael Bay said', [[1, 3, 'PER']])).toEqual([
      'Michael Bay/PER',
    ]);
    expect(retype(placeHeads, 'Island said', [[0, 1, 'PER']])).toEqual(['Island/PER']);
    expect(retype(placeHeads, 'the Green Bay Packers', [[1, 4, 'ORG']])).toEqual([
      'Green Bay Packers/ORG',
    ]);
  });
});

describe('nameTypeOf: storms', () => {
  it('types a storm named after a storm word as an event, whatever the tagger said', () => {
    expect(nameTypeOf('ORG', ['Hurricane', 'Melor'])).toBe('event');
    expect(nameTypeOf('PER', ['Typhoon', 'Melor'])).toBe('event');
    expect(nameTypeOf('ORG', ['Hurricane'])).toBe('organization');
    expect(nameTypeOf('ORG', ['Seattle', 'Storm'])).toBe('organization');
  });
});

describe('recognizeEntities with type cues', () => {
  const typed = (text: string) =>
    recognizeEntities(text).mentions.map((m) => `${m.text}/${m.type}`);

  it('types a company after "developer", a storm, and an island', () => {
    expect(typed('The bug was reported to game developer Zentrix last year.')).toContain(
      'Zentrix/organization',
    );
    expect(typed('Flights were cancelled during Typhoon Melor.')).toContain('Typhoon Melor/event');
    expect(typed('Ten whales stranded on Rangi Island near Oban.')).toContain('Rangi Island/place');
  });
});
