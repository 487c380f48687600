/**
 * The tag set of the sequence tagger: BIO over the four CoNLL classes. BIO rather than BILOU keeps the
 * weight matrix at 9 columns instead of 17, which halves the model; Viterbi decoding over tag-pair
 * features (tagger.ts) recovers most of what BILOU adds.
 */

/** CoNLL name classes, in the order used by the model's tag indices. */
export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
/** One CoNLL class name. */
export type ConllType = (typeof CONLL_TYPES)[number];

/** Tag names: index 0 is O, then B-X and I-X for each class in {@link CONLL_TYPES} order. */
export const TAGS: readonly string[] = ['O', ...CONLL_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Index of tag O. */
export const TAG_O = 0;

/** Tag index of B-type (type index k = position in {@link CONLL_TYPES}). */
export function beginTag(k: number): number {
  return 1 + 2 * k;
}

/** Tag index of I-type. */
export function insideTag(k: number): number {
  return 2 + 2 * k;
}

/** Class index of a non-O tag. */
export function tagClass(tag: number): number {
  return (tag - 1) >> 1;
}

/** Whether a tag is an I- tag. */
export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0;
}

/** BIO validity: I-X may only follow B-X or I-X. */
export function isAllowed(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev !== TAG_O && tagClass(prev) === tagClass(tag);
}

/** A labelled span over token indices `[from, to)`. */
export interface TokenSpan {
  from: number;
  to: number;
  type: ConllType;
}

/** Reads the spans out of a BIO tag sequence (a stray I- starts a span, as in conlleval). */
export function tagsToSpans(tags: ArrayLike<number>): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (open && (t === TAG_O || !isInside(t) || tagClass(t) !== CONLL_TYPES.indexOf(open.type))) {
      open.to = i;
      out.push(open);
      open = null;
    }
    if (t !== TAG_O && !open) open = { from: i, to: i + 1, type: CONLL_TYPES[tagClass(t)]! };
  }
  if (open) {
    open.to = tags.length;
    out.push(open);
  }
  return out;
}
