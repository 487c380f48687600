/**
 * Building the cards' props from what the content script holds: the analysed text, the linked
 * entity, and the history the background answered. Pure functions, so they are tested without a
 * page.
 */
import type { EntityMention, LinkedEntity } from '../analysis/types';
import type { EntityHistory } from '../messaging/protocol';
import type { EntityCardData, MentionSnippet } from './types';
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
 * with up to {@link SNIPPET_CONTEXT} characters either side, cut at word boundaries.
 */
export function mentionSnippets(
  text: string,
  mentions: EntityMention[],
  entityId: string,
  limit: number = MAX_SNIPPETS,
): MentionSnippet[] {
  return mentions
    .filter((m) => m.entityId === entityId)
    .sort((a, b) => a.start - b.start)
    .slice(0, limit)
    .map((m) => ({
      before: clip(
        squash(text.slice(Math.max(0, m.start - SNIPPET_CONTEXT * 2), m.start)),
        SNIPPET_CONTEXT,
        'end',
      ),
      text: squash(m.text),
      after: clip(squash(text.slice(m.end, m.end + SNIPPET_CONTEXT * 2)), SNIPPET_CONTEXT, 'start'),
    }));
}

/**
 * The props of an entity card: the linked entity of this article, its snippets in `text`, and
 * what the background knows of it (absent while the answer is on its way: the card then shows
 * this article only).
 */
export function entityCardData(
  entity: LinkedEntity,
  key: string,
  text: string,
  mentions: EntityMention[],
  history?: EntityHistory,
): EntityCardData {
  return {
    key,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    mentionCount: entity.mentions,
    snippets: mentionSnippets(text, mentions, entity.id),
    earlier: history?.earlier ?? [],
    earlierCount: history?.earlierCount ?? 0,
    notes: history?.notes ?? [],
  };
}
