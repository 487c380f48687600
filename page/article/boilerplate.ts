/**
 * What is not article text: the page chrome that sits inside or beside an article's body (share bars,
 * related links, newsletter boxes, ads, comments, captions, credits, hidden elements). The class and id
 * patterns follow Mozilla Readability's well-tried lists, with a few of our own for news pages.
 */

import { collapsedLength } from './element-text';

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
  /breadcrumb|caption|consent|cookie|credit|newsletter|outbrain|paywall-prompt|promo|recommend|share|sharing|signup|subscri|taboola|toolbar|most-read|mostread|trending|ticker|breaking-?news/i;

/**
 * Class/id tokens of picture captions named "legend" (Yahoo's, and many French CMSs' "legende" or
 * "légende") and of chart legends: caption vocabulary like "caption" in {@link CHROME_PATTERN}, but
 * whole tokens only ("legendary" is not chrome). They count only for elements without prose.
 */
export const CAPTION_TOKEN = /(?:^|[\s_-])(?:legend|legende|légende)(?=$|[\s_-])/iu;

/**
 * Class/id tokens of calls to action and buttons ("cta", "btn", "button"), whole tokens only
 * ("buttonhole" is not one). They mark interface labels ("View photo", "Sign up"), so they count
 * only for an element whose text is label-sized ({@link MAX_CONTROL_LABEL_CHARS}).
 */
export const CONTROL_TOKEN = /(?:^|[\s_-])(?:cta|btn|button)(?=$|[\s_-])/i;

/**
 * Longest text (characters, whitespace collapsed) of an element that {@link CONTROL_TOKEN} marks as
 * an interface label: a button or a call to action is a few words. A longer block so named is a
 * promotion written as sentences, which the other chrome words judge.
 */
const MAX_CONTROL_LABEL_CHARS = 60;

/** Whether class/id name the element a button or call to action, and its text is a label. */
function isControlLabel(el: Element, names: string): boolean {
  return CONTROL_TOKEN.test(names) && collapsedLength(el) <= MAX_CONTROL_LABEL_CHARS;
}

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

/** Paragraph length (characters) from which a paragraph is prose rather than a label or a teaser. */
const PROSE_PARAGRAPH = 140;

/**
 * Class/id words of a credit: a picture's ("credit", "attribution", "photographer", "image-source",
 * "photo-source") or the reporting's ("contributor"); "copyright" lines sit in footers, which are
 * dropped already.
 */
export const CREDIT_PATTERN =
  /credit|attribution|photographer|(?:image|photo|picture)-?source|contributor/i;

/**
 * Whether a `<form>` is a widget (search box, newsletter sign-up, comment form) rather than a page
 * wrapper: some sites (ASP.NET ones) wrap the whole page in one form. A widget holds no paragraph of
 * prose (140+ characters, Readability's paragraph length).
 */
export function isFormWidget(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'FORM') return false;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if (collapsedLength(p) >= PROSE_PARAGRAPH) return false;
  }
  return true;
}

/**
 * Class tokens that CSS frameworks define as `display: none` (Bootstrap's `hidden`, `hide` and
 * `d-none`, Tailwind's and Pure's `hidden`, Bulma's `is-hidden`, the `u-hidden` of utility-class
 * CMSs). A class literally named so is a strong general signal, and it is the only one left when the
 * site's stylesheets are not loaded (a parser without CSS, a page whose CSS is blocked). Class names
 * are case-sensitive: Atomic CSS's capitalised `Hidden` is the screen-reader-only helper, not
 * `display: none`, so the match is too.
 */
const HIDDEN_CLASS_TOKEN = /^(?:hidden|hide|d-none|is-hidden|u-hidden)$/;

/**
 * A class token that shows the element again at some width or state: Tailwind's variants
 * (`md:block`, `lg:flex`) and Bootstrap's `d-md-block`. `hidden md:block` is visible on a desktop.
 */
