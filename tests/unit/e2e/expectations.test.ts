import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  claimFlagged,
  containsWords,
  forbiddenHits,
  judgeHighlights,
  loadExpectations,
  missingNames,
  normaliseSpace,
} from '../../e2e/expectations';

const expected = loadExpectations(
  path.resolve(import.meta.dirname, '../../fixtures/azernews-putin-visit.expected.json'),
);

describe('containsWords', () => {
  it('finds a name inside a longer highlight, at word boundaries', () => {
    expect(containsWords("Ilham Aliyev's", 'Ilham Aliyev')).toBe(true);
    expect(containsWords('President Vladimir Putin', 'Vladimir Putin')).toBe(true);
    expect(containsWords('Azerbaijani', 'Azerbaijan')).toBe(false);
    expect(containsWords('Russia-Ukraine', 'Ukraine')).toBe(true);
  });

  it('ignores line breaks and runs of spaces in either text', () => {
    expect(containsWords('Abu\n   Dhabi', 'Abu Dhabi')).toBe(true);
    expect(normaliseSpace('  a \n b ')).toBe('a b');
  });

  it('never matches an empty name', () => {
    expect(containsWords('anything', '  ')).toBe(false);
  });
});

describe('missingNames and forbiddenHits', () => {
  it('lists the names no highlight holds', () => {
    expect(missingNames(['Baku', 'Japan', 'Italy'], ['Baku', 'Japan'])).toEqual(['Italy']);
  });

  it('reports a forbidden name with the text that holds it', () => {
    expect(forbiddenHits(['SOCAR', 'World Bank'], ['SOCAR signs memorandum', 'Baku'])).toEqual([
      { name: 'SOCAR', text: 'SOCAR signs memorandum' },
    ]);
  });
});

describe('claimFlagged', () => {
  const sentence = 'The decision was made at the plenary session of COP28 on December 11.';

  it('accepts a highlight equal to the sentence, modulo white space', () => {
    expect(
      claimFlagged(sentence, [
        'The decision was made at the plenary\nsession of COP28 on December 11.',
      ]),
    ).toBe(true);
  });

  it('accepts a highlight that runs past the sentence', () => {
    expect(claimFlagged(sentence, [`${sentence} Azerbaijan successfully participated.`])).toBe(
      true,
    );
  });

  it('rejects a highlight that covers only part of it', () => {
    expect(claimFlagged(sentence, ['The decision was made at the plenary session'])).toBe(false);
  });
});

describe('judgeHighlights on the canonical expectations', () => {
  const body = expected.entities_in_body;

  it('passes a page where every expected name and claim is painted', () => {
    const verdict = judgeHighlights(expected, {
      'gloss-person': body.person,
      'gloss-place': body.place,
      'gloss-organization': body.organization,
      'gloss-event': body.event_or_other,
      'gloss-claim': expected.check_worthy_claims,
    });
    expect(verdict.missingPeople).toEqual([]);
    expect(verdict.missingPlaces).toEqual([]);
    expect(verdict.orgsAndEventsFound).toBe(verdict.orgsAndEventsTotal);
    expect(verdict.forbidden).toEqual([]);
    expect(verdict.claimsFlagged).toBe(expected.check_worthy_claims.length);
  });

  it('counts a name found under another entity type, but not a claim as a name', () => {
    const verdict = judgeHighlights(expected, {
      'gloss-other': body.person,
      'gloss-claim': body.place,
    });
    expect(verdict.missingPeople).toEqual([]);
    expect(verdict.missingPlaces).toEqual(body.place);
  });

  it('flags the chrome of the page when it is painted', () => {
    const verdict = judgeHighlights(expected, {
      'gloss-organization': ['Saudi Aramco'],
      'gloss-claim': ['Emmanuel Macron comments on Armenia talks'],
    });
    expect(verdict.forbidden.map((f) => f.name)).toEqual(['Emmanuel Macron', 'Saudi Aramco']);
    expect(verdict.claimsFlagged).toBe(0);
    expect(verdict.missingClaims).toEqual(expected.check_worthy_claims);
  });
});
