import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../..');
const shared = path.resolve(repo, '../shared/fixtures');

/**
 * The unit and end-to-end tests read the canonical article from tests/fixtures, so that a clone
 * without ../shared still runs them; this keeps that copy byte for byte the same as the shared one
 * (the page and its hand-labelled expectations), so the tests never pass on a stale copy.
 */
describe('the canonical fixture copied into tests/fixtures', () => {
  for (const name of ['azernews-putin-visit.html', 'azernews-putin-visit.expected.json']) {
    it(`${name} is the same as ../shared/fixtures/${name}`, () => {
      const ours = readFileSync(path.join(repo, 'tests/fixtures', name));
      const theirs = readFileSync(path.join(shared, name));
      expect(ours.length).toBe(theirs.length);
      expect(ours.equals(theirs)).toBe(true);
    });
  }
});
