/**
 * News page furniture: the lines of a page that belong to its layout rather than its story (bylines,
 * datelines, photo credits, "Read more" and "Related:" links, follow and share prompts, copyright
 * lines, newsletter prompts, reprint and contributor notes, media-player labels). They state nothing a
 * reader would check, yet their dates, names and numbers look like claims to the classifier.
 *
 * `readFurniture` says whether a whole sentence is furniture, and otherwise which part of it is left
 * once a dateline or byline prefix ("WASHINGTON, Nov 3 (Reuters) —") and a trailing photo credit
 * ("(AP Photo/Jane Doe)") are cut off, so the claim engine scores the statement alone.
 */
import {
  AGENCY,
  AUTHOR_ROLES,
  BYLINE_FILLER,
  CAPS_CITY,
  CREDIT_LEAD,
  DATE,
  DATELINE_DASH,
  META_LABEL,
  META_LABEL_WORDS,
  NAV_LABEL,
  NOT_NAME,
  REGION,
  SOCIAL_NETWORK,
  SOURCE_TAG,
  TIME,
  TITLE_CITY,
} from './furniture-patterns';
import { lazyRegex, matchesAt } from './lazy-regex';

/** What a furniture line is, for tests and diagnostics. */
export type FurnitureKind =
  | 'dateline'
  | 'byline'
  | 'credit'
  | 'related'
  | 'navigation'
  | 'social'
  | 'copyright'
  | 'newsletter'
  | 'note'
  | 'player'
  | 'citation';

/** The furniture reading of one sentence. */
export interface FurnitureReading {
  /** Set when the whole sentence is furniture: it is then not a claim at all. */
  kind?: FurnitureKind;
  /**
   * Offsets into the sentence of the part to score: after any dateline or byline prefix and before
   * any trailing photo credit, trimmed. The whole sentence when it has neither.
   */
  start: number;
  end: number;
}

/**
 * Furniture lines are short: a byline, a credit or a prompt runs to a dozen words, a reprint note or
 * an author's biography to about 25. Longer sentences are prose, and skipping them keeps the check off
 * the cost of ordinary sentences.
 */
const MAX_FURNITURE_WORDS = 30;

/**
 * A byline or dateline line holds at most a few names beside its dates: "By Jane Doe and John Roe,
 * Staff Writers | Updated 3 hours ago" is 11 words. Past 16 words a line with a date is a sentence.
 */
const MAX_META_WORDS = 16;

/** At most eight capitalised words (two or three authors with a source) may sit on a byline. */
const MAX_META_NAMES = 8;

/**
 * Without a label ("By", "Published", "Read more"), a dated line may only add a source's name
 * ("Associated Press, Dec. 2, 2016"): three words. More capitalised words beside a date are a title-case
 * headline, which may state a claim.
 */
const MAX_SOURCE_NAMES = 3;

/** A credit or a link title after its label runs to about ten words; more is a caption sentence. */
const MAX_CREDIT_WORDS = 10;

/** A menu item between pipes is one to four words ("Today's Paper", "Subscribe"). */
const MAX_MENU_ITEM_WORDS = 4;

/** Prefix elements are consumed in a loop; real datelines have at most five (label, date, time, city, tag). */
const MAX_PREFIX_STEPS = 8;

const NAME_WORD = "[\\p{Lu}][\\p{L}'’.-]*";
/** A name word in a credit: a full stop only after an initial, so "Monday. Jane" is not one name. */
const CREDIT_NAME = "(?:[\\p{Lu}]\\.|[\\p{Lu}][\\p{L}'’-]*)";
const CAPITALISED = /^[\p{Lu}]/u;
const NAMES = `(?:${NAME_WORD}\\s+){1,3}${NAME_WORD}`;

/*
 * The label patterns below (player, copyright, social, newsletter, notes, related links) are written
 * in lower case and run on the lower-cased line: about twice as fast as case-blind `/i` matching,
 * which matters as every short sentence of every page is tried.
 */
const PLAYER =
  /^(?:(?:current time|duration(?: time)?|remaining time|time remaining|elapsed(?: time)?|loaded|progress|stream type|playback rate)\s*:?\s*(?:-?\d{1,2}:\d{2}(?::\d{2})?|\d+(?:\.\d+)?\s*%|\d(?:\.\d+)?x|live)|-?\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)$/;

const COPYRIGHT_LEAD = /^(?:©|\(c\)\s|copyright\b)/;

/*
 * Each anchored label pattern runs only on a line that opens with one of its openers (tested with
 * `startsWith`, which compiles nothing), so an ordinary sentence compiles none of them.
 */
