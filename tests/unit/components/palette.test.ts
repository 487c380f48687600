import { describe, expect, it } from 'vitest';
import { NAME_TYPES } from '../../../analysis/types';
import { PALETTE, type PaletteKind } from '../../../components/palette';

type Rgb = [number, number, number];

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const linear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
/** WCAG 2 relative luminance. */
const luminance = ([r, g, b]: Rgb) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
/** WCAG 2 contrast ratio of two opaque colours. */
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** `colour` at `alpha` over `base`, blended in sRGB as browsers paint it. */
const over = (colour: Rgb, alpha: number, base: Rgb): Rgb =>
  colour.map((c, i) => c * alpha + (base[i] ?? 0) * (1 - alpha)) as Rgb;

/** OKLab lightness, chroma and hue (degrees) of a colour. */
function oklch(colour: Rgb): { l: number; c: number; h: number } {
  const [r, g, b] = colour.map(linear) as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return {
    l: 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    c: Math.hypot(A, B),
    h: ((Math.atan2(B, A) * 180) / Math.PI + 360) % 360,
  };
}

const WHITE: Rgb = [255, 255, 255];
/** The dark card background (components/card.css) and a typical dark page. */
const DARK: Rgb = [0x20, 0x21, 0x22];
/** The claim tint of page/highlight/styles.ts, rgba(255, 214, 10, 0.26), over a white page. */
const CLAIM_TINT_ON_WHITE = over([255, 214, 10], 0.26, WHITE);
/** Entity highlights lay their own colour under the words at 10% (page/highlight/styles.ts). */
const ENTITY_TINT = 0.1;
/** WCAG AA for normal text. */
const AA = 4.5;
/** WCAG 2.1 non-text contrast (1.4.11): an underline is a mark, not text. */
const NON_TEXT = 3;
/** Page text as most articles set it, light and dark: it keeps its colour under the tints. */
const PAGE_TEXT: Record<'light' | 'dark', Rgb> = {
  light: [0x20, 0x21, 0x22],
  dark: [0xea, 0xec, 0xf0],
};
/** The note tint (24%) and the focus tint (34%) of page/highlight/styles.ts. */
const NOTE_TINTS = [0.24, 0.34];
/**
 * Least OKLCH hue distance between two coloured kinds: ten hues share the circle (36° each if even);
 * 30° keeps every pair clear of the 0° (work = claim) and 18° (place, group) pairs readers could not
 * tell apart, with room for the fixed note blue and claim amber.
 */
const MIN_HUE_DISTANCE = 30;
/** Chroma below which a colour reads as grey: "other" must, every other kind must not. */
const NEUTRAL_CHROMA = 0.03;

const kinds = Object.keys(PALETTE) as PaletteKind[];

describe.each(['light', 'dark'] as const)('the %s palette', (scheme) => {
  const colour = (k: PaletteKind) => rgb(PALETTE[k][scheme]);
  const background = scheme === 'light' ? WHITE : DARK;

  it('gives every kind its own colour', () => {
    const values = kinds.map((k) => PALETTE[k][scheme].toLowerCase());
    expect(new Set(values).size).toBe(kinds.length);
  });

  it('reads as text at AA contrast on the card background', () => {
    for (const k of kinds) {
      expect(
        contrast(colour(k), background),
        `${k} on the ${scheme} background`,
      ).toBeGreaterThanOrEqual(AA);
    }
  });

  it('keeps AA contrast over the highlight tints of the entity kinds', () => {
    for (const k of NAME_TYPES) {
      const tint = over(colour(k), ENTITY_TINT, background);
      expect(contrast(colour(k), tint), `${k} on its own tint`).toBeGreaterThanOrEqual(AA);
      expect(
        contrast(PAGE_TEXT[scheme], tint),
        `page text on the ${k} tint`,
      ).toBeGreaterThanOrEqual(AA);
      if (scheme === 'light') {
        // An entity inside a claim: its underline over both tints stays a visible mark.
        const inClaim = over(colour(k), ENTITY_TINT, CLAIM_TINT_ON_WHITE);
        expect(contrast(colour(k), inClaim), `${k} inside a claim`).toBeGreaterThanOrEqual(
          NON_TEXT,
        );
        expect(contrast(PAGE_TEXT.light, inClaim), `page text in a claim`).toBeGreaterThanOrEqual(
          AA,
        );
      }
    }
  });

  it('keeps page text at AA contrast under the note and focus tints', () => {
    for (const alpha of NOTE_TINTS) {
      const tint = over(colour('note'), alpha, background);
      expect(
        contrast(PAGE_TEXT[scheme], tint),
        `page text on a ${alpha} note tint`,
      ).toBeGreaterThanOrEqual(AA);
    }
  });

  it(`spreads the coloured kinds at least ${MIN_HUE_DISTANCE}° of hue apart; "other" is grey`, () => {
    const coloured = kinds.filter((k) => k !== 'other');
    expect(oklch(colour('other')).c).toBeLessThan(NEUTRAL_CHROMA);
    for (const [i, a] of coloured.entries()) {
      expect(oklch(colour(a)).c, `${a} is coloured`).toBeGreaterThan(NEUTRAL_CHROMA * 2);
      for (const b of coloured.slice(i + 1)) {
        const d = Math.abs(oklch(colour(a)).h - oklch(colour(b)).h);
        const distance = Math.min(d, 360 - d);
        expect(distance, `${a} and ${b}`).toBeGreaterThanOrEqual(MIN_HUE_DISTANCE);
      }
    }
  });
});
