// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  offsetOfPoint,
  pointAtOffset,
  rangeOfOffsets,
  textOf,
} from '../../../page/anchoring/text-of';

describe('textOf', () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<p>Alpha <b>beta</b></p><script>var s = 1;</script><style>p{}</style>' +
      '<noscript>no</noscript><template><p>tpl</p></template><gloss-ui>card</gloss-ui><p>gamma</p>';
  });

  it('joins visible text and skips script, style, noscript, template and gloss-ui', () => {
    const index = textOf(document.body);
    expect(index.text).toBe('Alpha betagamma');
    expect(index.nodes.map((n) => n.start)).toEqual([0, 6, 10]);
  });

  it('maps offsets to points with the requested affinity at node boundaries', () => {
    const index = textOf(document.body);
    const b = document.querySelector('b')?.firstChild;
    const alpha = document.querySelector('p')?.firstChild;
    expect(pointAtOffset(index, 6, 'forward')).toEqual({ node: b, offset: 0 });
    expect(pointAtOffset(index, 6, 'backward')).toEqual({ node: alpha, offset: 6 });
    expect(pointAtOffset(index, 0)).toEqual({ node: alpha, offset: 0 });
    const gamma = document.body.lastElementChild?.firstChild;
    expect(pointAtOffset(index, 999)).toEqual({ node: gamma, offset: 5 });
  });

  it('maps points back to offsets, including element and skipped-node points', () => {
    const index = textOf(document.body);
    const b = document.querySelector('b');
    const script = document.querySelector('script');
    if (!b?.firstChild || !script?.firstChild) throw new Error('fixture broken');
    expect(offsetOfPoint(index, b.firstChild, 2)).toBe(8);
    expect(offsetOfPoint(index, b, 0)).toBe(6);
    expect(offsetOfPoint(index, b, 1)).toBe(10);
    expect(offsetOfPoint(index, script.firstChild, 3)).toBe(10);
    expect(offsetOfPoint(index, document.body, 0)).toBe(0);
    expect(offsetOfPoint(index, document.body, document.body.childNodes.length)).toBe(15);
  });

  it('makes ranges whose text is the slice of the index', () => {
    const index = textOf(document.body);
    for (const [start, end] of [
      [0, 5],
      [3, 8],
      [6, 10],
      [10, 15],
    ] as const) {
      expect(rangeOfOffsets(index, start, end)?.toString()).toBe(index.text.slice(start, end));
    }
  });

  it('makes ranges across skipped elements that start and end in the right nodes', () => {
    // No <template> here: happy-dom misorders Range boundaries on either side of one.
    document.body.innerHTML =
      '<p>Alpha <b>beta</b></p><script>var s = 1;</script><gloss-ui>card</gloss-ui><p>gamma</p>';
    const index = textOf(document.body);
    // A DOM range's own toString() would include the script's text: check its ends instead.
    const range = rangeOfOffsets(index, 8, 12);
    expect(range?.startContainer).toBe(document.querySelector('b')?.firstChild);
    expect(range?.startOffset).toBe(2);
    expect(range?.endContainer).toBe(document.body.lastElementChild?.firstChild);
    expect(range?.endOffset).toBe(2);
  });

  it('has no points in an empty root', () => {
    document.body.innerHTML = '<div></div>';
    const index = textOf(document.body);
    expect(index.text).toBe('');
    expect(pointAtOffset(index, 0)).toBeNull();
    expect(rangeOfOffsets(index, 0, 0)).toBeNull();
  });
});
