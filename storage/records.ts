/**
 * The records Gloss keeps in IndexedDB. Plain, serialisable objects: the same shapes travel in
 * messages between the content script, the background and the extension pages.
 */
import type { ClaimKind, NameType } from '../analysis/types';

/** An article the reader has opened. Keyed by its canonical URL (no hash, no tracking query). */
export interface ArticleRecord {
  /** Canonical URL: origin + path (+ the query minus tracking parameters). */
  url: string;
  title: string;
  site?: string;
  byline?: string;
  published?: string;
  lang?: string;
  firstSeen: number;
  lastSeen: number;
  visits: number;
  /** Keys of the entities named in it (see {@link EntityRecord.key}). */
  entityKeys: string[];
  claimCount: number;
}

/** What Gloss knows about an entity across everything the reader has read: the card. */
export interface EntityRecord {
  /** `${type}:${normalised name}`, e.g. `person:vladimir putin`. */
  key: string;
  type: NameType;
  name: string;
  aliases: string[];
  firstSeen: number;
  lastSeen: number;
  /** Number of distinct articles it was named in. */
  articleCount: number;
}

/** That an entity was named in an article, and how often. One row per (entity, article). */
export interface MentionRecord {
  id?: number;
  entityKey: string;
  articleUrl: string;
  count: number;
  /** Title of the article, so the card can list "seen in" without a join. */
  articleTitle: string;
  seenAt: number;
}

/** A check-worthy claim seen in an article. */
export interface ClaimRecord {
  id?: number;
  articleUrl: string;
  text: string;
  score: number;
  kinds: ClaimKind[];
  reasons: string[];
  seenAt: number;
}

/** Where a note sits: a W3C-style text quote (32 characters of context) and a text position. */
export interface NoteAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets in the text of the anchoring root (document body) when the note was made. */
  start: number;
  end: number;
}

/** A reader's note on a passage. The one thing Gloss must never lose. */
export interface NoteRecord {
  /** Random UUID, made where the note is created, so a retried save never makes two notes. */
  id: string;
  articleUrl: string;
  articleTitle: string;
  body: string;
  anchor: NoteAnchor;
  /** Key of the entity the passage names, if the note was made from an entity card. */
  entityKey?: string;
  createdAt: number;
  updatedAt: number;
}

/** What a caller gives to save a note; the store sets the times. */
export type NoteInput = Omit<NoteRecord, 'createdAt' | 'updatedAt'>;

/** Per-site switch: Gloss runs everywhere unless the reader turns it off for a host. */
export interface SiteSettingRecord {
  host: string;
  enabled: boolean;
}
