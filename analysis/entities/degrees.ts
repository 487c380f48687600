/**
 * Academic degrees and professional letters written after a name ("Anna Keller, Ph.D.", "Jane
 * Roe, M.D."): a reader does not take them for names, and the tagger, which has seen few, reads
 * "Ph.D." as an organisation or a person. The tokeniser keeps a dotted degree one token (tokenize.ts);
 * this drops the spans it makes and trims it off the end of a person's name.
 */
import type { TokenSpan } from './tags';

/**
 * Degrees written with periods: no name is spelt so, wherever it stands. Single-letter pairs that are
 * also places or bodies ("U.S.", "U.N.") are not in the list.
 */
const DOTTED_DEGREES = new Set(
  (
    'Ph.D. M.D. B.A. M.A. B.S. M.S. B.Sc. M.Sc. D.Sc. M.B.A. J.D. Ed.D. Psy.D. D.Phil. M.Phil. ' +
    'D.O. R.N. D.D.S. D.V.M. M.P.H. Pharm.D.'
  ).split(' '),
);

/**
 * The same degrees written without periods. "MD", "MA", "BA" or "MS" are also states, an airline or a
 * disease, so these count only right after a person's name and a comma ("Jane Roe, MD").
 */
const PLAIN_DEGREES = new Set(
  'PhD MD BA MA BS MS BSc MSc DSc MBA JD EdD PsyD DPhil MPhil DO RN DDS DVM MPH PharmD'.split(' '),
);

/** Whether `words[k]` is a degree where it stands: dotted anywhere, plain after "Name ,". */
function isDegree(words: readonly string[], k: number, personEndsAt: ReadonlySet<number>): boolean {
  const w = words[k]!;
  if (DOTTED_DEGREES.has(w)) return true;
  return PLAIN_DEGREES.has(w) && words[k - 1] === ',' && personEndsAt.has(k - 1);
}

/**
 * Drops the spans made only of degrees and trims degrees off either end of a span (a comma left
 * bare is trimmed later, mention-spans.ts). Spans are sorted by `from` and do not overlap; the result keeps that.
 */
export function dropDegreeSpans(
  words: readonly string[],
  spans: readonly TokenSpan[],
): TokenSpan[] {
  const personEndsAt = new Set<number>();
  for (const s of spans) if (s.type === 'PER') personEndsAt.add(s.to);
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let to = s.to;
    while (to > s.from && isDegree(words, to - 1, personEndsAt)) to--;
    let from = s.from;
    while (from < to && isDegree(words, from, personEndsAt)) from++;
    if (to > from) out.push(from === s.from && to === s.to ? s : { ...s, from, to });
  }
  return out;
}
