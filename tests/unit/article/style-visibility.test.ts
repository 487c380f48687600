import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { styleHiddenProbe } from '../../../page/article/style-visibility';
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

  it('is absent where the DOM computes no style (linkedom)', () => {
    const { document } = parseHTML(HTML);
    expect(styleHiddenProbe(document as unknown as Document)).toBeNull();
  });
});
