/**
 * Text length and linked-text length of elements, computed once per element and reused: link density
 * is asked of every scored ancestor and every container, and computing it from `textContent` each time
 * costs O(n · depth). With this cache the whole page costs O(n).
 */
import { ELEMENT_NODE, TEXT_NODE } from '../node-types';

/** Tags whose text is not page text. */
const NO_TEXT: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Weight of an in-page link's text ("#footnote", "#section"): it is part of the reading, so it
 * counts less than a link away (Readability weighs it 0.3 too).
 */
const IN_PAGE_LINK_WEIGHT = 0.3;

/** Lengths of an element's text, whitespace runs counted as one character. */
export interface TextLengths {
  text: number;
  linked: number;
}

/** Memoised {@link TextLengths} of the elements of one document (make one per extraction). */
export class TextStats {
  private readonly cache = new Map<Element, TextLengths>();

  /** The text and linked-text lengths of `el`. */
  of(el: Element): TextLengths {
    const hit = this.cache.get(el);
    if (hit) return hit;
    let text = 0;
    let linked = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        const data = (c as Text).data;
        if (data.length > 0) text += data.replace(/\s+/g, ' ').length;
      } else if (c.nodeType === ELEMENT_NODE) {
        const child = c as Element;
        if (NO_TEXT.has(child.tagName.toUpperCase())) continue;
        const s = this.of(child);
        text += s.text;
        linked += s.linked;
      }
    }
    if (el.tagName.toUpperCase() === 'A') {
      const href = el.getAttribute('href');
      linked = text * (href?.startsWith('#') ? IN_PAGE_LINK_WEIGHT : 1);
    }
    const out = { text, linked };
    this.cache.set(el, out);
    return out;
  }

  /** Share of `el`'s text inside links, in [0, 1]. */
  linkDensity(el: Element): number {
    const { text, linked } = this.of(el);
    return text > 0 ? Math.min(1, linked / text) : 0;
  }
}
