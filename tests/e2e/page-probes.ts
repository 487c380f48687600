/**
 * Functions run in the visited page's main world through `E2ePage.evaluate`, and (those that read the
 * in-page UI, whose first parameter is the `<gloss-ui>` shadow root) through `E2ePage.evaluateInUi`.
 * Each one is sent as source text, so each is self-contained: no imports, no references to anything
 * outside its body.
 */

/** One range of a highlight, as the test sees it. */
export interface HighlightRange {
  text: string;
  /** Inside the page's `<article>` element, and not in its related links or share bar. */
  inBody: boolean;
}

/**
 * Every `gloss-*` highlight of the page, by name, as the texts of its ranges; `null` when the page
 * has no CSS Custom Highlight API.
 */
export function readHighlights(_: null): Record<string, HighlightRange[]> | null {
  if (typeof CSS === 'undefined' || !CSS.highlights) return null;
  const article = document.querySelector('article');
  const out: Record<string, HighlightRange[]> = {};
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('gloss-')) return;
    const ranges: HighlightRange[] = [];
    highlight.forEach((abstract) => {
      // A highlight may hold StaticRanges, which have no toString: copy each into a live Range.
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      const node = range.commonAncestorContainer;
      const element = node instanceof Element ? node : node.parentElement;
      const inBody =
        !!article &&
        !!element &&
        article.contains(element) &&
        !element.closest('.related, .share, aside, nav, header, footer');
      ranges.push({ text: range.toString(), inBody });
    });
    out[name] = ranges;
  });
  return out;
}

/** Where a phrase of the page's text is on screen, in viewport coordinates (CSS pixels). */
export interface PhraseBox {
  /** Centre of the phrase's first line box. */
  x: number;
  y: number;
  /** Just inside the start of its first character and the end of its last one: where a drag starts and ends. */
  startX: number;
  startY: number;
  endX: number;
  endY: number;
}

/**
 * Finds the `occurrence`-th (0-based) occurrence of `phrase` in the text of the article (or the body when
 * there is no `<article>`), scrolls it to the middle of the view, and returns where it is; with
 * `select: true` it also becomes the document's selection. `null` when the phrase is not there.
 */
export function locatePhrase(arg: {
  phrase: string;
  occurrence?: number;
  select?: boolean;
}): PhraseBox | null {
  const root = document.querySelector('article') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  let at = -1;
  for (let i = 0; i <= (arg.occurrence ?? 0); i++) {
    at = text.indexOf(arg.phrase, at + 1);
    if (at < 0) return null;
  }
  const end = at + arg.phrase.length;
  const range = document.createRange();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Text;
    const nodeStart = starts[i] as number;
    const nodeEnd = nodeStart + node.data.length;
    if (at >= nodeStart && at < nodeEnd) range.setStart(node, at - nodeStart);
    if (end > nodeStart && end <= nodeEnd) {
      range.setEnd(node, end - nodeStart);
      break;
    }
  }
  const holder = range.startContainer.parentElement;
  holder?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const lines = range.getClientRects();
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return null;
  if (arg.select) {
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  return {
    x: first.left + first.width / 2,
    y: first.top + first.height / 2,
    startX: first.left + 1,
    startY: first.top + first.height / 2,
    endX: last.right - 1,
    endY: last.top + last.height / 2,
  };
}

/** The text of the document's current selection. */
export function selectionText(_: null): string {
  return getSelection()?.toString() ?? '';
}

/** An element of the extension's in-page UI, as the test sees it. */
export interface UiElement {
  text: string;
  /** Centre of its box in viewport coordinates, for a mouse click. */
  x: number;
  y: number;
  visible: boolean;
  /** Its `data-kind` attribute, when it has one (the card's kind). */
  kind: string | null;
}

/**
 * Elements matching `selector` inside the `<gloss-ui>` shadow root `root` (null when there is none:
 * no UI mounted yet); also reports where the host is (it must hang from `<html>`, never from the
 * article).
 */
