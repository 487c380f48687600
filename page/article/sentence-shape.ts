/**
 * Whether a short text is written as a sentence: the test that tells a label or a headline ("By Jane
 * Doe", "Pizza Man Making Special Delivery") from a line of prose ("She was born in Ohio.").
 */

/** Fewest words of a label read as a sentence: "By Jane Doe." is a label, a bio is a sentence. */
const MIN_SENTENCE_WORDS = 4;

/** A sentence's end: a full stop, "!" or "?", then perhaps a closing quote or bracket. */
export const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/** Whether a short text is written as a sentence (it ends as one and has a few words). */
export function readsAsSentence(text: string): boolean {
  return SENTENCE_END.test(text) && text.split(' ').length >= MIN_SENTENCE_WORDS;
}