const DIGITS = '0123456789'.split('');
const PLAYER_OPENERS = [
  'current time',
  'duration',
  'remaining time',
  'time remaining',
  'elapsed',
  'loaded',
  'progress',
  'stream type',
  'playback rate',
  '-',
  ...DIGITS,
];
const COPYRIGHT_OPENERS = ['©', '(c)', 'copyright'];
const FOLLOW_OPENERS = [
  'follow ',
  'like ',
  'join ',
  'find ',
  'connect with ',
  'subscribe to ',
  'add ',
];
const NEWSLETTER_OPENERS = [
  'sign',
  'subscribe',
  'register',
  'join',
  'get',
  'receive',
  'enter your e',
  'never miss',
  'stay ',
  'want',
  'log',
  'already a subscriber',
  'support ',
  'become a ',
];
const NOTE_OPENERS = [
  'this ',
  'a version of this',
  'additional ',
  'further ',
  'reporting',
  'writing',
  'editing',
  'research',
  'fact-checking',
];

/** Whether `text` opens with one of `openers`. */
function opensWith(text: string, openers: readonly string[]): boolean {
  for (const o of openers) if (text.startsWith(o)) return true;
  return false;
}

/** Whether `text` holds one of `words`. */
function holdsAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}
/** A reuse notice: tried only on lines that say "reserved" or "may not be". */
const REUSE_NOTICE =
  /\ball rights reserved\b|\bmay not be (?:re)?(?:published|produced|broadcast|rewritten|redistributed|copied)\b/;

const FOLLOW_PROMPT = lazyRegex(
  `^(?:follow|like|join|find|connect with|subscribe to|add) (?:us|me|him|her|them|[\\p{L}'’.-]+(?: [\\p{L}'’.-]+){0,3}) (?:on|at|via) ${SOCIAL_NETWORK}\\b`,
  'u',
);

/** "Share on Facebook": tried only on lines that open with "share". */
const SHARE_PROMPT = lazyRegex(
  `^share(?: this(?: article| story| page)?)?(?: on| via| to| with)? (?:${SOCIAL_NETWORK}|email)\\b`,
  '',
);
/** A row of share buttons ("Facebook | Twitter | Email"): tried only on lines of their characters. */
const SHARE_BUTTONS = lazyRegex(
  `^(?:(?:${SOCIAL_NETWORK}|e-?mail|print|copy link|share|messenger|sms|comments?)(?:\\s*[|·•,/]\\s*|\\s+|$)){2,}$`,
  '',
);
/** The only characters of a share-button row: the networks' and buttons' names and separators. */
const SHARE_BUTTON_CHARS = /^[a-z\s|·•,/-]*$/;

/** "Email him at jdoe@example.com": tried only on lines with an at sign. */
const EMAIL_PROMPT =
  /\b(?:e-?mail|contact|reach) (?:him|her|them|me|us|the (?:author|writer|reporter))(?: at)? \S+@\S+/;

/** "Jane Doe is on Twitter at …": the name is checked apart, as the pattern is case-blind. */
const ON_SOCIAL = lazyRegex(`^(${NAMES}) (?:is|are) on ${SOCIAL_NETWORK}\\b`, 'iu');
/** The words every `ON_SOCIAL` line holds, with its flags so that case folding is the same. */
const ON_SOCIAL_GATE = / (?:is|are) on /iu;

const NEWSLETTER = [
  /^(?:sign up|signup|subscribe|register|join|get|receive|enter your e-?mail|never miss|stay (?:informed|up to date|in the know)|want)\b.{0,100}\b(?:newsletters?|inbox|(?:e-?mail|news|breaking news) alerts?|briefing|digest)\b/,
  /^(?:subscribe|sign up|sign in|log ?in|register)(?: now| today| here| for free| for our newsletters?)?[.!]?$/,
  /^(?:already a subscriber|support (?:our|independent|quality) journalism|become a (?:member|subscriber|supporter)|subscribe to (?:continue|read|unlock))\b/,
];

const NOTES = [
  /^this (?:article|story|piece|post|report|interview|essay|column|content) (?:was |is |has been |had been |originally |first |also |previously )*(?:appeared|appears|published|reprinted|republished|adapted|excerpted|updated|produced|corrected|amended|syndicated|translated)\b/,
  /^a version of this (?:article|story|piece)\b/,
  /^(?:(?:additional|further) )?(?:reporting|writing|editing|research|fact-checking)(?: and (?:reporting|writing|editing|research))?(?: by|:)\s/,
];

/** "Jane Doe and John Roe contributed (reporting)." */
const CONTRIBUTED = lazyRegex(
  `^((?:${NAME_WORD}(?:\\s+and\\s+|,\\s*|\\s+))+)contributed(?: (?:reporting|research|additional reporting|to this (?:report|article|story)))?(?: from [\\p{Lu}][\\p{L} ,]*)?\\.?$`,
  'u',
);

/** The verbs of an author's beat ("covers", "writes about"). */
const AUTHOR_BEATS = [
  'covers',
  'has covered',
  'writes about',
  'writes for',
  'reports on',
  'has reported on',
  'reports for',
];
/** "Jane Doe is a correspondent for …", "Jane Doe covers the White House." */
const AUTHOR_BIO = [
  lazyRegex(
    `^(${NAMES})\\s+(?:is|was|has been)\\s+(?:a|an|the)\\s+[^.!?]{0,100}?\\b(?:${AUTHOR_ROLES.join('|')})\\b[^!?]{0,120}$`,
    'u',
  ),
  lazyRegex(`^(${NAMES})\\s+(?:${AUTHOR_BEATS.join('|')})\\s[^!?]{0,100}$`, 'u'),
];

