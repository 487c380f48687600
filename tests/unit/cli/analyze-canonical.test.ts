/**
 * The `analyze` command, run as a reader would run it, on the canonical article: it must meet the
 * same expectations as the extension's highlights in the browsers (tests/e2e).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAME_TYPES } from '../../../analysis/types';
import { judgeHighlights, loadExpectations } from '../../e2e/expectations';

const root = path.resolve(__dirname, '../../..');
const page = path.join(root, 'tests/fixtures/azernews-putin-visit.html');
const expected = loadExpectations(
  path.join(root, 'tests/fixtures/azernews-putin-visit.expected.json'),
);

interface Output {
  isArticle: boolean;
  title: string;
  byline: string;
  site: string;
  text: string;
  entities: Array<{ start: number; end: number; type: string; text: string }>;
  claims: Array<{ start: number; end: number; text: string; score: number }>;
}

describe('npm run analyze on the canonical article', () => {
  const stdout = execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'cli/analyze.ts'), page],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  const out = JSON.parse(stdout) as Output;

  it('finds the article and its metadata', () => {
    expect(out.isArticle).toBe(true);
    expect(out.title).toBe(expected.title);
    expect(out.byline).toBe('Fatima Latifova');
    expect(out.site).toBe('AzerNews');
  });

  it('names every person and place, most organisations and events, nothing outside the body', () => {
    for (const e of out.entities) expect(out.text.slice(e.start, e.end)).toBe(e.text);
    const highlights: Record<string, string[]> = {
      'gloss-claim': out.claims.filter((c) => c.score >= 0.5).map((c) => c.text),
    };
    for (const e of out.entities) {
      if (!(NAME_TYPES as readonly string[]).includes(e.type)) continue;
      const name = `gloss-${e.type}`;
      highlights[name] = [...(highlights[name] ?? []), e.text];
    }
    const verdict = judgeHighlights(expected, highlights);
    expect(verdict.missingPeople).toEqual([]);
    expect(verdict.missingPlaces).toEqual([]);
    expect(
      verdict.orgsAndEventsFound / verdict.orgsAndEventsTotal,
      `missing ${verdict.missingOrgsAndEvents.join(', ')}`,
    ).toBeGreaterThanOrEqual(0.7);
    expect(verdict.forbidden).toEqual([]);
    expect(
      verdict.claimsFlagged,
      `missing ${verdict.missingClaims.join(' | ')}`,
    ).toBeGreaterThanOrEqual(6);
    expect(out.entities.some((e) => /Read$/.test(e.text))).toBe(false);
  });
});
