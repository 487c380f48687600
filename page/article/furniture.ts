/**
 * Page furniture inside an article's body that is left out of its text: the controls of an embedded
 * media player, tag lists, and credit and byline labels (a name or an agency, not a sentence). Each
 * rule reads class/id words that media players and news CMSs share, or the shape of the markup; none
 * knows a particular site. Furniture written as sentences (a bio, a caption) stays in the text as a
 * region where no claim is listed: see furniture-regions.ts.
 */

import { BYLINE_PATTERN, CREDIT_PATTERN, classAndId } from './boilerplate';
import { collapsedText } from './element-text';
import { readsAsSentence } from './sentence-shape';
import { isIconGlyph, isPunctuationOnlyBlock } from './ui-labels';

export { CREDIT_PATTERN } from './boilerplate';
export { readsAsSentence } from './sentence-shape';

/**
 * Class tokens of media players' own interface (video.js `vjs-*` and `video-js`, JW Player `jw-*`,
 * YouTube's `ytp-*`, Plyr, MediaElement.js `mejs-*`/`mejs__*`), and the generic names of a control
 * bar. Their text is button labels for screen readers ("Play", "Fullscreen", "Remaining Time -0:00"),
 * never prose; the `<video>` itself is already left out.
 */
export const PLAYER_CONTROL_PATTERN =
  /(?:^|\s)(?:video-js|vjs-[\w-]+|jw-[\w-]+|jwplayer|ytp-[\w-]+|plyr(?:__[\w-]+)?|mejs-[\w-]+|mejs__[\w-]+)(?=\s|$)|(?:^|[\s_-])(?:control-?bar|player-?controls|media-?controls)(?:$|[\s_-])/i;

/** Whether the element is (part of) a media player's interface, by its class/id. */
export function isPlayerControl(el: Element): boolean {
  const names = classAndId(el);
  return names !== '' && PLAYER_CONTROL_PATTERN.test(names);
}

/**
 * Class/id words of a story's tag or topic list ("tags", "tag-list", "keywords", "topics",
 * "more-about"), whole words only since "tag" and "topic" start longer words ("stage", "topical").
 */
export const TAG_LIST_PATTERN =
  /(?:^|[\s_-])(?:tags?|tag-?list|tagcloud|tag-?cloud|keywords?|topics?|more-?about)(?:$|[\s_-])/i;

/**
 * Longest item (characters) of a list read as a tag list by its shape: tags are a word or three,
 * while the items of a list of sources or of steps run to a sentence.
 */
const MAX_TAG_CHARS = 40;

/**
 * Share of a tag list's text that is text of links away from the page, at or above which a container
 * named like a tag list ({@link TAG_LIST_PATTERN}) is one: every tag links to its topic page, and a
 * label ("Topics:") is the only unlinked text. Half, as for the link lists that extraction drops. A
 * "contents topic" box links within the page: a table of contents, which is reading.
 */
const MIN_TAG_LINK_SHARE = 0.5;

/** Text of an element with runs of whitespace collapsed, trimmed. */
const textOf = collapsedText;

/** Whether a link leads away from the page (not "#section", which a table of contents uses). */
function leadsAway(a: Element): boolean {
  return !(a.getAttribute('href') ?? '#').startsWith('#');
}

/** Characters of `el`'s text inside links away from the page (whitespace runs counted once). */
function linkedChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    if (leadsAway(a) && !a.parentElement?.closest('a')) n += textOf(a).length;
  }
  return n;
}

/**
 * Whether a list is a tag list by its shape: a first item that is a label ending in a colon ("More
 * about:", "Topics:"), then only short links away from the page (topic pages), at least two. Without
 * the label a list of short links may be the page's table of contents or a "see also" list, which
 * are reading; in-page links ("#section") are a table of contents too.
 */
function isTagListByShape(list: Element): boolean {
  const items = Array.from(list.children).filter(
    (c) => c.tagName.toUpperCase() === 'LI' && textOf(c) !== '',
  );
  const [label, ...tags] = items;
  if (!label || tags.length < 2) return false;
  if (!textOf(label).endsWith(':') || label.getElementsByTagName('a').length > 0) return false;
  for (const item of tags) {
    const text = textOf(item);
    if (text.length > MAX_TAG_CHARS || linkedChars(item) < text.length) return false;
  }
  return true;
}

/** Containers that may be a tag list named by its class/id. */
const TAG_LIST_TAGS: ReadonlySet<string> = new Set(['UL', 'OL', 'DL', 'DIV', 'SECTION', 'P']);

/**
 * Elements that may be a credit or byline label: blocks, and the inline elements bylines are set in
 * (`<span class="byline">`, `<em class="credit">`). Not `<a>`: a link named "keywords" or
 * "ref-author…" sits inside a sentence (a glossary link, a reference anchor), and dropping it would
 * cut the sentence; a byline's link to the author's page lies inside the byline block anyway.
 */
const LABEL_TAGS: ReadonlySet<string> = new Set([
  'DIV',
  'P',
  'SPAN',
  'ADDRESS',
  'HEADER',
  'FIGURE',
  'SECTION',
  'SMALL',
  'EM',
  'I',
  'STRONG',
  'B',
]);

/** Whether the element is a tag or topic list: by its class/id and its links, or by its shape. */
export function isTagList(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if ((tag === 'UL' || tag === 'OL') && isTagListByShape(el)) return true;
  if (!TAG_LIST_TAGS.has(tag)) return false;
  const names = classAndId(el);
  if (names === '' || !TAG_LIST_PATTERN.test(names)) return false;
  const text = textOf(el);
  return text.length > 0 && linkedChars(el) / text.length >= MIN_TAG_LINK_SHARE;
}

/**
 * Longest text (characters) of a credit or byline label that is left out: a name with an agency or
 * "By … and …" runs to a line; a longer block named "author" is a bio box or a wrapper, which is
 * never dropped here (the byline element found for the metadata uses the same line).
 */
const MAX_LABEL_CHARS = 100;

/**
 * Whether the element is a credit or byline named by its class/id (words of {@link BYLINE_PATTERN}
 * and {@link CREDIT_PATTERN}) that holds a label, not a sentence: "By Staff Reporter",
 * "NAME/AGENCY/Getty Images". Labels carry names that are not the story's ("AFP", a photographer),
 * which would otherwise be highlighted as if the story named them.
 */
export function isCreditOrBylineLabel(el: Element): boolean {
  if (!LABEL_TAGS.has(el.tagName.toUpperCase())) return false;
  const names = classAndId(el);
  if (names === '' || !(BYLINE_PATTERN.test(names) || CREDIT_PATTERN.test(names))) return false;
  const text = textOf(el);
  return text.length > 0 && text.length <= MAX_LABEL_CHARS && !readsAsSentence(text);
}

/**
 * Whether an element of the body is furniture left out of the text: any of the rules above, or an
 * icon's glyph or a block without words (ui-labels.ts).
 */
export function isTextFurniture(el: Element): boolean {
  return (
    isPlayerControl(el) ||
    isTagList(el) ||
    isCreditOrBylineLabel(el) ||
    isIconGlyph(el) ||
    isPunctuationOnlyBlock(el)
  );
}
