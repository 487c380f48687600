/**
 * Reads a page's JSON-LD (`<script type="application/ld+json">`): the schema.org types it declares and
 * the article object's metadata. Handles arrays, `@graph`, `@type` arrays and `mainEntity` nesting;
 * broken JSON is skipped (pages often ship it).
 */

/** A schema.org node as found in JSON-LD: a plain object with string keys. */
export type LdNode = Record<string, unknown>;

/** schema.org types that are an article or one of its subtypes. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'OpinionNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'ScholarlyArticle',
  'TechArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'Report',
  'MedicalScholarlyArticle',
]);

/**
 * schema.org types that name a page which is not one article: a shop, a listing, search results, a
 * forum thread, a review, a profile. `SocialMediaPosting` is an article type but its subtype
 * `DiscussionForumPosting` is listed here: a forum thread is not an article.
 */
export const NON_ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Product',
  'ProductGroup',
  'Offer',
  'AggregateOffer',
  'SearchResultsPage',
  'CollectionPage',
  'ItemList',
  'DiscussionForumPosting',
  'QAPage',
  'Review',
  'ProfilePage',
  'Store',
  'Recipe',
]);

function asNodes(value: unknown, out: LdNode[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) asNodes(v, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  out.push(node);
  if (node['@graph']) asNodes(node['@graph'], out, depth + 1);
  if (node.mainEntity) asNodes(node.mainEntity, out, depth + 1);
}

/**
 * The JSON inside a script's text: pages written for XHTML parsers wrap it in `<![CDATA[ … ]]>` or
 * in an HTML comment, which JSON.parse rejects (Readability strips the CDATA wrapper the same way).
 */
export function unwrapScriptText(raw: string): string {
  return raw
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .trim()
    .replace(/^<!--|-->$/g, '')
    .trim();
}

/** The schema.org nodes of some `<script type="application/ld+json">` elements, in order. */
export function parseJsonLd(scripts: Iterable<Element>): LdNode[] {
  const out: LdNode[] = [];
  for (const script of scripts) {
    const raw = script.textContent;
    if (!raw) continue;
    try {
      asNodes(JSON.parse(unwrapScriptText(raw)), out, 0);
    } catch {
      // Broken JSON-LD is common; it is one signal among many.
    }
  }
  return out;
}

/** Every top-level schema.org node of the page (arrays and `@graph` flattened), in document order. */
export function readJsonLd(doc: Document): LdNode[] {
  return parseJsonLd(Array.from(doc.querySelectorAll('script[type="application/ld+json"]')));
}

/** The `@type`s of a node, without a `schema:` or URL prefix. */
export function typesOf(node: LdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

/** The first node whose type is an article type, if any. */
export function findArticleNode(nodes: readonly LdNode[]): LdNode | undefined {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
}

/** A string value, or the `name` of an object value, or the first of an array of either. */
export function ldText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(ldText).filter((v): v is string => Boolean(v));
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return ldText((value as LdNode).name);
  return undefined;
}
