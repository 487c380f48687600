/**
 * What the end-to-end tests expect of the canonical article, as pure functions over plain data (the texts
 * of the live highlights), so the judging logic is unit-tested in Node and the browser tests stay thin.
 */
import { readFileSync } from 'node:fs';

/** The hand-labelled expectations beside a fixture page (`*.expected.json`). */
export interface PageExpectations {
  page: string;
  is_article: boolean;
  title: string;
  entities_in_body: {
    person: string[];
    place: string[];
    organization: string[];
    event_or_other: string[];
  };
  must_not_highlight: string[];
  check_worthy_claims: string[];
  not_claims?: string[];
}

/** Reads a fixture's expectations file. */
export function loadExpectations(file: string): PageExpectations {
  return JSON.parse(readFileSync(file, 'utf8')) as PageExpectations;
}

/** Collapses runs of white space to one space and trims: highlight ranges cross line breaks of the source. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A character that continues a word: a name found inside "Azerbaijani" is not the name "Azerbaijan". */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when `haystack` holds `needle` as whole words (white space normalised): "Ilham Aliyev's" holds
 * "Ilham Aliyev", "President Vladimir Putin" holds "Vladimir Putin", "Azerbaijani" does not hold "Azerbaijan".
 */
export function containsWords(haystack: string, needle: string): boolean {
  const h = normaliseSpace(haystack);
  const n = normaliseSpace(needle);
  if (!n) return false;
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    const before = h[at - 1];
    const after = h[at + n.length];
    if (
      (before === undefined || !WORD_CHAR.test(before)) &&
      (after === undefined || !WORD_CHAR.test(after))
    ) {
      return true;
    }
  }
  return false;
}

/** Names of the highlights that paint entities (one per name type of analysis/types.ts). */
export const ENTITY_HIGHLIGHTS = [
  'gloss-person',
  'gloss-organization',
  'gloss-place',
  'gloss-event',
  'gloss-work',
  'gloss-product',
  'gloss-law',
  'gloss-group',
  'gloss-other',
] as const;

/** Texts of the live highlights, by highlight name (`gloss-person` → ["Vladimir Putin", ...]). */
export type HighlightTexts = Record<string, string[]>;

/** Every text painted by an entity highlight, whatever its type. */
export function entityTexts(highlights: HighlightTexts): string[] {
  return ENTITY_HIGHLIGHTS.flatMap((name) => highlights[name] ?? []);
}

/** The names of `expected` that no text of `texts` holds. */
export function missingNames(expected: readonly string[], texts: readonly string[]): string[] {
  return expected.filter((name) => !texts.some((t) => containsWords(t, name)));
}

/** Forbidden names that some painted text (entity or claim) holds, with the text that holds it. */
export function forbiddenHits(
  forbidden: readonly string[],
  texts: readonly string[],
): Array<{ name: string; text: string }> {
  const hits: Array<{ name: string; text: string }> = [];
  for (const name of forbidden) {
    const text = texts.find((t) => containsWords(t, name));
    if (text !== undefined) hits.push({ name, text });
  }
  return hits;
}

/**
 * True when one claim highlight covers the expected claim sentence: its text equals the sentence or
 * contains it (a highlight may run over a following clause), white space normalised.
 */
export function claimFlagged(sentence: string, claimTexts: readonly string[]): boolean {
  const s = normaliseSpace(sentence);
  return claimTexts.some((t) => normaliseSpace(t).includes(s));
}

/** The verdict on the canonical article's highlights, with everything a failure message needs. */
export interface HighlightVerdict {
  missingPeople: string[];
  missingPlaces: string[];
  /** Organisations and events (or other names) found, out of how many expected. */
  orgsAndEventsFound: number;
  orgsAndEventsTotal: number;
  missingOrgsAndEvents: string[];
  forbidden: Array<{ name: string; text: string }>;
  claimsFlagged: number;
  claimsTotal: number;
  missingClaims: string[];
}

/** Judges the live highlights of a page against its expectations. */
export function judgeHighlights(
  expected: PageExpectations,
  highlights: HighlightTexts,
): HighlightVerdict {
  const names = entityTexts(highlights);
  const claims = highlights['gloss-claim'] ?? [];
  const orgsAndEvents = [
    ...expected.entities_in_body.organization,
    ...expected.entities_in_body.event_or_other,
  ];
  const missingOrgsAndEvents = missingNames(orgsAndEvents, names);
  const missingClaims = expected.check_worthy_claims.filter((c) => !claimFlagged(c, claims));
  return {
    missingPeople: missingNames(expected.entities_in_body.person, names),
    missingPlaces: missingNames(expected.entities_in_body.place, names),
    orgsAndEventsFound: orgsAndEvents.length - missingOrgsAndEvents.length,
    orgsAndEventsTotal: orgsAndEvents.length,
    missingOrgsAndEvents,
    forbidden: forbiddenHits(expected.must_not_highlight, [...names, ...claims]),
    claimsFlagged: expected.check_worthy_claims.length - missingClaims.length,
    claimsTotal: expected.check_worthy_claims.length,
    missingClaims,
  };
}
