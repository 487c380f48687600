/**
 * The one colour palette of Gloss: the highlights on the page, the cards and the popup all take a
 * kind's colour from here, so a person is the same orange everywhere. Each kind has a light-scheme
 * colour (dark enough for 4.5:1 as text on white, and on the 10% tints the highlights lay under
 * words) and a dark-scheme one (light enough for 4.5:1 on #202122).
 *
 * The ten coloured kinds sit at least 30° of OKLCH hue apart, in both schemes: ten hues share the
 * circle, so an even spread would give 36°, and 30° leaves room for the two fixed anchors (the note
 * blue, which tints the reader's own passages, and the claim amber, which goes with the yellow claim
 * tint). Neighbours also differ in lightness (work is a dark burgundy beside the orange person and
 * the magenta event), since hue alone separates poorly at the low lightness AA contrast asks for.
 * "other" is a neutral grey: it is not a kind to tell apart, but the absence of one.
 * tests/unit/components/palette.test.ts checks all of this.
 */
import type { NameType } from '../analysis/types';

export type PaletteKind = NameType | 'claim' | 'note';

export const PALETTE: Record<PaletteKind, { light: string; dark: string }> = {
  person: { light: '#b54303', dark: '#fe8e62' },
  organization: { light: '#7c2be4', dark: '#b495fe' },
  place: { light: '#007a2e', dark: '#4bd76d' },
  event: { light: '#a61ea7', dark: '#f496f1' },
  work: { light: '#92074c', dark: '#f7619a' },
  product: { light: '#067971', dark: '#3fdfd1' },
  law: { light: '#066480', dark: '#4bc0eb' },
  group: { light: '#6d6e04', dark: '#d2d332' },
  other: { light: '#57534e', dark: '#a8a29e' },
  claim: { light: '#936204', dark: '#ffc16a' },
  note: { light: '#2563eb', dark: '#7aa2ff' },
};

/**
 * CSS custom properties `--{prefix}-{kind}` for `selector`, light by default and dark under
 * `prefers-color-scheme: dark`; the stylesheets use `var(--g-person)` and so on.
 */
export function paletteCss(selector: string, prefix = 'g'): string {
  const decl = (scheme: 'light' | 'dark') =>
    Object.entries(PALETTE)
      .map(([kind, c]) => `--${prefix}-${kind}: ${c[scheme]};`)
      .join(' ');
  return `${selector} { ${decl('light')} }\n@media (prefers-color-scheme: dark) { ${selector} { ${decl('dark')} } }`;
}
