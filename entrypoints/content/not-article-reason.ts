/**
 * The popup's sentence for a page that is not an article. The article detector explains itself in
 * signal codes ("little-prose:-3", "headline-links:-3"); a reader gets what those codes mean, in words.
 */
import type { ArticleVerdict } from '../../page/article/detect';

/** What a page looks like, by the detector's negative signals; the first that matches names it. */
const LOOKS_LIKE: ReadonlyArray<{ test: RegExp; words: string }> = [
  { test: /^(?:url-search|filled-search-box|jsonld-SearchResultsPage)$/, words: 'search results' },
  {
    test: /^(?:url-shop|shop-button|og-product.*|jsonld-(?:Product|ProductGroup|Offer|AggregateOffer|Store))$/,
    words: 'a shop page',
  },
  { test: /^(?:review-votes|jsonld-Review)$/, words: 'a page of reviews' },
  {
    test: /^(?:url-forum|forum-posts|jsonld-(?:DiscussionForumPosting|QAPage))$/,
    words: 'a forum thread',
  },
  {
    test: /^(?:headline-links|many-article-elements|url-front|jsonld-(?:CollectionPage|ItemList))$/,
    words: 'a front page or a list of stories',
  },
  { test: /^(?:og-profile|jsonld-ProfilePage)$/, words: 'a profile page' },
  { test: /^jsonld-Recipe$/, words: 'a recipe' },
];

/** A signal as the detector writes it, "name:weight", split. */
function parseSignal(signal: string): { name: string; weight: number } {
  const at = signal.lastIndexOf(':');
  return { name: signal.slice(0, at), weight: Number(signal.slice(at + 1)) };
}

/**
 * Why the page is not taken for an article, in the reader's words: "This page doesn't look like a
 * news article: too little running text." The strongest negative signal decides (the detector's
 * weights already rank them); a page refused only for lack of positive signs (some prose, but no
 * body of paragraphs kept together, and no declared article type) gets the sentence about its text.
 */
export function notArticleReason(verdict: Pick<ArticleVerdict, 'signals'>): string {
  const lead = "This page doesn't look like a news article";
  const negatives = verdict.signals
    .map(parseSignal)
    .filter((s) => s.weight < 0)
    .sort((a, b) => a.weight - b.weight);
  for (const { name } of negatives) {
    if (name === 'little-prose') return `${lead}: too little running text.`;
    const shape = LOOKS_LIKE.find((l) => l.test.test(name));
    if (shape) return `${lead}: it looks like ${shape.words}.`;
  }
  if (negatives.some((s) => /^(?:jsonld|og|microdata)-/.test(s.name))) {
    return `${lead}: the site marks it as something else.`;
  }
  if (verdict.signals.some((s) => parseSignal(s).name === 'prose')) {
    return `${lead}: its text is not one story told in paragraphs.`;
  }
  return `${lead}: too little running text.`;
}
