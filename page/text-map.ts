/**
 * The map from an extracted text back to the live DOM: every character of the text that came from the
 * page points at a (Text node, offset); separators added between blocks point at nothing.
 *
 * It is stored as runs: a run is a stretch of text characters that map to consecutive offsets of one
 * Text node. Whitespace collapsing and block separators end a run, so a page of n characters gives at
 * most O(n) runs, usually a few per paragraph. Lookups are binary searches over the runs.
 */

/** One stretch of the text that maps one-to-one onto consecutive characters of a Text node. */
export interface TextRun {
  /** Offset of the run's first character in the extracted text. */
  start: number;
  /** Number of characters in the run. */
  length: number;
  node: Text;
  /** Offset in `node.data` of the run's first character. */
  nodeOffset: number;
}

/** A DOM position: a Text node and an offset in its data. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** Maps offsets of an extracted text to positions in the live Text nodes it was read from, and back. */
export class TextMap {
  /** Runs in text order (their `start` strictly increases). */
  readonly runs: readonly TextRun[];
  /** Length of the text the map was built for. */
  readonly length: number;
  private readonly byNode: Map<Text, number[]>;

  /** Takes runs in text order, as the text builder appends them. */
  constructor(runs: TextRun[], length: number) {
    this.runs = runs;
    this.length = length;
    this.byNode = new Map();
    runs.forEach((run, i) => {
      const list = this.byNode.get(run.node);
      if (list) list.push(i);
      else this.byNode.set(run.node, [i]);
    });
  }

  /** Index of the run holding text offset `offset`, or of the first run after it when it is unmapped. */
  private runAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const run = this.runs[mid]!;
      if (run.start + run.length <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The DOM position of text offset `offset`, or null when that character is a separator. */
  pointAt(offset: number): TextPoint | null {
    const run = this.runs[this.runAtOrAfter(offset)];
    if (!run || run.start > offset) return null;
    return { node: run.node, offset: run.nodeOffset + (offset - run.start) };
  }

  /**
   * The mapped sub-spans of `[start, end)`, one per run: useful to paint highlights node by node.
   * Separators inside the span are skipped.
   */
  toPoints(start: number, end: number): Array<{ node: Text; start: number; end: number }> {
    const out: Array<{ node: Text; start: number; end: number }> = [];
    for (let i = this.runAtOrAfter(start); i < this.runs.length; i++) {
      const run = this.runs[i]!;
      if (run.start >= end) break;
      const from = Math.max(start, run.start) - run.start;
      const to = Math.min(end, run.start + run.length) - run.start;
      if (to > from)
        out.push({ node: run.node, start: run.nodeOffset + from, end: run.nodeOffset + to });
    }
    return out;
  }

  /**
   * One Range from text offset `start` to `end` (end exclusive), its ends snapped inwards to mapped
   * characters (a span that begins on a separator begins at the next page character). Null when the
   * span holds no page character.
   */
  toRange(start: number, end: number, doc: Document): Range | null {
    const points = this.toPoints(start, end);
    const first = points[0];
    const last = points[points.length - 1];
    if (!first || !last) return null;
    const range = doc.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    return range;
  }

  /** One Range per Text node touched by `[start, end)`, for painters that want node-local ranges. */
  toRanges(start: number, end: number, doc: Document): Range[] {
    return this.toPoints(start, end).map((p) => {
      const range = doc.createRange();
      range.setStart(p.node, p.start);
      range.setEnd(p.node, p.end);
      return range;
    });
  }

  /**
   * The text offset of a DOM position (a Text node and an offset in it, as a Range boundary or a caret
   * gives). A position on a character that was collapsed away or excluded snaps to the next mapped
   * character of the same node, else to the end of the last run before it. Null when the node is
   * not part of the text (or is an element: pass Text positions).
   */
  fromPoint(node: Node, offset: number): number | null {
    const list = this.byNode.get(node as Text);
    if (!list) return null;
    let previousEnd: number | null = null;
    for (const index of list) {
      const run = this.runs[index]!;
      if (offset < run.nodeOffset) return run.start;
      if (offset < run.nodeOffset + run.length) return run.start + (offset - run.nodeOffset);
      previousEnd = run.start + run.length;
    }
    return previousEnd;
  }

  /** Whether `node` contributes characters to the text. */
  has(node: Node): boolean {
    return this.byNode.has(node as Text);
  }
}
