// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextStats } from '../../../page/article/text-stats';

describe('TextStats', () => {
  it('measures text and linked text once per element, ignoring scripts and collapsing whitespace', () => {
    document.body.innerHTML =
      '<div id="d">one   two <a href="/x">three</a><a href="#n">fourfour</a><script>var x = 1;</script></div>';
    const stats = new TextStats();
    const d = document.getElementById('d')!;
    // "one two " (8) + "three" (5) + "fourfour" (8)
    expect(stats.of(d)).toEqual({ text: 21, linked: 5 + 8 * 0.3 });
    expect(stats.linkDensity(d)).toBeCloseTo(7.4 / 21);
    expect(stats.of(d)).toBe(stats.of(d));
  });

  it('gives 0 for an element without text', () => {
    document.body.innerHTML = '<div id="e"><img src="x.png"></div>';
    expect(new TextStats().linkDensity(document.getElementById('e')!)).toBe(0);
  });
});
