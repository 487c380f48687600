/**
 * Product names with a model designation: "PlayStation 5 Pro", "Galaxy S24 Ultra", "PS4 Pro",
 * "iPhone 16", "Boeing 737 Max". The tagger, trained on 1996 news, reads the brand as a company or
 * a person and drops or splits the rest ("PlayStation" / "5" / "Pro"); a reader sees one product.
 * A brand (a name the tagger found, or a word in mixed case such as "iPhone") followed by a model
 * designation becomes one MISC span, which `nameTypeOf` types `product`.
 *
 * A bare number after a name is not enough: "Essex 72" and "Sweden 8" are sports results, thousands of
 * them in the training text. The designation must hold a letter-and-digit code ("S24", "PS4", "A320",
 * "F-150"), or end in one of {@link PRODUCT_SUFFIXES} ("5 Pro", "737 Max"), or follow a mixed-case
 * brand ("iPhone 16").
 */
import type { TokenSpan } from './tags';

/**
 * Words that end a product's model name: "Pro", "Max", "Ultra", "Plus", "Mini", "Air", "Lite", and
 * the letter codes "SE", "XL", "XR", "XS". Capitalised only.
 */
export const PRODUCT_SUFFIXES: ReadonlySet<string> = new Set(
  'Pro Max Ultra Plus Mini Air Lite SE XL XR XS'.split(' '),
);

/**
 * A model code, capital letters then digits: "S24", "PS4", "A320", "F-150", "RTX4090", "M3". Quarters
 * and halves of a year ("Q2", "H1") and fiscal years ("FY2024") are no models, nor is a code that
 * opens with its digits: "4K", "5G" and "3D" describe a product, and "2U" ends a film's title.
 */
const MODEL_CODE = /^(?!(?:Q[1-4]|H[12]|FY\d+)$)[A-Z]{1,4}-?\d{1,5}[A-Za-z]{0,2}$/;

/** A model number: one to four digits, not a year ("16", "737"; not "1996"). */
const MODEL_NUMBER = /^(?!(?:1[89]|20)\d\d$)\d{1,4}$/;

/**
 * A brand in mixed case: "iPhone", "iPad", "PlayStation" (a lower-case letter then a capital). Names
 * of people are written so too ("McGrath", "MacLeod", "DeSantis", "LaShawn"), and a cricket score
 * follows one ("McGrath 50"), so those prefixes are no brand; nor are month pairs of price tables
 * ("JulAug 775").
 */
const MIXED_CASE =
  /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Z])(?:[a-z]{1,2}[A-Z][a-z]+|[A-Z][a-z]+[A-Z][a-z]+)$/;

/**
 * Endings of nationality adjectives the lexicon may not list, and of origins ("Swedish", "Russian-made",
 * "US-built"): a name so ending is no brand.
 */
const NATIONALITY_OR_ORIGIN = /(?:ish|ese|ian|-made|-built|-based)$/;

/**
 * Whether a name ends in a model designation (a code, a suffix, or a number after a mixed-case
 * brand: "iPhone 16"): `nameTypeOf` types such a MISC name `product`.
 */
export function endsInModel(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (words.length < 2) return false;
  if (MODEL_CODE.test(last) || PRODUCT_SUFFIXES.has(last)) return true;
  return MODEL_NUMBER.test(last) && MIXED_CASE.test(words[0]!);
}

/**
 * How many tokens from `at` form a model designation after a brand (0: none): codes, numbers and
 * suffixes in a row, accepted when they hold a code or end in a suffix, or (`mixedBrand`) after a
 * mixed-case brand.
 */
function designationLength(words: readonly string[], at: number, mixedBrand: boolean): number {
  let k = at;
  let code = false;
  let suffix = false;
  while (k < words.length && k - at < 4) {
    const w = words[k]!;
    if (MODEL_CODE.test(w)) code = true;
    else if (PRODUCT_SUFFIXES.has(w)) suffix = true;
    else if (!MODEL_NUMBER.test(w)) break;
    k++;
  }
  // Numbers alone ("Essex 72") and a suffix before a number ("Plus 2") are only a model after a
  // mixed-case brand ("iPhone 16").
  const n = k - at;
  if (n === 0) return 0;
  const endsInSuffix = PRODUCT_SUFFIXES.has(words[k - 1]!);
  return code || (suffix && endsInSuffix) || mixedBrand ? n : 0;
}

/**
 * The spans with product names merged: a company or MISC span (or an uncovered mixed-case word)
 * followed by a model designation becomes one MISC span over both; spans inside the designation
 * ("Pro" read as a company) are absorbed. `isPlaceOrDemonym` tells a place or a nationality by its
 * lower-cased word.
 */
export function applyProductNames(
  words: readonly string[],
  spans: readonly TokenSpan[],
  isPlaceOrDemonym: (lower: string) => boolean,
): TokenSpan[] {
  const spanAt = new Map<number, TokenSpan>();
  for (const s of spans) spanAt.set(s.from, s);
  // A brand is a company or other name, never a person or a place, and not a nationality: "U.S.
  // F-14", "Russian T-72" and "London FTSE-100" are two names each (as CoNLL marks them).
  const isBrand = (s: TokenSpan): boolean => {
    const last = words[s.to - 1]!.toLowerCase();
    return (
      (s.type === 'ORG' || s.type === 'MISC') &&
      /^[\p{L}\d]/u.test(last) &&
      !isPlaceOrDemonym(last) &&
      !NATIONALITY_OR_ORIGIN.test(last)
    );
  };
  const out: TokenSpan[] = [];
  let k = 0;
  while (k < words.length) {
    const span = spanAt.get(k);
    if (span && !isBrand(span)) {
      out.push(span);
      k = span.to;
      continue;
    }
    const brandEnd = span ? span.to : MIXED_CASE.test(words[k]!) ? k + 1 : -1;
    if (brandEnd < 0) {
      k++;
      continue;
    }
    const mixedBrand = MIXED_CASE.test(words[brandEnd - 1]!);
    const n = designationLength(words, brandEnd, mixedBrand);
    if (n === 0) {
      // A company or other name the tagger ran over the code itself ("Galaxy S24") is the product.
      if (span) {
        out.push(endsInModel(words.slice(span.from, span.to)) ? { ...span, type: 'MISC' } : span);
      }
      k = brandEnd;
      continue;
    }
    let end = brandEnd + n;
    // A span that starts inside the designation ("Pro" as a company) may run past it: keep its end.
    for (let j = brandEnd; j < brandEnd + n; j++) {
      const inner = spanAt.get(j);
      if (inner) end = Math.max(end, inner.to);
    }
    out.push({ from: k, to: end, type: 'MISC' });
    k = end;
  }
  return out;
}
