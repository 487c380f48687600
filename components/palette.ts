/**
 * The one colour palette of Gloss: the highlights on the page, the cards and the popup all take a
 * kind's colour from here, so a person is the same orange everywhere. Each kind has a light-scheme
 * colour (dark enough for 4.5:1 on white as text) and a dark-scheme one (light enough on #202122).
 * Hues are spread so neighbouring kinds stay apart for the common colour-vision deficiencies.
 */
import type { NameType } from '../analysis/types';

export type PaletteKind = NameType | 'claim' | 'note';

export const PALETTE: Record<PaletteKind, { light: string; dark: string }> = {
  person: { light: '#c2410c', dark: '#fb923c' },
  organization: { light: '#7c3aed', dark: '#c4b5fd' },
  place: { light: '#15803d', dark: '#4ade80' },
  event: { light: '#be185d', dark: '#f472b6' },
  work: { light: '#a16207', dark: '#facc15' },
  product: { light: '#0f766e', dark: '#2dd4bf' },
  law: { light: '#0e7490', dark: '#67e8f9' },
  group: { light: '#4d7c0f', dark: '#a3e635' },
  other: { light: '#57534e', dark: '#a8a29e' },
  claim: { light: '#a16207', dark: '#e8c15a' },
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
