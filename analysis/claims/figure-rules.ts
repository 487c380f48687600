/**
 * Which number cues of a sentence are figures a reader could check ("120 protesters", "about 50
 * labels") and which only look like one: a number that is part of a name ("Apollo 11", "Covid-19",
 * "Firefox 86"), a label ("Figure 7", "Section 230", "page 12"), a citation mark ("[248]"), a time of
 * day ("10:30", "twelve o'clock"), a heading's section number ("4.3 Properties"), a street number or a
 * phone number, a multiplier used as an adjective ("double standard"), a small number word that names a
 * known group ("the two countries", "the last three years"), or "half of" after a determiner ("the
 * same half of the device"). The cue finder stays broad (its cues feed the classifier); these rules
 * only decide what the claim card calls a statistic.
 */
import { type CueInContext, inContext, keepInContext } from './cue-context';

/** Number words small enough to name a known group ("the two countries") rather than count one. */
export const SMALL_NUMBERS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';

/**
 * A small number word after a determiner, perhaps with "last", "past", "next", "first" or "other"
 * between: "the two countries", "its three sections", "the last two years". It names things already
 * known, or a span of time, rather than counting them, so alone it makes no statistic.
 */
const DEFINITE_NUMBER = new RegExp(
  `\\b(?:the|these|those|its|our|their|his|her|my|your)\\s+(?:(?:last|past|next|first|other|top)\\s+)?(?:${SMALL_NUMBERS})\\b`,
  'gi',
);
const SMALL_NUMBER_WORD = new RegExp(`^(?:${SMALL_NUMBERS})$`, 'i');
/** The small number words of a (lower-cased) text, for the ones left after `DEFINITE_NUMBER`. */
const SMALL_NUMBER_WORDS = new RegExp(`\\b(?:${SMALL_NUMBERS})\\b`, 'g');

/**
 * Words that label a numbered thing: the number after them identifies it ("Figure 7", "Bug 1678200",
 * "Section 230", "page 12", "rev 2") and counts nothing.
 */
const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:figure|fig\.|table|example|section|sections|chapter|part|step|page|pages|pp?\.|bug|issue|appendix|exhibit|article|item|no\.|nos\.|number|version|v\.|episode|season|volume|vol\.|level|phase|round|act|scene|room|gate|platform|route|highway|flight|line|track|rule|clause|paragraph|verse|unit|apartment|suite|model|grade|class|category|rev|revision|ticket|rfc|bcp|#)\s*$/iu;

/**
 * Capitalised words that may stand just before a count at the start of a sentence or a clause
 * ("About 300 people", "The 400 laborers", "In March 20 people…" is a date cue already): they open
 * the phrase rather than name a thing, so the number after them is still a figure.
 */
const OPENING_WORDS = new Set(
  (
    'a an the this that these those some about around approximately roughly nearly almost over under ' +
    'above below more less fewer only just all both another each every its their his her our my your ' +
    'we they he she it you i of in on at by for from with to and but or nor so yet than since after ' +
    'before during until between among within up down still already even exactly fully precisely ' +
    'last next past first top total some another aged age ages'
  ).split(' '),
);

