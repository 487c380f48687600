/**
 * Page furniture that stays in the article's text but where no claim is listed: captions that the
 * markup does not call captions (a one-item list right after a figure), bylines, author bios and
 * datelines written as sentences, and lead-ins to another story ("Related: …"). A reader reads them
 * and the names in them are real, so they keep their entities; what they state is about the page, not
 * the story's checkable statements. Rules read class/id words shared by news CMSs and the shape of the
 * markup, never a particular site's strings.
 */

import type { TextRegionKind } from '../../analysis/types';
import { BYLINE_PATTERN, CREDIT_PATTERN, classAndId } from './boilerplate';
import { isRelatedHeadlineLink } from './link-only-blocks';
import { readsAsSentence } from './sentence-shape';

/** Text of an element with runs of whitespace collapsed, trimmed. */
function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Elements a caption list follows: the picture itself, or its `<figure>`. */
const PICTURE_TAGS: ReadonlySet<string> = new Set(['FIGURE', 'PICTURE', 'IMG']);

/**
 * Longest caption (characters) read from a list after a figure: a caption of several pictures
 * ("Clockwise from top: …") runs to three or four lines; a real list after a picture is longer or
 * has several items.
 */
const MAX_CAPTION_CHARS = 600;

/**
 * Whether a list right after a picture is its caption: one item, no link, a few lines at most. Some
 * CMSs (photo essays) set the caption as a one-item list under the `<figure>` instead of a
 * `<figcaption>`; a one-item list is otherwise rare in prose.
 */
export function isCaptionList(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'UL' && tag !== 'OL') return false;
  const prev = el.previousElementSibling;
  if (!prev || !PICTURE_TAGS.has(prev.tagName.toUpperCase())) return false;
  const items = Array.from(el.children).filter((c) => c.tagName.toUpperCase() === 'LI');
  if (items.length !== 1 || el.getElementsByTagName('a').length > 0) return false;
  const text = textOf(el);
  return text.length > 0 && text.length <= MAX_CAPTION_CHARS;
}

/** Class/id words of an author's bio or of a contributors' line. */
export const BIO_PATTERN = /(?:^|[\s_-])bio(?:$|[\s_-])|biography|about-?the-?author|contributor/i;

/** Class/id words of a dateline or publication stamp ("storytimestamp", "dateline", "pubdate"). */
export const DATELINE_PATTERN =
  /timestamp|datestamp|dateline|pubdate|publish-?date|date-?published|posted-?on|post-?date/i;

/**
 * Longest byline or bio block (characters) marked as one region: two or three contributors with a
 * sentence of bio each. A longer element named "author" is a wrapper of more than furniture.
 */
const MAX_BYLINE_BLOCK_CHARS = 600;

/**
 * Longest dateline (characters): a place, a source and a date or two ("Source (City) First published
 * February 1, 2016: 1:28 AM ET") fit in a line; the cap keeps a first paragraph that a dateline class
 * wraps out of the region.
 */
const MAX_DATELINE_CHARS = 150;

/**
 * The region kind of a byline, bio, credit or dateline element kept in the text: named so by its
 * class/id and short ({@link MAX_BYLINE_BLOCK_CHARS}); bylines, bios and credits only when written as
 * sentences (labels are dropped: furniture.ts), datelines always (they may open the body's text).
 */
export function bylineRegionKind(el: Element): TextRegionKind | undefined {
  if (el.tagName.toUpperCase() === 'A') return undefined;
  const names = classAndId(el);
  if (names === '') return undefined;
  const dateline = DATELINE_PATTERN.test(names);
  const credit = CREDIT_PATTERN.test(names);
  const byline = BYLINE_PATTERN.test(names) || BIO_PATTERN.test(names);
  if (!dateline && !credit && !byline) return undefined;
  const text = textOf(el);
  if (text.length === 0) return undefined;
  if (dateline && !byline && !credit)
    return text.length <= MAX_DATELINE_CHARS ? 'byline' : undefined;
  if (text.length > MAX_BYLINE_BLOCK_CHARS || !readsAsSentence(text)) return undefined;
  return credit && !byline ? 'caption' : 'byline';
}

/** Blocks that may hold a lead-in to another story. */
const LEAD_IN_TAGS: ReadonlySet<string> = new Set(['P', 'DIV', 'LI', 'H4', 'H5', 'H6']);

/**
 * A lead-in label: one to three words and a colon opening the block ("Related:", "Read more:",
 * "See also:"), perhaps after an opening bracket ("[Read: …]", "(See also: …)"). Three words cover
 * the labels news CMSs use; a sentence that opens with a longer phrase and a colon is prose.
 */
const LEAD_IN_LABEL = /^[[(]?[\p{L}’']+(?: [\p{L}’']+){0,2}: \S/u;

/**
 * Share of the text after the label that must be link text: the rest of a lead-in is the linked
 * headline of another story; 90% allows a stray space or mark outside the link.
 */
const MIN_LEAD_IN_LINK_SHARE = 0.9;

/**
 * Longest lead-in (characters): a label and a headline. A paragraph that opens with a label and
 * goes on for longer is prose with a link in it.
 */
const MAX_LEAD_IN_CHARS = 300;

/** Characters of `el`'s text that sit inside links (outermost links only). */
function linkedChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    if (!a.parentElement?.closest('a')) n += textOf(a).length;
  }
  return n;
}

/**
 * Whether a block is a lead-in to another story: a short label and a colon, then (nearly) nothing
 * but a link, the other story's headline. The label may sit inside the link or before it.
 */
export function isRelatedLeadIn(el: Element): boolean {
  if (!LEAD_IN_TAGS.has(el.tagName.toUpperCase())) return false;
  const text = textOf(el);
  if (text.length === 0 || text.length > MAX_LEAD_IN_CHARS) return false;
  const label = LEAD_IN_LABEL.exec(text);
  if (!label) return false;
  const labelChars = label[0].length - 1;
  const rest = text.length - labelChars;
  // The label may sit inside the link or outside it: either way the rest must be linked.
  return linkedChars(el) >= MIN_LEAD_IN_LINK_SHARE * rest;
}

/**
 * The non-claim region kind an element of the body starts, if it is furniture kept in the text: a
 * caption list, a byline/bio/credit/dateline block, a lead-in to another story, or another story's
 * linked headline alone in a paragraph or list item (link-only-blocks.ts).
 */
export function furnitureRegionKind(el: Element): TextRegionKind | undefined {
  if (isCaptionList(el)) return 'caption';
  const byline = bylineRegionKind(el);
  if (byline) return byline;
  return isRelatedLeadIn(el) || isRelatedHeadlineLink(el) ? 'related' : undefined;
}
