/**
 * Company cues: a one-word name that the article gives shareholders, a chief executive, revenue or a
 * subsidiary ("Yahoo's shareholders", "shares of Yahoo"), or that follows a business noun
 * ("developer Zentrix"), is an organisation, wherever else the
 * tagger read it as a person. The training text of 1996 knows few of today's companies, and an
 * unknown capitalised word before "'s" looks like a surname to it.
 */
import { nameTypeOf } from './name-types';
import type { TokenSpan } from './tags';

/** A set of the space-separated words of `list`. */
function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/**
 * Words that, right after a name (or its "'s"), say the name is a company and that no place has
 * either: "Amazon founder Jeff Bezos", "Amazon's shareholders". A name the tagger read as a place
 * ("Amazon" is a river in its lists) is the company when the article writes one of these after it.
 */
const AFTER_NOT_PLACE = wordSet(
  'shareholders stockholders subsidiary subsidiaries inc inc. corp corp. ltd ltd. plc founder founders co-founder cofounder',
);

/**
 * Words that, right after a name (or its "'s"), say the name is a company: those of
 * {@link AFTER_NOT_PLACE}, and "revenue" and "CEO", which a place may have too ("Texas revenue", "a
 * Seattle CEO"; "headquarters" is left out for the same reason: "its Dallas headquarters"). Words a
 * person also has ("Musk's shares", "Trump's employees", "his acquisition of") are left out.
 */
const AFTER = new Set([...AFTER_NOT_PLACE, 'revenue', 'revenues', 'ceo']);
/** Words that, right before a name (after "of"), say the name is a company: "shares of Yahoo". */
const BEFORE_OF = new Set(['shares', 'stock', 'stake', 'shareholders', 'subsidiary']);
/**
 * Lower-case nouns for a business or a service that news writes right before its name, as it writes
 * a job before a person's: "game developer Zentrix", "chip maker Intel", "retailer Target", "social
 * network Facebook". A one-word name after one is the company. A person's job is written the same
 * way ("developer Anna Keller"), but then with the full name, which is two words and left alone.
 */
const COMPANY_NOUNS = wordSet(
  'developer developers publisher maker makers retailer startup start-up firm company network site app carrier operator insurer lender automaker carmaker broadcaster distributor manufacturer',
);
/**
 * Nouns that, right after a one-word name and with no "'s" between, say the name is an online service:
 * "an Instagram post", "her TikTok account", "the Telegram channel". With a possessive it would be the
 * owner's ("Smith's account"), so that form is not read. "Followers" and "video" are left out: "Trump
 * followers" and "a Biden video" are people's.
 */
const PLATFORM_NOUNS = wordSet(
  'account accounts post posts page feed channel profile handle livestream reel reels timeline',
);

/**
 * Verbs that, before "on" and a one-word name (with no "'s" after it), say the name is an online
 * service: "posted on Instagram", "wrote on X", "said on Telegram". A place takes "in" ("wrote in
 * Paris"); the islands written with "on" ("on Crete") are not where anyone is said to have posted.
 */
const PLATFORM_VERBS = wordSet(
  'posted posts post posting wrote writes write writing said says shared shares sharing announced tweeted streamed livestreamed published uploaded commented replied viral',
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
  /** Token indices that start a sentence (or a line). */
  sentenceStarts?: ReadonlySet<number>;
  /**
   * Whether a lower-cased word is a company of the external name lists and no person's or place's
   * name there ("google", "nintendo"; not "ford" or "jordan").
   */
  isListedCompany?: (lower: string) => boolean;
}

/**
 * The person spans that open a sentence and go on ", which …" ("Con Edison, which maintains 4,300
 * miles of gas mains"): English refers to a person with "who", so such a name is a company or an
 * institution. Only at a sentence's start, where nothing comes before the name that "which" could
 * refer to instead ("a report by Jo Roe, which …"). A name the article also follows with ", who" is
 * left a person. Returns the names as joined words.
 */
function namesFollowedByWhich(
  words: readonly string[],
  spans: readonly TokenSpan[],
  sentenceStarts: ReadonlySet<number>,
): Set<string> {
  const which = new Set<string>();
  const who = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || words[s.to] !== ',') continue;
    const next = (words[s.to + 1] ?? '').toLowerCase();
    const name = words.slice(s.from, s.to).join(' ');
    if (next === 'who' || next === 'whose') who.add(name);
    else if (next === 'which' && sentenceStarts.has(s.from)) which.add(name);
  }
  for (const name of who) which.delete(name);
  return which;
}

