/**
 * Claim kinds and the human reasons shown on a claim card, derived from the cues of a sentence:
 * "a percentage and a target year: 35 percent by 2030", "a date: November 11–22, 2024".
 */
import type { ClaimKind } from '../types';
import type { ClaimCues } from './cues';

/** Kinds (strongest first, in `CLAIM_KINDS` order) and one reason per kind. */
export interface KindsAndReasons {
  kinds: ClaimKind[];
  reasons: string[];
}

/** At most this many cue words are quoted in one reason, so a card line stays short. */
const MAX_CUES = 3;

function list(words: string[]): string {
  const unique: string[] = [];
  for (const w of words) {
    const t = w.trim();
    if (t && !unique.some((u) => u.toLowerCase() === t.toLowerCase())) unique.push(t);
  }
  return unique.slice(0, MAX_CUES).join(', ');
}

/** A future year after "by", "until" or "in" ("by 2030"), which turns a figure into a target. */
function targetYears(c: ClaimCues): string[] {
  return c.times.filter((t) => /^(?:by|until)\s+\d{4}/i.test(t));
}

/** Number words small enough to name a known group ("the two countries") rather than count one. */
const SMALL_NUMBERS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/**
 * A small number word after a determiner: "the two countries", "its three sections". It names things
 * already known rather than counting them, so alone it makes no statistic.
 */
const DEFINITE_NUMBER = new RegExp(
  `\\b(?:the|these|those|its|our|their|his|her|my|your)\\s+(?:${SMALL_NUMBERS})\\b`,
  'gi',
);
const SMALL_NUMBER_WORD = new RegExp(`^(?:${SMALL_NUMBERS})$`, 'i');

/**
 * The number cues that count something: all of them, except small number words that only follow a
 * determiner in `sentence` ("the two countries" is no figure; "two people died" is).
 */
function countingNumbers(numbers: string[], sentence: string | undefined): string[] {
  if (!sentence || !numbers.some((n) => SMALL_NUMBER_WORD.test(n))) return numbers;
  const rest = sentence.replace(DEFINITE_NUMBER, ' ').toLowerCase();
  return numbers.filter(
    (n) => !SMALL_NUMBER_WORD.test(n) || new RegExp(`\\b${n.toLowerCase()}\\b`).test(rest),
  );
}

/**
 * Maps cues to kinds. "will" alone is a prediction; with an explicit commitment word ("pledged",
 * "committed", "plans to", "will host") it is a commitment. Reporting verbs make an attribution even
 * without quotation marks ("the ministry said"). With the `sentence` the cues came from, a small
 * number word that only follows a determiner ("the two countries") makes no statistic.
 */
export function kindsAndReasons(c: ClaimCues, sentence?: string): KindsAndReasons {
  const kinds: ClaimKind[] = [];
  const reasons: string[] = [];
  const targets = targetYears(c);
  const numbers = countingNumbers(c.numbers, sentence);
  if (c.percents.length + c.money.length + numbers.length > 0) {
    kinds.push('statistic');
    if (c.percents.length > 0 && targets.length > 0) {
      reasons.push(
        `a percentage and a target year: ${c.percents[0]} ${targets[0]}`.replace(/\s+/g, ' '),
      );
    } else if (c.percents.length > 0) reasons.push(`a percentage: ${list(c.percents)}`);
    else if (c.money.length > 0) reasons.push(`an amount of money: ${list(c.money)}`);
    else reasons.push(`a figure: ${list(numbers)}`);
  }
  if (c.comparatives.length + c.superlatives.length + c.trends.length > 0) {
    kinds.push('comparison');
    if (c.comparatives.length > 0) reasons.push(`a comparison: ${list(c.comparatives)}`);
    else if (c.superlatives.length > 0) reasons.push(`a superlative: ${list(c.superlatives)}`);
    else reasons.push(`a change: ${list(c.trends)}`);
  }
  if (c.dates.length + c.years.length + c.times.length > 0) {
    kinds.push('date-event');
    const when = c.dates.length > 0 ? c.dates : c.times.length > 0 ? c.times : c.years;
    const what = c.dates.length > 0 ? 'a date' : c.times.length > 0 ? 'a time' : 'a year';
    const event = c.pastEvents.length > 0 ? ` (${list(c.pastEvents.slice(0, 1))})` : '';
    reasons.push(`${what}: ${list(when)}${event}`);
  }
  if (c.reporting.length > 0 || c.hasQuoteMarks) {
    kinds.push('quotation');
    reasons.push(
      c.hasQuoteMarks
        ? `a quotation${c.reporting.length > 0 ? `: ${list(c.reporting)}` : ''}`
        : `an attribution: ${list(c.reporting)}`,
    );
  }
  if (c.commitments.length > 0) {
    kinds.push('commitment');
    reasons.push(`a commitment: ${list(c.commitments)}`);
  } else if (c.predictions.length > 0) {
    kinds.push('prediction');
    reasons.push(`a prediction: ${list(c.predictions)}`);
  }
  if (c.causal.length > 0) {
    kinds.push('causal');
    reasons.push(`a cause: ${list(c.causal)}`);
  }
  return { kinds, reasons };
}

/** A closing note when hedges or opinion frames pulled the score down ("could", "it is important"). */
export function hedgeNote(c: ClaimCues): string | undefined {
  const words = [...c.opinion, ...c.hedges];
  return words.length > 0 ? `hedged or opinion wording: ${list(words)}` : undefined;
}
