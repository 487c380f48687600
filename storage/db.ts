/**
 * The one Dexie database of Gloss. It lives in the extension origin and only the background opens it;
 * content scripts reach it through messages (their IndexedDB would be the visited page's).
 *
 * Every `version()` stays here forever, each with its upgrade, so any older database opens.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  ArticleRecord,
  ClaimRecord,
  EntityRecord,
  MentionRecord,
  NoteRecord,
  SiteSettingRecord,
} from './records';

export const DB_NAME = 'gloss';

export class GlossDb extends Dexie {
  articles!: EntityTable<ArticleRecord, 'url'>;
  entities!: EntityTable<EntityRecord, 'key'>;
  mentions!: EntityTable<MentionRecord, 'id'>;
  claims!: EntityTable<ClaimRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  sites!: EntityTable<SiteSettingRecord, 'host'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1: the first schema. Indexes only on what is queried: notes by article and entity,
    // mentions by entity (cards) and by article (replacing an article's mentions on a revisit).
    this.version(1).stores({
      articles: 'url, lastSeen',
      entities: 'key, lastSeen',
      mentions: '++id, &[entityKey+articleUrl], entityKey, articleUrl, seenAt',
      claims: '++id, articleUrl',
      notes: 'id, articleUrl, entityKey, updatedAt',
      sites: 'host',
    });
  }
}

let shared: GlossDb | undefined;

/** The background's database, opened on first use. */
export function getDb(): GlossDb {
  shared ??= new GlossDb();
  return shared;
}
