// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { notArticleReason } from '../../../entrypoints/content/not-article-reason';
import { detectArticle } from '../../../page/article/detect';

const LEAD = "This page doesn't look like a news article";

describe('notArticleReason', () => {
  it.each([
    [['little-prose:-3'], `${LEAD}: too little running text.`],
    [['prose:2'], `${LEAD}: its text is not one story told in paragraphs.`],
    [
      ['url-front:-2', 'headline-links:-3', 'prose:2'],
      `${LEAD}: it looks like a front page or a list of stories.`,
    ],
    [['url-search:-3', 'little-prose:-3'], `${LEAD}: it looks like search results.`],
    [['og-product:-3', 'shop-button:-3', 'prose:2'], `${LEAD}: it looks like a shop page.`],
    [['review-votes:-3', 'prose:2'], `${LEAD}: it looks like a page of reviews.`],
    [['forum-posts:-2', 'prose:2'], `${LEAD}: it looks like a forum thread.`],
    [['jsonld-Recipe:-4', 'prose:2'], `${LEAD}: it looks like a recipe.`],
    [['microdata-non-article:-3', 'prose:2'], `${LEAD}: the site marks it as something else.`],
    [[], `${LEAD}: too little running text.`],
  ])('turns the signals %j into a sentence', (signals, sentence) => {
    expect(notArticleReason({ signals })).toBe(sentence);
  });

  it('names the strongest negative signal first', () => {
    expect(notArticleReason({ signals: ['url-front:-2', 'little-prose:-3'] })).toBe(
      `${LEAD}: too little running text.`,
    );
  });

  it('says it in words for a page the detector refuses, with none of its codes', () => {
    document.body.innerHTML = '<nav><a href="/a">Home</a></nav><p>Welcome.</p>';
    const verdict = detectArticle(document, 'https://example.test/');
    expect(verdict.isArticle).toBe(false);
    const sentence = notArticleReason(verdict);
    expect(sentence.startsWith(LEAD)).toBe(true);
    expect(sentence).not.toMatch(/score|:-?\d|prose/);
  });
});
