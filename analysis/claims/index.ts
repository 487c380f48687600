/**
 * The claim engine: for each sentence, a score from the trained models (check-worthy at 0.5 or more by
 * the calibrated classifier, ordered within each side by the priority model: `twoStageScore`), the
 * kinds of claim it makes and the reasons, with the cue words.
 */
import modelFile from '../models/claims.json';
import type { Claim, EntityMention, Sentence, TextRegion } from '../types';
import { type ClaimCues, findCues } from './cues';
import { cueValues, hashedMarginPair, tokenize, unigramIndex } from './features';
import {
  type ClaimModel,
  type ClaimModelFile,
  calibrate,
  loadClaimModel,
  priorityMargin,
  twoStageScore,
} from './model';
import { cutFurniture, furnitureKind } from './page-furniture';
import { pickedSimilarity } from './picked-claims';
import { hedgeNote, kindsAndReasons } from './reasons';
import { speakerOf } from './speaker';

/**
 * A sentence with no claim cue is still listed when its check-worthiness probability reaches this. On the CLEF 2019 training
 * debates, 0.1 drops half of the 10,921 lines without a cue (greetings, filler) but only 2 of their
 * 152 check-worthy ones.
 */
export const MIN_LISTED_SCORE = 0.1;

/** Sentences shorter than this many characters ("Thank you.", "Yes.") are never claims. */
const MIN_SENTENCE_CHARS = 12;

let model: ClaimModel | undefined;

/** The shipped model, decoded on first use (about 2 ms) and kept. */
export function claimModel(): ClaimModel {
  model ??= loadClaimModel(modelFile as ClaimModelFile);
  return model;
}

/**
 * One sentence scored: `probability` is the calibrated check-worthiness of the classifier (≥ 0.5:
 * check-worthy); `score` is on the same side of 0.5 and orders sentences by the priority model within
 * each side (`twoStageScore`); `cues` are what both were computed from.
 */
export function scoreSentence(sentence: string): {
  score: number;
  probability: number;
  cues: ClaimCues;
} {
  const cues = findCues(sentence);
  const m = claimModel();
  const values = cueValues(cues);
  const p = m.priority;
  const [ha, hb] = hashedMarginPair(m.hashed, p.hashed, sentence);
  let total = m.bias + ha;
  let priority = p.bias + hb;
  for (let i = 0; i < values.length; i++) {
    total += m.cues[i]! * values[i]!;
    priority += p.cues[i]! * values[i]!;
  }
  const boost = p.picked.weight * pickedSimilarity(p.picked, sentence);
  const probability = calibrate(m, total);
  const ranked = priorityMargin(priority, boost, total, p.classifierShare);
  return { score: twoStageScore(m, probability, ranked), probability, cues };
}

/**
 * Function words: they carry weight in the model (in the mass of its n-grams, "has been" and "was"
 * lean towards checkable statements) but tell a reader nothing, so a reason never quotes them.
 */
const FUNCTION_WORDS = new Set(
  (
    'the and but for nor yet not was were are has have had been being its his her hers their theirs ' +
    'our ours your yours she him them they you who whom whose which what that this these those with ' +
    'from into onto upon over than then there here when where while also just very such some any all ' +
    'each both more most can could would should will shall may might must does did done doing out off ' +
    "about after before again once only own same too how why since said says it's that's there's"
  ).split(' '),
);

/**
 * The words of a sentence whose own weight pushes its score up most (at most two), for the reason
 * of a claim that the model flags without a rule cue; function words and capitalised words (pieces of
 * names) are skipped.
 */
function strongestWords(sentence: string): string[] {
  const m = claimModel();
  const seen = new Set<string>();
  const scored: Array<[string, number]> = [];
  for (const t of tokenize(sentence)) {
    if (t.startsWith('<') || t.length < 3 || seen.has(t) || FUNCTION_WORDS.has(t)) continue;
    seen.add(t);
    const w = m.hashed[unigramIndex(t)] ?? 0;
    if (w > 0) scored.push([t, w]);
  }
  const lower = sentence.toLowerCase();
  // A capitalised word is a piece of a name ("Francisco", "Council"): it says nothing of the wording.
  return scored
    .sort((a, b) => b[1] - a[1])
    .map(([t]) => asWrittenWord(sentence, lower, t))
    .filter((w) => w[0] === w[0]?.toLowerCase())
    .slice(0, 2);
}