const MONTH_OR_DAY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** The capitalised word (or acronym) just before a number, with one space between. */
const CAPITALISED_BEFORE = /(?:^|[^\p{L}\d'’.-])(\p{Lu}[\p{L}\d&.]*)\s$/u;

/**
 * Whether a number is part of a name (or of a date): right after a hyphen that follows a word
 * ("Covid-19", "MS-04", "F-16"), or after a capitalised word that is not an opening word nor a
 * possessive ("Apollo 11", "Firefox 86", "Red Hat 8.0", "Gears of War 4"; but "Britain's 400
 * hospitals" and "About 300 people" are counts). After a month or a day, a number up to 31 is the day
 * of a date the date cue did not take ("Nov, 29"); after a comma, a capitalised word ends a clause
 * ("In Texas, 300 people") and the number counts.
 */
function partOfName(c: CueInContext): boolean {
  if (/\p{L}-$/u.test(c.before)) return true;
  const m = CAPITALISED_BEFORE.exec(c.before.replace(/,\s$/, ' '));
  if (!m?.[1]) return false;
  const word = m[1].replace(/\.$/, '');
  if (MONTH_OR_DAY.test(word)) return /^\d{1,2}$/.test(c.text) && Number(c.text) <= 31;
  return !OPENING_WORDS.has(word.toLowerCase()) && !/,\s$/.test(c.before);
}

/** A legal or code reference with a lettered subsection: "401(k)", "501(c)(3)", "230(c)". */
function subsectionReference(c: CueInContext): boolean {
  return /^\([a-z]{1,2}\)/i.test(c.after) || /\([a-z]{1,2}\)\($/i.test(c.before);
}

/** A citation mark of an encyclopedia page: "[248]", "[n 7]". */
function citationMark(c: CueInContext): boolean {
  return /\[(?:[a-z]\s?)?$/i.test(c.before) && /^\]/.test(c.after);
}

/**
 * A time of day or an identifier written with a colon ("10:30", "12:01 PM", "rev 0:0dc9"), a time with
 * "a.m."/"pm" or "o'clock" ("9 am", "twelve o'clock").
 */
function clockOrColonId(c: CueInContext): boolean {
  if (/^:[0-9a-f]/i.test(c.after) || /\d:$/.test(c.before)) return true;
  return /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b)/i.test(c.after);
}

/** Sentence-final punctuation, perhaps followed by a closing quote or bracket. */
const SENTENCE_END = /[.!?…:]["'”’)\]]*\s*$/u;

/**
 * A heading's section number: the sentence opens with the number ("4.3 Mozilla Location Service",
 * "5 Decomposition into…") and has no closing punctuation, as a heading has none; "2 Americans were
 * killed." ends as a sentence and keeps its count.
 */
function sectionNumber(c: CueInContext, sentence: string): boolean {
  return (
    /^\s*$/.test(c.before) &&
    /^(?:\.\d+)*\.?\s+\p{Lu}/u.test(c.after) &&
    !SENTENCE_END.test(sentence)
  );
}

/** A number inside a web address or an e-mail address ("…/marco-arment-2011-9", "user42@…"). */
function inAddress(c: CueInContext): boolean {
  const token = (/\S*$/.exec(c.before)?.[0] ?? '') + c.text + (/^\S*/.exec(c.after)?.[0] ?? '');
  return /:\/\/|^www\.|@|\.(?:com|org|net)\b/i.test(token);
}

/** A street number: "10 Downing Street", "1600 Pennsylvania Avenue". */
const STREET_AFTER =
  /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Place|Square|Terrace|Court)(?!\p{L})/u;

/**
 * Part of a phone-like run of digit groups: "555-0123" (three digits, then four), "(020) 7946 0958".
 * A range ("400-600") has groups of equal length and stays a figure.
 */
function phoneLike(c: CueInContext): boolean {
  if (/^\d{3}$/.test(c.text) && /^[-.]\d{4}(?!\d)/.test(c.after)) return true;
  if (/^\d{4}$/.test(c.text) && /(?:^|\D)\d{3}[-.]$/.test(c.before)) return true;
  return /\(\d{2,4}\)\s?$/.test(c.before) || /^\)\s?\d{3,4}[-.\s]\d{3,4}/.test(c.after);
}

/**
 * Multipliers ("twice", "double", "triple", "thrice") count only when they multiply something:
 * "twice as many", "double the rate", "three times… triple that", "twice a year". "A double standard",
 * "double-click", "think twice" make no figure.
 */
function multiplierWithoutMeasure(c: CueInContext): boolean {
  if (!/^(?:twice|thrice|double|triple)$/i.test(c.text)) return false;
  return !/^\s+(?:as|the|that|what|its|their|his|her|our|than|a|an|per|in|over|since|\d)\b/i.test(
    c.after,
  );
}

/**
 * A scale word used as an adjective with no count before it: "a billion-dollar deal", "a
 * million-strong crowd" describe a kind of thing, not a quantity of it.
 */
function scaleAdjective(c: CueInContext): boolean {
  return (
    /^(?:hundred|thousand|million|billion|trillion)s?$/i.test(c.text) &&
    /^-\p{L}/u.test(c.after) &&
    !/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|several|few))\s$/i.test(
      c.before,
    )
  );
}

/**
 * Part of a version number: three or more dotted groups of digits ("1.8.3", "2.4.1"). The cue finder
 * reads "1.8" and "3" as two numbers; neither counts anything.
 */
function versionPart(c: CueInContext): boolean {
  const token =
    (/[\d.]*$/.exec(c.before)?.[0] ?? '') + c.text + (/^[\d.]*/.exec(c.after)?.[0] ?? '');
  return /^\d+(?:\.\d+){2,}\.?$/.test(token);
}

