/**
 * Company cues: a one-word name that the article gives shareholders, a chief executive, revenue or a
 * subsidiary ("Yahoo's shareholders", "shares of Yahoo"), or that follows a business noun
 * ("developer Zentrix"), is an organisation, wherever else the
 * tagger read it as a person. The training text of 1996 knows few of today's companies, and an
 * unknown capitalised word before "'s" looks like a surname to it.
 */
import type { TokenSpan } from './tags';

/**
 * Words that, right after a name (or its "'s"), say the name is a company. Words a person also has
 * ("Musk's shares", "Trump's employees", "his acquisition of") are left out.
 */
const AFTER = new Set(
  'shareholders stockholders subsidiary subsidiaries revenue revenues ceo inc inc. corp corp. ltd ltd. plc'.split(
    ' ',
  ),
);
/** Words that, right before a name (after "of"), say the name is a company: "shares of Yahoo". */
const BEFORE_OF = new Set(['shares', 'stock', 'stake', 'shareholders', 'subsidiary']);
/**
 * Lower-case nouns for a business or a service that news writes right before its name, as it writes
 * a job before a person's: "game developer Zentrix", "chip maker Intel", "retailer Target", "social
 * network Facebook". A one-word name after one is the company. A person's job is written the same
 * way ("developer Anna Keller"), but then with the full name, which is two words and left alone.
 */
const COMPANY_NOUNS = new Set(
  'developer developers publisher maker makers retailer startup start-up firm company network site app carrier operator insurer lender automaker carmaker broadcaster distributor manufacturer'.split(
    ' ',
  ),
);
/** Possessive clitics as the tokeniser writes them. */
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** What {@link applyOrgCues} reads. */
export interface OrgCueInput {
  words: readonly string[];
  /** The spans so far, sorted by `from`, not overlapping. */
  spans: readonly TokenSpan[];
  /** Lower-cased words known as first names (a first name is not retyped). */
  isFirstName: (lower: string) => boolean;
}

/**
 * Retypes as organisations the one-word person spans whose word the article uses as a company's
 * (see the module comment), every mention alike.
 */
export function applyOrgCues({ words, spans, isFirstName }: OrgCueInput): TokenSpan[] {
  const companies = new Set<string>();
  for (const s of spans) {
    if (s.to - s.from !== 1) continue;
    const word = words[s.from]!;
    let next = s.to;
    if (POSSESSIVE.has(words[next] ?? '')) next++;
    const after = (words[next] ?? '').toLowerCase();
    const chiefExecutive =
      after === 'chief' && (words[next + 1] ?? '').toLowerCase() === 'executive';
    const before = (words[s.from - 2] ?? '').toLowerCase();
    if (
      COMPANY_NOUNS.has(words[s.from - 1] ?? '') ||
      AFTER.has(after) ||
      chiefExecutive ||
      (words[s.from - 1] === 'of' && BEFORE_OF.has(before))
    ) {
      if (!isFirstName(word.toLowerCase())) companies.add(word);
    }
  }
  if (companies.size === 0) return [...spans];
  return spans.map((s) =>
    s.type === 'PER' && s.to - s.from === 1 && companies.has(words[s.from]!)
      ? { ...s, type: 'ORG' }
      : s,
  );
}
