/**
 * Undoes the Penn-style spacing of a CoNLL document ("Germany 's" → "Germany's", "( L )" → "(L)",
 * "$ 23.4" → "$23.4", `do n't` → `don't`, quotes hugging what they quote) and moves its gold spans
 * with it. The news the engine meets, and the later-year held-out set the issue names, are written
 * with real spacing; scoring the tuning split both ways shows what the tokeniser's bridge between the
 * two costs.
 */
import type { NerDocument } from '../analysis/entities/training-data';

/** Tokens written against the token before them. */
const JOIN_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '%',
  "'s",
  "'S",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
  "''",
]);
/** Tokens written against the token after them. */
const JOIN_AFTER = new Set(['(', '[', '{', '$', '``']);

/** The document with real spacing; every gold span covers the same tokens as before. */
export function detokenize(doc: NerDocument): NerDocument {
  const src = doc.text;
  // Old character offset → new offset, for token starts and ends only.
  const moved = new Map<number, number>();
  let out = '';
  let lineStart = 0;
  for (const line of src.split('\n')) {
    if (lineStart > 0) out += '\n';
    let prev: string | null = null;
    let quoteOpen = false;
    let openedQuote = false;
    for (const m of line.matchAll(/\S+/g)) {
      const tok = m[0];
      const start = lineStart + m.index;
      const closesQuote = tok === '"' && quoteOpen;
      const join =
        prev === null ||
        JOIN_BEFORE.has(tok) ||
        (prev !== null && JOIN_AFTER.has(prev)) ||
        closesQuote ||
        openedQuote;
      if (!join) out += ' ';
      moved.set(start, out.length);
      moved.set(start + tok.length, out.length + tok.length);
      out += tok;
      openedQuote = tok === '"' && !quoteOpen;
      if (tok === '"') quoteOpen = !quoteOpen;
      prev = tok;
    }
    lineStart += line.length + 1;
  }
  const entities = doc.entities.map((e) => {
    const start = moved.get(e.start);
    const end = moved.get(e.end);
    if (start === undefined || end === undefined) {
      throw new Error(`${doc.id}: span ${e.start}-${e.end} does not fall on token edges`);
    }
    return { ...e, start, end };
  });
  return { id: doc.id, text: out, entities };
}
