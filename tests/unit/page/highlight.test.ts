// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { NAME_TYPES } from '../../../analysis/types';
import { PALETTE } from '../../../components/palette';
import { luminance, pageScheme, parseRgb } from '../../../page/highlight/page-scheme';
import { createPainter, supportsHighlightApi } from '../../../page/highlight/painter';
import { fallbackCss, highlightCss } from '../../../page/highlight/styles';

describe('page scheme', () => {
  it('parses computed colours and ignores transparent ones', () => {
    expect(parseRgb('rgb(255, 255, 255)')).toEqual([255, 255, 255]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toBeNull();
    expect(parseRgb('transparent')).toBeNull();
  });
  it('tells dark backgrounds from light ones', () => {
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([0, 0, 0])).toBe(0);
    document.body.innerHTML =
      '<div id="d" style="background-color: rgb(20, 20, 24)"><p id="p">x</p></div><p id="l">y</p>';
    expect(pageScheme(document.getElementById('p'))).toBe('dark');
    expect(pageScheme(document.getElementById('l'))).toBe('light');
  });
});

describe('highlight styles', () => {
  it('has a rule for every kind, prefixed gloss-, in both schemes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const css = highlightCss(scheme);
      for (const kind of [
        'person',
        'organization',
        'place',
        'event',
        'law',
        'group',
        'claim',
        'note',
      ]) {
        expect(css).toContain(`::highlight(gloss-${kind})`);
      }
    }
    expect(highlightCss('light')).not.toEqual(highlightCss('dark'));
  });
});

describe('wrapping fallback', () => {
  it('wraps ranges and restores the DOM exactly on clear', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<article><p>Vladimir Putin visited <b>Baku</b> today.</p></article>';
    const before = document.body.innerHTML;
    // happy-dom has no CSS Custom Highlight API, so the painter falls back to wrapping.
    expect(supportsHighlightApi(document)).toBe(false);
    const painter = createPainter(document);
    const text = document.querySelector('p')!.firstChild as Text;
    const r = document.createRange();
    r.setStart(text, 0);
    r.setEnd(text, 14);
    painter.set('person', [r]);
    const mark = document.querySelector('gloss-mark');
    expect(mark?.textContent).toBe('Vladimir Putin');
    expect(mark?.getAttribute('data-kind')).toBe('person');
    // Each kind keeps its own colour in the fallback too.
    const css = document.getElementById('gloss-highlight-style')?.textContent ?? '';
    expect(css).toBe(fallbackCss());
    for (const kind of NAME_TYPES) {
      expect(css).toContain(
        `gloss-mark[data-kind="${kind}"] { text-decoration: underline 2px ${PALETTE[kind].light}`,
      );
    }
    painter.clear();
    expect(document.querySelector('gloss-mark')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });
});
