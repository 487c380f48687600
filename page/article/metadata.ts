/**
 * The article's metadata: its own title (not the `<title>` with the site's suffix), byline, published
 * date, site name and language. Structured sources first (JSON-LD, Open Graph, meta tags), then the
 * page's own elements.
 */
import { findArticleNode, type LdNode, ldText, readJsonLd } from './json-ld';
import { primaryLanguage } from './language';
import { stripTitleAffixes } from './title-affixes';

/** Metadata of an article page; every field is optional because pages omit any of them. */
export interface ArticleMetadata {
  title?: string;
  byline?: string;
  published?: string;
  site?: string;
  lang?: string;
}

function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** The content of the first of `metas` whose property, name or itemprop is one of `keys`. */
export function metaContentIn(
  metas: Iterable<Element>,
  keys: readonly string[],
): string | undefined {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const meta of metas) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    if (wanted.has(key)) {
      const v = clean(meta.getAttribute('content'));
      if (v) return v;
    }
  }
  return undefined;
}

/** The content of the first `<meta>` whose property, name or itemprop is one of `keys`. */
export function metaContent(doc: Document, keys: readonly string[]): string | undefined {
  return metaContentIn(Array.from(doc.getElementsByTagName('meta')), keys);
}

/** Separators between a title and a site name in `<title>`: | - – — / : » · and the like. */
const TITLE_SEPARATOR = /\s[|\-–—\\/>»·•:]\s|\s::\s/;

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * The `<title>` minus a site name on either side ("Story | Site", "Site - Story"). The longer side
 * is the story; when the remainder has fewer than 4 words it was probably the title itself that held
 * the separator ("Error: Not Found"), so the whole `<title>` is kept (Readability's rule).
 */
export function stripSiteFromTitle(raw: string): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (!TITLE_SEPARATOR.test(title)) return title;
  const parts = title.split(/\s(?:[|\-–—\\/>»·•:]|::)\s/);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return words(longest) >= 4 ? longest.trim() : title;
}

/** Normalises a title for comparing: lowercase, letters and digits only, single spaces. */
export function normaliseTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The `<h1>`/`<h2>` that the `<title>` contains ("Story | Site" holds the story's heading). When
 * several do (a site-name heading too), the one that comes first in the `<title>` wins, then the
 * longer: sites put the story before their name.
 */
function headingMatchingTitle(doc: Document, docTitle: string): string | undefined {
  const target = normaliseTitle(docTitle);
  if (!target) return undefined;
  let best: { text: string; at: number; length: number } | undefined;
  for (const tag of ['h1', 'h2']) {
    for (const h of Array.from(doc.getElementsByTagName(tag))) {
      const text = clean(h.textContent?.replace(/¶/g, ''));
      if (!text) continue;
      const n = normaliseTitle(text);
      // Ten characters at least: "News" or "Menu" inside a <title> says nothing.
      const at = n.length >= 10 ? target.indexOf(n) : -1;
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && n.length > best.length)) {
        best = { text, at, length: n.length };
      }
    }
    if (best) return best.text;
  }
  return undefined;
}

/** Share of `b`'s words found in `a` (case and punctuation ignored). */
function wordOverlap(a: string, b: string): number {
  const inA = new Set(normaliseTitle(a).split(' '));
  const wordsB = normaliseTitle(b).split(' ').filter(Boolean);
  if (wordsB.length === 0) return 0;
  return wordsB.filter((w) => inA.has(w)).length / wordsB.length;
}

/** The site's names a page declares, as written: og:site_name, application-name, JSON-LD publisher. */
function declaredSiteNameList(doc: Document, article: LdNode | undefined): string[] {
  const names = [
    metaContent(doc, ['og:site_name']),
    metaContent(doc, ['application-name']),
    clean(ldText(article?.publisher)),
  ];
  return names.filter((n): n is string => Boolean(n));
}

/** {@link declaredSiteNameList}, normalised for comparing ({@link normaliseTitle}). */
function declaredSiteNames(doc: Document, article: LdNode | undefined): string[] {
  return declaredSiteNameList(doc, article).map(normaliseTitle);
}

/**
 * The title without a site name that ends or starts it after a separator ("Story | Site",
 * "Site – Story"), when that part IS one of the site's declared names: unlike
 * {@link stripSiteFromTitle}, nothing is cut on length alone, so a title with a colon of its own
 * ("Evolve: Shared Mutable History") stays whole.
 */
