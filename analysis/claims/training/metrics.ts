/** Scores of a binary check-worthiness ranker: F1 of the positive class, average precision, MAP. */

/** Precision, recall and F1 of the positive class for predictions `score ≥ threshold`. */
export function f1Score(
  scores: number[],
  labels: number[],
  threshold = 0.5,
): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const predicted = scores[i]! >= threshold;
    const gold = labels[i] === 1;
    if (predicted && gold) tp++;
    else if (predicted) fp++;
    else if (gold) fn++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * Average precision of a ranking by descending score (ties keep input order, as a stable sort does):
 * the mean of precision at each positive's rank.
 */
export function averagePrecision(scores: number[], labels: number[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  let hits = 0;
  let sum = 0;
  order.forEach(([, i], rank) => {
    if (labels[i] === 1) {
      hits++;
      sum += hits / (rank + 1);
    }
  });
  return hits > 0 ? sum / hits : 0;
}

/** Mean of the average precision of each group (a debate), over groups that hold a positive. */
export function meanAveragePrecision(scores: number[], labels: number[], groups: string[]): number {
  const byGroup = new Map<string, { s: number[]; y: number[] }>();
  groups.forEach((g, i) => {
    let entry = byGroup.get(g);
    if (!entry) {
      entry = { s: [], y: [] };
      byGroup.set(g, entry);
    }
    entry.s.push(scores[i]!);
    entry.y.push(labels[i]!);
  });
  const aps: number[] = [];
  for (const { s, y } of byGroup.values()) if (y.includes(1)) aps.push(averagePrecision(s, y));
  return aps.length > 0 ? aps.reduce((a, b) => a + b, 0) / aps.length : 0;
}

/** The threshold on `scores` that maximises F1 of the positive class. */
export function bestF1Threshold(
  scores: number[],
  labels: number[],
): { threshold: number; f1: number } {
  const order = scores.map((s, i) => [s, labels[i]!] as const).sort((x, y) => y[0] - x[0]);
  const positives = labels.filter((y) => y === 1).length;
  let tp = 0;
  let best = { threshold: 1, f1: 0 };
  order.forEach(([s, y], k) => {
    if (y === 1) tp++;
    const next = order[k + 1];
    if (next && next[0] === s) return;
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > best.f1) best = { threshold: next ? (s + next[0]) / 2 : s, f1 };
  });
  return best;
}
