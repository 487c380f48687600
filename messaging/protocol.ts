/**
 * Typed messages between the content script, the background (owner of the database) and the
 * extension pages. Every request names its `type`; {@link Requests} maps each type to its payload
 * and its answer, so senders and handlers are checked by the compiler.
 */
import type {
  Claim,
  EntityType,
  LinkedEntity,
  NameType,
  TextAnalysis,
  TextRegion,
} from '../analysis/types';
import type { ImportReport, NotesExport } from '../storage/notes-transfer';
import type { ArticleRecord, EntityRecord, NoteInput, NoteRecord } from '../storage/records';

/** What the content script found on its page; the popup shows it. */
export type TabStatus =
  | 'loading'
  | 'article'
  | 'not-article'
  | 'disabled'
  | 'unsupported-language'
  | 'error';

/** The article's metadata as found on the page. */
export interface ArticleMeta {
  url: string;
  title: string;
  byline?: string;
  published?: string;
  site?: string;
  lang?: string;
}

/** An entity of the article as the popup lists it: linked entity plus its stored history. */
export interface TabEntity extends LinkedEntity {
  /** Global key in storage (`type:normalised name`). */
  key: string;
  /** Number of earlier articles (before this one) that named it. */
  earlierArticles: number;
}

/** State of one tab, answered by its content script to `tab/state`. */
export interface TabState {
  status: TabStatus;
  /** A sentence for the reader: why nothing is shown, or what went wrong. */
  reason?: string;
  host: string;
  article?: ArticleMeta;
  entities: TabEntity[];
  claims: Claim[];
  notes: NoteRecord[];
  /** Notes whose passage was not found on the page as it is now (kept, listed, not painted). */
  orphanNoteIds?: string[];
}

/** What one earlier article contributed to an entity's history. */
export interface EntitySighting {
  articleUrl: string;
  articleTitle: string;
  count: number;
  seenAt: number;
}

/** Everything the background knows about one entity: shown in its card. */
export interface EntityHistory {
  key: string;
  record?: EntityRecord;
  /** Other articles that named it, newest first (at most {@link HISTORY_LIMIT}). */
  earlier: EntitySighting[];
  /** Total number of other articles that named it. */
  earlierCount: number;
  notes: NoteRecord[];
}

/**
 * Longest article text analysed, in UTF-16 units: about 150 pages of prose. Anything longer is not a
 * news article, and analysing it would keep the reader waiting; the page gets notes but no highlights.
 */
export const MAX_ANALYSED_CHARS = 400_000;

/** Cards list at most this many earlier articles: enough to jog memory, short enough to fit a card. */
export const HISTORY_LIMIT = 5;

/** An entity of the visited article, as the content script reports it for storage. */
export interface SeenEntity {
  key: string;
  type: NameType;
  name: string;
  aliases: string[];
  mentions: number;
}

/** Request payloads and responses, by message type. */
export interface Requests {
  /**
   * Content → background: analyse an article's text. The analysis (and its model) runs in the
   * background, so pages that are not articles never load it, and it is loaded once, not per tab.
   */
  analyze: { req: { text: string; regions?: TextRegion[] }; res: TextAnalysis };
  /** Content → background: the reader opened this article; store it and answer the entities' histories. */
  'article/seen': {
    req: { article: ArticleMeta; entities: SeenEntity[]; claims: Claim[] };
    res: { histories: Record<string, { earlierCount: number }> };
  };
  /** Content/card → background: one entity's card data. */
  'entity/history': { req: { key: string; articleUrl: string }; res: EntityHistory };
  'notes/list': { req: { articleUrl: string }; res: NoteRecord[] };
  'notes/save': { req: NoteInput; res: NoteRecord };
  'notes/delete': { req: { id: string }; res: { deleted: boolean } };
  /** Extension page → background: every note, most recently edited first (the library page). */
  'notes/all': { req: Record<string, never>; res: NoteRecord[] };
  /** Extension page → background: every note as an export file (a backup the reader keeps). */
  'notes/export': { req: Record<string, never>; res: NotesExport };
  /**
   * Extension page → background: merge an export file (parsed JSON, checked by the background) into
   * the notes. Refused with a sentence for the reader when the file is not ours; never deletes a note.
   */
  'notes/import': { req: { data: unknown }; res: ImportReport };
  'site/get': { req: { host: string }; res: { enabled: boolean } };
  'site/set': { req: { host: string; enabled: boolean }; res: { enabled: boolean } };
  /** Extension page → background: every stored article, newest first (the library view). */
  'articles/list': { req: { limit?: number }; res: ArticleRecord[] };
}

export type RequestType = keyof Requests;
export type RequestOf<T extends RequestType> = Requests[T]['req'];
export type ResponseOf<T extends RequestType> = Requests[T]['res'];

/** The envelope on the wire. */
export interface Envelope<T extends RequestType = RequestType> {
  gloss: 1;
  type: T;
  payload: RequestOf<T>;
}

/** Answer on the wire: a result, or an error message the sender turns into an exception. */
export type Reply<T extends RequestType = RequestType> =
  | { ok: true; value: ResponseOf<T> }
  | { ok: false; error: string };

/** Messages the background or the popup send to a tab's content script. */
export type TabMessage =
  | { gloss: 1; type: 'tab/state' }
  | { gloss: 1; type: 'tab/add-note-from-selection' }
  | { gloss: 1; type: 'tab/focus-note'; id: string }
  | { gloss: 1; type: 'tab/focus-entity'; id: string }
  | { gloss: 1; type: 'tab/focus-claim'; start: number }
  | { gloss: 1; type: 'tab/refresh' };

/** Entity type labels for people, in the card and the popup. */
export const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  event: 'Event',
  work: 'Work',
  product: 'Product',
  law: 'Law or treaty',
  group: 'Group',
  other: 'Other',
  date: 'Date',
  time: 'Time',
  number: 'Number',
  money: 'Money',
  percent: 'Percent',
  quantity: 'Quantity',
};
