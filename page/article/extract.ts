/**
 * Extracts the article from the LIVE document without changing it: finds the body, reads its visible
 * text as paragraphs (page chrome, the title heading and the byline left out) and keeps the map from
 * that text back to the page's own Text nodes, so analysis offsets become Ranges on the exact words.
 */

import type { TextRegion } from '../../analysis/types';
import type { TextMap } from '../text-map';
import { type BlockText, readBlockText, type SkipElement } from './block-text';
import {
  holdsProse,
  isFormWidget,
  isHidden,
  looksLikeChrome,
  NEVER_TEXT_TAGS,
} from './boilerplate';
import { findBody } from './content-score';
import { endNoteRegions } from './end-notes';
import { isTextFurniture } from './furniture';
import { furnitureRegionKind } from './furniture-regions';
import { findArticleNode, readJsonLd } from './json-ld';
import { detectLanguage } from './language';
import {
  findByline,
  findBylineElement,
  findDeclaredLanguage,
  findPublished,
  findSite,
  findTitle,
} from './metadata';
import { type HiddenByStyle, styleHiddenProbe } from './style-visibility';
import { TextStats } from './text-stats';

/** The article found in a page: its body element, its text, the text↔DOM map and its metadata. */
export interface ExtractedArticle {
  /** The element that holds the body (inside the live document). */
  root: Element;
  /** The body's visible text, blocks separated by "\n\n", whitespace collapsed. */
  text: string;
  /** Maps offsets of `text` to the live Text nodes and back. */
  map: TextMap;
  /**
   * The body's headings, code blocks, citations and the furniture kept in the text (captions, bylines,
   * bios, datelines, related-story lead-ins), offsets into `text`: the analysis lists no claim in them.
   */
  regions: TextRegion[];
  title?: string;
  byline?: string;
  /** ISO 8601. */
  published?: string;
  site?: string;
  /** ISO 639-1. */
  lang?: string;
}

/** Containers that hold lists of links when they are related-story boxes, tag lists or menus. */
const LINK_LIST_TAGS: ReadonlySet<string> = new Set(['UL', 'OL', 'DL', 'DIV', 'SECTION', 'TABLE']);

/**
 * Over half of the text in links: a list of links (related stories, tags, a menu), not prose.
 * Readability removes such containers too; body paragraphs rarely pass 20%. A container that holds a
 * paragraph of prose is kept whatever its links: it may be a wrapper of the body.
 */
const MAX_LINK_DENSITY = 0.5;

/**
 * Readability's text similarity: the share of `b`'s token characters also found among `a`'s tokens.
 * Above 0.75 a heading repeats the title.
 */
function textSimilarity(a: string, b: string): number {
  const tokA = new Set(
    a
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
  const tokB = b
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (tokA.size === 0 || tokB.length === 0) return 0;
  const missing = tokB.filter((t) => !tokA.has(t)).join(' ');
  return 1 - missing.length / tokB.join(' ').length;
}

/**
 * Builds the predicate that leaves page chrome, the title heading, the byline, media player controls,
 * tag lists, credit labels and (in a browser) containers hidden by the page's stylesheets out of the
 * text.
 */
function makeSkip(
  title: string | undefined,
  byline: Element | null,
  strict: boolean,
  stats: TextStats,
  hiddenByStyle: HiddenByStyle | null,
): SkipElement {
  let titleSkipped = false;
  return (el) => {
    const tag = el.tagName.toUpperCase();
    if (NEVER_TEXT_TAGS.has(tag)) return true;
    if (el === byline) return true;
    if (isHidden(el) || looksLikeChrome(el, strict) || isFormWidget(el)) return true;
    if (isTextFurniture(el)) return true;
    if (hiddenByStyle?.(el)) return true;
    if (title && !titleSkipped && (tag === 'H1' || tag === 'H2')) {
      if (textSimilarity(title, el.textContent ?? '') > 0.75) {
        titleSkipped = true;
        return true;
      }
    }
    if (LINK_LIST_TAGS.has(tag) && stats.linkDensity(el) > MAX_LINK_DENSITY && !holdsProse(el)) {
      return true;
    }
    return false;
  };
}

/** The body element when scoring finds nothing: `<article>`, `<main>`, `[role=main]`, else `<body>`. */
function fallbackRoot(doc: Document): Element | null {
  return (
    doc.querySelector('article') ??
    doc.querySelector('main') ??
    doc.querySelector('[role="main"]') ??
    doc.body
  );
}

/** Text under which the strict pass is retried without its chrome filter (Readability's 500). */
const STRICT_MIN_TEXT = 500;

/** Finds the body (strictly or not) and reads its text. */
function readBody(
  doc: Document,
  title: string | undefined,
  strict: boolean,
  stats: TextStats,
  hiddenByStyle: HiddenByStyle | null,
): { root: Element | null } & BlockText {
  const found = findBody(doc, strict, stats, hiddenByStyle ?? undefined);
  const root = found?.root ?? fallbackRoot(doc);
  if (!root) return { root, ...readBlockText([], () => true) };
  const parts = found?.parts ?? [root];
  const read = readBlockText(
    parts,
    makeSkip(title, findBylineElement(root), strict, stats, hiddenByStyle),
    furnitureRegionKind,
  );
  const notes = endNoteRegions(read.paragraphs, read.text, read.regions);
  if (notes.length > 0)
    read.regions = [...read.regions, ...notes].sort((a, b) => a.start - b.start);
  return { root, ...read };
}

/**
 * Finds the article's body in `doc` (the live document: nothing is changed) and reads its text and
 * metadata. Returns null when the page has no body text at all. `url` helps name the site.
 */
export function extractArticle(doc: Document, url?: string): ExtractedArticle | null {
  const ld = findArticleNode(readJsonLd(doc));
  const title = findTitle(doc, ld);
  const stats = new TextStats();
  // Computed style where the DOM has it (the browser); linkedom keeps to the attribute checks.
  const hiddenByStyle = styleHiddenProbe(doc);
  let body = readBody(doc, title, true, stats, hiddenByStyle);
  // Readability's rule: when the strict pass leaves under 500 characters, chrome-named wrappers were
  // hiding the story; read again, keeping those that hold prose.
  if (body.text.length < STRICT_MIN_TEXT) {
    const lenient = readBody(doc, title, false, stats, hiddenByStyle);
    if (lenient.text.length > body.text.length) body = lenient;
  }
  const { root, text, map, regions } = body;
  if (!root || text.length === 0) return null;
  const article: ExtractedArticle = { root, text, map, regions };
  const byline = findByline(doc, ld);
  const published = findPublished(doc, ld);
  const site = findSite(doc, ld, url);
  const lang = findDeclaredLanguage(doc, ld) ?? detectLanguage(text);
  if (title) article.title = title;
  if (byline) article.byline = byline;
  if (published) article.published = published;
  if (site) article.site = site;
  if (lang) article.lang = lang;
  return article;
}
