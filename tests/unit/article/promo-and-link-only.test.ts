import { describe, expect, it } from 'vitest';
import { readBlockText } from '../../../page/article/block-text';
import {
  hasChromeRole,
  hasHiddenClass,
  holdsProse,
  isFormWidget,
  isHidden,
  looksLikeChrome,
} from '../../../page/article/boilerplate';
import { collapsedLength, collapsedText } from '../../../page/article/element-text';
import { extractArticle } from '../../../page/article/extract';
import { isTextFurniture } from '../../../page/article/furniture';
import { furnitureRegionKind } from '../../../page/article/furniture-regions';
import { isRelatedHeadlineLink } from '../../../page/article/link-only-blocks';
import { isIconGlyph, isPunctuationOnlyBlock } from '../../../page/article/ui-labels';
import { loadPage } from './load-page';

/** The first element matching `selector` in a page holding `html`. */
function el(html: string, selector: string): Element {
  const found = loadPage(`<html><body>${html}</body></html>`).querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Reads an `<article>` holding `html` as extraction does (furniture out, regions marked). */
function read(html: string): { text: string; related: string[] } {
  const doc = loadPage(`<html><body><article>${html}</article></body></html>`);
  const root = doc.querySelector('article');
  if (!root) throw new Error('no article');
  const skip = (e: Element): boolean => isHidden(e) || looksLikeChrome(e) || isTextFurniture(e);
  const r = readBlockText([root], skip, furnitureRegionKind);
  const related = r.regions
    .filter((x) => x.kind === 'related')
    .map((x) => r.text.slice(x.start, x.end));
  return { text: r.text, related };
}

const STORY =
  '<p>The council voted on Tuesday to reopen the library, which closed in 2019 after a storm, and to hire four new staff.</p>';

describe('lengths with whitespace collapsed', () => {
  it('measures what a reader sees, not the indentation of the template', () => {
    const p = el(`<p>\n          Short line,\n          indented.\n        </p>`, 'p');
    expect((p.textContent ?? '').length).toBeGreaterThan(30);
    expect(collapsedText(p)).toBe('Short line, indented.');
    expect(collapsedLength(p)).toBe(21);
  });

  it('does not take an indented sign-up paragraph for prose, so its newsletter box is chrome', () => {
    const pad = ' '.repeat(60);
    const box = el(
      `<div class="p-16 newsletter-wrapper">\n${pad}<p>\n${pad}Sign up for the weekly letter.` +
        `\n${pad}<span>Your first month is free!</span>\n${pad}</p>\n${pad}<p>$7/month</p></div>`,
      'div',
    );
    expect((box.querySelector('p')?.textContent ?? '').length).toBeGreaterThan(140);
    expect(holdsProse(box)).toBe(false);
    expect(looksLikeChrome(box)).toBe(true);
  });

  it('still keeps a chrome-named wrapper that holds a real paragraph of prose', () => {
    const long = 'The library will open six days a week from March, the council said. '.repeat(3);
    const wrapper = el(`<div class="share-wrapper"><p>${long}</p></div>`, 'div');
    expect(holdsProse(wrapper)).toBe(true);
    expect(looksLikeChrome(wrapper)).toBe(false);
  });

  it('reads a form as a widget when its paragraphs are short once collapsed', () => {
    const form = el(`<form><p>${' '.repeat(200)}Your email${' '.repeat(50)}</p></form>`, 'form');
    expect(isFormWidget(form)).toBe(true);
  });
});

describe('a class named hidden', () => {
  it('hides a tag list whose class is literally "hidden"', () => {
    const ul = el('<ul id="topics" class="hidden"><li>Politics</li><li>Arts</li></ul>', 'ul');
    expect(hasHiddenClass(ul)).toBe(true);
    expect(isHidden(ul)).toBe(true);
  });

  it('does not hide an element that a responsive variant shows again, or a capitalised helper', () => {
    expect(isHidden(el('<div class="hidden md:block">Menu</div>', 'div'))).toBe(false);
    expect(isHidden(el('<div class="d-none d-md-block">Menu</div>', 'div'))).toBe(false);
    expect(isHidden(el('<div class="Hidden">Entering a modal</div>', 'div'))).toBe(false);
    expect(isHidden(el('<div class="hiddenness">Words</div>', 'div'))).toBe(false);
  });

  it('keeps a hidden-classed wrapper that holds the story (scripts reveal it)', () => {
    const long = 'The library will open six days a week from March, the council said. '.repeat(3);
    expect(isHidden(el(`<div class="hidden"><p>${long}</p></div>`, 'div'))).toBe(false);
  });

  it('leaves a hidden topic list out of the article text', () => {
    const { text } = read(
      `${STORY}<ul id="topics" class="hidden"><li>Politics &amp; Government</li></ul>`,
    );
    expect(text).not.toContain('Politics');
    expect(text).toContain('reopen the library');
  });
});

describe('paragraphs that are one linked headline', () => {
  it('recognises a lone linked headline in a paragraph or a list item', () => {
    expect(
      isRelatedHeadlineLink(
        el('<p><a href="https://news.example/a">Town Baker Wins Regional Bread Prize</a></p>', 'p'),
      ),
    ).toBe(true);
    expect(
      isRelatedHeadlineLink(
        el('<ul><li>» <a href="/b">Ferry Service Resumes After Storm Repairs</a></li></ul>', 'li'),
      ),
    ).toBe(true);
  });

  it('does not take sentences, names, in-page links or links inside prose for headlines', () => {
    const no = [
      '<p><a href="/r">The full report is published on the council website.</a></p>',
      '<ul><li><a href="/api/ArrayBuffer">ArrayBuffer</a></li></ul>',
      '<ul><li><a href="/where">Where am I going to put it</a>?</li></ul>',
      '<ul><li><a href="#history">History of the old library building</a></li></ul>',
      '<p>Read <a href="/x">the council minutes from last week</a> for details</p>',
      '<p><a href="/a">First linked headline here now</a> <a href="/b">Second linked one here</a></p>',
    ];
    for (const html of no) {
      const block = el(html, 'p, li');
      expect(isRelatedHeadlineLink(block), html).toBe(false);
    }
  });

  it('keeps the headline in the text but as a related region, where no claim is listed', () => {
    const { text, related } = read(
      `${STORY}<p><a href="https://news.example/a">Town Baker Wins Regional Bread Prize</a></p>${STORY}`,
    );
    expect(text).toContain('Town Baker Wins Regional Bread Prize');
    expect(related).toEqual(['Town Baker Wins Regional Bread Prize']);
  });
});

describe('captions, calls to action, icons and punctuation', () => {
  it('leaves out a caption named "legend" and a short call to action', () => {
    const { text } = read(
      `${STORY}<figure><div class="cta-overlay"><p class="cta-text large">View photo</p>` +
        '<span class="icon-slideshow">.</span></div><img src="a.jpg"></figure>' +
        `<p class="legend">Jane Roe</p>${STORY}`,
    );
    expect(text).not.toContain('View photo');
    expect(text).not.toContain('Jane Roe');
    expect(text.split('\n\n')).toHaveLength(2);
  });

  it('keeps a long block named as a call to action for the other rules to judge', () => {
    const promo = el(
      '<p class="cta-box">Our readers fund this reporting, and every gift of any size keeps the newsroom going.</p>',
      'p',
    );
    expect(looksLikeChrome(promo)).toBe(false);
  });

  it('matches the chrome tokens as whole tokens only', () => {
    expect(looksLikeChrome(el('<p class="legendary-story">Short</p>', 'p'))).toBe(false);
    expect(looksLikeChrome(el('<p class="btn btn-primary">Subscribe</p>', 'p'))).toBe(true);
    expect(
      looksLikeChrome(el('<section class="breaking-news"><b>Live:</b></section>', 'section')),
    ).toBe(true);
  });

  it('leaves out icon glyphs and arrow links, keeping words around them', () => {
    expect(isIconGlyph(el('<span class="icon icon-share">Share</span>', 'span'))).toBe(true);
    expect(isIconGlyph(el('<i class="fa fa-camera"></i>', 'i'))).toBe(true);
    expect(isIconGlyph(el('<a href="javascript:;">&gt;</a>', 'a'))).toBe(true);
    expect(isIconGlyph(el('<a href="#cite-1">^</a>', 'a'))).toBe(true);
    expect(isIconGlyph(el('<a class="icon-mail" href="/share">Email</a>', 'a'))).toBe(true);
    expect(isIconGlyph(el('<a href="/x">next page</a>', 'a'))).toBe(false);
    expect(isIconGlyph(el('<a href="/x">.</a>', 'a'))).toBe(false);
    const linkedStop = read(
      '<p>Firefox is exploring <a href="/c">new tools</a><a href="/c">.</a></p>',
    );
    expect(linkedStop.text).toBe('Firefox is exploring new tools.');
    expect(isIconGlyph(el('<span class="iconic">A word</span>', 'span'))).toBe(false);
    expect(isIconGlyph(el('<ul><li class="icon-check">Free parking</li></ul>', 'li'))).toBe(false);
    const { text } = read('<p>Tap the <span class="icon-gear">⚙</span> button to begin.</p>');
    expect(text).toBe('Tap the button to begin.');
  });

  it('leaves out a leaf block without a letter or digit', () => {
    expect(isPunctuationOnlyBlock(el('<p> . </p>', 'p'))).toBe(true);
    expect(isPunctuationOnlyBlock(el('<p>* * *</p>', 'p'))).toBe(true);
    expect(isPunctuationOnlyBlock(el('<p>3.</p>', 'p'))).toBe(false);
    expect(isPunctuationOnlyBlock(el('<table><tr><td>–</td></tr></table>', 'td'))).toBe(false);
  });
});

describe('ARIA roles of chrome', () => {
  it('treats navigation and note roles as chrome unless they hold prose', () => {
    expect(hasChromeRole(el('<div role="navigation">Contents</div>', 'div'))).toBe(true);
    expect(looksLikeChrome(el('<div role="note">Main article: Libraries</div>', 'div'))).toBe(true);
    const long = 'The library will open six days a week from March, the council said. '.repeat(3);
    expect(looksLikeChrome(el(`<div role="note"><p>${long}</p></div>`, 'div'))).toBe(false);
    expect(looksLikeChrome(el('<div role="main">Body</div>', 'div'))).toBe(false);
  });

  it('leaves a role=navigation table of contents out of an extracted article', () => {
    const para = (n: number): string =>
      `<p>Paragraph ${n} of the story tells how the council, after a long debate, voted to reopen the town library, which had been closed since a storm damaged its roof.</p>`;
    const doc = loadPage(
      `<html><head><title>Library to reopen</title></head><body><article><h1>Library to reopen</h1>` +
        '<div role="navigation" class="toc"><ol><li><a href="#a">History</a></li>' +
        `<li><a href="#b">Funding</a></li></ol></div>${para(1)}${para(2)}${para(3)}</article></body></html>`,
    );
    const article = extractArticle(doc);
    expect(article?.text).toContain('Paragraph 1');
    expect(article?.text).not.toContain('Funding');
  });
});
