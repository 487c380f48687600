/**
 * Claim kinds and the human reasons shown on a claim card, derived from the cues of a sentence:
 * "a percentage and a target year: 35 percent by 2030", "a date: November 11–22, 2024". With the
 * sentence, each cue is read in its context first (figure-rules.ts, kind-rules.ts), so that a number
 * in a name, "one of the reasons" or "Figure 7 shows" make no kind; the cues themselves, which feed
 * the classifier, are left as they are, so scores do not depend on these rules.
 */
import type { ClaimKind } from '../types';
import type { ClaimCues } from './cues';
import {
  calendarYears,
  countingNumbers,
  joinScaleWords,
  moneyAmounts,
  proportionPercents,
} from './figure-rules';
import {
  asWritten,
  attributions,
  changeTrends,
  datingTimes,
  firstTimes,
  forecasts,
  measuredComparatives,
  pledges,
  quotedSpeech,
  rankingSuperlatives,
  speechDominates,
  statedCauses,
} from './kind-rules';

/** Kinds (in `KIND_ORDER`, see there) and one reason per kind. */
export interface KindsAndReasons {
  kinds: ClaimKind[];
  reasons: string[];
}

/**
 * The order of a claim's kinds; the first is the group the popup files it under, so it is the check a
 * reader would make first:
 * 1. `statistic`: a figure is the most concrete thing to check against a source, and it anchors the
 *    pledges and forecasts that carry one ("cut emissions by 35 percent by 2030" is checked by its figure).
 * 2. `commitment`, `prediction`: a claim about the future, which cannot be checked yet; the change or
 *    date inside it is what is promised or forecast ("rates are expected to rise on Wednesday").
 * 3. `causal`: a stated cause is the contestable part; the change it explains is usually background
 *    ("prices rose because of the drought").
 * 4. `comparison`: a ranking or a change is a claim of its own.
 * 5. `quotation`: an attribution names the source of a claim rather than its content ("…, he
 *    added"), but it still tells the reader what to check: that the source said it.
 * 6. `date-event`: a date mostly places a claim or an event ("officials said on Thursday…"); it is
 *    the group only when nothing else is claimed ("The treaty was signed in 1840").
 * Except that a sentence made of quoted speech (it opens with a quotation, or half its words are
 * quoted) is filed as a quotation first: what it gives is someone's words, whatever they contain.
 */
export const KIND_ORDER: readonly ClaimKind[] = [
  'statistic',
  'commitment',
  'prediction',
  'causal',
  'comparison',
  'quotation',
  'date-event',
];

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

/**
 * Past forms that are auxiliaries or light verbs ("was", "had", "made"): the past-event cue finds them
 * too, for the model, but "a date: December 11 (was)" names no event, so a reason leaves them out.
 */
const AUXILIARY_PAST = /^(?:was|were|had|did|made|took)$/i;

/** A future year after "by" or "until" ("by 2030"), which turns a figure into a target. */
function targetYears(times: string[]): string[] {
  return times.filter((t) => /^(?:by|until)\s+\d{4}/i.test(t));
}

/**
 * The cues of `c` that make a kind, read in `sentence` when it is given; without it, the cues as found
 * (the lists alone carry no context).
 */
function claimCues(c: ClaimCues, sentence: string | undefined): ClaimCues {
  if (!sentence) return c;
  const percents = proportionPercents(c.percents, sentence);
  const numbers = joinScaleWords(countingNumbers(c.numbers, sentence), sentence);
  const money = moneyAmounts(c.money, sentence);
  const years = calendarYears(c.years, sentence);
  // A weight in pounds and a size in pixels are still figures, only not money or years.
  const measures = [
    ...c.money.filter((m) => !money.includes(m)),
    ...c.years.filter((y) => !years.includes(y)),
  ];
  const figures = measures.length > 0 ? [...measures, ...numbers] : numbers;
  const hasFigure = percents.length + money.length + figures.length > 0;
  const question = c.isQuestion;
  return {
    ...c,
    percents,
    money,
    numbers: figures,
    years,
    times: datingTimes(c.times),
    comparatives: measuredComparatives(c.comparatives, sentence),
    superlatives: [...rankingSuperlatives(c.superlatives, sentence), ...firstTimes(c.times)],
    trends: changeTrends(c.trends, sentence, hasFigure),
    reporting: attributions(c.reporting, sentence),
    hasQuoteMarks: c.hasQuoteMarks && quotedSpeech(sentence).length > 0,
    // A question asserts no pledge, forecast or cause ("Is it because…?").
    commitments: question ? [] : pledges(c.commitments, sentence),
    predictions: question ? [] : forecasts(c.predictions, sentence),
    causal: question ? [] : statedCauses(c.causal, sentence),
  };
}

/**
 * Maps cues to kinds, in `KIND_ORDER`. "will" alone is a prediction; with an explicit commitment word
 * ("pledged", "committed", "plans to", "will host") it is a commitment. Reporting verbs make an
 * attribution even without quotation marks ("the ministry said"); quotation marks make a quotation
 * when a reporting verb goes with them or when they hold speech (four words or more, not a title).
 * With the `sentence` the cues came from, each cue is read in context first (see `claimCues`).
 */
