/**
 * Paragraphs and list items that are nothing but one link to another page, worded as a headline:
 * the related-story links that CMSs drop between the paragraphs of a body ("Pizza Man Making Special
 * Delivery" between two paragraphs of an unrelated story). A reader skips them as links; analysed as
 * prose they become claims. They stay in the text (they are on the page, and a reader may note
 * them) as 'related' regions, where the analysis lists no claim (furniture-regions.ts). They are told
 * by their shape only, never by their words.
 */

import { collapsedText } from './element-text';
import { SENTENCE_END } from './sentence-shape';

/** Blocks that may be a lone related link: a paragraph, or an item of a mixed list. */
const LINK_BLOCK_TAGS: ReadonlySet<string> = new Set(['P', 'LI']);

/**
 * Longest headline (characters) read as a related link. News headlines run to 60–100 characters;
 * 160 leaves room for a long one with a kicker, while a longer block that is all one link is more
 * likely a linked passage (a quoted abstract) than a headline, and is kept.
 */
const MAX_HEADLINE_CHARS = 160;

/**
 * Fewest words of a linked headline. A headline is a clause (who did what: "Pizza Man Making Special
 * Delivery", "Redesigned Scopes Fail to Stop Outbreaks"), four words or more; one to three linked
 * words in a list item or a paragraph are a name or a term listed as content ("ArrayBuffer", an
 * artist's credit).
 */
const MIN_HEADLINE_WORDS = 4;

/** Whether a link leads away from the page (not "#section", which a table of contents uses). */
export function leadsAway(a: Element): boolean {
  const href = a.getAttribute('href');
  return href !== null && href.trim() !== '' && !href.trim().startsWith('#');
}

/** A letter or a digit: text outside the link made only of bullets, arrows or spaces is decoration. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether a `<p>` or `<li>` is a related-story link: its text is the text of exactly one link away
 * from the page (bullets or arrows around it aside), it is headline-sized ({@link
 * MAX_HEADLINE_CHARS}, {@link MIN_HEADLINE_WORDS}) and it does not end as a sentence does (a
 * headline has no full stop). A
 * paragraph that is one linked sentence ("Read the full report.") or a link inside prose is kept.
 */
export function isRelatedHeadlineLink(el: Element): boolean {
  if (!LINK_BLOCK_TAGS.has(el.tagName.toUpperCase())) return false;
  const links = Array.from(el.getElementsByTagName('a')).filter(
    (a) => !a.parentElement?.closest('a'),
  );
  const [link] = links;
  if (!link || links.length !== 1 || !leadsAway(link)) return false;
  const text = collapsedText(el);
  if (text === '' || text.length > MAX_HEADLINE_CHARS) return false;
  const linkText = collapsedText(link);
  if (!WORD_CHAR.test(linkText)) return false;
  // Whatever is outside the link must be decoration, not words.
  const outside = text.replace(linkText, '');
  if (outside.length === text.length || WORD_CHAR.test(outside)) return false;
  // A question mark or a full stop after the link ("<a>Where will it go</a>?") makes it a sentence.
  return linkText.split(' ').length >= MIN_HEADLINE_WORDS && !SENTENCE_END.test(text);
}
