/**
 * Finding a quote in a text again, exactly or approximately, and choosing among several
 * candidates by how well their surroundings and position agree with what was recorded.
 * Weights and the error budget follow the Hypothesis client's text-quote anchoring, which has
 * re-anchored millions of annotations on pages that changed after they were made.
 */
import approxSearch from 'approx-string-match';

/** A candidate position of the quote in the text. */
export interface QuoteCandidate {
  start: number;
  end: number;
  /** Edit distance between the quote and `text.slice(start, end)`. */
  errors: number;
}

/** A chosen match with its score in [0, 1] (1 = same quote, same context, same place). */
export interface QuoteMatch extends QuoteCandidate {
  score: number;
}

/** What was recorded around the quote when the note was made. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote started in the text then. */
  hint?: number;
}

/**
 * Weight of each part of a candidate's score. The quote itself dominates (50); the prefix and
 * the suffix (20 each) together can outweigh a few errors in the quote, so the occurrence in the
 * right sentence wins over a slightly closer copy elsewhere; the position (2) only breaks ties
 * between otherwise equal candidates, because text inserted above a passage moves it.
 */
export const SCORE_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/**
 * Share of the quote's length allowed as edit errors in the fuzzy search. A quarter keeps a
 * reworded word or a fixed typo inside the budget while ruling out unrelated passages of similar
 * length, which in English prose differ in well over half of their characters. (Hypothesis allows
 * half; we prefer an honest orphan to a note painted on the wrong words.)
 */
export const MAX_ERROR_RATIO = 0.25;

/**
 * Upper bound on the fuzzy search's error budget: the search costs O(maxErrors / 32 × text length),
 * and a quote that long with more errors than this is not the same passage any more.
 */
export const MAX_ERRORS = 256;

/**
 * Lowest score (see {@link scoreCandidate}) at which an approximate match is accepted. A passage
 * that was merely edited keeps its surroundings, so its score stays near or above 0.85 even with a
 * quarter of the quote changed ((50 × 0.75 + 20 + 20 + 2) / 92 ≈ 0.86); a look-alike elsewhere, found
 * after the passage was deleted, has the wrong surroundings too and scored 0.55–0.69 in
 * `bench/anchoring.ts`. 0.75 sits between the two: a fuzzy match must agree with about half of its
 * recorded context.
 */
export const MIN_FUZZY_SCORE = 0.75;

/** Every exact occurrence of `quote` in `text` (overlapping ones included). */
export function exactCandidates(text: string, quote: string): QuoteCandidate[] {
  const found: QuoteCandidate[] = [];
  if (quote.length === 0) return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** The error budget of a fuzzy search for `quote`: proportional to its length, capped. */
export function maxErrorsFor(quote: string): number {
  return Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_RATIO));
}

/** The best approximate occurrences of `quote` in `text` within its error budget. */
export function fuzzyCandidates(text: string, quote: string): QuoteCandidate[] {
  if (quote.length === 0 || text.length === 0) return [];
  return approxSearch(text, quote, maxErrorsFor(quote));
}

/** Similarity in [0, 1] of `actual` to `expected`: 1 − (edit distance of the best match / length). */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  const best = approxSearch(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

/** Scores one candidate of `quote` in `text` against the recorded context (see {@link SCORE_WEIGHTS}). */
export function scoreCandidate(
  text: string,
  quote: string,
  candidate: QuoteCandidate,
  context: QuoteContext,
): number {
  const quoteScore = quote.length === 0 ? 0 : 1 - candidate.errors / quote.length;
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  const prefixScore = similarity(
    text.slice(Math.max(0, candidate.start - prefix.length), candidate.start),
    prefix,
  );
  const suffixScore = similarity(text.slice(candidate.end, candidate.end + suffix.length), suffix);
  const positionScore =
    context.hint === undefined || text.length === 0
      ? 1
      : 1 - Math.abs(candidate.start - context.hint) / text.length;
  const w = SCORE_WEIGHTS;
  const total = w.quote + w.prefix + w.suffix + w.position;
  return (
    (w.quote * quoteScore +
      w.prefix * prefixScore +
      w.suffix * suffixScore +
      w.position * positionScore) /
    total
  );
}

/** The highest-scoring candidate, or null when there are none. */
export function bestCandidate(
  text: string,
  quote: string,
  candidates: QuoteCandidate[],
  context: QuoteContext,
): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  for (const candidate of candidates) {
    const score = scoreCandidate(text, quote, candidate, context);
    if (!best || score > best.score) best = { ...candidate, score };
  }
  return best;
}

/**
 * The best approximate match of `quote` in `text`, or null when none is within the error budget
 * or the best one scores under {@link MIN_FUZZY_SCORE}.
 */
export function matchFuzzy(text: string, quote: string, context: QuoteContext): QuoteMatch | null {
  const best = bestCandidate(text, quote, fuzzyCandidates(text, quote), context);
  return best && best.score >= MIN_FUZZY_SCORE ? best : null;
}

/**
 * Finds `quote` in `text`: among its exact occurrences when there are any, else among the best
 * approximate ones (see {@link matchFuzzy}); the candidate whose context and position agree best
 * wins. Null when the quote is empty or nothing good enough is found.
 */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {},
): QuoteMatch | null {
  const exact = exactCandidates(text, quote);
  if (exact.length > 0) return bestCandidate(text, quote, exact, context);
  return matchFuzzy(text, quote, context);
}
