/** What Gloss remembers about an entity across articles: the data of its card. */
import { type EntityHistory, HISTORY_LIMIT } from '../messaging/protocol';
import type { GlossDb } from './db';

/**
 * The card data of one entity: its record, the other articles that named it (newest first, at most
 * {@link HISTORY_LIMIT}) and the reader's notes attached to it.
 */
export async function entityHistory(
  db: GlossDb,
  key: string,
  currentUrl: string,
): Promise<EntityHistory> {
  const [record, mentions, notes] = await Promise.all([
    db.entities.get(key),
    db.mentions.where('entityKey').equals(key).toArray(),
    db.notes.where('entityKey').equals(key).toArray(),
  ]);
  const others = mentions
    .filter((m) => m.articleUrl !== currentUrl)
    .sort((a, b) => b.seenAt - a.seenAt);
  return {
    key,
    record,
    earlierCount: others.length,
    earlier: others.slice(0, HISTORY_LIMIT).map((m) => ({
      articleUrl: m.articleUrl,
      articleTitle: m.articleTitle,
      count: m.count,
      seenAt: m.seenAt,
    })),
    notes: notes.sort((a, b) => b.updatedAt - a.updatedAt),
  };
}