export function stripKnownSite(title: string, siteNames: readonly string[]): string {
  if (siteNames.length === 0) return title;
  const parts = title.split(/\s(?:[|\-–—\\/>»·•:]|::)\s/);
  if (parts.length < 2) return title;
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const isSite = (part: string): boolean => siteNames.includes(normaliseTitle(part));
  if (isSite(last))
    return title
      .slice(0, title.length - last.length)
      .replace(/\s\S+\s*$/, '')
      .trim();
  if (isSite(first))
    return title
      .slice(first.length)
      .replace(/^\s*\S+\s/, '')
      .trim();
  return title;
}

/**
 * The JSON-LD title. When `headline` and `name` differ, the one that shares more words with the
 * `<title>` wins (Readability's rule): some sites put a description or a kicker in one of them. A
 * `name` that is the site's own name (sites copy the publisher into the article node) is no title.
 */
function ldTitle(
  article: LdNode | undefined,
  docTitle: string | undefined,
  siteNames: readonly string[],
): string | undefined {
  const headline = clean(ldText(article?.headline));
  let name = clean(ldText(article?.name));
  if (name && siteNames.includes(normaliseTitle(name))) name = undefined;
  if (headline && name && headline !== name && docTitle) {
    return wordOverlap(docTitle, name) > wordOverlap(docTitle, headline) ? name : headline;
  }
  return headline ?? name;
}

/** The http(s) URL of the page: `url` when given, else the document's own (the live page's). */
function pageUrl(doc: Document, url: string | undefined): URL | undefined {
  for (const candidate of [url, doc.URL]) {
    if (!candidate) continue;
    try {
      const parsed = new URL(candidate);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed;
    } catch {
      // Not a URL (linkedom leaves document.URL undefined): try the next.
    }
  }
  return undefined;
}

/**
 * The article's title: JSON-LD headline, Open Graph / Twitter / Dublin Core title as declared, else
 * the `<title>` without a site name the page declares ({@link stripKnownSite}), else the `<h1>` that
 * `<title>` contains, else the `<title>` without what looks like a site name. Whatever the source,
 * the site's name, the authors and a short Title-Case label are then cut from its ends
 * ({@link stripTitleAffixes}): og:title often repeats the `<title>` with its "- Site" suffix. `url`
 * (else the document's URL) gives the host, whose main label names the site too.
 */
export function findTitle(
  doc: Document,
  article: LdNode | undefined,
  url?: string,
): string | undefined {
  const raw = findRawTitle(doc, article);
  if (!raw) return undefined;
  const byline = findByline(doc, article);
  const declared = declaredSiteNameList(doc, article);
  // As written and as shown: "http://www.site.example" and "Site – tagline" name "site" and "Site".
  const shown = declared.map(siteNameAsShown).filter((n): n is string => Boolean(n));
  return stripTitleAffixes(raw, {
    siteNames: [...declared, ...shown],
    authors: byline ? [byline] : [],
    host: pageUrl(doc, url)?.hostname,
  });
}

/** The title as the page gives it (see {@link findTitle}), before its ends are cleaned. */
function findRawTitle(doc: Document, article: LdNode | undefined): string | undefined {
  const docTitle = clean(doc.title) ?? clean(doc.querySelector('title')?.textContent);
  const siteNames = declaredSiteNames(doc, article);
  const structured =
    ldTitle(article, docTitle, siteNames) ??
    metaContent(doc, ['og:title', 'dc.title', 'dcterms.title', 'twitter:title', 'parsely-title']);
  if (structured) return structured;
  if (docTitle) {
    const withoutSite = stripKnownSite(docTitle, siteNames);
    if (withoutSite && withoutSite !== docTitle) return withoutSite;
    return headingMatchingTitle(doc, docTitle) ?? stripSiteFromTitle(docTitle);
  }
  const h1 = doc.querySelector('h1');
  return clean(h1?.textContent);
}

/** Removes a leading "By" / "Von" / "Par" / "Por" from a byline. */
function stripBy(s: string): string {
  return s.replace(/^(?:by|von|par|por|di|door)\s+/i, '').trim();
}

/** The element that holds the byline, if the page marks one (rel=author, itemprop=author, .byline…). */
export function findBylineElement(scope: ParentNode): Element | null {
  const el = scope.querySelector(
    '[rel="author"], [itemprop~="author"], .byline, .author, .p-author, [class*="byline"], [class*="author-name"]',
  );
  if (!el) return null;
  const text = clean(el.textContent);
  // A byline is a short line; a long "author" block is a bio box, not a byline.
  return text && text.length < 100 ? el : null;
}

