import { describe, expect, it } from 'vitest';
import { findArticleNode, readJsonLd, typesOf } from '../../../page/article/json-ld';
import { detectLanguage, primaryLanguage } from '../../../page/article/language';
import {
  readMetadata,
  stripKnownSite,
  stripSiteFromTitle,
  toIsoDate,
} from '../../../page/article/metadata';
import { loadPage } from './load-page';

describe('JSON-LD', () => {
  it('flattens arrays, @graph and mainEntity, and skips broken blocks', () => {
    const doc = loadPage(`<html><head>
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">[{"@type":"WebSite"},{"@graph":[{"@type":"BreadcrumbList"},{"@type":"schema:OpinionNewsArticle","headline":"H"}]}]</script>
      <script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"Product","name":"P"}}</script>
      </head><body></body></html>`);
    const nodes = readJsonLd(doc);
    expect(nodes.flatMap(typesOf)).toEqual([
      'WebSite',
      'BreadcrumbList',
      'OpinionNewsArticle',
      'WebPage',
      'Product',
    ]);
    expect(findArticleNode(nodes)?.headline).toBe('H');
  });
});

describe('metadata', () => {
  it('prefers the structured title, byline and date, and names the site from the URL last', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Harbour strike ends',
      author: [{ '@type': 'Person', name: 'A. Writer' }, { name: 'B. Writer' }],
      datePublished: '2024-05-02T10:00:00+02:00',
    });
    const doc = loadPage(
      `<html lang="en-GB"><head><title>Harbour strike ends | The Paper</title><script type="application/ld+json">${ld}</script></head><body><h1>Harbour strike ends</h1></body></html>`,
    );
    expect(readMetadata(doc, 'https://www.paper.example/a/1')).toEqual({
      title: 'Harbour strike ends',
      byline: 'A. Writer, B. Writer',
      published: '2024-05-02T10:00:00+02:00',
      site: 'paper.example',
      lang: 'en',
    });
  });

  it('falls back to the <h1> that the <title> contains, and to a byline element', () => {
    const doc = loadPage(
      '<html><head><title>The Paper — Floods force thousands from homes</title></head><body><h1>Floods force thousands from homes</h1><p class="byline">By Jane Roe</p><time datetime="2024-04-01">1 April</time></body></html>',
    );
    const meta = readMetadata(doc);
    expect(meta.title).toBe('Floods force thousands from homes');
    expect(meta.byline).toBe('Jane Roe');
    expect(meta.published).toBe('2024-04-01');
  });

  it('strips a site name from <title> only when a real title is left', () => {
    expect(stripSiteFromTitle('Floods force thousands from homes | The Paper')).toBe(
      'Floods force thousands from homes',
    );
    expect(stripSiteFromTitle('Error: Not Found')).toBe('Error: Not Found');
  });

  it('reads JSON-LD wrapped in CDATA or a comment', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry service resumes' });
    const doc = loadPage(
      `<html><head><script type="application/ld+json">\n<![CDATA[\n${ld}\n]]>\n</script><script type="application/ld+json"><!--${ld}--></script></head><body></body></html>`,
    );
    const nodes = readJsonLd(doc);
    expect(nodes).toHaveLength(2);
    expect(findArticleNode(nodes)?.headline).toBe('Ferry service resumes');
  });

  it('does not take a JSON-LD name that is the site name for the title', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      name: 'The Paper',
      publisher: { '@type': 'Organization', name: 'The Paper' },
    });
    const doc = loadPage(
      `<html><head><title>Ferry service resumes after storm | The Paper</title><meta property="og:title" content="Ferry service resumes after the storm"><script type="application/ld+json">${ld}</script></head><body></body></html>`,
    );
    expect(readMetadata(doc).title).toBe('Ferry service resumes after the storm');
  });

  it('cuts a declared site name from <title>, and only that', () => {
    const named = loadPage(
      '<html><head><title>Evolve: Shared history – Field Notes</title><meta property="og:site_name" content="Field Notes"></head><body><h1>Other</h1></body></html>',
    );
    expect(readMetadata(named).title).toBe('Evolve: Shared history');
    expect(stripKnownSite('Evolve: Shared history', ['field notes'])).toBe(
      'Evolve: Shared history',
    );
    expect(stripKnownSite('Field Notes | Evolve: Shared history', ['field notes'])).toBe(
      'Evolve: Shared history',
    );
  });

  it('writes dates as ISO 8601', () => {
    expect(toIsoDate('2024-08-19T09:12:00+04:00')).toBe('2024-08-19T09:12:00+04:00');
    expect(toIsoDate('Mon, 19 Aug 2024 05:12:00 GMT')).toBe('2024-08-19T05:12:00.000Z');
    expect(toIsoDate('yesterday')).toBeUndefined();
  });
});

describe('language', () => {
  it('reads primary subtags', () => {
    expect(primaryLanguage('pt-BR')).toBe('pt');
    expect(primaryLanguage('EN')).toBe('en');
    expect(primaryLanguage('')).toBeUndefined();
  });

  it('detects languages by script and by stopwords', () => {
    const en =
      'The council met on Tuesday and it was agreed that the plan for the market is in the interest of the town. '.repeat(
        2,
      );
    const de =
      'Der Rat hat am Dienstag getagt und es ist nicht klar, ob die Stadt den Plan für den Markt auch umsetzen wird. '.repeat(
        2,
      );
    const es =
      'El consejo se reunió el martes y los vecinos dijeron que la plaza del mercado es una prioridad para la ciudad. '.repeat(
        2,
      );
    expect(detectLanguage(en)).toBe('en');
    expect(detectLanguage(de)).toBe('de');
    expect(detectLanguage(es)).toBe('es');
    expect(detectLanguage('今日はとても良い天気ですね。公園に行きましょう。')).toBe('ja');
    expect(detectLanguage('今天天气很好，我们去公园散步吧。')).toBe('zh');
    expect(detectLanguage('Сегодня хорошая погода, пойдём гулять в парк.')).toBe('ru');
    expect(detectLanguage('12 34 56')).toBeUndefined();
  });
});
