/**
 * The text of a root element as the reader sees it: the concatenated values of its Text nodes, in
 * document order, minus the text that never shows (scripts, styles, templates) and minus Gloss's
 * own UI. Notes are anchored by offsets into this string, so the same rules must hold when a note
 * is described and when it is anchored again on a later visit.
 */
import { TEXT_NODE } from '../node-types';

/** Elements whose text is not part of what the reader reads (upper-case, as `tagName` gives it). */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'GLOSS-UI']);

/** `NodeFilter` constants, spelled out so the module does not need the global in every DOM. */
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** A point in the DOM: a Text node and a UTF-16 offset inside it. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** One indexed Text node and where its value starts in {@link TextIndex.text}. */
export interface IndexedTextNode {
  node: Text;
  start: number;
}

/** The text of a root element with the map between text offsets and DOM points. */
export interface TextIndex {
  root: Element;
  /** Concatenated values of the indexed Text nodes. */
  text: string;
  /** Indexed Text nodes in document order, with their start offsets. */
  nodes: IndexedTextNode[];
}

/** Accepts Text nodes, descends through elements, and rejects skipped elements with their subtree. */
function acceptNode(node: Node): number {
  if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
  return SKIPPED_TAGS.has((node as Element).tagName.toUpperCase()) ? FILTER_REJECT : FILTER_SKIP;
}

/**
 * Indexes the text of `root`: every Text node below it except those inside `script`, `style`,
 * `noscript`, `template` and the `<gloss-ui>` host.
 */
export function textOf(root: Element): TextIndex {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, { acceptNode });
  const nodes: IndexedTextNode[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    nodes.push({ node: node as Text, start: length });
    parts.push(value);
    length += value.length;
  }
  return { root, text: parts.join(''), nodes };
}

/** Length of an indexed node's value. */
function lengthOf(entry: IndexedTextNode): number {
  return entry.node.nodeValue?.length ?? 0;
}

/**
 * Index of the first indexed node that starts at or after the DOM point (container, offset) when the
 * point is not inside an indexed node. Binary search: the nodes are in document order.
 */
function firstNodeAtOrAfter(index: TextIndex, container: Node, offset: number): number {
  const childCount = container.childNodes.length;
  // The DOM point is "before child[offset]", or "after the last descendant of container".
  const child = offset < childCount ? container.childNodes[offset] : undefined;
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY
  const isAtOrAfter = (node: Node): boolean => {
    if (child) {
      if (node === child) return true;
      const pos = child.compareDocumentPosition(node);
      return (pos & CONTAINED_BY) !== 0 || (pos & FOLLOWING) !== 0;
    }
    if (node === container) return false;
    const pos = container.compareDocumentPosition(node);
    return (pos & CONTAINED_BY) === 0 && (pos & FOLLOWING) !== 0;
  };
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const entry = index.nodes[mid];
    if (entry && isAtOrAfter(entry.node)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Text offset of the DOM point (container, offset). A point inside an indexed Text node maps to its
 * start plus the offset; any other point (an element boundary, a skipped node) maps to the start of
 * the next indexed text, or to the end of the text when none follows.
 */
export function offsetOfPoint(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === TEXT_NODE) {
    const found = index.nodes.find((entry) => entry.node === container);
    if (found) return found.start + Math.min(offset, lengthOf(found));
    // A skipped Text node: treat the point as the position just after that node.
    const parent = container.parentNode;
    if (!parent) return index.text.length;
    const at = Array.prototype.indexOf.call(parent.childNodes, container) as number;
    return offsetOfPoint(index, parent, at + 1);
  }
  const next = firstNodeAtOrAfter(index, container, offset);
  const entry = index.nodes[next];
  return entry ? entry.start : index.text.length;
}

/**
 * The DOM point of a text offset. `affinity` says which node wins at a boundary between two nodes:
 * `forward` gives the start of the later node (right for a range start), `backward` the end of
 * the earlier one (right for a range end), so a range never begins or ends in a neighbour's text.
 * Returns null when the root has no text.
 */
export function pointAtOffset(
  index: TextIndex,
  offset: number,
  affinity: 'forward' | 'backward' = 'forward',
): TextPoint | null {
  const { nodes } = index;
  if (nodes.length === 0) return null;
  const target = Math.max(0, Math.min(offset, index.text.length));
  // Last node whose start is <= target (forward) or < target (backward).
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = nodes[mid]?.start ?? 0;
    const before = affinity === 'forward' ? start <= target : start < target;
    if (before) lo = mid;
    else hi = mid - 1;
  }
  // Forward affinity skips empty nodes and lands at the start of the next non-empty one.
  let at = lo;
  if (affinity === 'forward') {
    while (at < nodes.length - 1) {
      const entry = nodes[at];
      if (entry && target < entry.start + lengthOf(entry)) break;
      at++;
    }
  }
  const entry = nodes[at];
  if (!entry) return null;
  return { node: entry.node, offset: Math.max(0, Math.min(target - entry.start, lengthOf(entry))) };
}

/** A live Range over the text offsets `[start, end)` of the index, or null when there is no text. */
export function rangeOfOffsets(index: TextIndex, start: number, end: number): Range | null {
  const from = pointAtOffset(index, start, 'forward');
  const to = pointAtOffset(index, Math.max(start, end), end > start ? 'backward' : 'forward');
  if (!from || !to) return null;
  const range = index.root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
