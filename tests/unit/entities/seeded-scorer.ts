/** A scorer with seeded random weights, shared by the decoder tests. */
import type { Scorer } from '../../../analysis/entities/tagger';
import { TAGS } from '../../../analysis/entities/tags';
import { seededRandom } from '../../../analysis/seeded-random';

/**
 * A scorer that gives every hash it is asked about a row of weights drawn once, per tag, by
 * `weight(rand)` from a generator seeded with `seed`.
 */
export function seededScorer(seed: number, weight: (rand: () => number) => number): Scorer {
  const rand = seededRandom(seed);
  const rows = new Map<number, Float64Array>();
  return (hashes, from, to, scores) => {
    for (let k = from; k < to; k++) {
      const h = hashes[k]!;
      let row = rows.get(h);
      if (!row) {
        row = Float64Array.from({ length: TAGS.length }, () => weight(rand));
        rows.set(h, row);
      }
      for (let t = 0; t < TAGS.length; t++) scores[t]! += row[t]!;
    }
  };
}
