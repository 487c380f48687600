/**
 * The analyser's data model: plain objects with UTF-16 offsets into the analysed text.
 * Everything here is serialisable, so the same shapes cross the CLI, messages and storage.
 */

/** Named-entity kinds that Gloss highlights. */
export const NAME_TYPES = [
  'person',
  'organization',
  'place',
  'event',
  'work',
  'product',
  'law',
  'group',
  'other',
] as const;
export type NameType = (typeof NAME_TYPES)[number];

/** Value kinds found by rules; the claim engine uses them, the page does not highlight them. */
export const VALUE_TYPES = ['date', 'time', 'number', 'money', 'percent', 'quantity'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

export type EntityType = NameType | ValueType;

/** A half-open span `[start, end)` of UTF-16 code units in the analysed text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

/** One mention of a name or a value in the text. */
export interface EntityMention extends Span {
  type: EntityType;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  /**
   * Key of the linked entity within this article (shared by "Vladimir Putin" and a later "Putin").
   * Only names carry one; values do not.
   */
  entityId?: string;
}

/** An entity of the article: all mentions that the alias linker put together. */
export interface LinkedEntity {
  id: string;
  type: NameType;
  /** The fullest form seen in the article ("Vladimir Putin", "UN Framework Convention on Climate Change"). */
  name: string;
  /** Every distinct surface form linked to it, including `name`. */
  aliases: string[];
  /** Number of mentions in this article. */
  mentions: number;
}

export const CLAIM_KINDS = [
  'statistic',
  'comparison',
  'date-event',
  'quotation',
  'commitment',
  'prediction',
  'causal',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * Kinds of text whose sentences are never claims, as the page's markup says: a heading (a topic label,
 * or a summary of the paragraph under it, which states the claim in full), code, and citations (a
 * reference list names sources; the claims they back are in the text). Page furniture that stays in
 * the text because a reader reads it and the names in it are real: a picture's caption, a byline,
 * author bio or note and a dateline (`byline`), and a lead-in to another story ("Related: …").
 */
export const NON_CLAIM_REGION_KINDS = [
  'heading',
  'code',
  'citation',
  'caption',
  'byline',
  'related',
] as const;
export type TextRegionKind = (typeof NON_CLAIM_REGION_KINDS)[number];

/** A stretch of the analysed text that the page marks as a heading or as code (offsets into the text). */
export interface TextRegion extends Span {
  kind: TextRegionKind;
}

/** What the page layer knows of a text's layout, beyond the text itself. */
export interface TextLayout {
  /** Headings, code, citations and furniture kept in the text, in text order; their sentences are not claims. */
  regions?: readonly TextRegion[];
}

/** A sentence or clause that states something checkable. */
export interface Claim extends Span {
  text: string;
  /** Check-worthiness in [0, 1]: ≥ 0.5 is check-worthy (highlighted by default); within each side, higher is more like what fact-checkers pick. */
  score: number;
  /** What makes it checkable, strongest first. */
  kinds: ClaimKind[];
  /** Short human reasons with the cue words, e.g. "a percentage and a target year: 35 percent by 2030". */
  reasons: string[];
  /** For quotations: the linked entity that is quoted, when known. */
  speakerId?: string;
}

/** Result of analysing one text. */
export interface TextAnalysis {
  text: string;
  sentences: Sentence[];
  entities: EntityMention[];
  linked: LinkedEntity[];
  claims: Claim[];
}
