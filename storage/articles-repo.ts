/** Articles the reader has opened, and the entities and claims they named. */
import type { Claim } from '../analysis/types';
import type { ArticleMeta, SeenEntity } from '../messaging/protocol';
import type { GlossDb } from './db';
import type { ArticleRecord, MentionRecord } from './records';
import { betterLabel, mergeSeenEntities } from './seen-entities';

/** How many other articles named each entity, by entity key. */
export type EarlierCounts = Record<string, { earlierCount: number }>;

/**
 * Records a visit: the article, its entities (cards and per-article mentions) and its claims, in one
 * transaction, so a crash half-way leaves the previous state. A revisit replaces the article's
 * mentions and claims (the page may have changed) and counts the visit. Answers, for each entity,
 * how many *other* articles named it before.
 *
 * Entities that share a key (two spellings that fold alike) are merged first (see
 * {@link mergeSeenEntities}): the database holds one mention row per entity and article, and a second
 * row under the same key would make the whole visit fail.
 */
export async function recordArticleVisit(
  db: GlossDb,
  article: ArticleMeta,
  seenEntities: SeenEntity[],
  claims: Claim[],
  now: number = Date.now(),
): Promise<EarlierCounts> {
  const entities = mergeSeenEntities(seenEntities);
  return db.transaction('rw', [db.articles, db.entities, db.mentions, db.claims], async () => {
    const previous = await db.articles.get(article.url);
    const record: ArticleRecord = {
      url: article.url,
      title: article.title,
      site: article.site,
      byline: article.byline,
      published: article.published,
      lang: article.lang,
      firstSeen: previous?.firstSeen ?? now,
      lastSeen: now,
      visits: (previous?.visits ?? 0) + 1,
      entityKeys: entities.map((e) => e.key),
      claimCount: claims.filter((c) => c.score >= 0.5).length,
    };
    await db.articles.put(record);

    const oldMentions = await db.mentions.where('articleUrl').equals(article.url).toArray();
    const oldByKey = new Map(oldMentions.map((m) => [m.entityKey, m]));
    const keep = new Set(entities.map((e) => e.key));
    // Entities the article no longer names lose this article from their count.
    for (const m of oldMentions) {
      if (keep.has(m.entityKey)) continue;
      await db.mentions.delete(m.id!);
      const ent = await db.entities.get(m.entityKey);
      if (ent) await db.entities.put({ ...ent, articleCount: Math.max(0, ent.articleCount - 1) });
    }

    const counts: EarlierCounts = {};
    for (const e of entities) {
      const existing = await db.entities.get(e.key);
      const isNewHere = !oldByKey.has(e.key);
      const aliases = new Set([...(existing?.aliases ?? []), ...e.aliases]);
      await db.entities.put({
        key: e.key,
        type: e.type,
        // The cleanest, then longest, name seen is the most informative title for the card.
        name: existing ? betterLabel(existing.name, e.name) : e.name,
        aliases: [...aliases],
        firstSeen: existing?.firstSeen ?? now,
        lastSeen: now,
        articleCount: (existing?.articleCount ?? 0) + (isNewHere ? 1 : 0),
      });
      const mention: MentionRecord = {
        entityKey: e.key,
        articleUrl: article.url,
        articleTitle: article.title,
        count: e.mentions,
        seenAt: oldByKey.get(e.key)?.seenAt ?? now,
      };
      const old = oldByKey.get(e.key);
      if (old?.id !== undefined) mention.id = old.id;
      await db.mentions.put(mention);
      const total = await db.mentions.where('entityKey').equals(e.key).count();
      counts[e.key] = { earlierCount: total - 1 };
    }

    await db.claims.where('articleUrl').equals(article.url).delete();
    await db.claims.bulkAdd(
      claims.map((c) => ({
        articleUrl: article.url,
        text: c.text,
        score: c.score,
        kinds: c.kinds,
        reasons: c.reasons,
        seenAt: now,
      })),
    );
    return counts;
  });
}

/** Stored articles, most recently read first. */
export async function listArticles(db: GlossDb, limit = 100): Promise<ArticleRecord[]> {
  return db.articles.orderBy('lastSeen').reverse().limit(limit).toArray();
}