/** `word` (lower case) as `sentence` writes it at its first whole-word occurrence. */
function asWrittenWord(sentence: string, lower: string, word: string): string {
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    const before = i > 0 ? lower[i - 1]! : ' ';
    const after = lower[i + word.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) {
      return sentence.slice(i, i + word.length);
    }
  }
  return word;
}

/**
 * The kind of the region of `regions` that holds a span, for spans asked in text order: a pointer
 * moves past the regions that end before the span, so a whole text costs one pass over both lists.
 */
function regionFinder(
  regions: readonly TextRegion[],
): (start: number, end: number) => TextRegion['kind'] | undefined {
  if (regions.length === 0) return () => undefined;
  const sorted = [...regions].sort((a, b) => a.start - b.start);
  let first = 0;
  return (start, end) => {
    while (first < sorted.length && sorted[first]!.end <= start) first++;
    for (let i = first; i < sorted.length && sorted[i]!.start <= start; i++) {
      if (sorted[i]!.end >= end) return sorted[i]!.kind;
    }
    return undefined;
  };
}

/**
 * A sentence that ends as sentences do (a full stop, "!", "?" or an ellipsis, then perhaps a closing
 * quote or bracket). Headlines and section labels drop the full stop; a heading written with one is
 * a sentence set large, such as the summary some sites put under the title, and is read as prose.
 */
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s*$/u;

/**
 * Whether a sentence in a region of `kind` is left out of the claims: headings unless written as
 * sentences, every other region (code, citations, captions, bylines, related-story lead-ins) always.
 */
function notClaimIn(kind: TextRegion['kind'] | undefined, sentence: string): boolean {
  if (kind === undefined) return false;
  return kind !== 'heading' || !SENTENCE_END.test(sentence);
}

/**
 * Claims of a text: one per sentence that carries any claim signal (a claim kind, or a model score of
 * at least `MIN_LISTED_SCORE`), low scores included since the score ranks them. Page furniture
 * (bylines, datelines, credits, "Read more", copyright lines…) is never a claim; a dateline prefix
 * ("WASHINGTON (Reuters) — ") and a trailing photo credit are left out of the claim, which then spans
 * the rest of its sentence (`text.slice(start, end) === claim.text` always holds). With entity
 * mentions, a quotation names its speaker's entity. A sentence in code or a citation, or in a heading
 * that is not written as a sentence (`regions`, as the page marks them), is not a claim.
 */
export function detectClaims(
  text: string,
  sentences: Sentence[],
  entities?: EntityMention[],
  regions: readonly TextRegion[] = [],
): Claim[] {
  const claims: Claim[] = [];
  const inRegion = regionFinder(regions);
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (sentence.length < MIN_SENTENCE_CHARS) continue;
    if (notClaimIn(inRegion(s.start, s.end), sentence)) continue;
    const cut = cutFurniture(sentence);
    if (cut.kind) continue;
    const body = sentence.slice(cut.start, cut.end);
    if (body.length < MIN_SENTENCE_CHARS) continue;
    const start = s.start + cut.start;
    const end = s.start + cut.end;
    const { score, probability, cues } = scoreSentence(body);
    const { kinds, reasons } = kindsAndReasons(cues, body);
    if (kinds.length === 0 && probability < MIN_LISTED_SCORE) continue;
    // Whole-line furniture is looked for only in what would be listed: a third of the sentences of a
    // debate are dropped above, and they need not pay for the check.
    if (furnitureKind(body)) continue;
    if (kinds.length === 0) {
      const words = strongestWords(body);
      reasons.push(
        `worded like check-worthy statements${words.length > 0 ? `: ${words.join(', ')}` : ''}`,
      );
    }
    const note = hedgeNote(cues, body);
    if (note) reasons.push(note);
    const claim: Claim = {
      start,
      end,
      text: body,
      score: Math.round(score * 1e4) / 1e4,
      kinds,
      reasons,
    };
    if (kinds.includes('quotation')) {
      const speaker = speakerOf(text, s, entities);
      if (speaker) claim.speakerId = speaker;
    }
    claims.push(claim);
  }
  return claims;
}
