/**
 * Cleans an article title of what sites put around it: "Story | Site", "Story - Author - Site",
 * "Site — Story", "Story · Section". A segment at either end, after a separator, is cut when it is the
 * site's name or one of the authors; the last one also (once) when it is a short Title-Case label
 * beside a long story; never when fewer than {@link MIN_TITLE_WORDS} words would be left. Pure string
 * work, no DOM.
 */

/** What the page says about itself, used to recognise a site or an author segment. */
export interface TitleHints {
  /** Names the site declares: og:site_name, application-name, the JSON-LD publisher. */
  siteNames?: readonly string[];
  /** The byline's names (a byline with several names may be given whole; it is split here). */
  authors?: readonly string[];
  /** The page's host ("www.harbourtimes.com"); its main label names the site too. */
  host?: string;
}

/**
 * Separators between a title and a site, author or section name: " - ", " | ", " — ", " :: ", " · ",
 * with a space on each side so that hyphenated words ("Fact-Checker") and times ("8-2") are never
 * split. The colon is left out: it belongs to the story far more often than it separates a site
 * ("Brexit: what happens next"). So is the spaced en dash: in British and European typography it is
 * the ordinary dash inside a sentence ("Floods – the towns still waiting"), so what follows it is as
 * often the headline's own clause as a site name.
 */
const SEPARATOR = /\s(?:\||-|—|::|·)\s/g;

/**
 * A title is never cut to fewer words than this: a two-word remainder ("Tram Strike" from
 * "Tram Strike - The Long Night") is more often a fragment than the story's title; Readability
 * uses the same floor when it drops a part of `<title>`.
 */
export const MIN_TITLE_WORDS = 3;

/**
 * The longest segment, in words, cut as a Title-Case label without a name to back it: site and
 * section names run to four words ("The Sydney Morning Herald"); longer is a subtitle.
 */
const MAX_LABEL_WORDS = 4;

/**
 * The story beside an unnamed label has at least this many words, and at least
 * {@link LABEL_TO_STORY_RATIO} times the label's: "a short label beside a long story" is what a site
 * suffix looks like, two phrases of similar length are one title ("Rock Paper - Scissors Lizard").
 */
const MIN_STORY_WORDS = 5;

/** See {@link MIN_STORY_WORDS}. */
const LABEL_TO_STORY_RATIO = 2;

/**
 * Small words that stay lower case inside a Title-Case name ("Museum of the Moving Image", "Le Monde
 * de la Musique"): English, French, Spanish, German and Italian articles and prepositions.
 */
const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(
  'a an and as at by de del der des di du for in la le les of on or the to und van von y e et el da do dos'.split(
    ' ',
  ),
);

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * The number of words in `s`, by Unicode word segmentation: a Japanese or Chinese title, which has no
 * spaces, still counts its words.
 */
export function countWords(s: string): number {
  let n = 0;
  for (const seg of wordSegmenter.segment(s)) if (seg.isWordLike) n++;
  return n;
}

/**
 * A name reduced for comparing: lower case, parenthesised asides dropped ("Jane Roe (jroe)"),
 * a leading "by" dropped, letters and digits only, no spaces ("Harbour Times" = "HarbourTimes").
 */
export function compactName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*by\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The keys under which a site name is recognised: the name itself, without a leading "The", and for a
 * name written as a domain ("HarbourTimes.com", "Le Courrier.fr") the part before its last dot.
 */
export function siteNameKeys(name: string): string[] {
  const keys = [compactName(name), compactName(name.replace(/^\s*the\s+/i, ''))];
  const domain = /^(.+)\.[a-z]{2,}$/i.exec(name.trim());
  if (domain?.[1]) keys.push(compactName(domain[1]));
  return keys.filter(Boolean);
}

/**
 * Second-level labels that countries use under their code as generic suffixes ("co.uk", "com.au",
 * "org.nz", "ne.jp"): the site's own label is the one before them.
 */
const GENERIC_SECOND_LEVEL: ReadonlySet<string> = new Set([
  'co',
  'com',
  'org',
  'net',
  'gov',
  'edu',
  'ac',
  'ne',
  'or',
]);

/**
 * The host's main label: "www.harbourtimes.com" → "harbourtimes", "news.paper.co.uk" → "paper": the
 * label before the public suffix, a generic second level under a country code ("co.uk") counted in
 * the suffix. Undefined for an IP address or a single-label host.
 */
export function hostMainLabel(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return undefined;
  const labels = h.split('.');
  if (labels.length < 2) return undefined;
  const last = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const suffixLength =
    last.length === 2 && GENERIC_SECOND_LEVEL.has(second) && labels.length > 2 ? 2 : 1;
  return labels[labels.length - 1 - suffixLength] || undefined;
}

