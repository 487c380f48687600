/**
 * From the tagger's token spans to name mentions in characters: titles and stray punctuation are
 * trimmed off, a span is cut at a bracket it does not both open and close, hyphenated place pairs
 * ("Russia-Ukraine") become two places, and each span gets its Gloss type.
 */
import type { EntityMention } from '../types';
import { type Gazetteer, hasEntry } from './gazetteer';
import { TITLE_WORDS } from './name-phrases';
import { nameTypeOf } from './name-types';
import { CONLL_TYPES, type TokenSpan } from './tags';
import { hasIgnorable, stripIgnorable, type Token } from './tokenize';

/**
 * Words of web links ("Read more", "Click here", "Share this") that a page's text can put right after
 * a byline name: never the last word of a name when a lower-case word follows them.
 */
const LINK_WORDS = new Set([
  'Read',
  'Click',
  'Share',
  'Subscribe',
  'Follow',
  'Watch',
  'Listen',
  'See',
]);

/**
 * An acronym of three to five capitals with a number in one token: "COP29", "COP-28". One- and
 * two-letter codes ("G7", "F1") and a name then a number ("CSKA 2") are left to the tagger: sports
 * tables are full of them.
 */
const CODE_NAME = /^\p{Lu}{3,5}-?\d{1,3}$/u;

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
/** A capital letter and a full stop, kept together by the tokeniser as an initial ("J."). */
const SINGLE_LETTER_STOP = /^\p{Lu}\.$/u;
const LOC = CONLL_TYPES.indexOf('LOC');

/** Whether a single word is listed as a place in the gazetteer. */
function isKnownPlace(gaz: Gazetteer, word: string): boolean {
  return hasEntry(gaz, word, LOC);
}

/**
 * The parts of a hyphenated token when every part is a known place ("Azerbaijan-Russia") and the
 * whole is not one, else null. `raw` is the token as in the text (it may hold soft hyphens), `word`
 * the same without them; offsets are relative to the raw token.
 */
function placeParts(
  gaz: Gazetteer,
  raw: string,
  word: string,
): Array<{ start: number; end: number }> | null {
  if (!word.includes('-') || !/^\p{Lu}/u.test(word)) return null;
  // A hyphenated name listed whole ("Bosnia-Herzegovina", "Guinea-Bissau") is one place.
  if (isKnownPlace(gaz, word)) return null;
  const parts: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const p of raw.split('-')) {
    if (!isKnownPlace(gaz, raw === word ? p : stripIgnorable(p))) return null;
    parts.push({ start: at, end: at + p.length });
    at += p.length + 1;
  }
  return parts.length >= 2 ? parts : null;
}

/**
 * ISO 4217 codes that the value rules read as money after a number ("99 AZN"; values.ts): after a
 * number such a code is the amount's currency, not an organisation, and the value keeps it.
 */
const CURRENCY_CODES = new Set(['AZN', 'USD', 'EUR', 'GBP', 'RUB', 'CNY', 'JPY', 'TRY']);

/** A plain number token: digits with optional separators. */
const NUMBER_TOKEN = /^\d+(?:[.,]\d+)*$/;

/** Closing bracket → its opening bracket. */
const OPENING: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
const OPENERS = new Set(Object.values(OPENING));

/**
 * Whether the last token of `[from, to)`, which has no letter or digit, still belongs to the name: a
 * closing bracket whose opening bracket is inside the name ("Mladost ( L )", a club and its town),
 * which trimming cut in two (CoNLL++ dev F1 through recognizeEntities 0.9340 → 0.9352 with the
 * Viterbi model). A currency sign glued to a code ("C$") is a CoNLL name too, but it stays
 * trimmed: kept, it would take the "$" from the money value that follows ("C$ 5 million").
 */
function keepsLast(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]!;
  const open = OPENING[last.text];
  if (!open) return false;
  let depth = 0;
  for (let k = to - 2; k > from; k--) {
    const t = tokens[k]!.text;
    if (t === last.text) depth++;
    else if (t === open) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/**
 * The parts of the token span `[from, to)` between its unbalanced brackets: a bracket closed outside
 * the span or opened and left open in it. A name never crosses one: in "Kauri (Te Kaurinui Robert)
 * Parata" a span "Te Kaurinui Robert ) Parata" is two names, "Te Kaurinui Robert" and "Parata". The
 * CoNLL-2003 training, dev and test sets have one gold name with an unbalanced bracket in 35,000
 * ("Videoton(*", a table's footnote mark), so the cut costs the benchmarks nothing.
 */
export function bracketParts(
  tokens: readonly Token[],
  from: number,
  to: number,
): Array<[number, number]> {
  const cuts: number[] = [];
  const open: number[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!.text;
    if (OPENERS.has(t)) open.push(k);
    else if (OPENING[t] !== undefined) {
      const last = open[open.length - 1];
      if (last !== undefined && tokens[last]!.text === OPENING[t]) open.pop();
      else cuts.push(k);
    }
  }
  if (cuts.length === 0 && open.length === 0) return [[from, to]];
  cuts.push(...open, to);
  cuts.sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  let at = from;
  for (const c of cuts) {
    if (c > at) out.push([at, c]);
    at = c + 1;
  }
  return out;
}

/** Whether a token of `[from, to)` is a bracket: most names have none, and skip {@link bracketParts}. */
function hasBracket(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!.text;
    if (t.length === 1 && (OPENERS.has(t) || OPENING[t] !== undefined)) return true;
  }
  return false;
}

