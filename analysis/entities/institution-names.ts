/**
 * Names of bodies built as "<head> for <purpose>": "Committee for a Responsible Federal Budget",
 * "Center for American Progress", "Centers for Disease Control and Prevention", "Institute for the
 * Study of War". The tagger reads the lower-case "for" (and "a", "the") as the end of a name, so it
 * cuts such a name in two and types each half on its own ("Committee" a place, "Responsible Federal
 * Budget" an organisation; "Center" a person, "American Progress" MISC). In the CoNLL training and
 * development text every one of the 16 such phrases is a single gold span (15 ORG, one MISC:
 * "Partnership for Peace"), so the whole phrase is one organisation.
 */
import type { TokenSpan } from './tags';

/**
 * Words that head the name of a body and take "for" after them. Nouns of institutions only: a
 * capitalised verb or common noun before "for" ("Calls for", "Support for") is no name's head.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(
  (
    'Center Centre Centers Centres Committee Council Institute Foundation Campaign Alliance Coalition ' +
    'Society Association Fund Federation League Commission Office Agency Partnership Network Union ' +
    'Movement Bureau Board Department Ministry Organization Organisation Organizations ' +
    'Organisations Academy Party Front Trust Secretariat Initiative Project Institution'
  ).split(' '),
);

/** Words that may open a purpose after "for": "for a Responsible…", "for the Study of War". */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Connectives inside a purpose, each followed by a capitalised word: "Control and Prevention". */
const PURPOSE_LINKS = new Set(['and', 'of']);
/** Determiners stripped from the front of the head's run ("The Center for …"). */
const LEADING = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

const CAPITALISED = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * A sentence set as running text, not a headline: at least half of its words are written in lower
 * case. In a headline every word is capitalised, so a "for" there joins nothing: "Trump Campaign for
 * Reelection Hits Snag". (The tagger's headline mode, features.ts, asks 70% of the longer words
 * capitalised, which a running sentence full of names also meets: "at the Center for American
 * Progress and the Campaign for Tobacco-Free Kids".)
 */
function isRunningText(words: readonly string[], from: number, to: number): boolean {
  let letters = 0;
  let lower = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!/\p{L}/u.test(w)) continue;
    letters++;
    if (!CAPITALISED.test(w) && HAS_LOWER.test(w)) lower++;
  }
  return letters > 0 && lower * 2 >= letters;
}

/**
 * The end (exclusive) of the purpose that starts at `i` (a capitalised word): capitalised words, and
 * "and" or "of" (with "the") when a capitalised word follows. After "and", a run that ends in a
 * head word is another body ("the Center for American Progress and the Brookings Institution" stops
 * at "Progress").
 */
function purposeEnd(words: readonly string[], i: number, to: number): number {
  let end = i;
  while (end < to && CAPITALISED.test(words[end]!)) end++;
  for (;;) {
    const link = words[end];
    if (link === undefined || !PURPOSE_LINKS.has(link)) return end;
    let j = end + 1;
    if (link === 'of' && words[j] === 'the') j++;
    if (j >= to || !CAPITALISED.test(words[j]!)) return end;
    let k = j;
    while (k < to && CAPITALISED.test(words[k]!)) k++;
    if (link === 'and' && INSTITUTION_HEADS.has(words[k - 1]!)) return end;
    end = k;
  }
}

/**
 * Token ranges `[from, to)` of "<capitalised run ending in a head> for (a/the) <purpose>" phrases in
 * running-text sentences. `ranges` are the sentences, as `[from, to)` token ranges.
 */
export function findInstitutionPhrases(
  words: readonly string[],
  ranges: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [from, to] of ranges) {
    if (!isRunningText(words, from, to)) continue;
    for (let i = from + 1; i + 1 < to; i++) {
      if (words[i] !== 'for' || !INSTITUTION_HEADS.has(words[i - 1]!)) continue;
      let p = i + 1;
      if (ARTICLES.has(words[p]!)) p++;
      if (p >= to || !CAPITALISED.test(words[p]!)) continue;
      let start = i - 1;
      while (start > from && CAPITALISED.test(words[start - 1]!)) start--;
      while (start < i - 1 && LEADING.has(words[start]!.toLowerCase())) start++;
      const end = purposeEnd(words, p, to);
      out.push([start, end]);
      i = end - 1;
    }
  }
  return out;
}

/**
 * The spans with each institution phrase made one ORG span, unless a span already covers the whole
 * phrase (the tagger found it, perhaps longer: "Organisation for Security and Cooperation in
 * Europe"). Spans inside the phrase are dropped; a span running into it from the left is cut at its
 * start, and one running out of it on the right is cut at its end.
 */
export function joinInstitutionNames(
  words: readonly string[],
  spans: readonly TokenSpan[],
  ranges: ReadonlyArray<readonly [number, number]>,
): TokenSpan[] {
  let out = spans.map((s) => ({ ...s }));
  for (const [a, b] of findInstitutionPhrases(words, ranges)) {
    if (out.some((s) => s.from <= a && s.to >= b)) continue;
    const kept: TokenSpan[] = [];
    for (const s of out) {
      if (s.to <= a || s.from >= b) kept.push(s);
      else if (s.from < a) kept.push({ ...s, to: a });
      else if (s.to > b) kept.push({ ...s, from: b });
    }
    kept.push({ from: a, to: b, type: 'ORG' });
    out = kept.sort((x, y) => x.from - y.from);
  }
  return out;
}
