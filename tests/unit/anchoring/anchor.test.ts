// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorNote, locateAnchor } from '../../../page/anchoring/anchor';
import { describeRange } from '../../../page/anchoring/describe';
import { rangeOfOffsets, textOf } from '../../../page/anchoring/text-of';

const fixture = readFileSync(
  path.resolve(__dirname, '../../fixtures/azernews-putin-visit.html'),
  'utf8',
);

/** A live Range over the first occurrence of `quote` in the text of `root`. */
function rangeOfQuote(root: Element, quote: string, occurrence = 0): Range {
  const index = textOf(root);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = index.text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`quote not in page: ${quote}`);
  const range = rangeOfOffsets(index, at, at + quote.length);
  if (!range) throw new Error('no range');
  return range;
}

function loadFixture(): void {
  document.open();
  document.write(fixture);
  document.close();
}

describe('anchorNote on the canonical article', () => {
  beforeEach(loadFixture);

  const passages = [
    'will host the 2024 UN Climate Change Conference',
    'Ilham Aliyev',
    'Vladimir Putin',
  ];

  it.each(passages)('round-trips %s by position', (quote) => {
    const root = document.body;
    const anchor = describeRange(root, rangeOfQuote(root, quote));
    expect(anchor.exact).toBe(quote);
    expect(anchor.prefix.length).toBeLessThanOrEqual(32);
    expect(anchor.suffix.length).toBeLessThanOrEqual(32);
    expect(locateAnchor(textOf(root), anchor)?.method).toBe('position');
    const range = anchorNote(root, anchor);
    expect(range?.toString()).toBe(quote);
  });

  it('finds the passage by quote after text is inserted before it', () => {
    const root = document.body;
    const quote = 'will host the 2024 UN Climate Change Conference';
    const anchor = describeRange(root, rangeOfQuote(root, quote));
    const article = document.querySelector('article');
    expect(article).not.toBeNull();
    const inserted = document.createElement('p');
    inserted.textContent = 'Update: this article was revised with a new opening paragraph. ';
    article?.prepend(inserted);
    const index = textOf(root);
    const found = locateAnchor(index, anchor);
    expect(found?.method).toBe('quote');
    expect(found?.start).toBeGreaterThan(anchor.start);
    expect(anchorNote(root, anchor)?.toString()).toBe(quote);
  });

  it('follows a slightly edited sentence of the article', () => {
    const root = document.body;
    const quote = 'reduce the emission of greenhouse gases by 35 percent by 2030';
    const anchor = describeRange(root, rangeOfQuote(root, quote));
    const p = Array.from(root.querySelectorAll('p')).find((el) => el.textContent?.includes(quote));
    if (!p?.firstChild) throw new Error('paragraph not found');
    p.firstChild.nodeValue = (p.firstChild.nodeValue ?? '').replace('35 percent', '36 per cent');
    const found = locateAnchor(textOf(root), anchor);
    expect(found?.method).toBe('fuzzy');
    expect(anchorNote(root, anchor)?.toString()).toContain(
      'greenhouse gases by 36 per cent by 2030',
    );
  });

  it('orphans a note when its paragraph is removed from the article', () => {
    const root = document.body;
    const quote = 'is recognized as a dialogue platform that could play a potential role';
    const anchor = describeRange(root, rangeOfQuote(root, quote));
    const p = Array.from(root.querySelectorAll('p')).find((el) => el.textContent?.includes(quote));
    p?.remove();
    expect(anchorNote(root, anchor)).toBeNull();
  });

  it('ignores the gloss-ui host and scripts when computing text', () => {
    const root = document.body;
    const quote = 'Ilham Aliyev';
    const before = describeRange(root, rangeOfQuote(root, quote));
    const host = document.createElement('gloss-ui');
    host.textContent = 'Card text that must not shift offsets';
    root.prepend(host);
    const script = document.createElement('script');
    script.textContent = 'var injected = "Ilham Aliyev";';
    root.prepend(script);
    const found = locateAnchor(textOf(root), before);
    expect(found).toEqual({ start: before.start, end: before.end, method: 'position' });
  });
});

