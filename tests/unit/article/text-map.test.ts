import { describe, expect, it } from 'vitest';
import { readBlockText } from '../../../page/article/block-text';
import { extractArticle } from '../../../page/article/extract';
import { loadCanonical, loadPage } from './load-page';

/** Collapses whitespace, as the text does. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('TextMap on the canonical article', () => {
  const doc = loadCanonical();
  const { text, map } = extractArticle(doc)!;

  it('round-trips offsets: toRange then fromPoint gives them back, and the range reads the slice', () => {
    let checked = 0;
    for (let start = 0; start < text.length - 1; start += 37) {
      const end = Math.min(text.length, start + 1 + ((start * 7) % 120));
      const slice = text.slice(start, end);
      if (/^\s|\s$/.test(slice)) continue;
      const range = map.toRange(start, end, doc);
      expect(range).not.toBeNull();
      expect(map.fromPoint(range!.startContainer, range!.startOffset)).toBe(start);
      expect(map.fromPoint(range!.endContainer, range!.endOffset)).toBe(end);
      expect(squash(range!.toString())).toBe(squash(slice));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('maps every word of every check-worthy sentence onto the page', () => {
    const quote =
      'Baku, the capital of Azerbaijan, will host the 2024 UN Climate Change Conference';
    const at = text.indexOf(quote);
    const range = map.toRange(at, at + quote.length, doc)!;
    expect(range.toString()).toBe(quote);
    expect(range.startContainer.parentElement?.tagName).toBe('P');
  });

  it('maps separators to nothing and snaps spans inwards', () => {
    const sep = text.indexOf('\n\n');
    expect(map.pointAt(sep)).toBeNull();
    expect(map.pointAt(sep + 1)).toBeNull();
    expect(map.pointAt(sep - 1)).not.toBeNull();
    const range = map.toRange(sep, sep + 6, doc)!;
    expect(range.toString()).toBe(text.slice(sep + 2, sep + 6));
    expect(map.toRange(sep, sep + 2, doc)).toBeNull();
  });

  it('gives one node-local range per Text node with toRanges', () => {
    const ranges = map.toRanges(0, text.length, doc);
    expect(ranges.length).toBeGreaterThanOrEqual(15);
    expect(ranges.every((r) => r.startContainer === r.endContainer)).toBe(true);
    expect(squash(ranges.map((r) => r.toString()).join(' '))).toBe(squash(text));
  });
});

describe('TextMap with collapsed whitespace and inline elements', () => {
  const doc = loadPage(
    '<html><body><div id="r"><p>  Alpha \n\t  <b>beta</b>gamma   <i> delta </i> </p><p>epsilon</p></div></body></html>',
  );
  const root = doc.getElementById('r')!;
  const { text, map } = readBlockText([root], () => false);

  it('collapses whitespace and separates blocks', () => {
    expect(text).toBe('Alpha betagamma delta\n\nepsilon');
  });

  it('round-trips every offset of every mapped character', () => {
    for (let i = 0; i < text.length; i++) {
      const point = map.pointAt(i);
      if (!point) {
        expect(text[i]).toBe('\n');
        continue;
      }
      expect(map.fromPoint(point.node, point.offset)).toBe(i);
      const ch = point.node.data[point.offset]!;
      expect(text[i] === ' ' ? /\s/.test(ch) : ch === text[i]).toBe(true);
    }
  });

  it('snaps a DOM position inside collapsed whitespace to the next character', () => {
    const alpha = root.querySelector('p')!.firstChild as Text;
    expect(map.fromPoint(alpha, 0)).toBe(0);
    expect(map.fromPoint(alpha, alpha.data.length - 1)).toBe(text.indexOf('beta'));
    expect(map.fromPoint(doc.body, 0)).toBeNull();
  });

  it('spans elements with one range', () => {
    const at = text.indexOf('beta');
    const range = map.toRange(at, at + 'betagamma delta'.length, doc)!;
    expect(squash(range.toString())).toBe('betagamma delta');
    expect(range.startContainer).not.toBe(range.endContainer);
  });
});
