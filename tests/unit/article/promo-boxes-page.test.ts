import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../page/article/extract';
import { loadPage, readFixture } from './load-page';

describe('an article with a newsletter box, a related headline and widget labels (invented page)', () => {
  const doc = loadPage(readFixture('pages/promo-boxes-article.html'));
  const article = extractArticle(doc);
  if (!article) throw new Error('no article extracted');
  const paragraphs = article.text.split('\n\n');

  it('keeps the four paragraphs of the story', () => {
    expect(paragraphs.filter((p) => p.length > 100)).toHaveLength(4);
    expect(article.text).toContain('The lighthouse museum in Port Wren reopened on Saturday');
    expect(article.text).toContain('the museum will stay open every day except Mondays');
  });

  it('leaves out the indented newsletter box, the photo overlay, the caption, the topics and the contents', () => {
    for (const furniture of [
      'Harbour Notes',
      'first month is free',
      '$5',
      'View photo',
      'The lighthouse at dusk',
      'Travel & Leisure',
      'History',
    ]) {
      expect(article.text, furniture).not.toContain(furniture);
    }
    expect(paragraphs).not.toContain('.');
  });

  it('keeps the linked headline of another story as a related region', () => {
    const headline = 'Ferry Timetable Changes Announced For Winter Season';
    const start = article.text.indexOf(headline);
    expect(start).toBeGreaterThan(0);
    const region = article.regions.find((r) => r.start === start);
    expect(region?.kind).toBe('related');
    expect(region?.end).toBe(start + headline.length);
  });
});