describe('anchorNote on small pages', () => {
  it('follows a slightly edited passage with the fuzzy matcher', () => {
    document.body.innerHTML =
      '<article><p>Intro paragraph about the summit.</p><p>The president said the agreement would cut emissions by 35 percent before 2030, officials confirmed.</p><p>Closing remarks.</p></article>';
    const root = document.body;
    const quote = 'the agreement would cut emissions by 35 percent before 2030';
    const anchor = describeRange(root, rangeOfQuote(root, quote));
    const p = root.querySelectorAll('p')[1];
    if (!p) throw new Error('missing paragraph');
    p.textContent =
      'The president said the agreement would cut emissions by 40 percent before 2030, officials confirmed.';
    const found = locateAnchor(textOf(root), anchor);
    expect(found?.method).toBe('fuzzy');
    const range = anchorNote(root, anchor);
    expect(range?.toString()).toContain('cut emissions by 40 percent before 2030');
  });

  it('lets prefix and suffix choose between two copies of a passage', () => {
    document.body.innerHTML =
      '<p>In Moscow the talks ended and the leaders signed the accord on energy. Markets rose.</p>' +
      '<p>In Baku the talks ended and the leaders signed the accord on energy. Markets fell.</p>';
    const root = document.body;
    const quote = 'the leaders signed the accord on energy';
    const second = describeRange(root, rangeOfQuote(root, quote, 1));
    const first = describeRange(root, rangeOfQuote(root, quote, 0));
    // Shift everything so positions no longer match: only the context can decide.
    const lead = document.createElement('p');
    lead.textContent = 'A new first paragraph of some length pushes every offset along.';
    root.prepend(lead);
    const index = textOf(root);
    const foundSecond = locateAnchor(index, second);
    const foundFirst = locateAnchor(index, first);
    expect(foundSecond?.method).toBe('quote');
    expect(foundFirst?.method).toBe('quote');
    expect(index.text.slice(0, foundSecond?.start)).toContain('In Baku');
    expect(index.text.slice(0, foundFirst?.start)).not.toContain('In Baku');
    const range = anchorNote(root, second);
    expect(range?.startContainer.parentElement).toBe(root.querySelectorAll('p')[2]);
  });

  it('orphans a note whose passage was removed', () => {
    document.body.innerHTML =
      '<p>The central bank raised interest rates by half a point on Tuesday.</p><p>Other news of the day.</p>';
    const root = document.body;
    const quote = 'raised interest rates by half a point on Tuesday';
    const anchor = describeRange(root, rangeOfQuote(root, quote));
    const first = root.querySelector('p');
    first?.remove();
    expect(locateAnchor(textOf(root), anchor)).toBeNull();
    expect(anchorNote(root, anchor)).toBeNull();
  });

  it('anchors ranges that cross element boundaries', () => {
    document.body.innerHTML =
      '<p>President <a href="#">Ilham <b>Aliyev</b></a> met <em>Vladimir Putin</em> in Baku.</p>';
    const root = document.body;
    const quote = 'Aliyev met Vladimir';
    const anchor = describeRange(root, rangeOfQuote(root, quote));
    expect(anchor.exact).toBe(quote);
    expect(anchor.prefix).toBe('President Ilham ');
    expect(anchor.suffix).toBe(' Putin in Baku.');
    const range = anchorNote(root, anchor);
    expect(range?.toString()).toBe(quote);
    expect(range?.startContainer.parentElement?.tagName).toBe('B');
    expect(range?.endContainer.parentElement?.tagName).toBe('EM');
  });

  it('describes a range whose boundaries are element positions', () => {
    document.body.innerHTML = '<p>One <b>two</b> three</p><p>four</p>';
    const root = document.body;
    const p = root.querySelector('p');
    if (!p) throw new Error('missing paragraph');
    const range = document.createRange();
    range.setStart(p, 1); // before <b>
    range.setEnd(root, 2); // after the second <p>
    const anchor = describeRange(root, range);
    expect(anchor.exact).toBe('two threefour');
    expect(anchor.prefix).toBe('One ');
    expect(anchor.suffix).toBe('');
    expect(anchorNote(root, anchor)?.toString()).toBe('two threefour');
  });

  it('returns null for an empty quote', () => {
    document.body.innerHTML = '<p>Text</p>';
    expect(anchorNote(document.body, { exact: '', prefix: '', suffix: '', start: 0, end: 0 })).toBe(
      null,
    );
  });
});