export function kindsAndReasons(cues: ClaimCues, sentence?: string): KindsAndReasons {
  const c = claimCues(cues, sentence);
  // Each kind's reason lines: the first names the kind's cue words, any next one a second cue.
  const found = new Map<ClaimKind, string[]>();
  const targets = targetYears(c.times);
  const quoteMarks = sentence
    ? c.hasQuoteMarks || (cues.hasQuoteMarks && c.reporting.length > 0)
    : c.hasQuoteMarks;
  if (c.percents.length + c.money.length + c.numbers.length > 0) {
    const lines: string[] = [];
    if (c.percents.length > 0 && targets.length > 0) {
      lines.push(
        `a percentage and a target year: ${c.percents[0]} ${targets[0]}`.replace(/\s+/g, ' '),
      );
    } else if (c.percents.length > 0) lines.push(`a percentage: ${list(c.percents)}`);
    else if (c.money.length > 0) lines.push(`an amount of money: ${list(c.money)}`);
    else lines.push(`a figure: ${list(c.numbers)}`);
    // A count beside a share or a price is often the claim itself ("a $119-a-year program … 100
    // million members"): the card names it too.
    if (c.percents.length + c.money.length > 0 && c.numbers.length > 0) {
      lines.push(`a figure: ${list(c.numbers)}`);
    }
    found.set('statistic', lines);
  }
  if (c.comparatives.length + c.superlatives.length + c.trends.length > 0) {
    const lines: string[] = [];
    if (c.comparatives.length > 0) lines.push(`a comparison: ${list(c.comparatives)}`);
    // A superlative beside a comparison is named too ("one of the oldest … more than a century").
    if (c.superlatives.length > 0) {
      lines.push(`a superlative: ${list(joinOneOfThe(c.superlatives, sentence))}`);
    }
    if (lines.length === 0) lines.push(`a change: ${list(c.trends)}`);
    found.set('comparison', lines);
  }
  if (c.dates.length + c.years.length + c.times.length > 0) {
    const when = c.dates.length > 0 ? c.dates : c.times.length > 0 ? c.times : c.years;
    const what = c.dates.length > 0 ? 'a date' : c.times.length > 0 ? 'a time' : 'a year';
    const written = sentence ? when.map((w) => asWritten(w, sentence)) : when;
    const verbs = c.pastEvents.filter((v) => !AUXILIARY_PAST.test(v));
    // The event is a line of its own: after the date's words, "an event:" read as one of them.
    found.set('date-event', [
      `${what}: ${list(written)}`,
      ...(verbs.length > 0 ? [`an event: ${list(verbs.slice(0, 1))}`] : []),
    ]);
  }
  if (c.reporting.length > 0 || quoteMarks) {
    found.set('quotation', [
      quoteMarks
        ? `a quotation${c.reporting.length > 0 ? `: ${list(c.reporting)}` : ''}`
        : `an attribution: ${list(c.reporting)}`,
    ]);
  }
  if (c.commitments.length > 0) found.set('commitment', [`a commitment: ${list(c.commitments)}`]);
  else if (c.predictions.length > 0) {
    found.set('prediction', [`a prediction: ${list(c.predictions)}`]);
  }
  if (c.causal.length > 0) found.set('causal', [`a cause: ${list(c.causal)}`]);

  const order: ClaimKind[] =
    sentence && found.has('quotation') && speechDominates(sentence)
      ? ['quotation', ...KIND_ORDER.filter((k) => k !== 'quotation')]
      : [...KIND_ORDER];
  const kinds = order.filter((k) => found.has(k));
  const reasons = kinds.flatMap((k) => found.get(k) ?? []);
  return { kinds, reasons };
}

/**
 * "one of the" and the superlative right after it in the sentence as one cue ("one of the oldest",
 * was "one of the, oldest"); not one further on ("one of the people who built the largest dam").
 */
function joinOneOfThe(superlatives: readonly string[], sentence: string | undefined): string[] {
  const lower = sentence?.toLowerCase() ?? '';
  const out: string[] = [];
  for (let i = 0; i < superlatives.length; i++) {
    const word = superlatives[i]!;
    const next = superlatives[i + 1];
    const joined = next !== undefined ? `${word} ${next}` : '';
    if (/^one of the$/i.test(word) && next !== undefined && lower.includes(joined.toLowerCase())) {
      out.push(joined);
      i++;
    } else out.push(word);
  }
  return out;
}

/**
 * "May" written with a capital inside a sentence, and never as "may": the month ("jobs added in May"),
 * which the cue finder, reading lower-cased words, also lists as a hedge.
 */
function onlyTheMonth(word: string, sentence: string | undefined): boolean {
  return (
    word.toLowerCase() === 'may' &&
    sentence !== undefined &&
    !/\bmay\b/.test(sentence) &&
    /\S\s+May\b/.test(sentence)
  );
}

/**
 * A closing note when hedges or opinion frames pulled the score down ("could", "it is important").
 * With the `sentence`, the month "May" is not called a hedge.
 */
export function hedgeNote(c: ClaimCues, sentence?: string): string | undefined {
  const words = [...c.opinion, ...c.hedges.filter((h) => !onlyTheMonth(h, sentence))];
  return words.length > 0 ? `hedged or opinion wording: ${list(words)}` : undefined;
}
