/**
 * Document-level second pass over the tagger's spans. The tagger already sees how it typed earlier
 * uses of a word (see PredictionHistory in features.ts); this pass adds what only hindsight gives: a
 * surname alone is the person whose full name appears anywhere in the article, even later.
 *
 * Two more rules were measured on the CoNLL++ dev split and left out: giving every use of a string
 * its majority type (−0.5 F1) and typing an acronym in parentheses like the name before it (−0.8 F1;
 * sports results and party labels in parentheses break it). Acronyms are still linked to their long
 * forms as aliases (link-aliases.ts).
 */
import { EVENT_HEADS, LAW_HEADS } from './name-types';
import type { TokenSpan } from './tags';

/** Tokens' words and the tagger's spans for one document. */
export interface PassInput {
  words: readonly string[];
  spans: readonly TokenSpan[];
  /** Token indices that start a sentence (or a line). */
  sentenceStarts: ReadonlySet<number>;
}

/**
 * Applies the document-level rules and returns new spans, sorted by position: a one-word name equal
 * to the last word of a two-or-more-word person name becomes a person (+0.15 dev F1); adjacent
 * person spans in one sentence are one name ("Ilham" "Aliyev"; never across a line break, where
 * tables and name lists put one person a line), and so is a one-word organisation glued to a person
 * (unknown first names; neutral on dev F1, +0.0001).
 */
export function documentPass({ words, spans, sentenceStarts }: PassInput): TokenSpan[] {
  const out = spans.map((s) => ({ ...s })).sort((a, b) => a.from - b.from);
  const surnames = new Set<string>();
  for (const s of out) if (s.type === 'PER' && s.to - s.from >= 2) surnames.add(words[s.to - 1]!);
  for (const s of out) if (s.to - s.from === 1 && surnames.has(words[s.from]!)) s.type = 'PER';
  const merged: TokenSpan[] = [];
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    const last = merged[merged.length - 1];
    const glued = last?.to === s.from && !sentenceStarts.has(s.from);
    if (last && glued && last.type === 'PER' && s.type === 'PER') last.to = s.to;
    else if (
      last &&
      glued &&
      s.type === 'PER' &&
      last.type === 'ORG' &&
      last.to - last.from === 1
    ) {
      // An unknown first name read as an organisation ("Fethullah" "Gülen"): one person.
      last.to = s.to;
      last.type = 'PER';
    } else merged.push(s);
  }
  return joinAcross(words, merged, sentenceStarts);
}

/**
 * Whether a sentence starts at any token from `from` to `to` inclusive: a span extended over those
 * tokens would join two sentences.
 */
export function startsSentenceIn(
  sentenceStarts: ReadonlySet<number>,
  from: number,
  to: number,
): boolean {
  for (let t = from; t <= to; t++) if (sentenceStarts.has(t)) return true;
  return false;
}

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Nikolaus van der Pas". */
const NAME_PARTICLES = new Set(
  'von van der den de del della di da dos das du le la ter ten bin ibn al el'.split(' '),
);
/** Connectives inside the names of treaties and conferences: "Convention on Climate Change". */
const HEAD_LINKS = new Set(['on', 'of', 'for', 'against']);
const CAPITALISED = /^\p{Lu}/u;

/**
 * Joins what the tagger split at lower-case words inside a name: a person followed by name particles
 * and a capitalised word ("Ursula" von der "Leyen"), and a treaty or conference head followed by a
 * connective and another name ("UN Framework Convention" on "Climate Change"). The join never
 * crosses a sentence start.
 */
function joinAcross(
  words: readonly string[],
  spans: TokenSpan[],
  sentenceStarts: ReadonlySet<number>,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  const startsAt = new Map(spans.map((s, k) => [s.from, k]));
  for (let k = 0; k < spans.length; k++) {
    const s = { ...spans[k]! };
    out.push(s);
    for (;;) {
      let j = s.to;
      if (s.type === 'PER') {
        while (NAME_PARTICLES.has(words[j] ?? '') && j - s.to < 3) j++;
      } else if (LAW_HEADS.has(words[s.to - 1]!) || EVENT_HEADS.has(words[s.to - 1]!)) {
        if (HEAD_LINKS.has(words[j] ?? '')) j++;
        if (words[j] === 'the') j++;
      }
      if (j === s.to || !CAPITALISED.test(words[j] ?? '')) break;
      if (startsSentenceIn(sentenceStarts, s.to, j)) break;
      const next = startsAt.get(j);
      if (next !== undefined) {
        s.to = spans[next]!.to;
        k = Math.max(k, next);
      } else if (s.type === 'PER') {
        s.to = j + 1;
      } else {
        break;
      }
    }
  }
  return out;
}
