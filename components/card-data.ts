/**
 * Building the cards' props from what the content script holds: the analysed text, the linked
 * entity, and the history the background answered. Pure functions, so they are tested without a
 * page.
 */
import type { EntityMention, Span } from '../analysis/types';
import type { MentionSnippet } from './types';
import { MAX_SNIPPETS } from './types';

/**
 * Characters of context kept on each side of a mention in a snippet. About six words: enough to
 * tell what the sentence says about the entity, short enough for one or two lines of a 340px card.
 */
export const SNIPPET_CONTEXT = 40;

/** Collapses runs of whitespace (line breaks from the page's markup) into single spaces. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** `text` cut to at most `max` characters, at a word boundary, from the end that touches the mention. */
function clip(text: string, max: number, keep: 'end' | 'start'): string {
  if (text.length <= max) return text;
  if (keep === 'end') {
    const cut = text.slice(text.length - max);
    const space = cut.indexOf(' ');
    return space >= 0 ? cut.slice(space + 1) : cut;
  }
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space >= 0 ? cut.slice(0, space) : cut;
}

/**
 * Snippets of the mentions of `entityId` in `text`, in reading order, at most `limit` of them, each
 * with up to {@link SNIPPET_CONTEXT} characters either side, cut at word boundaries and, when the
 * sentences are given, never past the mention's sentence. `clippedBefore`/`clippedAfter` say where
 * the card should mark a cut with "…".
 */
export function mentionSnippets(
  text: string,
  mentions: EntityMention[],
  entityId: string,
  limit: number = MAX_SNIPPETS,
  sentences: readonly Span[] = [],
): MentionSnippet[] {
  return mentions
    .filter((m) => m.entityId === entityId)
    .sort((a, b) => a.start - b.start)
    .slice(0, limit)
    .map((m) => {
      const sentence = sentences.find((x) => x.start <= m.start && m.end <= x.end);
      const floor = sentence?.start ?? 0;
      const ceiling = sentence?.end ?? text.length;
      const from = Math.max(floor, m.start - SNIPPET_CONTEXT * 2);
      const to = Math.min(ceiling, m.end + SNIPPET_CONTEXT * 2);
      const beforeRaw = squash(text.slice(from, m.start));
      const afterRaw = squash(text.slice(m.end, to));
      const before = clip(beforeRaw, SNIPPET_CONTEXT, 'end');
      const after = clip(afterRaw, SNIPPET_CONTEXT, 'start');
      return {
        before,
        text: squash(m.text),
        after,
        clippedBefore: from > floor || before.length < beforeRaw.length,
        clippedAfter: to < ceiling || after.length < afterRaw.length,
      };
    });
}
