/**
 * The text of an element as a reader sees it: runs of whitespace (the indentation and line breaks of
 * the HTML source) collapsed to one space and trimmed. Length rules ("a paragraph of prose is 140
 * characters") must measure this, not raw `textContent`: an indented template can triple a short
 * paragraph's raw length and pass it off as prose.
 */

const WHITESPACE_RUN = /\s+/g;

/** Text of an element with runs of whitespace collapsed to one space, trimmed. */
export function collapsedText(el: Element): string {
  return (el.textContent ?? '').replace(WHITESPACE_RUN, ' ').trim();
}

/** Length of {@link collapsedText}, the length a reader would count. */
export function collapsedLength(el: Element): number {
  return collapsedText(el).length;
}
