/**
 * The analysed article as the page layer needs it: each highlighted span with its live DOM range,
 * entities with their storage keys, and lookups from a text offset to what is there.
 */
import type {
  Claim,
  EntityMention,
  LinkedEntity,
  NameType,
  TextAnalysis,
} from '../../analysis/types';
import { NAME_TYPES } from '../../analysis/types';
import type { TabEntity } from '../../messaging/protocol';
import type { TextMap } from '../../page/text-map';
import { entityKey } from '../../storage/keys';

/** Claims at or above this score are check-worthy and highlighted (the analyser's contract). */
export const CHECK_WORTHY = 0.5;

/**
 * Most of an article's sentences that get the claim tint: about one in three. News prose is dense
 * with dates, numbers and attributions, so in a plain report most sentences pass {@link CHECK_WORTHY};
 * tinting them all would mark nothing. Beyond this share only the best-scored claims are tinted (the
 * rest stay listed nowhere on the page, and stay in the stored record of the visit).
 */
export const MAX_FLAGGED_SHARE = 0.35;

/**
 * The claims to flag on the page: check-worthy ones, at most {@link MAX_FLAGGED_SHARE} of the
 * `sentenceCount` sentences (at least one), the best scored first; returned in text order.
 */
export function flaggedClaims<T extends Claim>(claims: readonly T[], sentenceCount: number): T[] {
  const limit = Math.max(1, Math.ceil(sentenceCount * MAX_FLAGGED_SHARE));
  return claims
    .filter((c) => c.score >= CHECK_WORTHY)
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, limit)
    .sort((a, b) => a.start - b.start);
}

export interface NameMention extends EntityMention {
  type: NameType;
  entityId: string;
  range: Range;
}

export interface PaintedClaim extends Claim {
  range: Range;
}

export interface ArticleView {
  text: string;
  analysis: TextAnalysis;
  /** Name mentions (values are not highlighted), in text order. */
  mentions: NameMention[];
  /** Check-worthy claims, in text order. */
  claims: PaintedClaim[];
  /** Linked entities by their analysis id. */
  entities: Map<string, LinkedEntity & { key: string }>;
}

const isName = (m: EntityMention): m is EntityMention & { type: NameType; entityId: string } =>
  (NAME_TYPES as readonly string[]).includes(m.type) && typeof m.entityId === 'string';

/** Builds the view: maps every highlighted span to a live Range; spans that do not map are dropped. */
export function buildArticleView(analysis: TextAnalysis, map: TextMap, doc: Document): ArticleView {
  const entities = new Map<string, LinkedEntity & { key: string }>();
  for (const e of analysis.linked) entities.set(e.id, { ...e, key: entityKey(e.type, e.name) });
  const mentions: NameMention[] = [];
  for (const m of analysis.entities) {
    if (!isName(m) || !entities.has(m.entityId)) continue;
    const range = map.toRange(m.start, m.end, doc);
    if (range) mentions.push({ ...m, range });
  }
  const claims: PaintedClaim[] = [];
  for (const c of flaggedClaims(analysis.claims, analysis.sentences.length)) {
    const range = map.toRange(c.start, c.end, doc);
    if (range) claims.push({ ...c, range });
  }
  return { text: analysis.text, analysis, mentions, claims, entities };
}

/** The last item whose span holds `offset`, by binary search over spans sorted by start. */
export function spanAt<T extends { start: number; end: number }>(
  spans: readonly T[],
  offset: number,
): T | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const s = spans[i]!;
    if (s.start <= offset && offset < s.end) return s;
  }
  return undefined;
}

/** Entities for the popup and for storage, most mentioned first. */
export function tabEntities(
  view: ArticleView,
  earlier: Record<string, { earlierCount: number }>,
): TabEntity[] {
  return [...view.entities.values()]
    .map((e) => ({ ...e, earlierArticles: earlier[e.key]?.earlierCount ?? 0 }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
