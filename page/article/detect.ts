/**
 * Is this page an article? A cheap verdict from signals that cost one pass over a few element lists:
 * declared types (JSON-LD, microdata, Open Graph), the URL's shape, how much paragraph prose the page
 * holds, and the marks of pages that are not articles even with much text (home pages and section
 * fronts full of headline links, search results, shops, forum threads, reviews). It runs on every page
 * the reader opens, so it imports nothing of the analysis and never reads the whole DOM twice.
 */
import { isHidden, looksLikeChrome } from './boilerplate';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES, parseJsonLd, typesOf } from './json-ld';
import { metaContentIn } from './metadata';
import { type PageScan, scanPage } from './page-scan';

/** The detector's answer, with the signals that made it, for the popup and for debugging. */
export interface ArticleVerdict {
  isArticle: boolean;
  /** Sum of the signal weights; the page is an article when it reaches {@link ARTICLE_THRESHOLD}. */
  score: number;
  /** Each signal that fired, as "name:weight". */
  signals: string[];
  /** One human sentence: why it is or is not an article. */
  reason: string;
}

/**
 * Score a page needs to be an article. Readable prose alone (+2) is not enough (about pages, product
 * pages and docs have it too); prose that also sits together in one container (+1), or a declared
 * article type (+2/+3), is. One strong non-article mark (−3) outweighs the prose.
 */
export const ARTICLE_THRESHOLD = 2.5;

/**
 * Readability's readerable measure: Σ √(len − 140) over paragraphs of at least 140 characters. Over 20
 * is Readability's own "probably readerable" line; under 8 (barely one paragraph) is a listing or an
 * app.
 */
const PROSE_MIN_LENGTH = 140;
const PROSE_READABLE = 20;
const PROSE_WEAK = 8;
/**
 * Readerable measure of the best single container above which the page holds an article's body: 40
 * is two paragraphs of about 540 characters, or four of 240, side by side.
 */
const BODY_PROSE = 40;

/**
 * Headline links (a link holding or held by an h2/h3/h4) beyond which a page is a front: home pages and
 * section fronts list a dozen and more; an article links a few related stories.
 */
const FRONT_HEADLINE_LINKS = 12;

/**
 * Signal weights. Declared types are the publisher's own words, so they weigh most (JSON-LD, the most
 * deliberate, most of all); a non-article type outweighs an article type (a product page may also
 * carry an Article node for its blurb). Prose is the strongest undeclared sign; the marks of fronts,
 * search results, shops and user reviews (−3) each cancel it; a forum's posts (−2) less, since comment threads under
 * articles look alike. URL shapes are hints only (±1–3): many sites use opaque paths.
 */
const WEIGHTS = {
  ldArticle: 3,
  ldNonArticle: -4,
  ogArticle: 2,
  ogNonArticle: -3,
  microArticle: 2,
  microNonArticle: -3,
  urlArticle: 1,
  urlFront: -2,
  urlNonArticle: -3,
  prose: 2,
  proseBody: 1,
  proseWeak: -3,
  singleArticleTag: 0.5,
  front: -3,
  searchBox: -3,
  shop: -3,
  forum: -2,
  reviewVotes: -3,
} as const;

const SEARCH_PATH = /\/(?:search|find|results?)(?:[/?.]|$)|[?&](?:q|query|search|s|k|text|wd|p)=/i;
const SHOP_PATH = /\/(?:products?|dp|gp\/product|shop|store|item|cart|checkout|p)\/[^/]/i;
const FORUM_PATH = /\/(?:forums?|threads?|topics?|t|questions|discussions?|community|board)\/[^/]/i;
const FRONT_PATH =
  /^\/(?:(?:tags?|categor(?:y|ies)|sections?|topics?|authors?|archive|page)\/[^/]*\/?)?$/i;
const ARTICLE_SLUG = /\/(?:19|20)\d\d\/\d\d?\/|[a-z0-9]+(?:-[a-z0-9]+){3,}|\d{6,}/i;
const SHOP_BUTTON =
  /add to (?:cart|bag|basket|trolley)|buy now|in den warenkorb|ajouter au panier|añadir al carrito/i;
/**
 * Buttons of a user-review page: votes on a review ("Helpful (7)") and reporting one. They belong to
 * review sites and shops; a newspaper's critic review has neither, so its review stays an article.
 */
const REVIEW_BUTTON = /^\s*helpful\b|\breport (?:this )?review\b|\bwas this review helpful\b/i;
const FORUM_CLASS =
  /(?:^|\s)(?:post|reply|message|thread-item|topic-post)(?:\s|$)|postbody|forum-post/i;

