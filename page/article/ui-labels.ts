/**
 * Text of a page's interface that sits inside an article's body and is not reading: the glyphs and
 * screen-reader labels of icon elements (a "." or "→" drawn by an icon font), and blocks with no
 * letter or digit at all (a lone "." or "|" left over from a slideshow overlay). Rules read class
 * tokens that icon sets share and the shape of the text, never a site's wording.
 */

import { collapsedText } from './element-text';
import { readsAsSentence } from './sentence-shape';

/**
 * Class tokens of icon elements: the generic `icon` and `icon-*` (most CMSs and icon fonts), Font
 * Awesome's `fa`/`fas`/`far`/`fab` and `fa-*`, Bootstrap's `glyphicon*`, Google's `material-icons`
 * and `material-symbols-*`. Whole tokens only: "iconic" or "lexicon" are not icons.
 */
export const ICON_CLASS_TOKEN =
  /(?:^|\s)(?:icons?|icon-[\w-]+|fa[srb]?|fa-[\w-]+|glyphicon(?:-[\w-]+)?|material-icons(?:-[\w-]+)?|material-symbols(?:-[\w-]+)?)(?=\s|$)/i;

/** A letter or a digit, in any script. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Text of a link that is a control, not words: symbols (a pager's "<" and ">", "^" back to a
 * reference, "→", "⚙"), a "#" permalink and guillemet arrows. Sentence punctuation is not among them:
 * some pages link a sentence's closing "." with its last words, and that full stop is the text's.
 */
const CONTROL_GLYPHS = /^[\p{S}#«»‹›\s]+$/u;

/**
 * Tags an icon is drawn with: inline elements. A block or a list item with an icon class (a feature
 * list with check-mark bullets: `<li class="icon-check">Free parking</li>`) holds words to read.
 */
const ICON_TAGS: ReadonlySet<string> = new Set(['SPAN', 'I', 'A', 'SMALL']);

/**
 * Longest text (characters) of an icon element that is left out: a glyph, or a screen-reader label
 * of a few words ("Open gallery", "Share on Facebook"). An element named "icon" that holds more is
 * a wrapper (an "icon list" of points), and is read.
 */
const MAX_ICON_LABEL_CHARS = 30;

/**
 * Whether an element is an icon (by its class) holding at most a glyph or a short label, or a link
 * whose whole text is control glyphs ({@link CONTROL_GLYPHS}): an arrow to click, not a word of the
 * text.
 */
export function isIconGlyph(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'A' && CONTROL_GLYPHS.test(collapsedText(el))) return true;
  if (!ICON_TAGS.has(el.tagName.toUpperCase())) return false;
  const cls = el.getAttribute('class');
  if (!cls || !ICON_CLASS_TOKEN.test(cls)) return false;
  const text = collapsedText(el);
  return text.length <= MAX_ICON_LABEL_CHARS && !readsAsSentence(text);
}

/**
 * Blocks checked for text without a letter or a digit: the leaf blocks of a body, whose text is
 * short to read. Not table cells (a "–" in a cell means "none") nor `<pre>` (ASCII art, code).
 */
const PUNCTUATION_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P',
  'LI',
  'DT',
  'DD',
  'H4',
  'H5',
  'H6',
]);

/**
 * Whether a leaf block holds text but not one letter or digit ("." or "|" or "* * *"): left-overs of
 * a widget or a section break, nothing a reader reads as words.
 */
export function isPunctuationOnlyBlock(el: Element): boolean {
  if (!PUNCTUATION_BLOCK_TAGS.has(el.tagName.toUpperCase())) return false;
  const text = collapsedText(el);
  return text !== '' && !WORD_CHAR.test(text);
}