/** The byline: JSON-LD author, `<meta name=author>`, else the byline element's text. */
export function findByline(doc: Document, article: LdNode | undefined): string | undefined {
  const fromLd = clean(ldText(article?.author));
  if (fromLd && !/^https?:/.test(fromLd)) return fromLd;
  const meta = metaContent(doc, ['author', 'article:author', 'dc.creator', 'parsely-author']);
  if (meta && !/^https?:/.test(meta)) return meta;
  const el = findBylineElement(doc);
  const text = clean(el?.textContent);
  return text ? stripBy(text) : undefined;
}

/** A date as ISO 8601: ISO-looking input is kept as written (its local date is the published day). */
export function toIsoDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** The published date: JSON-LD, article meta tags, else the first `<time datetime>`. */
export function findPublished(doc: Document, article: LdNode | undefined): string | undefined {
  const raw =
    ldText(article?.datePublished) ??
    metaContent(doc, [
      'article:published_time',
      'og:published_time',
      'datePublished',
      'parsely-pub-date',
      'pubdate',
      'publishdate',
      'date',
      'dc.date',
      'dc.date.issued',
      'dcterms.created',
      'sailthru.date',
    ]) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  return toIsoDate(raw);
}

/**
 * A host as a reader would name it: "www.harbourtimes.com" → "harbourtimes.com". Undefined for an IP
 * address, `localhost` or any other single-label host (pages served locally): no name is better than
 * "127.0.0.1" in the popup.
 */
export function readableHost(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || h.startsWith('[')) return undefined;
  if (!h.includes('.') || h.endsWith('.localhost')) return undefined;
  return h.replace(/^www\d*\./, '');
}

/**
 * A declared site name as shown: a name written as a URL ("http://www.tmz.com") becomes its readable
 * host; a name with a tagline after a separator ("Mozilla Hacks – the Web developer blog") keeps its
 * first part; anything else is kept as written (no capitalisation invented: "HarbourTimes" stays).
 */
export function siteNameAsShown(name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (/^https?:\/\//i.test(name)) {
    try {
      return readableHost(new URL(name).hostname);
    } catch {
      return undefined;
    }
  }
  return clean(name.split(/\s(?:[|\-–—·•»]|::)\s/)[0]) ?? name;
}

/**
 * The site's name: og:site_name, the JSON-LD publisher, application-name, in that order of trust (the
 * first is meant for exactly this). An application-name equal to the `<title>` is skipped: some pages
 * fill it with the page's title. Else the readable host of `url` (or of the document's own URL),
 * nothing for a local or IP host. `twitter:site` is not read: it is a handle ("@harbourtimes").
 */
export function findSite(
  doc: Document,
  article: LdNode | undefined,
  url: string | undefined,
): string | undefined {
  const declared =
    siteNameAsShown(metaContent(doc, ['og:site_name'])) ??
    siteNameAsShown(clean(ldText(article?.publisher)));
  if (declared) return declared;
  const appName = siteNameAsShown(metaContent(doc, ['application-name']));
  if (appName && normaliseTitle(appName) !== normaliseTitle(doc.title ?? '')) return appName;
  return readableHost(pageUrl(doc, url)?.hostname);
}

function httpEquiv(doc: Document, name: string): string | undefined {
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() === name) {
      return meta.getAttribute('content') ?? undefined;
    }
  }
  return undefined;
}

/** The declared language: `<html lang>`, Content-Language, JSON-LD inLanguage, og:locale. */
export function findDeclaredLanguage(
  doc: Document,
  article: LdNode | undefined,
): string | undefined {
  return (
    primaryLanguage(doc.documentElement?.getAttribute('lang')) ??
    primaryLanguage(doc.documentElement?.getAttribute('xml:lang')) ??
    primaryLanguage(httpEquiv(doc, 'content-language')) ??
    primaryLanguage(ldText(article?.inLanguage)) ??
    primaryLanguage(metaContent(doc, ['og:locale']))
  );
}

/** Everything above in one call (the language here is only the declared one). */
export function readMetadata(doc: Document, url?: string): ArticleMetadata {
  const article = findArticleNode(readJsonLd(doc));
  return {
    title: findTitle(doc, article, url),
    byline: findByline(doc, article),
    published: findPublished(doc, article),
    site: findSite(doc, article, url),
    lang: findDeclaredLanguage(doc, article),
  };
}
