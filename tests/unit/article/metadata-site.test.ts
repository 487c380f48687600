import { describe, expect, it } from 'vitest';
import { findArticleNode, readJsonLd } from '../../../page/article/json-ld';
import { findSite, readableHost, siteNameAsShown } from '../../../page/article/metadata';
import { loadPage } from './load-page';

/** The site name of a page whose head holds `head`, loaded at `url` and given `url`. */
function siteOf(head: string, url = 'https://www.harbourtimes.example/a/1'): string | undefined {
  const doc = loadPage(`<html><head>${head}</head><body><p>Text.</p></body></html>`, url);
  return findSite(doc, findArticleNode(readJsonLd(doc)), url);
}

describe('site name', () => {
  it('prefers og:site_name as written over a twitter handle and application-name', () => {
    expect(
      siteOf(
        '<meta name="twitter:site" content="@harbourtimes"><meta name="application-name" content="HT App"><meta property="og:site_name" content="HarbourTimes">',
      ),
    ).toBe('HarbourTimes');
  });

  it('takes the JSON-LD publisher before application-name', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Harbour strike ends',
      publisher: { '@type': 'Organization', name: 'The Harbour Times' },
    });
    expect(
      siteOf(
        `<meta name="application-name" content="HT"><script type="application/ld+json">${ld}</script>`,
      ),
    ).toBe('The Harbour Times');
  });

  it('skips an application-name that repeats the page title, and a twitter handle', () => {
    expect(
      siteOf(
        '<title>Harbour strike ends</title><meta name="application-name" content="Harbour strike ends"><meta name="twitter:site" content="@harbourtimes">',
      ),
    ).toBe('harbourtimes.example');
  });

  it('shows a URL as its host and drops a tagline', () => {
    expect(siteNameAsShown('http://www.harbourtimes.example')).toBe('harbourtimes.example');
    expect(siteNameAsShown('Field Notes – the engineering blog')).toBe('Field Notes');
    expect(siteNameAsShown('HarbourTimes')).toBe('HarbourTimes');
  });

  it('names the site from the host, without www, and not at all for a local or IP host', () => {
    expect(siteOf('')).toBe('harbourtimes.example');
    expect(siteOf('', 'http://127.0.0.1:8123/page.html')).toBeUndefined();
    expect(siteOf('', 'http://localhost:3000/page.html')).toBeUndefined();
    expect(readableHost('www.valleyherald.example')).toBe('valleyherald.example');
    expect(readableHost('[::1]')).toBeUndefined();
  });

  it("uses the document's own URL when none is given", () => {
    const doc = loadPage(
      '<html><head></head><body><p>Text.</p></body></html>',
      'https://www.harbourtimes.example/story',
    );
    expect(findSite(doc, undefined, undefined)).toBe('harbourtimes.example');
  });
});