/**
 * Notes that open with an author's name, checked apart to be a name, each behind the words it
 * cannot match without (as written, case and all).
 */
const NAMED_NOTES: Array<{ words: readonly string[]; re: () => RegExp }> = [
  { words: ['contributed'], re: CONTRIBUTED },
  { words: AUTHOR_ROLES, re: AUTHOR_BIO[0]! },
  { words: AUTHOR_BEATS, re: AUTHOR_BIO[1]! },
];

/** "Photo: AFP", "(All photos: Jane Doe)", "Top photo by Jane Doe", "Image courtesy of NASA". */
const CREDIT_LINE = new RegExp(
  `^[(\\[]?\\s*${CREDIT_LEAD}(?:\\s*(?::|\\||/)\\s*|\\s+(?:by|credit|courtesy(?:\\s+of)?|via|from)\\s*:?\\s*)(.+?)\\s*[)\\]]?$`,
  'iu',
);

/** A widget's credit: "Powered by ExampleMaps". */
const POWERED_BY = /^powered by\s+\S+(?:\s+\S+)?\.?$/i;

/** "Getty Images", "AFP via Getty Images", "Reuters". */
const AGENCY_LINE = new RegExp(`^${AGENCY}(?:\\s*(?:via|/|,|and)\\s*${AGENCY})*\\.?$`, 'u');

/** Trailing credits cut from a caption: "(AP Photo/Jane Doe)", "Photograph: Jane Doe/AFP", "Jane Doe/Getty Images". */
const CREDIT_SUFFIXES = [
  /\s*[([][\p{L}]*\s*(?:photo|photograph|picture|image|illustration|video|graphic|credit)s?\s*(?:[/:]|by\b|credit\b|courtesy\b)[^()[\]]{0,80}[)\]]$/iu,
  new RegExp(
    `\\s+(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|[Ii]llustration|[Cc]redit)s?(?:\\s+(?:by|credit|courtesy(?:\\s+of)?))?\\s*:\\s*${CREDIT_NAME}[^.!?:]{0,80}$`,
    'u',
  ),
  new RegExp(
    `\\s*(?:[|—–]\\s*)?(?:${CREDIT_NAME}\\s*){0,4}(?:/\\s*${CREDIT_NAME}(?:\\s+${CREDIT_NAME}){0,3}\\s*)?/\\s*${AGENCY}(?:\\s*(?:via|/)\\s*${AGENCY})?\\s*$`,
    'u',
  ),
  new RegExp(
    `\\s*(?:[|—–]\\s*)?(?:REUTERS|AFP|AP|EPA|EPA-EFE|XINHUA|TASS)\\s*/\\s*(?:${CREDIT_NAME}\\s*){1,4}$`,
    'u',
  ),
];

/**
 * Only the last 120 characters are searched for a credit: the longest credit ("Photograph: Jane
 * Doe-Roe/AFP via Getty Images") is about 60, and a bound keeps the unanchored search linear.
 */
const CREDIT_TAIL_CHARS = 120;

const RELATED = new RegExp(
  `^(?:${NAV_LABEL})\\s*(?:[:»>|›→]\\s*.*|\\(\\d[^)]*\\)|\\d+)?[.!]?$`,
  'u',
);
/** "More on the election: …", "More business news" (no full stop: "More from the city." is prose). */
/** Tried only on lines that open with "more ". */
const MORE_LINK = lazyRegex(
  '^more (?:(?:on|from|about|in) [^:|.!?]{1,40}|[\\p{L} ]{1,25} (?:news|stories))(?:\\s*[:»›→].*)?$',
  'u',
);
const GALLERY_COUNT = /\|\s*\d+\s+(?:photos|images|pictures|slides|videos)\s*$/;

const META_LABEL_G = new RegExp(`(?<![\\p{L}])${META_LABEL}`, 'giu');
/** Every date and time holds a digit and every source tag a bracket: other lines skip (and never compile) these. */
const DATE_G = lazyRegex(DATE, 'gu');
const TIME_G = lazyRegex(`(?<![\\p{L}\\d])${TIME}`, 'giu');
const SOURCE_TAG_G = lazyRegex(SOURCE_TAG, 'gu');
const DIGIT = /\d/;
/** Labels that name an author ("By", "Written by"), as against "Read more" after a name. */
const AUTHOR_LABEL = /^(?:by|written|words|story|report)/i;
const READ_LABEL = /^(?:read|continue|show)/i;
/**
 * What may stand before "By" on a byline: nothing, date labels ("Posted … by"), or a separator left
 * where a date or time was cut.
 */
const BEFORE_BY =
  /^(?:[\s:]|published|updated|posted|modified|edited|reviewed|first|last|on|at)*$|[|•·—–]\s*$/i;