/** Adds the declared-type signals of JSON-LD, microdata and Open Graph. */
function declaredTypes(scan: PageScan, add: (name: string, weight: number) => void): void {
  const ldTypes = new Set(parseJsonLd(scan.ldScripts).flatMap(typesOf));
  const ldArticle = [...ldTypes].find((t) => ARTICLE_TYPES.has(t));
  const ldOther = [...ldTypes].find((t) => NON_ARTICLE_TYPES.has(t));
  if (ldArticle) add(`jsonld-${ldArticle}`, WEIGHTS.ldArticle);
  if (ldOther) add(`jsonld-${ldOther}`, WEIGHTS.ldNonArticle);

  let microArticle = false;
  let microOther = false;
  for (const t of scan.itemTypes) {
    if (ARTICLE_TYPES.has(t)) microArticle = true;
    else if (NON_ARTICLE_TYPES.has(t)) microOther = true;
  }
  if (microArticle && !ldArticle) add('microdata-article', WEIGHTS.microArticle);
  if (microOther && !ldOther) add('microdata-non-article', WEIGHTS.microNonArticle);

  const og = metaContentIn(scan.metas, ['og:type'])?.toLowerCase();
  if (og === 'article' || og?.startsWith('article') || og === 'blog') {
    add('og-article', WEIGHTS.ogArticle);
  } else if (og && /product|profile|video\.other|music|book\.shelf/.test(og)) {
    add(`og-${og}`, WEIGHTS.ogNonArticle);
  }
}

/** Adds the URL-shape signals (home page, section front, search, shop, forum, dated slug). */
function urlShape(url: string | undefined, add: (name: string, weight: number) => void): void {
  if (!url) return;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return;
  }
  const path = u.pathname;
  if (SEARCH_PATH.test(path + u.search)) add('url-search', WEIGHTS.urlNonArticle);
  else if (SHOP_PATH.test(path)) add('url-shop', WEIGHTS.urlNonArticle);
  else if (FORUM_PATH.test(path)) add('url-forum', WEIGHTS.urlNonArticle);
  else if (FRONT_PATH.test(path)) add('url-front', WEIGHTS.urlFront);
  else if (ARTICLE_SLUG.test(path)) add('url-article', WEIGHTS.urlArticle);
}

/** Prose of a page: over all paragraphs, and over the paragraphs of its best single container. */
interface Prose {
  /** Readability's readerable measure over visible, non-chrome paragraphs (see {@link PROSE_READABLE}). */
  total: number;
  /**
   * The same measure over the paragraphs that share one parent (a lone paragraph in a wrapper counts
   * for the wrapper's parent), best container: an article's body keeps its paragraphs together, a
   * front's teasers and a product page's feature blurbs sit one per card.
   */
  body: number;
}

/** Han, kana and Hangul characters: one carries about as much text as a Latin word's 3 letters. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Paragraph length with CJK characters counted thrice, so the 140-character line means the same. */
function proseLength(text: string): number {
  const trimmed = text.trim();
  const cjk = trimmed.match(CJK)?.length ?? 0;
  return trimmed.length + 2 * cjk;
}

function proseOf(scan: PageScan, headlineParents: ReadonlySet<Element>): Prose {
  let total = 0;
  const groups = new Map<Element, number>();
  for (const p of new Set(scan.proseNodes)) {
    const len = proseLength(p.textContent ?? '');
    if (len < PROSE_MIN_LENGTH) continue;
    if (isHidden(p) || looksLikeChrome(p)) continue;
    const s = Math.sqrt(len - PROSE_MIN_LENGTH);
    total += s;
    if (p.tagName.toUpperCase() === 'ARTICLE') continue;
    let parent = p.parentElement;
    if (parent && parent.childElementCount === 1 && parent.parentElement)
      parent = parent.parentElement;
    if (!parent) continue;
    groups.set(parent, (groups.get(parent) ?? 0) + s);
    // Bodies split into wrappers (a heading, an image, a paragraph each) add up one level higher;
    // a wrapper with a headline link is a teaser card, and cards do not add up to a body.
    const grand = parent.parentElement;
    if (grand && !headlineParents.has(parent)) groups.set(grand, (groups.get(grand) ?? 0) + s);
  }
  let body = 0;
  for (const v of groups.values()) if (v > body) body = v;
  return { total, body };
}

/**
 * Links that are headlines: a link of 20+ characters that makes up most of an h2/h3/h4 (or holds one)
 * and leads to another page. Section headings with an "edit" or "#anchor" link are not headlines.
 */
