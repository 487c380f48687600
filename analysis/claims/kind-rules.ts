/**
 * Which cue words of a sentence really make a comparison, an attribution, a commitment, a prediction,
 * a cause or a date, read in their context. The cue finder (cues.ts) stays broad, since its cues feed
 * the classifier; these rules only decide the kinds and reasons a claim card shows. Each rule drops a
 * use of a cue word that English gives it outside its claim sense: "one of the reasons", "the first
 * game in the series", "more than ever", "an error is raised", "Figure 7 shows", "the form was found",
 * "he wrote the first book", "a target name", "as the response MUST", "they were going to wait",
 * "because" in a question, "in order to".
 */
import { type CueInContext, keepInContext } from './cue-context';

/** Common words ending in "-est" that are not superlatives. */
const NOT_SUPERLATIVE =
  /^(?:interest|test|forest|west|rest|request|guest|protest|contest|quest|chest|nest|priest|harvest|suggest|invest|arrest|honest|modest|manifest|digest|latest|least)$/i;

/** A superlative word: "most", "best", "largest", "first", "only", "top"… ("-est" words but the list above). */
function isSuperlativeWord(word: string): boolean {
  if (/^(?:most|least|best|worst|few|fewest|only|top|leading|first|record)$/i.test(word))
    return true;
  return /^\p{L}{2,}est$/iu.test(word) && !NOT_SUPERLATIVE.test(word);
}