/** Every date and time has a digit; a byline without one has a label. Other lines skip the meta check. */
const META_HINT = /\d|\b(?:by|read more|continue reading|show more)\b/;
/** Lower-case words a byline or dateline may hold: name connectives, job titles, labels, time units. */
const META_WORDS = [
  ...BYLINE_FILLER,
  ...'by read more continue reading show published updated posted modified edited reviewed written words story reporting report first last date ago seconds? secs? minutes? mins? hours? hrs? days? weeks?'.split(
    ' ',
  ),
  'a\\.?m\\.?',
  'p\\.?m\\.?',
];
/**
 * A word in lower case that no byline holds ("the", "said", "percent"): one is enough to make a line
 * prose, and this single scan spares the four replacements of `metaLineKind` on most sentences.
 */
const PROSE_WORD = new RegExp(
  `(?:^|[\\s(|•·,;:—–-])(?!(?:${META_WORDS.join('|')})(?![\\p{L}]))\\p{Ll}`,
  'u',
);
const META_SPLIT = /[\s|•·,;:—–/()-]+/u;
const META_NAME = /^(?:[\p{Lu}][\p{L}'’.]*|@\w+)$/u;

/** What one element of a dateline or byline prefix is. */
export type PrefixPart = 'label' | 'when' | 'tag' | 'place' | 'byline' | 'dash';

/**
 * One element of a dateline or byline prefix, tried at the current position: `match` gives the
 * length it takes there, 0 when it does not match.
 */
interface PrefixStep {
  part: PrefixPart;
  match: (sentence: string, pos: number) => number;
}

/**
 * A bare capitals dateline ("LONDON — ") takes an em or en dash: transcripts use "--" for a pause and
 * posts use " - " after shouted words ("PLEASE SHARE - …"); with a date or tag any dash will do.
 */
const BARE_CITY_DASH = '\\s*[—–]';

/** Length of sticky `re`'s match at `pos`, 0 when none. */
function lengthAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0].length : 0;
}

/**
 * A step whose large pattern runs (and is compiled, see `lazy-regex.ts`) only where `gate`, a cheap
 * test that every text the pattern matches at a position also passes there, lets it.
 */
function gated(
  gate: (sentence: string, pos: number) => boolean,
  source: string,
  flags: string,
): PrefixStep['match'] {
  const re = lazyRegex(source, flags);
  return (sentence, pos) => (gate(sentence, pos) ? lengthAt(re(), sentence, pos) : 0);
}

/** How a `DATE` or a `TIME` can open, in `iu` folding: a digit, a weekday or a month. */
const WHEN_OPEN =
  '(?:\\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const DATE_GATE = new RegExp(`,?\\s*${WHEN_OPEN}`, 'iuy');
/** Every `TIME` opens with a digit. */
const TIME_GATE = /,?\s*\d/y;
const DATE_AT = lazyRegex(DATE, 'iuy');
/** The time after a date ("Aug. 19, 2024, 10:00 GMT", "… at 9 a.m."): compiled only when a digit follows. */
const TIME_TAIL_GATE = /,?\s*(?:at\s+)?\d/iuy;
const TIME_TAIL = lazyRegex(`,?\\s*(?:at\\s+)?${TIME}`, 'iuy');
const LEAD = /,?\s*/y;
const SPACES = /\s*/y;

/**
 * The date step, `,?\s*DATE(?:,?\s*(?:at\s+)?TIME)?\s*` (flags `iuy`), in parts so that TIME is
 * compiled only for a date with a time. Exact, as neither part backtracks into the one before it: a
 * date opens with neither a comma nor a space, so only the longest lead can be followed by one, and
 * the optional time and the closing spaces always let the first match of the date stand.
 */
function whenDateLength(sentence: string, pos: number): number {
  if (!matchesAt(DATE_GATE, sentence, pos)) return 0;
  const from = pos + lengthAt(LEAD, sentence, pos);
  const date = lengthAt(DATE_AT(), sentence, from);
  if (date === 0) return 0;
  let end = from + date;
  if (matchesAt(TIME_TAIL_GATE, sentence, end)) end += lengthAt(TIME_TAIL(), sentence, end);
  return end + lengthAt(SPACES, sentence, end) - pos;
}
const WHEN_TIME = gated((s, pos) => matchesAt(TIME_GATE, s, pos), `,?\\s*${TIME}\\s*`, 'iuy');

/**
 * The label step's words and spaces with only the opening of the date or time that must follow ("By
 * Jane Doe" fails it), without the whole-word test (a `\p{L}` class costs more to compile under `iu`
 * than the rest), with the step's own flags so that case folding is the same.
 */
const LABEL_GATE = new RegExp(`${META_LABEL_WORDS}\\s*:?\\s*(?=${WHEN_OPEN})`, 'iuy');
/** The label step without its look-ahead to a date or time. */
const LABEL_WORDS = lazyRegex(`${META_LABEL}\\s*`, 'iuy');
const COMMA_OR_SPACE = /[,\s]/y;

