import { describe, expect, it } from 'vitest';
import type { TextAnalysis } from '../../../analysis/types';
import { analyzeLine } from '../../../cli/page-record';
import { readFixture } from './load-page';

/** A stand-in analysis that marks every capitalised word, to check what the CLI does with spans. */
function capitalisedWords(text: string): TextAnalysis {
  const entities = [...text.matchAll(/\b[A-Z][a-z]+\b/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'other' as const,
    text: m[0],
  }));
  return { text, sentences: [], entities, linked: [], claims: [] };
}

describe('analyzeLine', () => {
  const html = readFixture('azernews-putin-visit.html');

  it('detects, extracts and analyses an HTML page, with offsets into the output text', () => {
    const out = analyzeLine(JSON.stringify({ id: 'p1', html }), capitalisedWords);
    if ('error' in out) throw new Error(out.error);
    expect(out.isArticle).toBe(true);
    expect(out.title).toMatch(/^Putin's visit to Baku/);
    expect(out.text.startsWith('date 2024-08-19')).toBe(true);
    expect(out.entities!.length).toBeGreaterThan(50);
    for (const e of out.entities!) expect(out.text.slice(e.start, e.end)).toBe(e.text);
    expect(out.timings.extractMs).toBeGreaterThanOrEqual(0);
  });

  it('analyses plain text unchanged', () => {
    const text = '  Baku hosts   the conference.\n';
    const out = analyzeLine(JSON.stringify({ id: 7, text }), capitalisedWords);
    if ('error' in out) throw new Error(out.error);
    expect(out.id).toBe('7');
    expect(out.text).toBe(text);
    expect(out.entities!.map((e) => e.text)).toEqual(['Baku']);
  });

  it('gives no entities on a page that is not an article, and skips analysis with extract-only', () => {
    const home = readFixture('pages/news-home.html');
    const out = analyzeLine(JSON.stringify({ id: 'h', html: home }), capitalisedWords);
    if ('error' in out) throw new Error(out.error);
    expect(out.isArticle).toBe(false);
    expect(out.entities).toEqual([]);
    const bare = analyzeLine(JSON.stringify({ id: 'p', html }), null);
    if ('error' in bare) throw new Error(bare.error);
    expect(bare.entities).toBeUndefined();
    expect(bare.text.length).toBeGreaterThan(1000);
  });

  it('gives no entities or claims on an article in a language the analysis does not read', () => {
    const french = readFixture('pages/e2e-french-article.html');
    const out = analyzeLine(JSON.stringify({ id: 'fr', html: french }), capitalisedWords);
    if ('error' in out) throw new Error(out.error);
    expect(out.isArticle).toBe(true);
    expect(out.lang?.slice(0, 2)).toBe('fr');
    expect(out.text.length).toBeGreaterThan(200);
    expect(out.entities).toEqual([]);
    expect(out.claims).toEqual([]);
    expect(out.skipped).toMatch(/"fr".*English only/);
    const english = analyzeLine(JSON.stringify({ id: 'en', html }), capitalisedWords);
    if ('error' in english) throw new Error(english.error);
    expect(english.skipped).toBeUndefined();
  });

  it('answers bad lines with an error record', () => {
    expect(analyzeLine('{not json', null)).toEqual({ id: null, error: 'not JSON' });
    expect(analyzeLine('{"html":"<p>x</p>"}', null)).toEqual({ id: null, error: 'no "id"' });
    expect(analyzeLine('{"id":"x"}', null)).toEqual({
      id: 'x',
      error: 'neither "html" nor "text"',
    });
    const failing = () => {
      throw new Error('model missing');
    };
    expect(analyzeLine('{"id":"y","text":"abc"}', failing)).toEqual({
      id: 'y',
      error: 'model missing',
    });
  });
});
