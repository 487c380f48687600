/**
 * Paints ranges with the CSS Custom Highlight API: no DOM change at all, so the page (and any
 * framework that owns it) never notices. Where the API is missing, a fallback wraps text in
 * `<gloss-mark>` elements, which does change the DOM and is undone by `clear()`.
 */
import { HIGHLIGHT_KINDS, type HighlightKind, highlightName } from './names';
import { pageScheme } from './page-scheme';
import { fallbackCss, highlightCss } from './styles';

const STYLE_ID = 'gloss-highlight-style';

/** Whether this browser has the Custom Highlight API (Chrome 105+, Firefox 140+). */
export function supportsHighlightApi(doc: Document = document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return (
    typeof view?.CSS !== 'undefined' &&
    'highlights' in view.CSS &&
    typeof (view as unknown as { Highlight?: unknown }).Highlight === 'function'
  );
}

export interface Painter {
  /** Replaces the ranges of one kind. */
  set(kind: HighlightKind, ranges: Range[]): void;
  /** Removes every Gloss highlight and the stylesheet. */
  clear(): void;
}

/**
 * A painter for the document, using the Highlight API or the wrapping fallback. Colours suit the
 * background behind `sample` (the article), light or dark.
 */
export function createPainter(doc: Document = document, sample?: Element | null): Painter {
  return supportsHighlightApi(doc)
    ? createHighlightPainter(doc, pageScheme(sample ?? doc.body))
    : createWrappingPainter(doc);
}

function ensureStyle(doc: Document, css: string): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  // In <head> (or the root when there is none): never inside the article.
  (doc.head ?? doc.documentElement).appendChild(style);
}

function createHighlightPainter(doc: Document, scheme: 'light' | 'dark'): Painter {
  const view = doc.defaultView as Window & typeof globalThis;
  const registry = view.CSS.highlights;
  ensureStyle(doc, highlightCss(scheme));
  // Later kinds paint above earlier ones.
  HIGHLIGHT_KINDS.forEach((kind, i) => {
    const h = new view.Highlight();
    h.priority = i;
    registry.set(highlightName(kind), h);
  });
  return {
    set(kind, ranges) {
      const h = new view.Highlight(...ranges);
      h.priority = HIGHLIGHT_KINDS.indexOf(kind);
      registry.set(highlightName(kind), h);
    },
    clear() {
      for (const kind of HIGHLIGHT_KINDS) registry.delete(highlightName(kind));
      doc.getElementById(STYLE_ID)?.remove();
    },
  };
}

function createWrappingPainter(doc: Document): Painter {
  const marks = new Map<HighlightKind, HTMLElement[]>();
  ensureStyle(doc, fallbackCss());
  const unwrap = (kind: HighlightKind) => {
    for (const m of marks.get(kind) ?? []) {
      const parent = m.parentNode;
      if (!parent) continue;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
      parent.normalize();
    }
    marks.delete(kind);
  };
  return {
    set(kind, ranges) {
      unwrap(kind);
      const made: HTMLElement[] = [];
      // Wrap from the end so earlier ranges' offsets stay valid.
      for (const range of [...ranges].reverse()) {
        if (range.startContainer !== range.endContainer) continue; // only simple ranges
        const mark = doc.createElement('gloss-mark');
        mark.dataset.kind = kind;
        try {
          range.surroundContents(mark);
          made.push(mark);
        } catch {
          // A range that crosses element boundaries cannot be wrapped: skip it.
        }
      }
      marks.set(kind, made);
    },
    clear() {
      for (const kind of [...marks.keys()]) unwrap(kind);
      doc.getElementById(STYLE_ID)?.remove();
    },
  };
}
