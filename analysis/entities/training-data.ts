/**
 * Turns a labelled NER document (`{id, text, entities}` as in ../shared/train/ner/*.jsonl) into the
 * tagger's input: tokens, sentences and gold BIO tags. Used by the trainer, the benchmark and tests.
 */
import { beginTag, CONLL_TYPES, type ConllType, insideTag, TAG_O } from './tags';
import { sentenceRanges, type Token, tokenize } from './tokenize';

/** A gold or predicted span in characters. */
export interface CharSpan {
  start: number;
  end: number;
  type: string;
  text?: string;
}

/** One labelled document. */
export interface NerDocument {
  id: string;
  text: string;
  entities: CharSpan[];
}

/** A document ready for training: tokens, sentence ranges, gold tags. */
export interface TaggedDocument {
  doc: NerDocument;
  tokens: Token[];
  ranges: Array<[number, number]>;
  gold: Uint8Array;
  /** Gold entities whose edges fall inside a token (they cannot be learnt exactly). */
  misaligned: number;
}

/** Parses JSONL text into documents; blank lines are skipped. */
export function parseJsonl(content: string): NerDocument[] {
  return content
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as NerDocument);
}

/** Tokenises a document and projects its gold entities onto BIO tags. */
export function toTaggedDocument(doc: NerDocument): TaggedDocument {
  const tokens = tokenize(doc.text);
  const ranges = sentenceRanges(doc.text, tokens);
  const gold = new Uint8Array(tokens.length).fill(TAG_O);
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    startAt.set(t.start, i);
    endAt.set(t.end, i);
  });
  let misaligned = 0;
  for (const e of doc.entities) {
    const k = CONLL_TYPES.indexOf(e.type as ConllType);
    const a = startAt.get(e.start);
    const b = endAt.get(e.end);
    if (k < 0 || a === undefined || b === undefined || b < a) {
      misaligned++;
      continue;
    }
    gold[a] = beginTag(k);
    for (let i = a + 1; i <= b; i++) gold[i] = insideTag(k);
  }
  return { doc, tokens, ranges, gold, misaligned };
}
