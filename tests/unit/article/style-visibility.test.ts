import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../page/article/extract';
import { hiddenAncestryProbe, styleHiddenProbe } from '../../../page/article/style-visibility';
import { loadPage } from './load-page';

const HTML =
  '<html><head><style>.gone { display: none } .ghost { visibility: hidden }</style></head><body><div class="gone" id="a"><p id="p">x</p></div><section class="ghost" id="b">y</section><div id="c">z</div></body></html>';

describe('styleHiddenProbe', () => {
  it('reads display and visibility from the stylesheet, for containers only', () => {
    const doc = loadPage(HTML);
    const hidden = styleHiddenProbe(doc);
    expect(hidden).not.toBeNull();
    const byId = (id: string): Element => doc.getElementById(id) as Element;
    expect(hidden?.(byId('a'))).toBe(true);
    expect(hidden?.(byId('b'))).toBe(true);
    expect(hidden?.(byId('c'))).toBe(false);
    // Paragraphs are not asked about: their container decides.
    expect(hidden?.(byId('p'))).toBe(false);
  });

  it("ignores the visibility a hidden body passes down (a site's flicker control), not display", () => {
    const doc = loadPage(
      HTML.replace('<style>', '<style>body { visibility: hidden !important; } '),
    );
    const hidden = styleHiddenProbe(doc);
    const byId = (id: string): Element => doc.getElementById(id) as Element;
    expect(hidden?.(byId('a'))).toBe(true);
    expect(hidden?.(byId('b'))).toBe(false);
    expect(hidden?.(byId('c'))).toBe(false);
  });

  it('is absent where the DOM computes no style (linkedom)', () => {
    const { document } = parseHTML(HTML);
    expect(styleHiddenProbe(document as unknown as Document)).toBeNull();
  });
});

describe('hiddenAncestryProbe', () => {
  it('answers for an element under a hidden container, and stops at the root given', () => {
    const doc = loadPage(HTML);
    const probe = styleHiddenProbe(doc);
    if (!probe) throw new Error('happy-dom computes styles');
    const under = hiddenAncestryProbe(probe, doc.body);
    expect(under(doc.getElementById('p') as Element)).toBe(true);
    expect(under(doc.getElementById('c') as Element)).toBe(false);
    const inside = hiddenAncestryProbe(probe, doc.getElementById('a') as Element);
    expect(inside(doc.getElementById('p') as Element)).toBe(false);
  });
});

describe('an article whose second half waits behind "Read more"', () => {
  const page = readFileSync(
    path.resolve(import.meta.dirname, '../../fixtures/pages/e2e-read-more.html'),
    'utf8',
  );

  it('reads only the visible half while the rest is collapsed, and all of it once shown', () => {
    const doc = loadPage(page);
    const before = extractArticle(doc)?.text ?? '';
    expect(before).toContain('Callum Stewart');
    expect(before).not.toContain('Aviemore');
    doc.getElementById('story-rest')?.classList.remove('collapsed');
    const after = extractArticle(doc)?.text ?? '';
    expect(after).toContain('Callum Stewart');
    expect(after).toContain('Aviemore');
    expect(after).toContain('Fort William');
  });
});

describe('an article on a page a flicker control keeps hidden', () => {
  const page = readFileSync(
    path.resolve(import.meta.dirname, '../../fixtures/pages/e2e-flicker-control.html'),
    'utf8',
  );

  it('is read whole while the body is hidden, since the reader will see it once it is shown', () => {
    const doc = loadPage(page);
    expect(doc.defaultView?.getComputedStyle(doc.body).visibility).toBe('hidden');
    const text = extractArticle(doc)?.text ?? '';
    expect(text).toContain('Duncan Fraser');
    expect(text).toContain('reviewed in the spring');
  });
});