/** The next one to three words after a cue (for "one of the … most", "first … to"). */
function nextWords(after: string, n: number): string[] {
  return after
    .trimStart()
    .split(/[^\p{L}'’-]+/u, n + 1)
    .slice(0, n);
}

/** "The first … to" + a verb: "the first to run", "the first woman to lead" (not "to the country"). */
const FIRST_TO =
  /^(?:\s+[\p{L}'’-]+){0,3}\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)\p{Ll}/u;

/**
 * Superlatives that rank something. "One of the" counts before a superlative ("one of the largest",
 * "one of the world's most stable", "one of the few"), not before a plain noun ("one of the reasons").
 * "First" counts as "the first … to" ("the first country to ban"), "first-ever", "first place", "the first (recorded) time" and
 * after "ranked"/"came"/"finished", not as an ordinal ("the first game in the series", "first
 * ventured"). "Only" counts after "the" or a possessive ("the only country"), not as "only a few".
 * "Ever" counts near another superlative ("the largest ever"), not in "anything they had ever seen".
 * "Top" counts before a number or a rank word ("top 10", "top-ranked"), "record" as a measure ("a
 * record high", "a new record"), "leading" as a rank ("the leading cause"), "most" but "most of", and
 * "least"/"best"/"worst" but their idioms ("at least", a bound or a hedge, "not the least", "best
 * practice", "at worst"). "Major" is a vague size, no ranking.
 */
export function rankingSuperlatives(superlatives: readonly string[], sentence: string): string[] {
  return keepInContext(sentence, superlatives, (c) => {
    const w = c.text.toLowerCase();
    const next = nextWords(c.after, 3);
    switch (w) {
      case 'one of the':
        return next.some((x) => isSuperlativeWord(x));
      case 'first':
        return (
          /^-?ever\b|^(?:\s+\p{Ll}+)?\s+(?:place|time)\b/u.test(c.after) ||
          FIRST_TO.test(c.after) ||
          /\b(?:ranked|ranks|came|comes|finished|finishes|placed|rated)\s+$/i.test(c.before)
        );
      case 'only':
        return /\b(?:the|its|their|his|her|our)\s+$/i.test(c.before);
      case 'ever':
        return (
          /-$/.test(c.before) ||
          c.before
            .split(/[^\p{L}]+/u)
            .slice(-4)
            .some((x) => x !== '' && isSuperlativeWord(x))
        );
      case 'top':
        return (
          /^(?:\s+(?:\d|ten\b|five\b|three\b|twenty\b|fifty\b|hundred\b|spot\b|place\b|position\b|seed\b|rank)|-(?:ranked|rated|selling|seeded)\b)/i.test(
            c.after,
          ) ||
          (/\bthe\s+$/i.test(c.before) && !/\bon\s+the\s+$/i.test(c.before))
        );
      case 'record':
        return (
          /^(?:\s+|-)(?:highs?|lows?|numbers?|levels?|years?|temperatures?|turnout|profits?|sales|amounts?|breaking|setting|growth|losses|\d)/i.test(
            c.after,
          ) ||
          /\b(?:new|all-time|world|broke the|break the|breaks the|set a|sets a|broken the)\s+$/i.test(
            c.before,
          )
        );
      case 'leading':
        return !/^\s+(?:to|up|into|the way|role)\b/i.test(c.after);
      case 'major':
        return false;
      case 'most':
        return !/^\s+(?:of|part)\b/i.test(c.after);
      case 'least':
        // "at least 10" is a bound, which the comparison cues name; "at least" alone is a hedge.
        if (/\bnot\s+(?:the\s+)?$/i.test(c.before)) return false;
        return !/\bat\s+$/i.test(c.before);
      case 'best':
        return !(
          /^\s+(?:practices?|wishes|friends?)\b/i.test(c.after) ||
          /\b(?:at|all the|(?:do|does|did|doing|try|tries|tried|trying)\s+(?:his|her|their|our|my|its|your))\s+$/i.test(
            c.before,
          )
        );
      case 'worst':
        return !/\bat\s+$/i.test(c.before);
      default:
        return true;
    }
  });
}

/**
 * What may follow "than" without making a checkable comparison: "more than ever", "better than
 * nothing", "less than ideal", "more than happy to".
 */
const VAGUE_THAN =
  /^\s*(?:ever|usual|ideal|nothing|anything|anyone|anybody|everyone|everything|necessary|needed|just|simply|merely|happy|willing|welcome|enough)\b/i;

/** Words that make a figure approximate ("about 50", "roughly 85%"): a hedge on it, not a comparison. */
const APPROXIMATOR = /^(?:about|roughly|nearly|almost)$/i;

/**
 * Comparatives that compare something: all but those against a vague standard ("more than ever") and
 * the approximators ("about 50", "roughly 85%"); bounds ("more than 50", "at least 10") stay.
 */
export function measuredComparatives(comparatives: readonly string[], sentence: string): string[] {
  return keepInContext(
    sentence,
    comparatives.filter((c) => !APPROXIMATOR.test(c.trim())),
    (c) => !(/than$/i.test(c.text) && VAGUE_THAN.test(c.after)),
  );
}

/**
 * Change verbs that are as often something else ("an error is raised", "cut loose", "created by",
 * "added support", "lost his keys", "jumped the fence"); they make a change only in a sentence that also
 * has a figure ("cut 500 jobs", "added 200,000 jobs").
 */
const AMBIGUOUS_TREND = /^(?:raised|cut|cuts|lost|gained|created|added|climbed|jumped|dropped)$/i;

/** Idioms of the change verbs: "fell asleep", "fell in love", "grew up". */
const TREND_IDIOM_AFTER = /^\s+(?:asleep|in love|ill|silent|apart|victim|prey|short|up)\b/i;

/**
 * The change verbs that report a change: the clear ones ("rose", "increased", "halved") but their
 * idioms ("fell asleep", "grew up"), and the ambiguous ones only when the sentence has a figure
 * (`hasFigure`).
 */
export function changeTrends(
  trends: readonly string[],
  sentence: string,
  hasFigure: boolean,
): string[] {
  return keepInContext(sentence, trends, (c) => {
    if (TREND_IDIOM_AFTER.test(c.after)) return false;
    // "…, Earnest added." / "she added that…": a speaker adding words, not a number growing.
    if (/^added$/i.test(c.text) && /^\s*(?:that\b|[,.;:"“”]|$)/.test(c.after)) return false;
    return hasFigure || !AMBIGUOUS_TREND.test(c.text);
  });
}

const BE_BEFORE = /\b(?:is|are|was|were|be|been|being|am)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * Nouns whose findings a verb like "found" or "showed" reports: "a study found", "the data show",
 * "the survey revealed".
 */
const SOURCE_NOUN_BEFORE =
  /\b(?:study|studies|survey|surveys|poll|polls|report|reports|research|researchers|scientists|analysis|data|figures|statistics|census|review|investigation|inquiry|audit|experts|tests|records|documents|evidence|findings|paper|trial|trials)\b[^.;!?]{0,40}$/i;

/** "That said,", "that being said,", "having said that,": a turn of phrase, nobody's statement. */
const SAID_IDIOM_BEFORE = /(?:^|\b(?:that|having|this)\s+(?:being\s+)?)$/i;

/** Verbs that report a statement only when a clause or a pause follows them ("he added that…", "…, he added."). */
const CLAUSE_VERB = /^(?:added|wrote|noted|found|shows|showed|revealed)$/i;

/** What follows a reporting verb that introduces or closes a statement: "that", a pause, a quote, the end. */
const STATEMENT_AFTER =
  /^\s*(?:that\b|[,.;:!?—–]|["“”'‘’]|$|in (?:a|an|his|her|their|its) \p{L}+)/iu;

/**
 * The reporting cues that attribute a statement to someone. Not: the passive "is said to be"; "an
 * estimated"; the nouns "the claims", "news reports"; and "added", "wrote", "noted", "found",
 * "shows", "showed", "revealed" unless a statement follows ("added that", "…, she wrote.") or, for the
 * verbs of findings, a source precedes ("a study found"), and never in the passive ("were found").
 */
export function attributions(reporting: readonly string[], sentence: string): string[] {
  return keepInContext(sentence, reporting, (c) => {
    const w = c.text.toLowerCase();
    if ((w === 'said' || w === 'says') && BE_BEFORE.test(c.before) && /^\s+to\b/i.test(c.after))
      return false;
    if (w === 'said' && SAID_IDIOM_BEFORE.test(c.before) && /^\s*(?:that\s*)?,/.test(c.after)) {
      return false;
    }
    if (w === 'estimated' && /\ban\s+$/i.test(c.before)) return false;
    if (
      /^(?:claims|reports|estimates)$/.test(w) &&
      /\b(?:the|these|those|such|its|their|his|her|our|news|media|false)\s+$/i.test(c.before)
    ) {
      return false;
    }
    if (!CLAUSE_VERB.test(w)) return true;
    if (BE_BEFORE.test(c.before) || c.before.trim() === '') return false;
    if (STATEMENT_AFTER.test(c.after)) return true;
    return /^(?:found|shows|showed|revealed)$/.test(w) && SOURCE_NOUN_BEFORE.test(c.before);
  });
}

/** A quoted stretch of a sentence; `edge` when it opens the sentence or runs on from the one before. */
interface QuotedSpan {
  text: string;
  edge: boolean;
}

/** A sentence ending in a lone straight quote after its punctuation: `… I am not particular."`. */
const RUN_ON_STRAIGHT = /^([^“”"]*[.!?,—–-])"\s*$/;

/**
 * Spans between quotation marks; a quotation left open at the end of the sentence; and the words
 * before a closing quote that has no opening one, a quotation running on from the sentence before
 * (“… He paused. “… as I said.”; a straight quote only at the end, after the sentence's punctuation).
 */
function quotedSpans(sentence: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let from = 0;
  const runOn = /^([^“"]*?)”/.exec(sentence) ?? RUN_ON_STRAIGHT.exec(sentence);
  if (runOn?.[1]) {
    spans.push({ text: runOn[1], edge: true });
    from = runOn[0].length;
  }
  const re = /[“"]([^“”"]*)[”"]/g;
  re.lastIndex = from;
  let last = from;
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    spans.push({ text: m[1] ?? '', edge: /^[\s—–-]*$/.test(sentence.slice(0, m.index)) });
    last = m.index + m[0].length;
  }
  const open = /[“"]([^“”"]+)$/.exec(sentence.slice(last));
  if (open?.[1]) {
    const at = last + open.index;
    spans.push({ text: open[1], edge: /^[\s—–-]*$/.test(sentence.slice(0, at)) });
  }
  return spans;
}

function words(text: string): string[] {
  return text.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
}

/** A title written in title case: every word of four letters or more capitalised ("The Girl Who Leapt"). */
function titleCase(ws: string[]): boolean {
  return ws.filter((w) => w.length >= 4).every((w) => /^\p{Lu}/u.test(w));
}

/**
 * The speech quoted in a sentence: its quoted spans of at least four words that are not titles, and a
 * quotation that opens the sentence or runs on into it and ends as speech does, with a full stop, "!"
 * or "?" inside the marks (“Thank you.”, “Pick it up!”). Four words because scare quotes, nicknames
 * and terms ("harm reduction", "DisGrace") are shorter, while a quoted remark is a clause; titles
 * ("The Girl Who Leapt Through Time") are in title case and keep their full stop outside.
 */
export function quotedSpeech(sentence: string): string[] {
  return quotedSpans(sentence)
    .filter((s) => {
      if (s.edge && /[.!?…]\s*$/.test(s.text)) return true;
      const ws = words(s.text);
      return ws.length >= 4 && !titleCase(ws);
    })
    .map((s) => s.text);
}

/**
 * Whether quoted speech makes up the sentence: it opens with a quotation, or at least half its words
 * are quoted. Then what the sentence gives is someone's words, whatever they contain.
 */
export function speechDominates(sentence: string): boolean {
  const speech = quotedSpeech(sentence);
  if (speech.length === 0) return false;
  if (/^[\s—–-]*[“"]/.test(sentence)) return true;
  const quoted = speech.reduce((n, s) => n + words(s).length, 0);
  return quoted * 2 >= words(sentence).length;
}

/** A modal written in capitals ("MUST", "SHALL", "WILL"): the requirement language of a specification. */
function specificationModal(c: CueInContext): boolean {
  return /^[A-Z]{4,}$/.test(c.text);
}

/** Objects of "committed" that make it a deed, not a pledge: "committed a crime", "committed fraud". */
const DEED_AFTER =
  /^\s+(?:(?:a|an|the|several|many|two|three|war|\d+)\s+){0,2}(?:suicide|crimes?|murders?|fraud|offen[cs]es?|atrocit(?:y|ies)|abuses?|violations?|genocide|perjury|treason|fouls?|errors?|mistakes?|sins?|acts?|robber(?:y|ies)|assaults?)\b/i;

/**
 * The commitment cues that state a pledge or a target. Not: "must" (an obligation, not a pledge, and
 * the requirement word of specifications); "target" or "goal" as a plain noun ("a target name",
 * "scored a goal"), which count only as "target of / is / for / to"; "committed" with a deed ("committed
 * a crime"); modals written in capitals.
 */
export function pledges(commitments: readonly string[], sentence: string): string[] {
  const scoring = /\bscor/i.test(sentence);
  return keepInContext(sentence, commitments, (c) => {
    if (specificationModal(c)) return false;
    const w = c.text.toLowerCase();
    if (w === 'must') return false;
    if (/^(?:target|goals?)$/.test(w)) {
      return !(w !== 'target' && scoring) && /^\s+(?:is|was|of|for|to)\b/i.test(c.after);
    }
    if (w === 'committed') return !DEED_AFTER.test(c.after);
    return true;
  });
}

/** Words before "will" that make it a noun: "the will of the people", "free will", "political will". */
const WILL_NOUN_BEFORE =
  /\b(?:the|free|political|good|ill|own|his|her|their|its|our|my|your|last|popular|general)\s+$/i;

/**
 * The prediction cues that forecast. Not: "will" as a noun ("political will"); "going to" in the
 * past ("they were going to wait"); "set to" unless it says an event is due ("is set to", "are set
 * to"), so not "a loop set to repeat"; modals written in capitals (specifications).
 */
/** "will (never / always) tell you", "will agree", "will know": what anyone would say, not a forecast. */
const WILL_TELL =
  /^\s+(?:(?:never|always|probably|surely|happily)\s+)?(?:tell|say to|agree|know|remember)\b/i;

export function forecasts(predictions: readonly string[], sentence: string): string[] {
  return keepInContext(sentence, predictions, (c) => {
    if (specificationModal(c)) return false;
    const w = c.text.toLowerCase();
    // "anyone who has been there will tell you…": a turn of phrase, no forecast.
    if (w === 'will') return !WILL_NOUN_BEFORE.test(c.before) && !WILL_TELL.test(c.after);
    if (w === 'going to') return !/\b(?:was|were|wasn['’]t|weren['’]t)\s+$/i.test(c.before);
    if (w === 'set to')
      return /\b(?:is|are|am|was|were|be|been|now|also)\s+$|['’]s\s+$/i.test(c.before);
    return true;
  });
}

/**
 * The causal cues that state a cause. Not: "so that" and "in order to", which give a purpose; and
 * "responsible for" before a task ("responsible for managing"), a duty rather than a cause.
 */
export function statedCauses(causal: readonly string[], sentence: string): string[] {
  return keepInContext(sentence, causal, (c) => {
    const w = c.text.toLowerCase();
    if (w === 'so that' || w === 'in order to') return false;
    if (w === 'responsible for') return !/^\s+\p{L}+ing\b/iu.test(c.after);
    return true;
  });
}

/**
 * Time cues that date something. "At the time" points back to a time named elsewhere, and "for the
 * first time" says that something is a first (a superlative), not when it happened.
 */
export function datingTimes(times: readonly string[]): string[] {
  return times.filter((t) => !/^(?:at the time|for the first time)$/i.test(t));
}

/** "For the first time" among the time cues: a first, shown with the superlatives. */
export function firstTimes(times: readonly string[]): string[] {
  return times.filter((t) => /^for the first time$/i.test(t));
}

/**
 * A date cue as the sentence writes it: the cue finder stops "April 2013" at "April 20" (its day
 * alternative matches first), so the digits that run on are added back; "decade ago" gets the word
 * before it ("a decade ago").
 */
export function asWritten(cue: string, sentence: string): string {
  const at = sentence.indexOf(cue);
  if (at < 0) return cue;
  const after = sentence.slice(at + cue.length);
  if (/\d$/.test(cue)) {
    const more = /^\d+/.exec(after);
    if (more) return cue + more[0];
  }
  if (/^(?:years?|decades?|months?|weeks?|days?) ago$/i.test(cue)) {
    const word = /(\S+)\s+$/.exec(sentence.slice(0, at));
    if (word?.[1]) return `${word[1]} ${cue}`;
  }
  return cue;
}
