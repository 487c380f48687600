/** Exact-span, exact-type micro precision / recall / F1, overall and per type (the CoNLL metric). */

/** A span to score. */
export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
}

/** Counts and scores for one type or overall. */
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Running tally of true positives, false positives and false negatives per type. */
export class SpanScorer {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  private bucket(type: string) {
    let c = this.counts.get(type);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.counts.set(type, c);
    }
    return c;
  }

  /** Adds one document's gold and predicted spans. */
  add(gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[]): void {
    const key = (s: ScoredSpan) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const p of predicted) this.bucket(p.type)[goldKeys.has(key(p)) ? 'tp' : 'fp']++;
    for (const g of gold) if (!predKeys.has(key(g))) this.bucket(g.type).fn++;
  }

  /** Scores per type, sorted by type name. */
  perType(): Record<string, PRF> {
    const out: Record<string, PRF> = {};
    for (const t of [...this.counts.keys()].sort()) out[t] = prf(this.counts.get(t)!);
    return out;
  }

  /** Micro-averaged score over every type. */
  overall(): PRF {
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (const c of this.counts.values()) {
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
    return prf(sum);
  }
}

function prf(c: { tp: number; fp: number; fn: number }): PRF {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}
