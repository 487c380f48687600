import { describe, expect, it } from 'vitest';
import { readBlockText, readsAsProse } from '../../../page/article/block-text';
import { extractArticle } from '../../../page/article/extract';
import { loadCanonical, loadPage } from './load-page';

/** The text of each region, with its kind. */
function regionTexts(html: string): Array<[string, string]> {
  const doc = loadPage(`<html><body><article>${html}</article></body></html>`);
  const { text, regions } = readBlockText([doc.querySelector('article')!], () => false);
  return regions.map((r) => [r.kind, text.slice(r.start, r.end)]);
}

describe('headings and code in the article text', () => {
  it('marks headings and code blocks, on the exact text they hold', () => {
    expect(
      regionTexts(
        '<p>Intro paragraph.</p><h2>The  four <em>golden</em> signals</h2><p>Prose.</p>' +
          '<pre><code>const total = items.reduce((a, b) =&gt; a + b, 0);\nexport { total };</code></pre>',
      ),
    ).toEqual([
      ['heading', 'The four golden signals'],
      ['code', 'const total = items.reduce((a, b) => a + b, 0);\nexport { total };'],
    ]);
  });

  it('marks a heading that opens the text, and only the outermost of nested ones', () => {
    expect(regionTexts('<h3>Opening <h4>inner</h4></h3><p>Body text.</p>')).toEqual([
      ['heading', 'Opening\n\ninner'],
    ]);
  });

  it('marks citations: <cite>, and reference lists by their class', () => {
    expect(
      regionTexts(
        '<p>As <cite>The Lancet</cite> reported, cases fell by a third.</p>' +
          '<ol class="references"><li>Smith, J. (2011). Retrieved 4 May 2012.</li></ol>' +
          '<ul class="tags"><li>Health</li></ul>',
      ),
    ).toEqual([
      ['citation', 'The Lancet'],
      ['citation', 'Smith, J. (2011). Retrieved 4 May 2012.'],
    ]);
  });

  it('leaves prose set in a fixed font (a plain-text RFC, a poem) unmarked', () => {
    const rfc =
      'This document describes a protocol by which applications running inside a web browser\n' +
      '   can store data on a server that the user chooses, and read it back later.';
    expect(regionTexts(`<p>Abstract.</p><pre>${rfc}</pre>`)).toEqual([]);
    expect(readsAsProse(rfc)).toBe(true);
    expect(readsAsProse('2020-08-01 17:56:00+00 │ 400 │ 1')).toBe(false);
    expect(readsAsProse('SELECT status_code, AVG(entries) OVER w FROM t;')).toBe(false);
    expect(readsAsProse('def total(items):\n    return sum(item.price for item in items)')).toBe(
      false,
    );
  });

  it('gives the canonical article no code and no heading inside its body text', () => {
    const found = extractArticle(loadCanonical())!;
    for (const r of found.regions) {
      expect(found.text.slice(r.start, r.end).length).toBeGreaterThan(0);
    }
    expect(found.regions.filter((r) => r.kind === 'code')).toEqual([]);
  });
});