function headlineLinks(scan: PageScan): Element[] {
  const out: Element[] = [];
  for (const { el: h, outerLink } of scan.headings) {
    const link = outerLink ?? h.getElementsByTagName('a')[0] ?? null;
    const href = link?.getAttribute('href');
    if (!link || !href || href.startsWith('#')) continue;
    const linkText = (link.textContent ?? '').trim().length;
    const headText = (h.textContent ?? '').trim().length;
    if (linkText >= 20 && linkText >= headText * 0.6) out.push(h);
  }
  return out;
}

/** Every ancestor of the given elements (a Set, for "does this element contain one of them?"). */
function ancestorsOf(elements: readonly Element[]): Set<Element> {
  const out = new Set<Element>();
  for (const el of elements) {
    for (let a = el.parentElement; a && !out.has(a); a = a.parentElement) out.add(a);
  }
  return out;
}

/**
 * Adds the marks of pages that are not articles: fronts (many headlines, or many `<article>` cards:
 * counted once), search results, shops, user reviews, forums.
 */
function pageShape(
  scan: PageScan,
  prose: Prose,
  headlines: number,
  add: (name: string, weight: number) => void,
): void {
  // A front lists many headlines and no container holds an article's body; an article with a long
  // box of related headlines still has its body.
  const noBody = prose.body < BODY_PROSE;
  const frontSeen = headlines >= FRONT_HEADLINE_LINKS && noBody;
  if (frontSeen) add('headline-links', WEIGHTS.front);

  const articles = scan.articleCount;
  if (articles === 1) add('one-article-element', WEIGHTS.singleArticleTag);
  else if (articles >= 5 && noBody && !frontSeen) add('many-article-elements', WEIGHTS.front);

  for (const input of scan.inputs) {
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    const name = (input.getAttribute('name') ?? '').toLowerCase();
    const value = input.getAttribute('value') ?? '';
    if ((type === 'search' || /^(?:q|query|search|s|p|text|wd)$/.test(name)) && value.trim()) {
      // A query in the search box and little prose: a results page. With long prose it is a site
      // that echoes a default value into its search field.
      if (noBody) add('filled-search-box', WEIGHTS.searchBox);
      break;
    }
  }

  let shop = false;
  let review = false;
  for (const b of scan.buttons) {
    const label = b.textContent || b.getAttribute('value') || '';
    if (!shop && SHOP_BUTTON.test(label)) {
      add('shop-button', WEIGHTS.shop);
      shop = true;
    }
    if (!review && REVIEW_BUTTON.test(label)) {
      add('review-votes', WEIGHTS.reviewVotes);
      review = true;
    }
    if (shop && review) break;
  }

  // Five posts that each name their author: a thread of several people (or a listing of posts).
  const posts = new Set<Element>();
  for (const mark of scan.authorMarks) {
    for (let a = mark.parentElement; a; a = a.parentElement) {
      if (FORUM_CLASS.test(a.getAttribute('class') ?? '')) {
        posts.add(a);
        break;
      }
    }
  }
  if (posts.size >= 5) add('forum-posts', WEIGHTS.forum);
}

/**
 * Decides whether `doc` is an article page. `url` (the page's address) adds the URL-shape signals;
 * without it the DOM decides alone.
 */
export function detectArticle(doc: Document, url?: string): ArticleVerdict {
  const signals: string[] = [];
  let score = 0;
  const add = (name: string, weight: number): void => {
    signals.push(`${name}:${weight}`);
    score += weight;
  };
  const scan = scanPage(doc);
  declaredTypes(scan, add);
  urlShape(url, add);
  const headlines = headlineLinks(scan);
  const prose = proseOf(scan, ancestorsOf(headlines));
  if (prose.total > PROSE_READABLE) add('prose', WEIGHTS.prose);
  if (prose.body > BODY_PROSE) add('prose-body', WEIGHTS.proseBody);
  if (prose.total < PROSE_WEAK) add('little-prose', WEIGHTS.proseWeak);
  pageShape(scan, prose, headlines.length, add);

  const isArticle = score >= ARTICLE_THRESHOLD;
  const top = [...signals].sort(
    (a, b) => Math.abs(Number(b.split(':').pop())) - Math.abs(Number(a.split(':').pop())),
  );
  const reason = isArticle
    ? `article (score ${score}): ${top.slice(0, 3).join(', ')}`
    : `not an article (score ${score}): ${top.slice(0, 3).join(', ') || 'no article signal'}`;
  return { isArticle, score, signals, reason };
}