/** Whether token k is written right after token k - 1, with nothing between them ("U.S.-led"). */
function gluedToPrevious(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev !== undefined && prev.end === tokens[k]!.start;
}

/** Turns token spans into name mentions (sorted, non-overlapping). */
export function toNameMentions(
  text: string,
  tokens: readonly Token[],
  spans: readonly TokenSpan[],
  gaz: Gazetteer,
): EntityMention[] {
  const out: EntityMention[] = [];
  const covered = new Uint8Array(tokens.length);
  const invisible = hasIgnorable(text);
  /** Token k's word as it is looked up: without invisible format characters. */
  const word = (k: number): string => {
    const t = tokens[k]?.text ?? '';
    return invisible ? stripIgnorable(t) : t;
  };
  const push = (start: number, end: number, type: EntityMention['type']) => {
    out.push({ start, end, type, text: text.slice(start, end) });
  };
  const emit = (spanFrom: number, spanTo: number, type: TokenSpan['type']) => {
    let from = spanFrom;
    let to = spanTo;
    // Trimmed until nothing changes: a lower-case word cut off can bare stray punctuation before it.
    for (let changed = true; changed; ) {
      const was = to - from;
      while (from < to && !HAS_WORD_CHAR.test(tokens[from]!.text)) from++;
      while (
        to > from &&
        !HAS_WORD_CHAR.test(tokens[to - 1]!.text) &&
        !keepsLast(tokens, from, to)
      ) {
        to--;
      }
      if (type === 'PER') while (to - from > 1 && TITLE_WORDS.has(word(from))) from++;
      // A name does not end in an all-lower-case word ("European tour", "Eagles organisation"): the
      // greedy tagger sometimes runs on past the name. A word glued to the one before it stays:
      // "U.S.-led" is one name in CoNLL, written as three tokens here.
      while (to - from > 1 && /^\p{Ll}+$/u.test(word(to - 1)) && !gluedToPrevious(tokens, to - 1)) {
        to--;
      }
      while (
        to - from > 1 &&
        LINK_WORDS.has(word(to - 1)) &&
        /^\p{Ll}/u.test(tokens[to]?.text ?? 'x')
      ) {
        to--;
      }
      changed = to - from !== was && to > from;
    }
    if (to <= from) return;
    if (to - from === 1 && CURRENCY_CODES.has(word(from)) && NUMBER_TOKEN.test(word(from - 1))) {
      return;
    }
    covered.fill(1, from, to);
    if (to - from === 1) {
      const tok = tokens[from]!;
      const parts = placeParts(gaz, tok.text, word(from));
      if (parts) {
        for (const p of parts) push(tok.start + p.start, tok.start + p.end, 'place');
        return;
      }
    }
    const words: string[] = [];
    for (let k = from; k < to; k++) words.push(word(k));
    const last = tokens[to - 1]!;
    // A single letter ends a product's or a team's name ("Xbox One S"); at a sentence's end the
    // tokeniser keeps the full stop with it, as it does for a person's initial ("Brian J."), where
    // the stop belongs to the name. Elsewhere it is the sentence's, and stays out of the highlight.
    const end =
      type !== 'PER' && to - from > 1 && SINGLE_LETTER_STOP.test(last.text)
        ? last.end - 1
        : last.end;
    push(tokens[from]!.start, end, nameTypeOf(type, words));
  };
  for (const s of spans) {
    if (!hasBracket(tokens, s.from, s.to)) emit(s.from, s.to, s.type);
    else for (const [from, to] of bracketParts(tokens, s.from, s.to)) emit(from, to, s.type);
  }
  // Hyphenated place pairs that the tagger left untagged ("the Russia-Ukraine conflict"), and code
  // names with a number ("COP29"), which the training data has too few of to learn.
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const tok = tokens[i]!;
    const parts = placeParts(gaz, tok.text, word(i));
    if (parts) {
      for (const p of parts) push(tok.start + p.start, tok.start + p.end, 'place');
      continue;
    }
    if (CODE_NAME.test(tok.text)) push(tok.start, tok.end, nameTypeOf('MISC', [tok.text]));
  }
  return out.sort((a, b) => a.start - b.start);
}
