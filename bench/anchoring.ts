/**
 * Note anchoring: how often notes come back on the right words after the page changes, and what
 * anchoring costs. Passages are drawn (seeded, word-aligned) from the canonical fixture article;
 * each is described, the text is changed, and the anchor is located again.
 *
 *     npm run --silent bench:anchoring
 *
 * Scenarios: unchanged page; 500 characters inserted above; one word inside the passage replaced;
 * the passage deleted (should orphan, or land on another exact copy of the same words).
 * Timings are medians of repeated runs in this process, given as ratios to indexing the page's
 * text (`textOf`), which every anchoring pays once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { seededRandom } from '../analysis/seeded-random';
import { anchorNote, locateAnchor } from '../page/anchoring/anchor';
import { describeOffsets, describeRange } from '../page/anchoring/describe';
import { rangeOfOffsets, type TextIndex, textOf } from '../page/anchoring/text-of';
import type { NoteAnchor } from '../storage/records';
import { median } from './stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.resolve(here, '../tests/fixtures/azernews-putin-visit.html');
const PASSAGES = 300;
const RUNS = 25;

/** Word-aligned passages of 15–150 characters from `text`, skipping blank stretches. */
function drawPassages(text: string, count: number, rand: () => number): Array<[number, number]> {
  const words: Array<[number, number]> = [];
  for (const m of text.matchAll(/\S+/g)) words.push([m.index, m.index + m[0].length]);
  const out: Array<[number, number]> = [];
  while (out.length < count) {
    const i = Math.floor(rand() * words.length);
    const n = 2 + Math.floor(rand() * 20);
    const first = words[i];
    const last = words[Math.min(words.length - 1, i + n)];
    if (!first || !last) continue;
    const len = last[1] - first[0];
    if (len < 15 || len > 150 || /\n\s*\n/.test(text.slice(first[0], last[1]))) continue;
    out.push([first[0], last[1]]);
  }
  return out;
}

/** A text-only index: `locateAnchor` reads nothing but the text. */
function indexOfText(text: string): TextIndex {
  return { text, nodes: [], root: undefined as unknown as Element };
}

/** Median milliseconds of `fn` over RUNS runs (after one warm-up). */
function time(fn: () => unknown): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

function pct(n: number, d: number): string {
  return `${((100 * n) / d).toFixed(1)}%`;
}

function robustness(text: string): void {
  const rand = seededRandom(20240819);
  const passages = drawPassages(text, PASSAGES, rand);
  const insert = 'x'.repeat(250) + ' An editor added a paragraph above the story. '.repeat(5);
  const shift = insert.length;
  let unchanged = 0;
  let inserted = 0;
  let edited = 0;
  let editedFuzzy = 0;
  let removedOrphan = 0;
  let removedCopy = 0;
  let removedWrong = 0;
  for (const [start, end] of passages) {
    const anchor: NoteAnchor = describeOffsets(indexOfText(text), start, end);
    const a = locateAnchor(indexOfText(text), anchor);
    if (a?.start === start && a.end === end && a.method === 'position') unchanged++;

    const b = locateAnchor(indexOfText(insert + text), anchor);
    if (b?.start === start + shift && b.end === end + shift) inserted++;

    // Replace the middle word of the passage with a different word.
    const inner = text.slice(start, end);
    const words = [...inner.matchAll(/\S+/g)];
    const w = words[words.length >> 1];
    if (w) {
      const from = start + w.index;
      const to = from + w[0].length;
      const replacement = w[0].length > 4 ? 'changed' : 'new';
      const editedText = text.slice(0, from) + replacement + text.slice(to);
      const delta = replacement.length - w[0].length;
      const c = locateAnchor(indexOfText(editedText), anchor);
      // Right words: both ends within 3 characters of where the edited passage now sits.
      if (c && Math.abs(c.start - start) <= 3 && Math.abs(c.end - (end + delta)) <= 3) edited++;
      if (c?.method === 'fuzzy') editedFuzzy++;
    }

    const removedText = text.slice(0, start) + text.slice(end);
    const d = locateAnchor(indexOfText(removedText), anchor);
    if (!d) removedOrphan++;
    else if (removedText.slice(d.start, d.end) === anchor.exact) removedCopy++;
    else removedWrong++;
  }
  const n = passages.length;
  console.log(`robustness over ${n} passages of the fixture's text (${text.length} chars)`);
  console.log(`  unchanged page, found by position:      ${pct(unchanged, n)}`);
  console.log(`  500 chars inserted above, same words:   ${pct(inserted, n)}`);
  console.log(
    `  one word replaced, right words:         ${pct(edited, n)} (fuzzy path ${pct(editedFuzzy, n)})`,
  );
  console.log(
    `  passage deleted: orphan ${pct(removedOrphan, n)}, other exact copy ${pct(removedCopy, n)}, wrong words ${pct(removedWrong, n)}`,
  );
}

function timings(html: string, label: string): void {
  const window = new Window();
  window.document.write(html);
  const body = window.document.body as unknown as Element;
  const index = textOf(body);
  const text = index.text;
  const quote = 'the strategic partnership between';
  const at = text.indexOf(quote) >= 0 ? text.indexOf(quote) : Math.floor(text.length / 2);
  const end = at + Math.min(quote.length, text.length - at);
  const range = rangeOfOffsets(index, at, end);
  if (!range) throw new Error('no range');
  const anchor = describeRange(body, range);
  const moved: NoteAnchor = { ...anchor, start: anchor.start + 7, end: anchor.end + 7 };
  const fuzzy: NoteAnchor = {
    ...moved,
    exact: `${anchor.exact.slice(0, 5)}X${anchor.exact.slice(6)}`,
  };
  const base = time(() => textOf(body));
  const rows: Array<[string, number]> = [
    ['textOf (baseline)', base],
    ['describeRange', time(() => describeRange(body, range))],
    ['anchorNote, position', time(() => anchorNote(body, anchor))],
    ['anchorNote, exact quote', time(() => anchorNote(body, moved))],
    ['anchorNote, fuzzy quote', time(() => anchorNote(body, fuzzy))],
  ];
  console.log(
    `timings on ${label} (${text.length} chars, ${index.nodes.length} text nodes), median of ${RUNS}`,
  );
  for (const [name, ms] of rows) {
    console.log(`  ${name.padEnd(26)} ${ms.toFixed(3)} ms  ×${(ms / base).toFixed(2)}`);
  }
  void window.happyDOM.close();
}

function main(): void {
  const html = readFileSync(FIXTURE, 'utf8');
  const window = new Window();
  window.document.write(html);
  const text = textOf(window.document.body as unknown as Element).text;
  void window.happyDOM.close();
  robustness(text);
  timings(html, 'the fixture page');
  // A long page: the fixture's body twenty times over (repeated passages, long text).
  const bodyStart = html.indexOf('<body');
  const bodyEnd = html.lastIndexOf('</body>');
  const inner = html.slice(html.indexOf('>', bodyStart) + 1, bodyEnd);
  const long = `${html.slice(0, bodyStart)}<body>${inner.repeat(20)}</body></html>`;
  timings(long, 'the fixture body ×20');
}

main();