const SHOWN_AGAIN_TOKEN = /:|^d-(?:sm|md|lg|xl|xxl)-(?!none)/i;

/**
 * Whether the element's class says it is hidden ({@link HIDDEN_CLASS_TOKEN}, with no variant that
 * shows it again). Scripts sometimes reveal a whole story that ships in a `hidden` wrapper, so an
 * element that holds a paragraph of prose is not taken as hidden on its class alone (in a browser
 * with the site's CSS the computed style decides; see style-visibility.ts).
 */
export function hasHiddenClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (!cls) return false;
  const tokens = cls.split(/\s+/);
  if (!tokens.some((t) => HIDDEN_CLASS_TOKEN.test(t))) return false;
  if (tokens.some((t) => SHOWN_AGAIN_TOKEN.test(t))) return false;
  return !holdsProse(el);
}

/** Whether an element is hidden by its own attributes (the cheap check that works in any DOM). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return hasHiddenClass(el);
}

/** The class and id of an element as one string, for the patterns above. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls && id ? `${cls} ${id}` : cls || id;
}

/** Class/id words of comment threads: skipped even when they hold long prose (the comments). */
export const COMMENTS_PATTERN = /comment|disqus|replies|remark/i;

/**
 * Whether an element holds a paragraph of prose (140+ characters, Readability's line) outside links.
 * Lengths are counted with whitespace collapsed: the indentation of a template is not prose.
 */
export function holdsProse(el: Element): boolean {
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if (!p.closest('a') && collapsedLength(p) >= PROSE_PARAGRAPH) return true;
  }
  return false;
}

/**
 * ARIA roles of page chrome: the landmarks and widgets that the tags of {@link NEVER_TEXT_TAGS} stand
 * for when a page builds them from `<div>`s (`navigation` for a table of contents or a menu,
 * `complementary` for a sidebar, `contentinfo` for a footer, `search`, `toolbar`, `tablist`,
 * `dialog`, `tooltip`), and `note`, which ARIA defines as content "parenthetic or ancillary to the
 * main content" (a "Main article: …" or "For other uses, see …" line). A role is the page's own
 * statement of what an element is, whatever its class names.
 */
const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'menu',
  'menubar',
  'toolbar',
  'search',
  'tablist',
  'dialog',
  'alertdialog',
  'tooltip',
  'complementary',
  'contentinfo',
  'note',
]);

/**
 * Whether the element's ARIA role ({@link CHROME_ROLES}) says it is chrome. Callers keep such an
 * element when it holds a paragraph of prose: a role set on a wrapper of the story by mistake must
 * not cost the story.
 */
export function hasChromeRole(el: Element): boolean {
  const role = el.getAttribute('role');
  return role !== null && CHROME_ROLES.has(role.trim().toLowerCase());
}

/**
 * Whether class/id mark the element as page chrome (and nothing marks it as content). Wrapper names
 * are often careless ("panel-two-col-sidebar", "js-social-anchor-start" around a whole story): when
 * not `strict`, a chrome-named element that holds a paragraph of prose is kept, unless it is a
 * comment thread. `strict` drops Readability's "unlikely" names whatever they hold: extraction tries
 * strict first and loosens when too little is left, as Readability re-runs without that filter.
 */
export function looksLikeChrome(el: Element, strict = false): boolean {
  if (hasChromeRole(el)) return !holdsProse(el);
  const names = classAndId(el);
  if (!names) return false;
  const ad = AD_TOKEN.test(names);
  const unlikely = UNLIKELY_PATTERN.test(names);
  const chrome =
    CHROME_PATTERN.test(names) || CAPTION_TOKEN.test(names) || isControlLabel(el, names);
  if (!ad && !unlikely && !chrome) return false;
  if (!ad && CONTENT_PATTERN.test(names)) return false;
  if (COMMENTS_PATTERN.test(names) || (strict && unlikely)) return true;
  return !holdsProse(el);
}
