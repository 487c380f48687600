/**
 * What is not article text: the page chrome that sits inside or beside an article's body (share bars,
 * related links, newsletter boxes, ads, comments, captions, credits, hidden elements). The class and id
 * patterns follow Mozilla Readability's well-tried lists, with a few of our own for news pages.
 */

/** Tags whose content is never article text. */
export const NEVER_TEXT_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FIGCAPTION',
  'DIALOG',
  'MENU',
  'LINK',
  'META',
  'TITLE',
  'HEAD',
]);

/** Class/id words of page chrome: Mozilla Readability's "unlikely candidates" list. */
export const UNLIKELY_PATTERN =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;

/**
 * More class/id words of chrome seen on news sites (share bars, newsletter boxes, captions, credits,
 * cookie banners, tickers, "most read" boxes). Wrappers of whole stories carry these words too
 * ("sharing-enabled", "has-caption"), so they only ever count for elements without prose.
 */
export const CHROME_PATTERN =
  /breadcrumb|caption|consent|cookie|credit|newsletter|outbrain|paywall-prompt|promo|recommend|share|sharing|signup|subscri|taboola|toolbar|most-read|mostread|trending|ticker/i;

/**
 * Words that keep an element even when {@link CHROME_PATTERN} matches (Readability's "ok maybe it's a
 * candidate" list): a wrapper named "article-body comments-enabled" is still the body.
 */
export const CONTENT_PATTERN =
  /\band\b|article|body|column|content|main|mathjax|shadow|story|entry/i;

/** Class/id tokens of advertisements: whole tokens only, since "ad" is inside many words. */
export const AD_TOKEN =
  /(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|adslot|adunit|dfp|gpt-ad)(?:$|[\s_-])/i;

/**
 * Class/id words of a byline block: Readability's list without "dateline", since a dateline paragraph
 * ("date 2024-08-19 (Agency) Name") opens the body of syndicated stories and is read as body text.
 */
export const BYLINE_PATTERN = /byline|author|writtenby|p-author/i;

/**
 * Whether a `<form>` is a widget (search box, newsletter sign-up, comment form) rather than a page
 * wrapper: some sites (ASP.NET ones) wrap the whole page in one form. A widget holds no paragraph of
 * prose (140+ characters, Readability's paragraph length).
 */
export function isFormWidget(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'FORM') return false;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if ((p.textContent ?? '').length >= 140) return false;
  }
  return true;
}

/** Whether an element is hidden by its own attributes (the cheap check that works in any DOM). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The class and id of an element as one string, for the patterns above. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls && id ? `${cls} ${id}` : cls || id;
}

/** Class/id words of comment threads: skipped even when they hold long prose (the comments). */
export const COMMENTS_PATTERN = /comment|disqus|replies|remark/i;

/** Paragraph length (characters) from which a paragraph is prose rather than a label or a teaser. */
const PROSE_PARAGRAPH = 140;

/** Whether an element holds a paragraph of prose (140+ characters, Readability's line) outside links. */
export function holdsProse(el: Element): boolean {
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if ((p.textContent ?? '').length >= PROSE_PARAGRAPH && !p.closest('a')) return true;
  }
  return false;
}

/**
 * Whether class/id mark the element as page chrome (and nothing marks it as content). Wrapper names
 * are often careless ("panel-two-col-sidebar", "js-social-anchor-start" around a whole story): when
 * not `strict`, a chrome-named element that holds a paragraph of prose is kept, unless it is a
 * comment thread. `strict` drops Readability's "unlikely" names whatever they hold: extraction tries
 * strict first and loosens when too little is left, as Readability re-runs without that filter.
 */
export function looksLikeChrome(el: Element, strict = false): boolean {
  const names = classAndId(el);
  if (!names) return false;
  const ad = AD_TOKEN.test(names);
  const unlikely = UNLIKELY_PATTERN.test(names);
  if (!ad && !unlikely && !CHROME_PATTERN.test(names)) return false;
  if (!ad && CONTENT_PATTERN.test(names)) return false;
  if (COMMENTS_PATTERN.test(names) || (strict && unlikely)) return true;
  return !holdsProse(el);
}