export function queryUi(
  root: ShadowRoot | null,
  selector: string,
): {
  host: 'missing' | 'on-html' | 'elsewhere';
  shadow: boolean;
  elements: UiElement[];
} {
  const host = root?.host ?? document.querySelector('gloss-ui');
  if (!host) return { host: 'missing', shadow: false, elements: [] };
  const where = host.parentElement === document.documentElement ? 'on-html' : 'elsewhere';
  if (!root) return { host: where, shadow: false, elements: [] };
  const elements: UiElement[] = [];
  root.querySelectorAll(selector).forEach((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    elements.push({
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      x: box.left + box.width / 2,
      y: box.top + box.height / 2,
      visible:
        box.width > 0 &&
        box.height > 0 &&
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        style.opacity !== '0',
      kind: el.getAttribute('data-kind'),
    });
  });
  return { host: where, shadow: true, elements };
}

/** Elements matching `selector` in an ordinary document (the popup page). */
export function queryPage(selector: string): Array<{ text: string }> {
  return Array.from(document.querySelectorAll(selector), (el) => ({
    text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

/** Result of comparing the live `<article>` with the one in the HTML the server sent. */
export interface ArticleComparison {
  same: boolean;
  servedLength: number;
  liveLength: number;
  /** Index of the first differing character, and the text around it on both sides (when they differ). */
  firstDifference?: { at: number; served: string; live: string };
}

/**
 * Fetches the page's own HTML again, parses it with DOMParser (the same HTML parser that built the live
 * page) and compares its `<article>` outerHTML with the live one, character for character.
 */
export async function compareArticleWithServed(_: null): Promise<ArticleComparison> {
  const response = await fetch(location.href, { cache: 'no-store' });
  const html = await response.text();
  const served = new DOMParser().parseFromString(html, 'text/html').querySelector('article');
  const live = document.querySelector('article');
  const a = served?.outerHTML ?? '';
  const b = live?.outerHTML ?? '';
  if (a === b && a !== '') return { same: true, servedLength: a.length, liveLength: b.length };
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  return {
    same: false,
    servedLength: a.length,
    liveLength: b.length,
    firstDifference: {
      at,
      served: a.slice(Math.max(0, at - 60), at + 120),
      live: b.slice(Math.max(0, at - 60), at + 120),
    },
  };
}

/** A box in viewport coordinates (CSS pixels). */
export interface ViewportBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box of the first visible element matching `selector` inside the `<gloss-ui>` shadow root, or null. */
export function uiBox(root: ShadowRoot | null, selector: string): ViewportBox | null {
  if (!root) return null;
  for (const el of Array.from(root.querySelectorAll(selector))) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) {
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }
  }
  return null;
}

/**
 * The box of the first element matching `selector` in the page (scrolled into view first), or null
 * when there is none or it has no box.
 */
export function pageBox(selector: string): ViewportBox | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/**
 * Focuses the text field matching `selector` in the `<gloss-ui>` shadow root and selects all its text,
 * so that typing replaces it (keyboard shortcuts for "select all" differ between drivers). Returns the
 * text that was selected, or null when there is no such field.
 */
export function selectUiField(root: ShadowRoot | null, selector: string): string | null {
  const field = root?.querySelector(selector);
  if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return null;
  field.focus();
  field.select();
  return field.value;
}

/** Calls a function the fixture page offers the tests (`window[name]()`) and returns its result. */
export function callPageFunction(name: string): unknown {
  const fn = (window as unknown as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new Error(`the page has no function ${name}`);
  return (fn as () => unknown)();
}

/** The computed `visibility` of the page's body: "hidden" while a flicker control hides the page. */
export function bodyVisibility(_: null): string {
  return getComputedStyle(document.body).visibility;
}

/** The value of a global the fixture page sets for the tests (`window[name]`), or undefined. */
export function pageFlag(name: string): unknown {
  return (window as unknown as Record<string, unknown>)[name];
}

/**
 * What the page's own scripts can see of the in-page UI: whether the `<gloss-ui>` host is there,
 * whether its `shadowRoot` is readable, and whether `text` (a note's body) appears anywhere they can
 * read it (the host's `shadowRoot`, the document's text and markup).
 */
export function uiSeenByPage(text: string): {
  host: boolean;
  shadowRootReadable: boolean;
  textVisible: boolean;
} {
  const host = document.querySelector('gloss-ui');
  const shadow = host?.shadowRoot ?? null;
  const readable = [
    shadow?.textContent ?? '',
    document.documentElement.outerHTML,
    document.documentElement.textContent ?? '',
  ];
  return {
    host: !!host,
    shadowRootReadable: shadow !== null,
    textVisible: readable.some((t) => t.includes(text)),
  };
}