/**
 * The number cues that count something. With no `sentence` every cue counts (the cue lists alone
 * carry no context). With it, a number is no figure when it is part of a name, a label's number, a
 * citation mark, a time of day, a section number, a street or phone number, in a web address, an adjective multiplier
 * or scale word, or a small number word that only follows a determiner ("the two countries").
 */
export function countingNumbers(
  numbers: readonly string[],
  sentence: string | undefined,
): string[] {
  if (!sentence || numbers.length === 0) return [...numbers];
  const smallCounts = numbers.some((n) => SMALL_NUMBER_WORD.test(n))
    ? new Set(sentence.replace(DEFINITE_NUMBER, ' ').toLowerCase().match(SMALL_NUMBER_WORDS) ?? [])
    : undefined;
  return keepInContext(sentence, numbers, (c) => {
    if (smallCounts && SMALL_NUMBER_WORD.test(c.text) && !smallCounts.has(c.text.toLowerCase())) {
      return false;
    }
    return !(
      LABEL_BEFORE.test(c.before) ||
      citationMark(c) ||
      clockOrColonId(c) ||
      sectionNumber(c, sentence) ||
      STREET_AFTER.test(c.after) ||
      phoneLike(c) ||
      subsectionReference(c) ||
      inAddress(c) ||
      multiplierWithoutMeasure(c) ||
      scaleAdjective(c) ||
      versionPart(c) ||
      partOfName(c)
    );
  });
}

/** A scale word that multiplies the number before it ("20 million"). */
const SCALE_WORD = /^(?:hundred|thousand|million|billion|trillion)$/i;

/**
 * Figures as a reader says them: a number and the scale word right after it are one figure
 * ("20 million", not "20, million"). The cue finder lists them apart (its cues feed the classifier);
 * only the reason joins them.
 */
export function joinScaleWords(figures: readonly string[], sentence: string | undefined): string[] {
  if (!sentence || !figures.some((f) => SCALE_WORD.test(f))) return [...figures];
  const found = inContext(sentence, figures);
  const out: string[] = [];
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    const next = found[i + 1];
    // The cues come in sentence order: the scale word, if any, is the next one, after spaces only.
    const joined =
      next !== undefined &&
      /\d$/.test(c.text) &&
      SCALE_WORD.test(next.text) &&
      c.start >= 0 &&
      next.start > c.start &&
      /^\s+$/.test(sentence.slice(c.start + c.text.length, next.start));
    out.push(joined ? `${c.text} ${next.text}` : c.text);
    if (joined) i++;
  }
  return out;
}

/** Words after which "half of", "a third of"… name a part of one thing ("the same half of the room"). */
const PART_AFTER =
  /\b(?:the|this|that|same|either|each|other|one|first|second|latter|former|its|their|his|her|our|my|your)\s+$/i;

/**
 * The percentage cues that give a proportion: all but "half of" and its kin after a determiner ("the
 * first half of the year", "the same half of the device"), which name a part rather than a share.
 */
export function proportionPercents(
  percents: readonly string[],
  sentence: string | undefined,
): string[] {
  if (!sentence) return [...percents];
  return keepInContext(
    sentence,
    percents,
    (c) =>
      !(/^(?:half|a third|a quarter|two-thirds)\s+of$/i.test(c.text) && PART_AFTER.test(c.before)),
  );
}

/** A weight nearby ("weighed some 800 pounds", "a 40-pound bag"): "pounds" is then a unit, no money. */
const WEIGHT_BEFORE =
  /\b(?:weigh(?:s|ed|ing|t)?|heav(?:y|ier|iest)|light(?:er|est)?|lbs?)\b[^.;!?]{0,30}$/i;

/**
 * The money cues that are money. With no `sentence` every cue counts. With it, an amount in pounds
 * after a word of weight is a weight, not money (the pound is both, and the money cue reads only the
 * word).
 */
export function moneyAmounts(money: readonly string[], sentence: string | undefined): string[] {
  if (!sentence || money.length === 0) return [...money];
  return keepInContext(
    sentence,
    money,
    (c) => !(/\bpounds?$/i.test(c.text) && WEIGHT_BEFORE.test(c.before)),
  );
}

/**
 * The year cues that are years. With no `sentence` every cue counts. With it, a four-digit number in
 * a dimension ("1800 x 1920", "1920×1080") is a size, not a year.
 */
export function calendarYears(years: readonly string[], sentence: string | undefined): string[] {
  if (!sentence || years.length === 0) return [...years];
  return keepInContext(
    sentence,
    years,
    (c) => !(/\d\s*[x×]\s*$/i.test(c.before) || /^\s*[x×]\s*\d/i.test(c.after)),
  );
}
