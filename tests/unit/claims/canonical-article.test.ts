import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../analysis/claims/index';
import { splitSentences } from '../../../analysis/segment/sentences';
import { extractArticle } from '../../../page/article/extract';

const fixtures = path.resolve(__dirname, '../../fixtures');
const html = readFileSync(path.join(fixtures, 'azernews-putin-visit.html'), 'utf8');
const expected = JSON.parse(
  readFileSync(path.join(fixtures, 'azernews-putin-visit.expected.json'), 'utf8'),
) as { check_worthy_claims: string[]; not_claims: string[] };

/** The article's body: its paragraphs without byline and dateline, one blank line apart. */
function bodyText(): string {
  const { document } = parseHTML(html);
  return Array.from(document.querySelectorAll('article > p'))
    .filter((p) => !p.classList.contains('byline') && !p.classList.contains('dateline'))
    .map((p) => (p.textContent ?? '').trim())
    .join('\n\n');
}

describe('claims on the canonical article', () => {
  const text = bodyText();
  const claims = detectClaims(text, splitSentences(text));
  /** The score of the claim that holds a passage (0 when none does). */
  const scoreOf = (passage: string) => claims.find((c) => c.text.includes(passage))?.score ?? 0;

  it('gives at least 6 of the 7 check-worthy claims a score of 0.5 or more', () => {
    const flagged = expected.check_worthy_claims.filter((c) => scoreOf(c) >= 0.5);
    expect(flagged.length).toBeGreaterThanOrEqual(6);
  });

  it('scores the opinion sentences under 0.5 and under every flagged claim', () => {
    const lowestFlagged = Math.min(
      ...expected.check_worthy_claims.map(scoreOf).filter((s) => s >= 0.5),
    );
    for (const opinion of expected.not_claims) {
      expect(scoreOf(opinion)).toBeLessThan(0.5);
      expect(scoreOf(opinion)).toBeLessThan(lowestFlagged);
    }
  });

  it('keeps every claim on its sentence with a reason', () => {
    for (const c of claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      expect(c.reasons.length).toBeGreaterThan(0);
    }
    const target = claims.find((c) => c.text.includes('35 percent by 2030'));
    expect(target?.kinds[0]).toBe('statistic');
    expect(target?.reasons[0]).toBe('a percentage and a target year: 35 percent by 2030');
  });
});

describe('claims on the canonical page as the analyser extracts it', () => {
  const { document } = parseHTML(html);
  const text = extractArticle(document as unknown as Document)?.text ?? '';
  const claims = detectClaims(text, splitSentences(text));

  it('lists no claim for the byline and dateline line that opens the text', () => {
    const firstLine = text.slice(0, text.indexOf('\n'));
    expect(firstLine).toMatch(/Read more$/);
    expect(claims.some((c) => c.start < firstLine.length)).toBe(false);
  });

  it('still flags at least 6 of the 7 check-worthy claims', () => {
    const flagged = expected.check_worthy_claims.filter((c) =>
      claims.some((k) => k.text.includes(c) && k.score >= 0.5),
    );
    expect(flagged.length).toBeGreaterThanOrEqual(6);
  });
});
