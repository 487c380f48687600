/**
 * Splits a name the tagger ran on over a connective that almost never sits inside one: "International
 * Criminal Court against Sudan" is a court and a country, "Center for Health and Human Rights at
 * Harvard University" a centre and a university, "Google or Facebook" two companies. Counted over the
 * training split's 29,441 gold names (train and dev): lower-case "at" and "against" sit inside one
 * name each ("Southern Illinois University at Carbondale") and between two adjacent names 31 times;
 * "or", "nor" and "than" sit inside none and between two names 7 times; while "of", "for", "and", "in"
 * and "on" sit inside hundreds ("Bank of Finland", "Conference on Disarmament"). "to", "from", "with"
 * and "by" sit inside no gold name either, but they do inside the titles of works ("Back to the
 * Future", "Letters from Iwo Jima"), which the news names too, so they do not split.
 */
import { type Gazetteer, hasEntry } from './gazetteer';
import { CONLL_TYPES, type ConllType, type TokenSpan } from './tags';

/** Connectives that end a name: see the module comment for the counts behind the choice. */
const SPLITTERS = new Set(['at', 'against', 'or', 'nor', 'than']);
const CAPITALISED = /^[\p{Lu}\p{N}]/u;

/**
 * Splits every span at a lower-case splitter followed by a capitalised word. The left part keeps the
 * span's type; the right part takes the one class the training gazetteer lists it under when it is a
 * single listed word ("Sudan": a place), else the span's type.
 */
export function splitAtConnectives(
  words: readonly string[],
  spans: readonly TokenSpan[],
  gazetteer: Gazetteer,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    let from = span.from;
    let type = span.type;
    for (let i = span.from + 1; i < span.to - 1; i++) {
      if (!SPLITTERS.has(words[i]!) || !CAPITALISED.test(words[i + 1]!)) continue;
      out.push({ from, to: i, type });
      from = i + 1;
      type = rightType(words, from, span.to, span.type, gazetteer);
    }
    out.push({ from, to: span.to, type });
  }
  return out;
}

function rightType(
  words: readonly string[],
  from: number,
  to: number,
  fallback: ConllType,
  gazetteer: Gazetteer,
): ConllType {
  if (to - from !== 1) return fallback;
  const listed = CONLL_TYPES.filter((_, k) => hasEntry(gazetteer, words[from]!, k));
  return listed.length === 1 ? listed[0]! : fallback;
}
