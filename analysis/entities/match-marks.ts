/**
 * The marks that list matches leave on tokens, shared by the training-split gazetteer
 * (gazetteer.ts) and the external name lists (name-lists.ts): per token, bit 2k = begins a match of
 * class k, bit 2k + 1 = inside one.
 */

/**
 * Records a match of `n` tokens starting at token `i` for each class in `mask`, unless that class
 * already matched at `i` (`done`: callers try lengths from the longest down, so the longest wins) or a
 * match of the class still covers `i` (`nextFree[k]`, where matching of class k resumes). `marks` holds
 * the tokens from `from` on. Returns `done` with the classes marked here added.
 */
export function markMatch(
  marks: Uint8Array | Uint32Array,
  nextFree: Int32Array,
  from: number,
  i: number,
  n: number,
  mask: number,
  classes: number,
  done: number,
): number {
  let marked = done;
  for (let k = 0; k < classes; k++) {
    if (!(mask & (1 << k)) || marked & (1 << k) || i < nextFree[k]!) continue;
    marked |= 1 << k;
    marks[i - from]! |= 1 << (2 * k);
    for (let t = 1; t < n; t++) marks[i + t - from]! |= 1 << (2 * k + 1);
    nextFree[k] = i + n;
  }
  return marked;
}
