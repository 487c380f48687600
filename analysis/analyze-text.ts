/**
 * One text in, its whole analysis out: sentences, entities with alias links, claims. Pure: runs in
 * the content script and in the `analyze` CLI alike.
 */
import { detectClaims } from './claims';
import { recognizeEntities } from './entities';
import { splitSentences } from './segment/sentences';
import type { TextAnalysis, TextLayout } from './types';

/**
 * Analyses `text` as it is (offsets index into it). `layout` is what the page's markup says of it
 * (headings, code, citations), when the text comes from a page.
 */
export function analyzeText(text: string, layout: TextLayout = {}): TextAnalysis {
  const sentences = splitSentences(text);
  const { mentions, linked } = recognizeEntities(text, sentences);
  const claims = detectClaims(text, sentences, mentions, layout.regions);
  return { text, sentences, entities: mentions, linked, claims };
}
