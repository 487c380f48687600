/**
 * Whether an element is hidden by the page's stylesheets (`display: none`, `visibility: hidden`),
 * which attribute checks cannot see: mobile duplicates of a story, collapsed teasers, off-screen
 * templates. It asks `getComputedStyle`, so it works in a browser (and happy-dom) and is absent in
 * DOMs without styles (linkedom), where only the attribute checks of `isHidden` apply.
 *
 * Cost: the first call makes the browser compute styles once; later calls read them. It is asked only
 * for containers (see {@link STYLE_CHECKED_TAGS}) that carry a class or an id, not for every paragraph
 * and inline element, and every answer is remembered, so each container is asked once per extraction.
 */

/** Answers whether an element is hidden by the page's styles. */
export type HiddenByStyle = (el: Element) => boolean;

/**
 * Tags whose computed style is looked at: the containers that wrap whole blocks of a page. A hidden
 * paragraph inside a visible container is rare; a hidden container (a duplicate body, a closed
 * panel) is the common case, and there are far fewer containers than text elements.
 */
export const STYLE_CHECKED_TAGS: ReadonlySet<string> = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'MAIN',
  'FIGURE',
  'UL',
  'OL',
  'TABLE',
  'FORM',
  'HEADER',
  'DETAILS',
]);

/**
 * A memoised probe of computed visibility for `doc`, or null when the DOM has no `getComputedStyle`
 * (linkedom): callers then keep to attribute checks.
 */
export function styleHiddenProbe(doc: Document): HiddenByStyle | null {
  const view = doc.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  const seen = new WeakMap<Element, boolean>();
  const wholePageHidden = isWholePageHidden(view, doc);
  return (el) => {
    if (!STYLE_CHECKED_TAGS.has(el.tagName.toUpperCase())) return false;
    // Stylesheets hide blocks through their class or id; a container with neither is hidden only as
    // part of one that has them, which is asked first. Skipping them halves the calls.
    if (!el.hasAttribute('class') && !el.hasAttribute('id')) return false;
    const known = seen.get(el);
    if (known !== undefined) return known;
    let hidden = false;
    try {
      const style = view.getComputedStyle(el);
      hidden = style.display === 'none' || (!wholePageHidden && style.visibility === 'hidden');
    } catch {
      // An element of another document or a DOM that cannot compute styles: treat it as visible.
      hidden = false;
    }
    seen.set(el, hidden);
    return hidden;
  };
}

/**
 * Whether the page as a whole is `visibility: hidden` (its `body` or root element): a site's flicker
 * control hides the body until its scripts have run ("body { visibility: hidden !important }", removed
 * by a script later), and every block inherits the hidden state. That says nothing of which block is
 * the article, so while the whole page is hidden only `display: none` counts as hidden.
 */
function isWholePageHidden(view: Window, doc: Document): boolean {
  try {
    return [doc.documentElement, doc.body].some(
      (el) => el != null && view.getComputedStyle(el).visibility === 'hidden',
    );
  } catch {
    return false;
  }
}

/**
 * Whether an element or any of its ancestors (below `stopAt`) is hidden by the page's styles: text in
 * a collapsed "read more" panel is not on the reader's screen, so it must not score as the body.
 * Answers are remembered per element, so asking for every paragraph of a page walks each ancestor
 * chain once.
 */
export function hiddenAncestryProbe(probe: HiddenByStyle, stopAt: Element): HiddenByStyle {
  const seen = new WeakMap<Element, boolean>();
  const ask = (el: Element | null): boolean => {
    if (!el || el === stopAt) return false;
    const known = seen.get(el);
    if (known !== undefined) return known;
    const hidden = probe(el) || ask(el.parentElement);
    seen.set(el, hidden);
    return hidden;
  };
  return ask;
}
