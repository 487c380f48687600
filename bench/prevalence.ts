/**
 * F1 of the positive class as it would be on a set with another share of positives. A set's positive
 * share moves F1 a lot, with the classifier unchanged: the same rate of false alarms per negative costs
 * more precision where negatives are more common. Weighting each negative by
 * `(1 − prevalence) / prevalence × positives / negatives` gives the counts of a set that has
 * `prevalence` positives and the same score distributions within each class.
 */

/** Precision, recall and F1 of `score ≥ threshold`, with the negatives re-weighted to `prevalence`. */
export function f1AtPrevalence(
  scores: readonly number[],
  labels: readonly number[],
  threshold: number,
  prevalence: number,
): { precision: number; recall: number; f1: number } {
  if (!(prevalence > 0 && prevalence < 1)) throw new RangeError('prevalence must be in (0, 1)');
  const positives = labels.filter((y) => y === 1).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) throw new RangeError('both classes are needed');
  const negativeWeight = ((1 - prevalence) / prevalence) * (positives / negatives);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    const predicted = s >= threshold;
    if (labels[i] === 1) {
      if (predicted) tp++;
      else fn++;
    } else if (predicted) fp += negativeWeight;
  });
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp / (tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
