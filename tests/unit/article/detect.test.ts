import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../page/article/detect';
import { loadCanonical, loadPage, readFixture } from './load-page';

const NON_ARTICLES = [
  'pages/search-results.html',
  'pages/news-home.html',
  'pages/product.html',
  'pages/forum-thread.html',
  'pages/review.html',
];

/** Prose enough for an article body: four long paragraphs side by side. */
const BODY = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i} of the story, long enough to count as prose: the council met on Tuesday to discuss the budget, the new bus routes and the plan for the old market hall, and agreed after a long debate to put the question to the residents in a vote next spring.</p>`,
).join('');

describe('detectArticle', () => {
  it('accepts the canonical article, with its declared types among the signals', () => {
    const verdict = detectArticle(loadCanonical());
    expect(verdict.isArticle).toBe(true);
    expect(verdict.signals.some((s) => s.startsWith('jsonld-NewsArticle'))).toBe(true);
    expect(verdict.signals.some((s) => s.startsWith('og-article'))).toBe(true);
    expect(verdict.reason).toMatch(/^article/);
  });

  it.each(NON_ARTICLES)('rejects %s', (name) => {
    const verdict = detectArticle(loadPage(readFixture(name)));
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reason).toMatch(/^not an article/);
  });

  it('accepts undeclared prose that sits in one container', () => {
    const doc = loadPage(`<html><body><div class="story">${BODY}</div></body></html>`);
    const verdict = detectArticle(doc);
    expect(verdict.isArticle).toBe(true);
    expect(verdict.signals).toContain('prose-body:1');
  });

  it('rejects a page with almost no prose', () => {
    const doc = loadPage('<html><body><p>Welcome!</p><a href="/a">Start</a></body></html>');
    expect(detectArticle(doc).isArticle).toBe(false);
  });

  it('reads JSON-LD article types inside @graph and arrays', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': ['ReportageNewsArticle'], headline: 'X' }],
    });
    const doc = loadPage(
      `<html><head><script type="application/ld+json">${graph}</script></head><body>${BODY}</body></html>`,
    );
    expect(detectArticle(doc).signals).toContain('jsonld-ReportageNewsArticle:3');
  });

  it('counts a shop button against the page even without declared types', () => {
    const html = readFixture('pages/product.html').replace(/<script[\s\S]*?<\/script>/, '');
    const verdict = detectArticle(loadPage(html.replace('og:type" content="product', 'x')));
    expect(verdict.signals).toContain('shop-button:-3');
    expect(verdict.isArticle).toBe(false);
  });

  it('recognises a forum thread by its posts when JSON-LD is missing', () => {
    const html = readFixture('pages/forum-thread.html').replace(/<script[\s\S]*?<\/script>/, '');
    const verdict = detectArticle(loadPage(html));
    expect(verdict.signals).toContain('forum-posts:-2');
    expect(verdict.isArticle).toBe(false);
  });

  it('recognises a single user review by its vote buttons when no type is declared', () => {
    const html = readFixture('pages/review.html').replace(/ itemtype="[^"]*"/g, '');
    const verdict = detectArticle(loadPage(html));
    expect(verdict.signals).toContain('prose:2');
    expect(verdict.signals).toContain('review-votes:-3');
    expect(verdict.isArticle).toBe(false);
  });

  it('keeps a critic review with prose and no vote buttons an article', () => {
    const doc = loadPage(
      `<html><head><meta property="og:type" content="article"></head><body><div class="review">${BODY}<div class="rating">★★★☆☆</div></div></body></html>`,
    );
    const verdict = detectArticle(doc);
    expect(verdict.signals.some((s) => s.startsWith('review-votes'))).toBe(false);
    expect(verdict.isArticle).toBe(true);
  });

  it('uses the URL shape when a URL is given', () => {
    const doc = loadPage(`<html><body><div>${BODY}</div></body></html>`);
    const home = detectArticle(doc, 'https://news.example/');
    const story = detectArticle(
      doc,
      'https://news.example/2024/08/19/council-votes-on-market-hall',
    );
    const search = detectArticle(doc, 'https://news.example/search?q=market');
    expect(home.signals).toContain('url-front:-2');
    expect(story.signals).toContain('url-article:1');
    expect(search.signals).toContain('url-search:-3');
    expect(story.score).toBeGreaterThan(home.score);
  });
});