/**
 * Whether the one-word span at `from` is written as an online service's name: before one of
 * {@link PLATFORM_NOUNS}, or after one of {@link PLATFORM_VERBS} and "on".
 */
function readsAsPlatform(words: readonly string[], from: number): boolean {
  if (PLATFORM_NOUNS.has((words[from + 1] ?? '').toLowerCase())) return true;
  // "wrote on Smith's page" is on a person's page.
  if (POSSESSIVE.has(words[from + 1] ?? '')) return false;
  return (
    (words[from - 1] ?? '').toLowerCase() === 'on' &&
    PLATFORM_VERBS.has((words[from - 2] ?? '').toLowerCase())
  );
}

/**
 * Retypes as organisations, every mention alike:
 * - the one-word person spans whose word the article uses as a company's (see the module comment),
 *   and the one-word place spans it gives a cue no place has (`AFTER_NOT_PLACE`);
 * - the one-word person or place names of the external lists' companies;
 * - the person names that open a sentence followed by ", which";
 * - the one-word names of any type that it writes as an online service's ("posted on Instagram",
 *   where the tagger may read a place). A word that ends a longer person's name in the article ("Jo
 *   Post") is not one.
 */
export function applyOrgCues({
  words,
  spans,
  isFirstName,
  sentenceStarts = new Set<number>(),
  isListedCompany = () => false,
}: OrgCueInput): TokenSpan[] {
  const things = namesFollowedByWhich(words, spans, sentenceStarts);
  // The last word of such a name, used alone later ("Edison"), is the same company.
  const thingTails = new Set([...things].map((n) => n.slice(n.lastIndexOf(' ') + 1)));
  const companies = new Set<string>();
  // Names a place could not have the cue of (see AFTER_NOT_PLACE): companies even where the tagger
  // read a place.
  const notPlaces = new Set<string>();
  const platforms = new Set<string>();
  const surnames = new Set<string>();
  for (const s of spans) {
    if (s.type === 'PER' && s.to - s.from > 1) surnames.add(words[s.to - 1]!);
  }
  for (const s of spans) {
    if (s.to - s.from !== 1) continue;
    const word = words[s.from]!;
    if (
      s.type !== 'ORG' &&
      readsAsPlatform(words, s.from) &&
      !isFirstName(word.toLowerCase()) &&
      !surnames.has(word) &&
      // A nationality before "post" or "feed" is the job or the fodder's ("a Dutch post").
      nameTypeOf(s.type, [word]) !== 'group'
    ) {
      platforms.add(word);
    }
    let next = s.to;
    const possessive = POSSESSIVE.has(words[next] ?? '');
    if (possessive) next++;
    const after = (words[next] ?? '').toLowerCase();
    const chiefExecutive =
      after === 'chief' && (words[next + 1] ?? '').toLowerCase() === 'executive';
    const before = (words[s.from - 2] ?? '').toLowerCase();
    const sharesOf = words[s.from - 1] === 'of' && BEFORE_OF.has(before);
    if (isFirstName(word.toLowerCase())) continue;
    if (
      COMPANY_NOUNS.has(words[s.from - 1] ?? '') ||
      AFTER.has(after) ||
      chiefExecutive ||
      sharesOf
    ) {
      companies.add(word);
    }
    if (
      AFTER_NOT_PLACE.has(after) ||
      (possessive && (after === 'ceo' || chiefExecutive)) ||
      sharesOf
    ) {
      notPlaces.add(word);
    }
  }
  return spans.map((s) => {
    if (s.type === 'ORG') return s;
    if (s.type === 'PER' && things.has(words.slice(s.from, s.to).join(' '))) {
      return { ...s, type: 'ORG' };
    }
    if (s.to - s.from !== 1) return s;
    const word = words[s.from]!;
    if (
      platforms.has(word) ||
      (s.type === 'PER' && (companies.has(word) || thingTails.has(word))) ||
      (s.type === 'LOC' && notPlaces.has(word)) ||
      // A listed company the tagger read as a person or a place ("Google" after "said"). Not one it
      // read as MISC: "Nasdaq", "Medicare" and "Medicaid" are MISC in the training text. Three
      // letters at least: "Co" is an abbreviation.
      ((s.type === 'PER' || s.type === 'LOC') &&
        word.length >= 3 &&
        isListedCompany(word.toLowerCase()))
    ) {
      return { ...s, type: 'ORG' };
    }
    return s;
  });
}
