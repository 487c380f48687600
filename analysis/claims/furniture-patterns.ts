/**
 * Regular-expression sources for news page furniture: publication dates and times, bylines, source
 * tags, picture agencies and the fixed labels of page chrome ("Read more", "Related:", "Advertisement").
 * Kept apart from the matching logic in `page-furniture.ts` so each list can be read and extended alone.
 * Every list is general knowledge of how news pages are laid out, not taken from any one site.
 */

/** Month names and their usual abbreviations, optionally with a full stop ("Nov.", "Sept"). */
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Weekday names and abbreviations, with an optional comma ("Thursday,", "Thu"). */
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)';

/** A day of the month, with an ordinal suffix if any ("3", "21st"). */
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';

/**
 * A calendar date as pages print it: ISO ("2024-08-19", with a time), numeric ("2/26/2015",
 * "19.08.2024"), or with a month name ("Feb. 21, 2019", "Thursday 27 July 2017", "22 Dec, 2016",
 * "Nov 3"). A month name needs a day or a year beside it, so "May" the verb is never a date. No word
 * boundary is required before the month, since extracted text often glues a source name to it
 * ("…PressDecember 2, 2016").
 */
export const DATE = `(?:\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|${WEEKDAY}?${DAY}\\s+${MONTH},?(?:\\s+\\d{4})?|${WEEKDAY}?${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4})(?![\\p{L}\\d])`;

/** Time-zone abbreviations printed after a time stamp ("14:03 GMT", "7:11 AM PST"). */
const ZONE =
  '(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|MSK|IST|JST|KST|AEST|AEDT|AWST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?';

/**
 * A clock time with optional am/pm and zone ("14:03 GMT", "7:11 AM PST", "10 a.m. ET"), or a
 * relative stamp ("3 hours ago"). A bare hour needs am/pm so that a plain number is never a time.
 */
export const TIME = `(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*${ZONE})?|\\d{1,2}\\s*[ap]\\.?m\\.?(?:\\s*${ZONE})?|\\d+\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago)(?![\\p{L}\\d])`;

/**
 * Words that label a date or an author on a byline or dateline line ("Published", "Updated",
 * "Read more", a reading time "6 min read"). A line made of these, dates, times and names only is page furniture.
 */
export const META_LABEL_WORDS =
  '(?:(?:first |last )?(?:published|updated|posted|modified|edited|reviewed)(?: on| at)?|date|written by|words by|story by|reporting by|report by|by|read more|continue reading|show more|\\d+\\s*min(?:ute)?s?\\s+read)';

/** A `META_LABEL_WORDS` label as a whole word, with its colon if any ("Published:"). */
export const META_LABEL = `${META_LABEL_WORDS}(?![\\p{L}])\\s*:?`;

/**
 * Lower-case words that may sit between names and dates on a byline without making it a sentence:
 * connectives of names ("and", "de", "van") and job titles ("staff writer", "correspondent").
 */
export const BYLINE_FILLER = new Set([
  'and',
  'with',
  'in',
  'on',
  'at',
  'for',
  'from',
  'of',
  'de',
  'del',
  'der',
  'van',
  'von',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'staff',
  'writer',
  'reporter',
  'correspondent',
  'editor',
  'contributor',
  'columnist',
  'senior',
  'chief',
  'political',
  'news',
  'desk',
  'agency',
  'bureau',
  'am',
  'pm',
]);

/**
 * A source tag in brackets as agencies print it after a dateline: "(Reuters)", "(AP)",
 * "(AFP-Agency)", "(CNN Business)". One to four capitalised words or acronyms.
 */
export const SOURCE_TAG =
  "\\(\\s*[\\p{Lu}][\\p{L}\\d.&'’]*-?(?:[\\s/-]+[\\p{Lu}][\\p{L}\\d.&'’]*-?){0,3}\\s*\\)";

/**
 * A dateline city in capitals ("WASHINGTON", "NEW YORK", "ST. LOUIS", "WINSTON-SALEM"): up to four
 * words of two or more capitals; a hyphen only between capitals, so a stammer ("I--") is not a city.
 */
export const CAPS_CITY =
  "[\\p{Lu}](?:[\\p{Lu}.'’]|-(?=\\p{Lu}))+(?:\\s+[\\p{Lu}](?:[\\p{Lu}.'’]|-(?=\\p{Lu}))+){0,3}";

