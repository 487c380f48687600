/**
 * The text metric of scrapinghub's article-extraction-benchmark, as ../shared/eval/README.md states it:
 * word tokens (case kept), bags of 4-token shingles (a text under 4 tokens is one shingle), per page
 * tp/fp/fn of the bags normalised to sum to 1; precision and recall averaged over pages; F1 from the
 * two means. Also the title comparison used by the article evaluation.
 */

/** Word tokens as Python's `\w+` finds them: letters, marks, digits and underscores. */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}

/** The bag of n-token shingles of a text (one shingle when it has fewer than n tokens). */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = wordTokens(text);
  const bag = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s) bag.set(s, (bag.get(s) ?? 0) + 1);
  }
  return bag;
}

/** Normalised true positives, false positives and false negatives of one page (sum 1, or all 0). */
export interface PageOverlap {
  tp: number;
  fp: number;
  fn: number;
}

/** Compares a predicted text with the gold text of one page. */
export function pageOverlap(gold: string, predicted: string): PageOverlap {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const gc = g.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/** Precision and recall averaged over pages, F1 from the two means. */
export function meanOverlap(pages: readonly PageOverlap[]): {
  precision: number;
  recall: number;
  f1: number;
} {
  const pr = pages.filter((p) => p.tp + p.fp > 0).map((p) => p.tp / (p.tp + p.fp));
  const rc = pages.filter((p) => p.tp + p.fn > 0).map((p) => p.tp / (p.tp + p.fn));
  const mean = (xs: number[]): number =>
    xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
  const precision = mean(pr);
  const recall = mean(rc);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether a predicted title names the same article as the gold one: equal after normalising case,
 * punctuation and spacing, or one containing the other when the shorter holds at least 60% of the
 * longer's characters: a site name added or dropped ("Story | Site" vs "Story") still matches, a
 * section label or the site name alone does not.
 */
export function titlesMatch(
  gold: string | null | undefined,
  predicted: string | undefined,
): boolean {
  if (!gold || !predicted) return !gold && !predicted;
  const g = normalise(gold);
  const p = normalise(predicted);
  if (g === p) return true;
  const [short, long] = g.length <= p.length ? [g, p] : [p, g];
  return short.length > 0 && long.includes(short) && short.length >= 0.6 * long.length;
}
