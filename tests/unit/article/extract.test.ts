import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../page/article/extract';
import { loadCanonical, loadPage, readFixture } from './load-page';

const expected = JSON.parse(readFixture('azernews-putin-visit.expected.json')) as {
  title: string;
  byline: string;
  published: string;
  site: string;
  must_not_highlight: string[];
  entities_in_body: Record<string, string[]>;
  check_worthy_claims: string[];
};

describe('extractArticle on the canonical article', () => {
  const doc = loadCanonical();
  const article = extractArticle(doc);

  it('finds the body and its metadata', () => {
    expect(article).not.toBeNull();
    expect(article!.root.tagName).toBe('ARTICLE');
    expect(article!.title).toBe(expected.title);
    expect(article!.byline).toBe(expected.byline);
    expect(article!.published?.startsWith(expected.published)).toBe(true);
    expect(article!.site).toBe(expected.site);
    expect(article!.lang).toBe('en');
  });

  it('keeps the dateline and every body paragraph, in blocks', () => {
    const text = article!.text;
    expect(
      text.startsWith('date 2024-08-19 (MENAFN- AzerNews) Fatima Latifova Read more\n\n'),
    ).toBe(true);
    for (const claim of expected.check_worthy_claims) expect(text).toContain(claim);
    for (const names of Object.values(expected.entities_in_body)) {
      for (const name of names) expect(text).toContain(name);
    }
    expect(text.split('\n\n')).toHaveLength(15);
    expect(text).not.toMatch(/ {2}|\n{3}|^\s|\s$/);
  });

  it('leaves out the title heading, byline, nav, ticker, share bar, related, sidebar, ad, footer and cookie banner', () => {
    const text = article!.text;
    for (const name of expected.must_not_highlight) expect(text).not.toContain(name);
    expect(text).not.toContain(expected.title);
    expect(text).not.toContain('By Fatima');
    for (const word of [
      'Politics',
      'Breaking',
      'Share',
      'Related news',
      'Most read',
      'cookies',
      'rights reserved',
    ]) {
      expect(text).not.toContain(word);
    }
  });

  it('does not change the live document', () => {
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle on other pages', () => {
  it('joins sibling paragraphs of the body and skips hidden and chrome elements inside it', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n}, with commas, clauses, and enough words to look like prose in a story that goes on for a while about the harbour.</p>`;
    const doc = loadPage(`<html lang="de-AT"><head><title>Hafen | Zeitung</title></head><body>
      <div id="wrap"><div class="entry-content">${para(1)}${para(2)}
        <div class="newsletter-signup">Sign up for our newsletter</div>
        <p hidden>hidden text</p><p style="display: none">also hidden</p>
        <figure><img src="x.jpg"><figcaption>A caption</figcaption></figure>
        <ul><li><a href="/1">Related one</a></li><li><a href="/2">Related two</a></li></ul>
        ${para(3)}</div></div></body></html>`);
    const article = extractArticle(doc)!;
    expect(article.text.split('\n\n')).toHaveLength(3);
    expect(article.text).not.toMatch(/newsletter|hidden|caption|Related/i);
    expect(article.lang).toBe('de');
    expect(article.title).toBe('Hafen | Zeitung');
  });

  it('keeps whitespace inside <pre> and turns <br> into a line break', () => {
    const doc = loadPage(
      `<html><body><article><p>A paragraph that is long enough to be scored as prose, with a comma, and more words after it.<br>Second   line.</p><pre>x  =  1\n  y = 2</pre></article></body></html>`,
    );
    const text = extractArticle(doc)!.text;
    expect(text).toContain('after it.\nSecond line.');
    expect(text).toContain('x  =  1\n  y = 2');
  });

  it('detects the language from the text when the page declares none', () => {
    const fr =
      "<p>Le conseil municipal s'est réuni mardi pour discuter du budget, et les habitants sont venus nombreux pour dire que la place du marché est une priorité pour la ville et pour les commerces qui sont dans le centre.</p>";
    const doc = loadPage(`<html><body><article>${fr}${fr}</article></body></html>`);
    expect(extractArticle(doc)!.lang).toBe('fr');
  });
});

describe('extractArticle with careless wrapper names', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story, with commas, clauses, and enough words to be read as prose about the harbour, the strike and the talks that ended it after nine days.</p>`;

  it('reads a story wrapped in an element named like chrome when the strict pass finds too little', () => {
    const doc = loadPage(
      `<html><body><div class="layout-with-sidebar"><div class="social-wrapper">${para(1)}${para(2)}${para(3)}</div></div></body></html>`,
    );
    const article = extractArticle(doc)!;
    expect(article.text.split('\n\n')).toHaveLength(3);
  });

  it('leaves out a comment thread even though it holds prose', () => {
    const doc = loadPage(
      `<html><body><article>${para(1)}${para(2)}${para(3)}${para(4)}<section id="comments"><p>A reader's comment that is long enough to be prose, with commas, opinions, and a few more words to pass the line of one hundred and forty.</p></section></article></body></html>`,
    );
    const text = extractArticle(doc)!.text;
    expect(text).toContain('Paragraph 4');
    expect(text).not.toContain("reader's comment");
  });
});

describe('extractArticle on bodies split into several wrappers', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the report, with commas, clauses, and enough words to be read as prose about the dam, the flood plain and the plan to rebuild the bridge.</p>`;
  const nest = (inner: string, depth: number): string =>
    depth === 0 ? inner : `<div class="w${depth}">${nest(inner, depth - 1)}</div>`;

  it('joins a sibling section whose paragraphs sit too deep to have scored it', () => {
    // The first section is shallow, the second holds its paragraphs six wrappers down.
    const doc = loadPage(
      `<html><body><div id="post"><div class="part section-content"><div class="inner">${para(1)}${para(2)}${para(3)}${para(4)}${para(5)}${para(9)}${para(10)}${para(11)}</div></div><figure><img src="a.jpg"></figure><div class="part section-content">${nest(para(6) + para(7) + para(8), 6)}</div></div></body></html>`,
    );
    const text = extractArticle(doc)!.text;
    expect(text).toContain('Paragraph 1 ');
    expect(text).toContain('Paragraph 6 ');
    expect(text).toContain('Paragraph 8 ');
  });

  it('does not credit deep prose to a sibling of another class', () => {
    const doc = loadPage(
      `<html><body><div id="post"><div class="part section-content"><div class="inner">${para(1)}${para(2)}${para(3)}${para(4)}${para(5)}${para(9)}${para(10)}${para(11)}</div></div><div class="reader-posts">${nest(para(6) + para(7) + para(8), 6)}</div></div></body></html>`,
    );
    const text = extractArticle(doc)!.text;
    expect(text).toContain('Paragraph 11 ');
    expect(text).not.toContain('Paragraph 6 ');
  });

  it('joins a lead paragraph that sits in a wrapper of its own above the body', () => {
    const doc = loadPage(
      `<html><body><article><div class="story-supplement"><div class="story-body story-body-1">${para(0)}</div></div><div class="story-supplement"><div class="story-body story-body-2">${para(1)}${para(2)}${para(3)}${para(4)}${para(5)}${para(6)}</div><div class="note">Correction appended.</div></div><div class="newsletter-box">Get the daily briefing</div></article></body></html>`,
    );
    const text = extractArticle(doc)!.text;
    expect(text.startsWith('Paragraph 0 ')).toBe(true);
    expect(text).toContain('Paragraph 6 ');
    expect(text).not.toContain('daily briefing');
  });

  it('leaves out containers that the stylesheet hides (computed style, where the DOM has one)', () => {
    const doc = loadPage(
      `<html><head><style>.m-only { display: none } .ghost { visibility: hidden }</style></head><body><article>${para(1)}${para(2)}<div class="m-only"><p>Mobile copy of the teaser that the desktop page hides with its stylesheet, long enough to be prose.</p></div><div class="ghost"><p>An invisible box of text.</p></div>${para(3)}</article></body></html>`,
    );
    const text = extractArticle(doc)!.text;
    expect(text).toContain('Paragraph 3 ');
    expect(text).not.toContain('Mobile copy');
    expect(text).not.toContain('invisible box');
  });
});