/** A place in title case ("Washington", "Rio de Janeiro"), used only before a source tag. */
export const TITLE_CITY =
  "[\\p{Lu}][\\p{Ll}.'’-]+(?:\\s+(?:de|da|del|of|on|upon)?\\s*[\\p{Lu}][\\p{Ll}.'’-]+){0,2}";

/** A state or country after the city ("WASHINGTON, D.C.", "KYIV, Ukraine", "AUSTIN, Texas"). */
export const REGION = "(?:,\\s*[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,2})";

/**
 * The dash that closes a dateline: an em or en dash (spaces optional), a double hyphen, or a hyphen
 * with a space after it (a hyphen glued to a word is a compound, not a dateline).
 */
export const DATELINE_DASH = '\\s*(?:[—–]|--|-(?=\\s))\\s*';

/**
 * Picture and news agencies that appear as photo credits ("Jane Doe/Getty Images", "Photo: AFP").
 * Widely known agencies and stock libraries only.
 */
export const AGENCY =
  '(?:Getty Images|Getty|AFP|AP|Associated Press|Reuters|REUTERS|EPA|EPA-EFE|Shutterstock|iStock(?:photo)?|Alamy(?: Stock Photo)?|Unsplash|Pexels|Pixabay|Corbis|Bloomberg|PA(?: Images| Wire)?|Xinhua|Anadolu(?: Agency)?|NurPhoto|SOPA Images|LightRocket|Wikimedia Commons|Flickr|Pool|Handout|TASS|Sputnik|ANSA|dpa|Kyodo|Yonhap|AAP|Imago|ZUMA(?: Press| Wire)?|WireImage|FilmMagic|Redux|Sipa(?: USA)?|Bettmann|Hulton Archive|NASA|CNN|BBC)';

/** The lead word of a picture credit line ("Photo:", "Top photo by", "Illustration by", "Source:"). */
export const CREDIT_LEAD =
  '(?:(?:all|top|main|cover|file|lead|header|featured|feature|hero|banner)\\s+)?(?:photo(?:graph)?s?|pictures?|images?|illustrations?|videos?|graphics?|artwork|artist|credits?|source|courtesy|photographer|photo illustration|infographic)';

/**
 * Labels of links to other pages and of page chrome, which on their own or followed by a colon and
 * a link title are not part of the article ("Read more", "Related: …", "Advertisement").
 */
export const NAV_LABEL =
  "(?:read more|read also|also read|read next|read the full story|see also|see more|related(?: (?:articles?|stories|content|coverage|links|news|posts|reading|topics|videos?))?|recommended(?: (?:for you|reading|stories|articles|videos?|related news))?|most (?:read|popular|viewed|shared|recent)|trending(?: now| stories)?|latest(?: news| stories)?|top stories|editor'?s picks|learn more|find out more|further reading|you (?:may|might) (?:also )?like|what to read next|don'?t miss|must read|watch(?: now| live| more)?|listen(?: now)?|explore more|keep reading|continue reading(?: the main story)?|story continues below(?: advertisement)?|skip advertisement|advertisement|sponsored(?: content| links)?|promoted(?: stories)?|paid content|comments?|show comments|view comments|leave a comment|join the conversation|print|email|share(?: this)?(?: article| story| page)?|jump to|back to top|next article|previous article|gallery|photo gallery|slideshow|in pictures|more photos)";

/** Social networks named in follow and share prompts. */
export const SOCIAL_NETWORK =
  '(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|telegram|whatsapp|google news|flipboard|reddit|snapchat|pinterest|substack)';

/**
 * Job titles that mark an author's biography line at the foot of an article. A list rather than a
 * pattern, so a line can be checked for one with `includes` before the biography pattern is compiled.
 */
export const AUTHOR_ROLES: readonly string[] = [
  'correspondent',
  'reporter',
  'editor',
  'writer',
  'columnist',
  'contributor',
  'journalist',
  'critic',
  'producer',
  'photographer',
  'bureau chief',
  'anchor',
  'host of',
];

/** Capitalised words that open sentences but are never part of an author's name. */
export const NOT_NAME = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'Our',
  'His',
  'Her',
  'Their',
  'My',
  'Your',
  'Its',
  'There',
  'Here',
  'What',
  'Who',
  'When',
  'Where',
  'Why',
  'How',
  'If',
  'But',
  'And',
  'Or',
  'So',
]);
