/**
 * The data shapes the components take as props. They are built from the analyser's types and the
 * stored records, so the content script and the extension pages fill them without translation; the
 * components themselves never fetch, message or store anything.
 */
import type { Claim, NameType } from '../analysis/types';
import type { EntitySighting, TabState } from '../messaging/protocol';
import type { NoteRecord } from '../storage/records';

export type { TabEntity, TabState, TabStatus } from '../messaging/protocol';
export type { Claim, NoteRecord };

/** A mention of an entity in this article, with a few words either side of it. */
export interface MentionSnippet {
  /** Text just before the mention (already trimmed to a few words by the caller). */
  before: string;
  /** The mention as written in the article. */
  text: string;
  /** Text just after the mention. */
  after: string;
  /** The context was cut before `before` (the card shows "…" there). */
  clippedBefore?: boolean;
  /** The context was cut after `after`. */
  clippedAfter?: boolean;
}

/** Everything an entity card shows. */
export interface EntityCardData {
  /** Storage key (`type:normalised name`); lets callbacks say which entity they act on. */
  key: string;
  name: string;
  type: NameType;
  /** Surface forms linked to it in this article (the card lists those other than `name`). */
  aliases: string[];
  /** Number of mentions in this article. */
  mentionCount: number;
  /** Some of those mentions in context (the card shows at most {@link MAX_SNIPPETS}). */
  snippets: MentionSnippet[];
  /** Earlier articles that named it, newest first. */
  earlier: EntitySighting[];
  /** Total number of earlier articles (may exceed `earlier.length`). */
  earlierCount: number;
  /** The reader's notes on this entity. */
  notes: NoteRecord[];
}

/**
 * Snippets an entity card lists before "and N more": four lines of context fit in a card without
 * scrolling on a laptop screen, which is what a glance needs.
 */
export const MAX_SNIPPETS = 4;

/** What a claim card shows. */
export interface ClaimCardData {
  claim: Claim;
  /** Display name of the quoted speaker, when the claim is an attributed quotation. */
  speaker?: string;
}

/** A `TabState` as the popup receives it; `null` while the tab has not answered yet. */
export type PopupState = TabState | null;
