/**
 * Whether the page under the article is light or dark. Highlights follow the page, not the
 * reader's system setting: a white news site read in a dark desktop still needs the light colours.
 */

/** Below this relative luminance (WCAG, 0–1) a background counts as dark: the midpoint of grey. */
export const DARK_LUMINANCE = 0.4;

/** Parses `rgb()`/`rgba()` as the computed style gives them; null for transparent or unknown. */
export function parseRgb(value: string): [number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number.parseFloat(m[4]) / (m[4].endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The scheme of the first opaque background at or above `el`; white when none is set. */
export function pageScheme(el: Element | null): 'light' | 'dark' {
  for (let at = el; at; at = at.parentElement) {
    const view = at.ownerDocument.defaultView;
    if (!view) break;
    const rgb = parseRgb(view.getComputedStyle(at).backgroundColor);
    if (rgb) return luminance(rgb) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return 'light';
}
