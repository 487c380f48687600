import { beforeAll, describe, expect, it } from 'vitest';
import { type ArticleEvalSummary, evaluateArticles } from '../../scripts/eval-articles';

/**
 * Floors over the dev pages of ../shared/eval/articles (87 articles, 12 non-articles), through the
 * `analyze` CLI. Articles found and non-articles rejected are the targets (98%, 11 of 12).
 * Titles right is the target too (95%; measured 95.4%, 83 of 87): the four misses are pages
 * whose gold keeps an author or site suffix (or cuts a colon's head) that the page does not declare
 * as its site name. The text floor (0.95) sits under the measured 0.975; the gold is Readability's
 * output, so this guards regressions.
 */
describe('article detection and extraction on the dev pages', () => {
  let summary: ArticleEvalSummary;
  beforeAll(async () => {
    summary = await evaluateArticles();
  }, 300_000);

  it('runs the CLI over every page without errors', () => {
    expect(summary.errors).toBe(0);
    expect(summary.articles + summary.nonArticles).toBe(99);
  });

  it('finds at least 98% of the articles and rejects at least 11 of 12 non-articles', () => {
    expect(summary.articlesFound / summary.articles).toBeGreaterThanOrEqual(0.98);
    expect(summary.nonArticlesRejected).toBeGreaterThanOrEqual(11);
  });

  it('gets at least 95% of the titles right', () => {
    expect(summary.titlesRight / summary.titles).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the text F1 (4-token shingles) at 0.95 or more', () => {
    expect(summary.text.f1).toBeGreaterThanOrEqual(0.95);
  });
});