/**
 * The label step, `META_LABEL\s*(?=DATE|TIME)` (flags `iuy`), without compiling DATE and TIME a
 * second time: the date or time is tested with the "when" steps, which match at a position that
 * opens with neither a comma nor a space exactly where a date or a time does. Only the first way
 * the label matches needs the test: its other ways (" on" or " at" left out, fewer spaces) end
 * before "on", "at", a space or a colon, where no date or time opens.
 */
function labelLength(sentence: string, pos: number): number {
  if (!matchesAt(LABEL_GATE, sentence, pos)) return 0;
  const n = lengthAt(LABEL_WORDS(), sentence, pos);
  if (n === 0) return 0;
  const at = pos + n;
  if (matchesAt(COMMA_OR_SPACE, sentence, at)) return 0;
  const date = matchesAt(DATE_GATE, sentence, at) && lengthAt(DATE_AT(), sentence, at) > 0;
  return date || WHEN_TIME(sentence, at) > 0 ? n : 0;
}

/**
 * The tag step, `\s*SOURCE_TAG\s*` (flags `uy`), with the one compiled `SOURCE_TAG_G` (also used
 * by `metaLineKind`): a global search from the bracket is a match there only if it starts there.
 */
function tagLength(sentence: string, pos: number): number {
  const open = pos + lengthAt(SPACES, sentence, pos);
  if (sentence.charCodeAt(open) !== 0x28) return 0;
  const re = SOURCE_TAG_G();
  re.lastIndex = open;
  const m = re.exec(sentence);
  if (!m || m.index !== open) return 0;
  const close = open + m[0].length;
  return close + lengthAt(SPACES, sentence, close) - pos;
}

/**
 * A capitals place: one to four words of capitals (`CAPS_CITY`, with its hyphen rule left out), then
 * a comma (a region or a date), a bracket (a source tag) or an em or en dash.
 */