/** The individual names of a byline: "A. Writer, B. Writer and C. Writer" → three names. */
export function splitAuthors(bylines: readonly string[]): string[] {
  return bylines
    .flatMap((b) => b.split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*/i))
    .map(compactName)
    .filter((n) => n.length >= 3);
}

/**
 * Whether `segment` is written as a name or label: every word that starts with a letter starts with
 * an upper-case one (small words such as "of" and "the" aside, but never first), and at least one word
 * has a cased letter. Scripts without case ("ニュース") never pass on their own.
 */
export function isTitleCaseLabel(segment: string): boolean {
  const wordsIn = segment.split(/\s+/).filter(Boolean);
  let cased = 0;
  for (const [i, word] of wordsIn.entries()) {
    const first = /\p{L}/u.exec(word)?.[0];
    if (!first) continue;
    const hasCase = first.toLowerCase() !== first.toUpperCase();
    if (!hasCase) continue;
    cased++;
    if (first === first.toUpperCase()) continue;
    if (i > 0 && TITLE_CASE_SMALL_WORDS.has(word.toLowerCase())) continue;
    return false;
  }
  return cased > 0;
}

/** A title split at its separators: `segments[i]` and `segments[i + 1]` are joined by `separators[i]`. */
interface SplitTitle {
  segments: string[];
  separators: string[];
}

function splitTitle(title: string): SplitTitle {
  const segments: string[] = [];
  const separators: string[] = [];
  let from = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    segments.push(title.slice(from, m.index));
    separators.push(m[0]);
    from = m.index + m[0].length;
  }
  segments.push(title.slice(from));
  return { segments, separators };
}

function joinTitle(t: SplitTitle, from: number, to: number): string {
  let out = t.segments[from] ?? '';
  for (let i = from + 1; i < to; i++) out += (t.separators[i - 1] ?? ' ') + (t.segments[i] ?? '');
  return out.trim();
}

/** Whether `segment` names the site or one of the authors. */
function namesSiteOrAuthor(
  segment: string,
  siteKeys: ReadonlySet<string>,
  authors: readonly string[],
): boolean {
  const key = compactName(segment);
  if (!key) return false;
  if (siteKeys.has(key)) return true;
  return authors.includes(key);
}

/**
 * `title` without the site, author and label segments at its ends (see the module comment). Named
 * segments (site, author) are cut as long as they are found at either end; an unnamed short
 * Title-Case label is cut once, from the end only (where sites put their name), beside a long story.
 * A title without separators is returned as given (whitespace collapsed).
 */
export function stripTitleAffixes(title: string, hints: TitleHints = {}): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const split = splitTitle(clean);
  if (split.segments.length < 2) return clean;
  const siteKeys = new Set((hints.siteNames ?? []).flatMap(siteNameKeys));
  const label = hostMainLabel(hints.host);
  if (label) siteKeys.add(compactName(label));
  if (label && hints.host) siteKeys.add(compactName(hints.host.replace(/^www\d*\./i, '')));
  const authors = splitAuthors(hints.authors ?? []);
  let from = 0;
  let to = split.segments.length;
  const wordsIf = (f: number, t: number): number => countWords(joinTitle(split, f, t));
  const named = (i: number): boolean =>
    namesSiteOrAuthor(split.segments[i] ?? '', siteKeys, authors);
  for (let changed = true; changed && to - from > 1; ) {
    changed = false;
    if (named(to - 1) && wordsIf(from, to - 1) >= MIN_TITLE_WORDS) {
      to--;
      changed = true;
    } else if (named(from) && wordsIf(from + 1, to) >= MIN_TITLE_WORDS) {
      from++;
      changed = true;
    }
  }
  // An unnamed label is cut at the end only: a leading Title-Case segment is as often the story's
  // subject ("Raspberry Pi 3 - The credit card sized PC…") as the site's name.
  if (to - from > 1) {
    const isLabelBeside = (labelAt: number, restFrom: number, restTo: number): boolean => {
      const seg = split.segments[labelAt] ?? '';
      const segWords = countWords(seg);
      const restWords = wordsIf(restFrom, restTo);
      return (
        segWords > 0 &&
        segWords <= MAX_LABEL_WORDS &&
        isTitleCaseLabel(seg) &&
        restWords >= Math.max(MIN_STORY_WORDS, MIN_TITLE_WORDS, LABEL_TO_STORY_RATIO * segWords)
      );
    };
    if (isLabelBeside(to - 1, from, to - 1)) to--;
  }
  return joinTitle(split, from, to);
}
