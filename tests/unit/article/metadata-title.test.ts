import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../page/article/metadata';
import {
  countWords,
  hostMainLabel,
  isTitleCaseLabel,
  splitAuthors,
  stripTitleAffixes,
} from '../../../page/article/title-affixes';
import { loadPage } from './load-page';

/** A page whose head holds `head` and whose body holds one paragraph. */
function page(head: string, url = 'https://news.example/a/1'): Document {
  return loadPage(
    `<html><head>${head}</head><body><p>Body text of the story.</p></body></html>`,
    url,
  );
}

/**
 * Four words: too short for an unnamed label to be cut beside it, so only the named rules can cut the
 * segments these tests add.
 */
const STORY = 'Harbour strike ends today';

describe('article title: named segments', () => {
  it('cuts the og:site_name after a separator from og:title', () => {
    const doc = page(
      `<meta property="og:title" content="${STORY} - Coastline Courier"><meta property="og:site_name" content="Coastline Courier">`,
    );
    expect(readMetadata(doc).title).toBe(STORY);
  });

  it('cuts the application-name and the JSON-LD publisher, at the end or at the start', () => {
    const app = page(
      `<title>${STORY} | Coastline Courier</title><meta name="application-name" content="Coastline Courier">`,
    );
    expect(readMetadata(app).title).toBe(STORY);
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: `Valley Post :: ${STORY}`,
      publisher: { '@type': 'Organization', name: 'The Valley Post' },
    });
    const fromLd = page(`<script type="application/ld+json">${ld}</script>`);
    expect(readMetadata(fromLd).title).toBe(STORY);
  });

  it("cuts the host's main label written as a name", () => {
    const doc = page(
      `<meta property="og:title" content="${STORY} · Riverside Gazette">`,
      'https://www.riversidegazette.example/story',
    );
    expect(readMetadata(doc, 'https://www.riversidegazette.example/story').title).toBe(STORY);
    // The document's own URL serves when no URL is passed (the live page in the content script).
    expect(readMetadata(doc).title).toBe(STORY);
    expect(
      stripTitleAffixes(`${STORY} | RiversideGazette.example`, {
        host: 'www.riversidegazette.example',
      }),
    ).toBe(STORY);
  });

  it('cuts the byline author, then the site behind it', () => {
    const doc = page(
      `<meta property="og:title" content="${STORY} | Jane Roe"><meta name="author" content="Jane Roe">`,
    );
    expect(readMetadata(doc).title).toBe(STORY);
    const both = page(
      `<title>${STORY} - Jane Roe - Coastline Courier</title><meta name="author" content="Jane Roe"><meta property="og:site_name" content="Coastline Courier">`,
    );
    expect(readMetadata(both).title).toBe(STORY);
  });

  it('recognises one author among several and ignores asides in parentheses', () => {
    expect(
      stripTitleAffixes(`${STORY} — B. Writer`, { authors: ['A. Writer and B. Writer'] }),
    ).toBe(STORY);
    expect(
      stripTitleAffixes(`${STORY} - Jane Roe ( jroe )`, {
        authors: ['Jane Roe (https://jroe.example/)'],
      }),
    ).toBe(STORY);
    expect(splitAuthors(['A. Writer, B. Writer & C. Writer'])).toEqual([
      'awriter',
      'bwriter',
      'cwriter',
    ]);
  });

  it('never leaves fewer than three words', () => {
    expect(
      stripTitleAffixes('Tram Strike - Coastline Courier', { siteNames: ['Coastline Courier'] }),
    ).toBe('Tram Strike - Coastline Courier');
    expect(
      stripTitleAffixes('Jane Roe - Coastline Courier', { siteNames: ['Coastline Courier'] }),
    ).toBe('Jane Roe - Coastline Courier');
  });
});

describe('article title: unnamed labels', () => {
  it('cuts a short Title-Case label that ends a long title', () => {
    expect(
      stripTitleAffixes('Tram line extension approved after a long public inquiry | City Desk'),
    ).toBe('Tram line extension approved after a long public inquiry');
  });

  it('keeps a label beside a short title, a lower-case tail and a leading label', () => {
    expect(stripTitleAffixes('Ferry Times Change - Weekend Guide')).toBe(
      'Ferry Times Change - Weekend Guide',
    );
    expect(stripTitleAffixes('How we rebuilt the tram timetable - a look behind the scenes')).toBe(
      'How we rebuilt the tram timetable - a look behind the scenes',
    );
    expect(
      stripTitleAffixes('Pocket Radio 2 - The tiny receiver that costs only twenty pounds'),
    ).toBe('Pocket Radio 2 - The tiny receiver that costs only twenty pounds');
  });

  it('splits only at spaced separators: hyphenated words, colons and en dashes stay', () => {
    expect(stripTitleAffixes('Fact-Checker says the count was right after all | Desk')).toBe(
      'Fact-Checker says the count was right after all',
    );
    expect(stripTitleAffixes('Inquiry: what the harbour board knew and when | Desk')).toBe(
      'Inquiry: what the harbour board knew and when',
    );
    expect(stripTitleAffixes('Storm damage in the valley is still unrepaired – Valley Post')).toBe(
      'Storm damage in the valley is still unrepaired – Valley Post',
    );
  });

  it('returns a title without separators as given, whitespace collapsed', () => {
    expect(stripTitleAffixes('  Harbour   strike ends ', { siteNames: ['Harbour'] })).toBe(
      'Harbour strike ends',
    );
  });
});

describe('title helpers', () => {
  it('tells Title-Case labels from phrases', () => {
    expect(isTitleCaseLabel('Museum of the Moving Image')).toBe(true);
    expect(isTitleCaseLabel('PIXEL NEWS')).toBe(true);
    expect(isTitleCaseLabel('an async task framework')).toBe(false);
    expect(isTitleCaseLabel('the Courier')).toBe(false);
    expect(isTitleCaseLabel('ニュース')).toBe(false);
  });

  it('counts words in scripts without spaces', () => {
    expect(countWords('Harbour strike ends')).toBe(3);
    expect(countWords('港のストライキが終わった')).toBeGreaterThanOrEqual(3);
  });

  it("finds a host's main label", () => {
    expect(hostMainLabel('www.valleyherald.example')).toBe('valleyherald');
    expect(hostMainLabel('news.paper.co.uk')).toBe('paper');
    expect(hostMainLabel('www.abc.de')).toBe('abc');
    expect(hostMainLabel('127.0.0.1')).toBeUndefined();
    expect(hostMainLabel('localhost')).toBeUndefined();
  });
});