const CAPS_PLACE_GATE = /[\p{Lu}][\p{Lu}.'’-]+(?:\s+[\p{Lu}][\p{Lu}.'’-]+){0,3}\s*[,(—–]/uy;
/** A title-case place opens with a capital and a lower-case letter or a mark of `TITLE_CITY`. */
const TITLE_PLACE_GATE = /[\p{Lu}][\p{Ll}.'’-]/uy;
/**
 * Characters none of which can stand between a title-case place and its source tag: the place, a
 * region and a date hold only letters, digits, spaces and `.,'’/:+-`.
 */
const NOT_IN_TITLE_PLACE = /[!"#$%&()*;<=>?@[\\\]^_`{|}~“”–—]/;
/**
 * A lower-case word after a space, other than the particles of `TITLE_CITY` ("Rio de Janeiro"): a
 * region and a date put capitals or digits after their spaces, so the words before the bracket are prose.
 */
const PROSE_BEFORE_TAG = /\s(?!(?:de|da|del|of|on|upon)(?![a-z]))[a-z]/;
/** A source tag opens with a capital, and the title-case place's tag is closed by a dateline dash. */
const TAG_OPEN = /\(\s*\p{Lu}/uy;
const DASH_AFTER_TAG = /\s*(?:[—–]|--|-(?=\s))/y;
const BYLINE_GATE = /[Bb][Yy]\s/y;

/**
 * Whether a title-case place with a source tag may open at `pos`: a bracket follows, past place
 * characters only, opening with a capital and closed by a dash ("Rio de Janeiro (AP) —").
 */
function titlePlaceMayOpen(sentence: string, pos: number): boolean {
  if (!matchesAt(TITLE_PLACE_GATE, sentence, pos)) return false;
  const bracket = sentence.indexOf('(', pos);
  if (bracket <= pos) return false;
  const before = sentence.slice(pos, bracket);
  if (NOT_IN_TITLE_PLACE.test(before) || PROSE_BEFORE_TAG.test(before)) return false;
  // A source tag holds no closing bracket, so the first one after its opening closes it.
  const close = sentence.indexOf(')', bracket);
  return (
    close > bracket &&
    matchesAt(TAG_OPEN, sentence, bracket) &&
    matchesAt(DASH_AFTER_TAG, sentence, close + 1)
  );
}

const DASH_STEP = new RegExp(`${DATELINE_DASH}|\\s*[|•·]\\s*`, 'uy');

const PREFIX_STEPS: PrefixStep[] = [
  { part: 'label', match: labelLength },
  { part: 'when', match: whenDateLength },
  { part: 'when', match: WHEN_TIME },
  { part: 'tag', match: tagLength },
  {
    part: 'place',
    match: gated(
      (s, pos) => matchesAt(CAPS_PLACE_GATE, s, pos),
      `${CAPS_CITY}(?:${REGION}(?=\\s*(?:,\\s*${DATE}|${SOURCE_TAG}|${DATELINE_DASH}))|(?=\\s*(?:,\\s*${DATE}|${SOURCE_TAG}|${BARE_CITY_DASH})))`,
      'uy',
    ),
  },
  {
    part: 'place',
    match: gated(
      titlePlaceMayOpen,
      `${TITLE_CITY}${REGION}?(?=\\s*(?:,\\s*${DATE}\\s*)?${SOURCE_TAG}${DATELINE_DASH})`,
      'uy',
    ),
  },
  {
    part: 'byline',
    match: gated(
      (s, pos) => matchesAt(BYLINE_GATE, s, pos),
      `[Bb][Yy]\\s+${NAME_WORD}(?:(?:\\s+and\\s+|,\\s*|\\s+)${NAME_WORD}){0,5}(?=\\s*(?:[|•·—–(]|--|-\\s|\\d))`,
      'uy',
    ),
  },
  { part: 'dash', match: (s, pos) => lengthAt(DASH_STEP, s, pos) },
];

/** The next prefix element at `pos`, with its end. */
function prefixStep(sentence: string, pos: number): { part: PrefixPart; end: number } | undefined {
  for (const s of PREFIX_STEPS) {
    const n = s.match(sentence, pos);
    if (n > 0) return { part: s.part, end: pos + n };
  }
  return undefined;
}

/**
 * A prefix ends within the first 100 characters: the longest ("By Jane Doe and John Roe | Nov. 3, 2020
 * | WASHINGTON, D.C. (Reuters) — ") runs to about 75.
 */
const PREFIX_WINDOW = 100;
/** Every prefix closes with a dash, a separator or a source tag; sentences without one near the start skip the steps. */
const PREFIX_HINT = /[—–|•·(]|-(?:\s|-)/;

/** What may open the statement after a prefix: a capital, a digit, a quote or a bracket. */
const STATEMENT_START = /^[\p{Lu}\d"“‘'([]/u;

/** Words in `s` (runs of non-space), counted up to `limit`. */
function wordCount(s: string, limit = Number.POSITIVE_INFINITY): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < limit; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whether capitalised words read as a person's name: all capitalised, not opening with "The", "It"… */
function isName(names: string): boolean {
  const words = names.split(/[\s,]+/).filter((w) => w !== '' && w !== 'and');
  return !NOT_NAME.has(words[0] ?? '') && words.every((w) => CAPITALISED.test(w));
}

/**
 * A line made only of dates, times, byline labels, source tags and names ("Feb. 21, 2019",
 * "date 2024-08-19 (Agency) Jane Doe Read more", "2/26/2015 7:11 AM PST BY STAFF"): a byline when a
 * byline label is on it, else a dateline. Needs at least one date, time or label.
 */
function metaLineKind(line: string): FurnitureKind | undefined {
  let hits = 0;
  let byline = false;
  let labelled = false;
  let rest = line;
  if (DIGIT.test(rest)) {
    rest = rest.replace(DATE_G(), () => {
      hits++;
      return ' ';
    });
  }
  if (DIGIT.test(rest)) {
    rest = rest.replace(TIME_G(), () => {
      hits++;
      return ' ';
    });
  }
  if (rest.includes('(')) rest = rest.replace(SOURCE_TAG_G(), ' ');
  rest = rest.replace(META_LABEL_G, (m: string, offset: number, whole: string) => {
    const author = AUTHOR_LABEL.test(m);
    // "By" opens a byline or follows a date or separator; after a word it is prose ("only by them").
    if (author && !BEFORE_BY.test(whole.slice(0, offset))) return m;
    hits++;
    labelled = true;
    if (author || READ_LABEL.test(m)) byline = true;
    return ' ';
  });
  if (hits === 0) return undefined;
  let names = 0;
  for (const t of rest.split(META_SPLIT)) {
    if (t === '' || BYLINE_FILLER.has(t)) continue;
    if (!META_NAME.test(t)) return undefined;
    names++;
  }
  if (names > (labelled ? MAX_META_NAMES : MAX_SOURCE_NAMES)) return undefined;
  return byline ? 'byline' : 'dateline';
}

/** A whole-line picture credit: an agency alone, "Powered by …", or a credit label and a name. */
function creditLine(line: string): boolean {
  if (AGENCY_LINE.test(line) || POWERED_BY.test(line)) return true;
  const m = CREDIT_LINE.exec(line);
  if (!m) return false;
  const credit = m[1] ?? '';
  return /^[\p{Lu}\d@]/u.test(credit) && wordCount(credit) <= MAX_CREDIT_WORDS;
}

/**
 * Most words in a reference-list fragment that is read as a citation by its page number: a source's
 * tail ("Cambridge University Press. pp. 47–66.", "Mein Smith 2005, p. 6.") runs to a dozen words; a
 * sentence that merely ends on a page number and is longer is prose.
 */
const MAX_PAGE_REF_WORDS = 12;

/** "Retrieved 14 January 2011." and the like: the access date of a web reference, maybe after its year. */
const ACCESS_DATE = lazyRegex(
  `^(?:\\d{4}\\.?\\s+)?(?:retrieved|accessed|archived from the original)(?:\\s+on)?\\s+${DATE}\\.?$`,
  'iu',
);
/** A line that is a date and nothing else ("15 February 2005."): a reference's date or a timestamp. */
const DATE_ONLY = lazyRegex(`^(?:${DATE}|\\d{4})\\.?$`, 'u');
/** A cheap test that any line {@link ACCESS_DATE} matches passes. */
const ACCESS_DATE_GATE = /^(?:\d{4}\.?\s+)?(?:retrieved|accessed|archived)\b/i;
/** Longer than "Wednesday, 30 September 2024." no line is a bare date. */
const MAX_DATE_ONLY_CHARS = 32;
/** A reference ending on its page or pages: "p. 6.", "pp. 47–66.". */
const PAGE_REF = /\bpp?\.\s?\d+(?:\s?[–-]\s?\d+)?\.?$/u;

/**
 * A fragment of a reference list: an access date, or a short line that ends on a page reference.
 * Reference lists cite sources; the claims they support are in the text above them. (Where the page
 * marks its references, `<cite>` or a references list, the page layer leaves them out whole.)
 */
function citationLine(line: string): boolean {
  if (!DIGIT.test(line)) return false;
  if (ACCESS_DATE_GATE.test(line) && ACCESS_DATE().test(line)) return true;
  return PAGE_REF.test(line) && wordCount(line, MAX_PAGE_REF_WORDS + 1) <= MAX_PAGE_REF_WORDS;
}

/** A menu: three or more short items between pipes ("Home | World | Business"). */
function menuLine(line: string): boolean {
  if (!line.includes('|')) return false;
  const items = line.split('|');
  if (items.length < 3) return false;
  return items.every((it) => {
    const w = wordCount(it);
    return w >= 1 && w <= MAX_MENU_ITEM_WORDS && !/[.!?]\s*$/.test(it.trim());
  });
}

/** The furniture kind of a whole line, if it is one. */
export function furnitureKind(line: string): FurnitureKind | undefined {
  const words = wordCount(line, MAX_FURNITURE_WORDS + 1);
  if (words === 0 || words > MAX_FURNITURE_WORDS) return undefined;
  const lower = line.toLowerCase();
  if (opensWith(lower, PLAYER_OPENERS) && PLAYER.test(lower)) return 'player';
  if (opensWith(lower, COPYRIGHT_OPENERS) && COPYRIGHT_LEAD.test(lower)) return 'copyright';
  if ((lower.includes('reserved') || lower.includes('may not be')) && REUSE_NOTICE.test(lower))
    return 'copyright';
  if (opensWith(lower, FOLLOW_OPENERS) && FOLLOW_PROMPT().test(lower)) return 'social';
  if (lower.startsWith('share') && SHARE_PROMPT().test(lower)) return 'social';
  if (SHARE_BUTTON_CHARS.test(lower) && SHARE_BUTTONS().test(lower)) return 'social';
  if (lower.includes('@') && EMAIL_PROMPT.test(lower)) return 'social';
  if (lower.includes(' on ') && ON_SOCIAL_GATE.test(line)) {
    const onSocial = ON_SOCIAL().exec(line);
    if (onSocial && isName(onSocial[1]!)) return 'social';
  }
  if (opensWith(lower, NEWSLETTER_OPENERS) && NEWSLETTER.some((re) => re.test(lower))) {
    return 'newsletter';
  }
  if (opensWith(lower, NOTE_OPENERS) && NOTES.some((re) => re.test(lower))) return 'note';
  for (const { words, re } of NAMED_NOTES) {
    if (!holdsAny(line, words)) continue;
    const m = re().exec(line);
    if (m && isName(m[1]!)) return 'note';
  }
  if (creditLine(line)) return 'credit';
  if (line.length <= MAX_DATE_ONLY_CHARS && DIGIT.test(line) && DATE_ONLY().test(line)) {
    return 'dateline';
  }
  if (citationLine(line)) return 'citation';
  if (RELATED.test(lower) || (lower.startsWith('more ') && MORE_LINK().test(lower)))
    return 'related';
  if (GALLERY_COUNT.test(lower)) return 'related';
  if (menuLine(line)) return 'navigation';
  if (words <= MAX_META_WORDS && META_HINT.test(lower) && !PROSE_WORD.test(line))
    return metaLineKind(line);
  return undefined;
}

/**
 * End of a dateline or byline prefix ("WASHINGTON, Nov 3 (Reuters) — ", "(Reuters) - ",
 * "By Jane Doe | ", "date 2024-08-19 (Agency) "), 0 when there is none. A prefix closes with a dash
 * or separator after a date, place, tag or byline, or with a source tag after a date; the
 * text after it must open like a statement. A prefix that takes the whole line needs a date or time
 * (the line is then a dateline).
 */
export function datelinePrefixEnd(sentence: string): number {
  return prefixEndWith(sentence, prefixStep);
}

/** The next element of a prefix at `pos` of `sentence`, with its end; undefined when none starts there. */
export type PrefixStepAt = (
  sentence: string,
  pos: number,
) => { part: PrefixPart; end: number } | undefined;

/**
 * {@link datelinePrefixEnd} with the prefix elements found by `stepAt`: the rules that join elements
 * into a prefix, apart from the patterns that find them (tests hold the shipped steps to reference
 * ones through it).
 */
export function prefixEndWith(sentence: string, stepAt: PrefixStepAt): number {
  if (!PREFIX_HINT.test(sentence.slice(0, PREFIX_WINDOW))) return 0;
  let pos = 0;
  let closed = false;
  let timed = false;
  let content = false;
  for (let n = 0; n < MAX_PREFIX_STEPS; n++) {
    const step = stepAt(sentence, pos);
    if (!step) break;
    pos = step.end;
    if (step.part === 'dash') closed = content;
    else if (step.part === 'tag') {
      // "date 2024-08-19 (Agency) The …": after a date the tag ends the prefix; after a place a
      // dash must follow ("LONDON (AP) —"), so "WHO (World Health Organization) Member states" stays.
      closed = timed;
      content = true;
    } else {
      closed = false;
      content = true;
      if (step.part === 'when') timed = true;
    }
    if (!closed && step.part === 'dash') break;
  }
  if (!closed) return 0;
  const rest = sentence.slice(pos);
  if (rest === '') return timed ? pos : 0;
  return STATEMENT_START.test(rest) ? pos : 0;
}

/** Start of a trailing photo credit ("(AP Photo/Jane Doe)"), or the sentence's length when none. */
export function creditSuffixStart(sentence: string, from = 0): number {
  const tailStart = Math.max(from, sentence.length - CREDIT_TAIL_CHARS);
  const tail = sentence.slice(tailStart);
  // Every credit has a slash, a colon or a closing bracket at the end; other sentences skip the search.
  const last = tail.charCodeAt(tail.length - 1);
  if (last !== 0x29 && last !== 0x5d && !tail.includes('/') && !tail.includes(':')) {
    return sentence.length;
  }
  let best = sentence.length;
  for (const re of CREDIT_SUFFIXES) {
    const m = re.exec(tail);
    if (m && wordCount(m[0]) <= MAX_CREDIT_WORDS + 2) best = Math.min(best, tailStart + m.index);
  }
  return best;
}

/**
 * A list item's marker at the start of a sentence: "3. ", "(3) ", "12) ", or a bullet ("• ", "– "),
 * followed by the item's first word (a capital, a digit or an opening quote). One or two digits only:
 * a year or a count ("2024. ", "150. ") is not a marker, and "3.5 million" has no space after its dot.
 */
const LIST_MARKER = /^(?:\(?\d{1,2}[.)]|[•◦▪‣·–—])[ \t\u00a0]+(?=[\p{Lu}\p{N}"“‘'])/u;

/**
 * End of a list item's marker ("7. Mini bars lose money"), 0 when there is none. A listicle's number
 * says where the item sits in the list, not how many of anything there are, so it is not scored as a
 * figure.
 */
export function listMarkerEnd(sentence: string): number {
  const c = sentence.charCodeAt(0);
  // Only digits, "(" and the bullet characters can open a marker: other sentences skip the pattern.
  if (!((c >= 0x30 && c <= 0x39) || c === 0x28 || c === 0xb7 || c >= 0x2010)) return 0;
  return LIST_MARKER.exec(sentence)?.[0].length ?? 0;
}

/**
 * Cuts a list marker, a dateline or byline prefix and a trailing credit off a sentence: the offsets of
 * what is left, trimmed. When nothing is left, the whole sentence was a dateline or a credit and
 * `kind` says which. Cheap (a few sticky patterns at the start, a bounded search at the end), so it
 * runs before scoring.
 */
export function cutFurniture(sentence: string): FurnitureReading {
  const marker = listMarkerEnd(sentence);
  let start = marker + datelinePrefixEnd(marker > 0 ? sentence.slice(marker) : sentence);
  let end = creditSuffixStart(sentence, start);
  while (start < end && sentence.charCodeAt(start) <= 32) start++;
  while (end > start && sentence.charCodeAt(end - 1) <= 32) end--;
  if (start >= end) return { kind: start > 0 ? 'dateline' : 'credit', start: 0, end: 0 };
  return { start, end };
}

/**
 * Reads the furniture of one sentence: whether it is page furniture, whole or once a dateline prefix
 * and a trailing credit are cut (then with the offsets of what was left), and otherwise the part left
 * to score.
 */
export function readFurniture(sentence: string): FurnitureReading {
  const whole = furnitureKind(sentence);
  if (whole) return { kind: whole, start: 0, end: sentence.length };
  const cut = cutFurniture(sentence);
  if (cut.kind || (cut.start === 0 && cut.end === sentence.length)) return cut;
  const restKind = furnitureKind(sentence.slice(cut.start, cut.end));
  return restKind ? { ...cut, kind: restKind } : cut;
}
