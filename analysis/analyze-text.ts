/**
 * One text in, its whole analysis out: sentences, entities with alias links, claims. Pure: runs in
 * the content script and in the `analyze` CLI alike.
 */
import { detectClaims } from './claims';
import { recognizeEntities } from './entities';
import { splitSentences } from './segment/sentences';
import type { EntityMention, LinkedEntity, TextAnalysis, TextLayout, TextRegion } from './types';

/**
 * Region kinds whose names are not the article's: a lead-in or headline of another story ("Related:
 * …") names the people of that story, so its mentions are neither highlighted nor counted.
 */
const OTHER_STORY_REGIONS: ReadonlySet<TextRegion['kind']> = new Set(['related']);

/**
 * The mentions outside other stories' regions, and the linked entities recounted over them (an
 * entity named only there is dropped).
 */
function withoutOtherStories(
  mentions: EntityMention[],
  linked: LinkedEntity[],
  regions: readonly TextRegion[],
): { mentions: EntityMention[]; linked: LinkedEntity[] } {
  const away = regions.filter((r) => OTHER_STORY_REGIONS.has(r.kind));
  if (away.length === 0) return { mentions, linked };
  const kept = mentions.filter((m) => !away.some((r) => m.start >= r.start && m.end <= r.end));
  if (kept.length === mentions.length) return { mentions, linked };
  const counts = new Map<string, number>();
  for (const m of kept) if (m.entityId) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return {
    mentions: kept,
    linked: linked
      .filter((e) => counts.has(e.id))
      .map((e) => ({ ...e, mentions: counts.get(e.id) ?? e.mentions })),
  };
}

/**
 * Analyses `text` as it is (offsets index into it). `layout` is what the page's markup says of it
 * (headings, code, citations, captions, bylines, related-story lead-ins), when the text comes from a
 * page.
 */
export function analyzeText(text: string, layout: TextLayout = {}): TextAnalysis {
  const sentences = splitSentences(text);
  const found = recognizeEntities(text, sentences);
  const { mentions, linked } = withoutOtherStories(
    found.mentions,
    found.linked,
    layout.regions ?? [],
  );
  const claims = detectClaims(text, sentences, mentions, layout.regions);
  return { text, sentences, entities: mentions, linked, claims };
}
