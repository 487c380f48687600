/**
 * Where the cue words of a sentence stand in it, and the text around them: the kind rules
 * (figure-rules.ts, kind-rules.ts) read a cue's neighbours to tell a figure from a name's number, a
 * reporting verb from the same verb with an object, and so on. The cues themselves are left as
 * `findCues` returns them, since they also feed the classifier's features.
 */

/**
 * How much of the sentence each side of a cue is kept: the rules read a few words around a cue (at
 * most a 40-character stretch before a verb of finding), and copying whole long sentences for every
 * cue made the rules cost a tenth of a microsecond per character.
 */
const CONTEXT_CHARS = 80;

/** One cue word as found in the sentence, with the text before and after it (up to `CONTEXT_CHARS`). */
export interface CueInContext {
  /** The cue as `findCues` listed it. */
  text: string;
  /** UTF-16 offset of the cue in the sentence, or -1 when it could not be found again. */
  start: number;
  /** The sentence up to the cue (its last `CONTEXT_CHARS` characters). */
  before: string;
  /** The sentence after the cue (its first `CONTEXT_CHARS` characters). */
  after: string;
}

const WORD_CHAR = /[\p{L}\d]/u;

let lastSentence = '';
let lastLower = '';

/**
 * The sentence lower-cased, kept for the last sentence asked: the rules of one sentence ask for it
 * once per cue list, up to ten times.
 */
function lowerCased(sentence: string): string {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastLower = sentence.toLowerCase();
  }
  return lastLower;
}

/**
 * The first place at or after `from` where `cue` stands in `lower` as whole words: a cue that begins
 * or ends with a letter or digit does not start or end inside a word ("0" is not found in "SG01").
 */
function indexOfWhole(lower: string, cue: string, from: number): number {
  const opens = WORD_CHAR.test(cue.charAt(0));
  const closes = WORD_CHAR.test(cue.charAt(cue.length - 1));
  for (let at = lower.indexOf(cue, from); at >= 0; at = lower.indexOf(cue, at + 1)) {
    const before = lower.charAt(at - 1);
    const after = lower.charAt(at + cue.length);
    if (opens && before && WORD_CHAR.test(before)) continue;
    if (closes && after && WORD_CHAR.test(after)) continue;
    return at;
  }
  return -1;
}

/**
 * Each cue of `cues` (listed in sentence order, as `findCues` lists them) with its place in
 * `sentence`. The search moves forward from the previous cue, so a repeated word ("said … said") gets
 * each of its occurrences in turn; it is case-insensitive, since a cue may have been listed lower-cased.
 */
export function inContext(sentence: string, cues: readonly string[]): CueInContext[] {
  const lower = lowerCased(sentence);
  const found: CueInContext[] = [];
  let from = 0;
  for (const text of cues) {
    const cue = text.toLowerCase();
    let start = indexOfWhole(lower, cue, from);
    if (start < 0) start = indexOfWhole(lower, cue, 0);
    if (start < 0) {
      found.push({ text, start: -1, before: '', after: '' });
      continue;
    }
    from = start + text.length;
    found.push({
      text,
      start,
      before: sentence.slice(Math.max(0, start - CONTEXT_CHARS), start),
      after: sentence.slice(start + text.length, start + text.length + CONTEXT_CHARS),
    });
  }
  return found;
}

/** The cues of `cues` that `keep` accepts, read in their context in `sentence`. */
export function keepInContext(
  sentence: string,
  cues: readonly string[],
  keep: (cue: CueInContext) => boolean,
): string[] {
  if (cues.length === 0) return [];
  return inContext(sentence, cues)
    .filter((c) => c.start < 0 || keep(c))
    .map((c) => c.text);
}
