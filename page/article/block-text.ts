/**
 * Reads the visible text of some DOM subtrees as paragraphs, and builds the {@link TextMap} while it
 * walks: blocks are separated by "\n\n", `<br>` by "\n", runs of whitespace collapse to one space
 * (mapped to the first whitespace character it replaces), `<pre>` keeps its whitespace. One pass over
 * the nodes, O(n) in the size of the subtrees.
 */
import { TextMap, type TextRun } from '../text-map';

/** Tags that start and end a block of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Decides, for each element met, whether its whole subtree is left out of the text. */
export type SkipElement = (el: Element) => boolean;

/** The text read from some subtrees, and the map of its characters back to the DOM. */
export interface BlockText {
  text: string;
  map: TextMap;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const WHITESPACE = /[ \t\n\r\f\u00a0\u200b]+/g;

class Builder {
  private parts: string[] = [];
  private length = 0;
  private runs: TextRun[] = [];
  /** 0 = nothing pending, 1 = line break, 2 = paragraph break. */
  private pendingBreak = 0;
  private pendingSpace: { node: Text; offset: number } | null = null;

  breakBlock(level: 1 | 2): void {
    if (level > this.pendingBreak) this.pendingBreak = level;
    this.pendingSpace = null;
  }

  private push(str: string, node: Text | null, nodeOffset: number): void {
    if (node) {
      const last = this.runs[this.runs.length - 1];
      if (
        last &&
        last.node === node &&
        last.nodeOffset + last.length === nodeOffset &&
        last.start + last.length === this.length
      ) {
        last.length += str.length;
      } else {
        this.runs.push({ start: this.length, length: str.length, node, nodeOffset });
      }
    }
    this.parts.push(str);
    this.length += str.length;
  }

  /** Writes a pending separator (unmapped) or collapsed space (mapped) before new visible text. */
  private flushBefore(): void {
    if (this.length > 0 && this.pendingBreak > 0) {
      this.push(this.pendingBreak === 2 ? '\n\n' : '\n', null, 0);
    } else if (this.length > 0 && this.pendingSpace) {
      this.push(' ', this.pendingSpace.node, this.pendingSpace.offset);
    }
    this.pendingBreak = 0;
    this.pendingSpace = null;
  }

  text(node: Text, pre: boolean): void {
    const data = node.data;
    if (pre) {
      if (data.length === 0) return;
      this.flushBefore();
      this.push(data, node, 0);
      return;
    }
    let last = 0;
    WHITESPACE.lastIndex = 0;
    for (let m = WHITESPACE.exec(data); m; m = WHITESPACE.exec(data)) {
      if (m.index > last) {
        this.flushBefore();
        this.push(data.slice(last, m.index), node, last);
      }
      if (this.pendingBreak === 0 && !this.pendingSpace && this.length > 0) {
        this.pendingSpace = { node, offset: m.index };
      }
      last = m.index + m[0].length;
    }
    if (last < data.length) {
      this.flushBefore();
      this.push(data.slice(last), node, last);
    }
  }

  finish(): BlockText {
    const text = this.parts.join('');
    return { text, map: new TextMap(this.runs, text.length) };
  }
}

function walk(el: Element, b: Builder, skip: SkipElement, pre: boolean): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      b.text(child as Text, pre);
    } else if (type === ELEMENT_NODE) {
      const c = child as Element;
      const tag = c.tagName.toUpperCase();
      if (tag === 'BR') {
        b.breakBlock(1);
        continue;
      }
      if (skip(c)) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) b.breakBlock(2);
      walk(c, b, skip, pre || tag === 'PRE');
      if (block) b.breakBlock(2);
    }
  }
}

/**
 * Reads the text of `roots` (in the order given, each a separate block) with `skip` deciding which
 * elements are left out, and maps every character back to the Text node it came from.
 */
export function readBlockText(roots: readonly Element[], skip: SkipElement): BlockText {
  const b = new Builder();
  for (const root of roots) {
    b.breakBlock(2);
    walk(root, b, skip, root.tagName.toUpperCase() === 'PRE');
  }
  return b.finish();
}
