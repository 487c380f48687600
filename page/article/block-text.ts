/**
 * Reads the visible text of some DOM subtrees as paragraphs, and builds the {@link TextMap} while it
 * walks: blocks are separated by "\n\n", `<br>` by "\n", runs of whitespace collapse to one space
 * (mapped to the first whitespace character it replaces), `<pre>` keeps its whitespace. One pass over
 * the nodes, O(n) in the size of the subtrees.
 */
import type { TextRegion, TextRegionKind } from '../../analysis/types';
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE } from '../node-types';
import { TextMap, type TextRun } from '../text-map';

/** Elements whose text is a region of its kind: headings, and preformatted text (code, listings). */
const REGION_TAGS: ReadonlyMap<string, TextRegionKind> = new Map<string, TextRegionKind>([
  ['H1', 'heading'],
  ['H2', 'heading'],
  ['H3', 'heading'],
  ['H4', 'heading'],
  ['H5', 'heading'],
  ['H6', 'heading'],
  ['PRE', 'code'],
  ['CITE', 'citation'],
]);

/** Containers of a reference list, by a class name that says so (Wikipedia's, most CMSs' footnotes). */
const CITATION_LIST_TAGS: ReadonlySet<string> = new Set(['OL', 'UL', 'DIV', 'SECTION', 'ASIDE']);
const CITATION_CLASS =
  /(?:^|\s)(?:references|reflist|refbegin|footnotes|endnotes|bibliography)(?:\s|$)/i;

/** The region kind an element starts, if any. */
function regionKindOf(el: Element, tag: string): TextRegionKind | undefined {
  const kind = REGION_TAGS.get(tag);
  if (kind) return kind;
  if (!CITATION_LIST_TAGS.has(tag)) return undefined;
  const cls = el.getAttribute('class');
  return cls && CITATION_CLASS.test(cls) ? 'citation' : undefined;
}

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

/** The region kind an element starts beyond those of its tag and class (see extract.ts). */
export type RegionOf = (el: Element) => TextRegionKind | undefined;

/** A `<p>` read into the text: its element and its span of the text (blocks without text left out). */
export interface ParagraphSpan {
  element: Element;
  start: number;
  end: number;
}

/** The text read from some subtrees, and the map of its characters back to the DOM. */
export interface BlockText {
  text: string;
  map: TextMap;
  /** Headings, preformatted blocks, citations and furniture regions, in text order (outermost only). */
  regions: TextRegion[];
  /** The `<p>` elements read, in text order. */
  paragraphs: ParagraphSpan[];
}

/**
 * Share of letters among the non-space characters of a preformatted block at or above which it may be
 * prose set in a fixed font (a plain-text RFC, a poem, a transcript). Running English text is about 95%
 * letters (the rest punctuation); tables, logs and most code spend a quarter or more on digits,
 * brackets, operators and rules.
 */
const PROSE_LETTER_SHARE = 0.85;

/**
 * Share of a block's words that are English function words at or above which it reads as prose. They
 * are about two words in five of running text; wordy code (SQL, Python) has letters enough but few of
 * them ("for", "in", "from"), a tenth or less of its words.
 */
const PROSE_FUNCTION_WORD_SHARE = 0.2;

const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an of to in and or is are was were be been by for on that this these with as at it its ' +
    'from which who not but have has had will would can could may should there their they we you he she'
  ).split(' '),
);

const LETTER = /\p{L}/u;
const WORD = /\p{L}+/gu;

/**
 * Whether a preformatted block reads as prose rather than code or program output: letters make most
 * of it ({@link PROSE_LETTER_SHARE}) and so do English function words ({@link PROSE_FUNCTION_WORD_SHARE}).
 */
export function readsAsProse(block: string): boolean {
  let letters = 0;
  let visible = 0;
  for (const ch of block) {
    if (ch.trim() === '') continue;
    visible++;
    if (LETTER.test(ch)) letters++;
  }
  if (visible === 0 || letters / visible < PROSE_LETTER_SHARE) return false;
  const words = block.toLowerCase().match(WORD) ?? [];
  const functionWords = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  return functionWords / words.length >= PROSE_FUNCTION_WORD_SHARE;
}

const WHITESPACE = /[ \t\n\r\f\u00a0\u200b]+/g;

class Builder {
  private parts: string[] = [];
  private length = 0;
  private runs: TextRun[] = [];
  /** 0 = nothing pending, 1 = line break, 2 = paragraph break. */
  private pendingBreak = 0;
  private pendingSpace: { node: Text; offset: number } | null = null;
  readonly regions: TextRegion[] = [];
  readonly paragraphs: ParagraphSpan[] = [];

  /** Where the text written so far ends. */
  end(): number {
    return this.length;
  }

  /** Where the next visible text will start: after the pending separator, if any text precedes it. */
  nextStart(): number {
    if (this.length === 0) return 0;
    if (this.pendingBreak > 0) return this.length + this.pendingBreak;
    return this.pendingSpace ? this.length + 1 : this.length;
  }

  /** Records a region from `start` to the end of the text written so far, when it holds any text. */
  region(kind: TextRegionKind, start: number): void {
    if (this.length > start) this.regions.push({ start, end: this.length, kind });
  }

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
    const regions = this.regions.filter(
      (r) => r.kind !== 'code' || !readsAsProse(text.slice(r.start, r.end)),
    );
    return { text, map: new TextMap(this.runs, text.length), regions, paragraphs: this.paragraphs };
  }
}

function walk(
  el: Element,
  b: Builder,
  skip: SkipElement,
  regionOf: RegionOf | undefined,
  pre: boolean,
  inRegion: boolean,
): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
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
      const kind = inRegion ? undefined : (regionKindOf(c, tag) ?? regionOf?.(c));
      const start = b.nextStart();
      walk(c, b, skip, regionOf, pre || tag === 'PRE', inRegion || kind !== undefined);
      if (kind) b.region(kind, start);
      if (tag === 'P' && b.end() > start) b.paragraphs.push({ element: c, start, end: b.end() });
      if (block) b.breakBlock(2);
    }
  }
}

/**
 * Reads the text of `roots` (in the order given, each a separate block) with `skip` deciding which
 * elements are left out, and maps every character back to the Text node it came from. `regionOf`
 * names further regions among the roots' descendants (never a root: a root is the body itself).
 */
export function readBlockText(
  roots: readonly Element[],
  skip: SkipElement,
  regionOf?: RegionOf,
): BlockText {
  const b = new Builder();
  for (const root of roots) {
    b.breakBlock(2);
    const kind = regionKindOf(root, root.tagName.toUpperCase());
    const start = b.nextStart();
    walk(root, b, skip, regionOf, root.tagName.toUpperCase() === 'PRE', kind !== undefined);
    if (kind) b.region(kind, start);
  }
  return b.finish();
}
