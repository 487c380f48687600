/**
 * Finds the article's body in the live DOM, in the spirit of Mozilla Readability's `_grabArticle` but
 * without touching the page: paragraphs score their ancestors, the best-scored ancestor (discounted by
 * its link density) is the body, and siblings that look like more of it join it. Nothing is removed or
 * moved; the page chrome inside the body is left out later, when the text is read.
 */

import { BLOCK_TAGS } from './block-text';
import { isFormWidget, isHidden, looksLikeChrome, NEVER_TEXT_TAGS } from './boilerplate';
import { type HiddenByStyle, hiddenAncestryProbe } from './style-visibility';
import { TextStats } from './text-stats';

/** Class/id words of content (Readability's positive list). */
const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
/** Class/id words of chrome (Readability's negative list). */
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

/** Tags that hold paragraph text and score their ancestors. */
const SCORED_TAGS: ReadonlySet<string> = new Set(['P', 'PRE', 'TD', 'BLOCKQUOTE']);
/**
 * Readability's class weight: ±25 for a positive or negative class, ±25 for the id. Large on purpose:
 * a name like "article-body" is the best single clue to the body.
 */
export function classWeight(el: Element): number {
  let w = 0;
  const cls = el.getAttribute('class');
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25;
    if (POSITIVE.test(cls)) w += 25;
  }
  const id = el.getAttribute('id');
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

/** Readability's starting score of a container by tag: divs usually wrap bodies, lists and headings do not. */
function tagWeight(tag: string): number {
  switch (tag) {
    case 'DIV':
    case 'ARTICLE':
    case 'MAIN':
      return 5;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      return 3;
    case 'ADDRESS':
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'FORM':
      return -3;
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
    case 'TH':
      return -5;
    default:
      return 0;
  }
}

/**
 * Whether a DIV is a paragraph: no block children (Readability reads such a DIV as a `<p>`). Any
 * block tag counts, `<main>` and `<section>` too, or a wrapper of the whole story would be taken
 * for one paragraph and never looked into.
 */
function isParagraphDiv(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCK_TAGS.has(c.tagName.toUpperCase())) return false;
  }
  return true;
}

/** Visible text length of an element, whitespace collapsed. */
function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/**
 * Share of its parent's text from which the top candidate is taken to be all the parent holds, so
 * that the parent's siblings are looked at as the body's siblings. 80%: what is left is then a
 * caption, a share bar or a note, not another part of the story.
 */
const DOMINANT_SHARE = 0.8;

/** The chosen body: the element whose text is read, and the roots to read (it, or it and siblings). */
export interface BodyCandidate {
  /** The element that holds the body (the common parent when siblings joined). */
  root: Element;
  /** The subtrees whose text is the body, in document order. */
  parts: Element[];
  /** Final score of the top candidate. */
  score: number;
}

/**
 * Scores the page's paragraphs into their ancestors and returns the body (`strict`: chrome-named
 * wrappers are skipped even when they hold prose; see {@link looksLikeChrome}). A paragraph needs 25
 * characters to count (shorter ones are labels and buttons); it scores 1 + its commas + one point per
 * 100 characters up to 3 (Readability's formula: long, comma-rich prose is body text). The parent gets
 * the full score, the grandparent half, further ancestors score / (3 × level), up to 5 levels.
 * `hiddenByStyle` (a browser's computed style, when there is one) keeps paragraphs inside containers
 * that the page's stylesheets hide, and such siblings, out of the body; it is asked about containers
 * with a class or an id only, once each.
 */
export function findBody(
  doc: Document,
  strict = false,
  stats: TextStats = new TextStats(),
  hiddenByStyle?: HiddenByStyle,
): BodyCandidate | null {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  const paragraphs: Element[] = [];

  const collect = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName.toUpperCase();
      if (NEVER_TEXT_TAGS.has(tag) || tag === 'HEADER') continue;
      if (isHidden(c) || looksLikeChrome(c, strict) || isFormWidget(c)) continue;
      if (SCORED_TAGS.has(tag) || (tag === 'DIV' && isParagraphDiv(c))) {
        paragraphs.push(c);
        if (tag === 'TD' || tag === 'BLOCKQUOTE') collect(c);
      } else {
        collect(c);
      }
    }
  };
  collect(body);

  const deep = new Map<Element, number>();
  const hiddenAbove = hiddenByStyle ? hiddenAncestryProbe(hiddenByStyle, body) : undefined;
  for (const p of paragraphs) {
    // Prose the page's styles hide (a collapsed "read more" panel) is not yet the reader's text.
    if (hiddenAbove?.(p)) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 25) continue;
    // A paragraph that is mostly links is a list (tags, names, related stories): its commas separate
    // links, they are not the commas of prose.
    if (stats.linkDensity(p) > 0.5) continue;
    const commas = (text.match(/[,，、]/g) ?? []).length;
    const score = 1 + commas + Math.min(Math.floor(text.length / 100), 3);
    for (let a = p.parentElement; a && a !== body; a = a.parentElement) {
      deep.set(a, (deep.get(a) ?? 0) + score);
    }
    let ancestor = p.parentElement;
    for (let level = 0; ancestor && level < 5; level++) {
      if (ancestor === doc.documentElement) break;
      let base = scores.get(ancestor);
      if (base === undefined) {
        base = tagWeight(ancestor.tagName.toUpperCase()) + classWeight(ancestor);
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, base + score / divider);
      ancestor = ancestor.parentElement;
    }
  }
  if (scores.size === 0) return null;

  const finals = new Map<Element, number>();
  let top: Element | null = null;
  let topScore = Number.NEGATIVE_INFINITY;
  for (const [el, s] of scores) {
    const f = s * (1 - stats.linkDensity(el));
    finals.set(el, f);
    if (f > topScore) {
      topScore = f;
      top = el;
    }
  }
  if (!top) return null;
  top = climb(top, topScore, finals, body, stats);
  topScore = finals.get(top) ?? topScore;
  const scoresForSiblings = { finals, deep };
  let joined = withSiblings(top, topScore, scoresForSiblings, strict, stats, hiddenByStyle);
  // The top alone, and nearly all of its parent's text: the body may continue in the parent's
  // siblings (a lead paragraph in a wrapper of its own above the body). Look one level up.
  const parent = top.parentElement;
  if (
    joined.parts.length === 1 &&
    parent &&
    parent !== body &&
    parent.parentElement !== body &&
    textLength(top) >= DOMINANT_SHARE * textLength(parent)
  ) {
    const up = withSiblings(parent, topScore, scoresForSiblings, strict, stats, hiddenByStyle);
    if (up.parts.length > 1) joined = up;
  }
  return { score: topScore, ...joined };
}

/**
 * Readability's two climbs: when three of the five best candidates (those within 75% of the top) sit
 * under one ancestor of the top, that ancestor is the body (the paragraphs were split into wrappers);
 * and while the parent scores higher than the current candidate, the parent is the body (unless most
 * of the parent's text is links).
 */
function climb(
  top: Element,
  topScore: number,
  finals: Map<Element, number>,
  body: Element,
  stats: TextStats,
): Element {
  const best = [...finals.entries()]
    .filter(([el, s]) => el !== top && s >= topScore * 0.75)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([el]) => el);
  let current = top;
  if (best.length >= 3) {
    for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
      const contained = best.filter((el) => parent.contains(el)).length;
      if (contained >= 3) {
        current = parent;
        break;
      }
    }
  }
  let lastScore = finals.get(current) ?? topScore;
  const threshold = lastScore / 3;
  for (
    let parent = current.parentElement;
    parent && parent !== body;
    parent = parent.parentElement
  ) {
    const s = finals.get(parent);
    if (s === undefined) continue;
    // A parent that is mostly links (menus, lists of stories around the body) is not the body.
    if (s < threshold || stats.linkDensity(parent) > 0.5) break;
    if (s > lastScore) {
      current = parent;
      break;
    }
    lastScore = s;
  }
  while (current.parentElement && current.parentElement !== body) {
    if (current.parentElement.childElementCount !== 1) break;
    current = current.parentElement;
  }
  return current;
}

/** The scores that sibling joining reads. */
interface SiblingScores {
  /** Final (link-discounted) scores of the elements that paragraphs scored, up to 5 levels up. */
  finals: Map<Element, number>;
  /** Sum of the scores of all the paragraphs an element holds, at any depth. */
  deep: Map<Element, number>;
}

/**
 * Share of the paragraphs' own score that a sibling is credited with when its paragraphs sit too deep
 * to have scored it (more than 5 levels down, Readability's cap). One half is what a grandparent
 * receives: a wrapper of prose a few levels down is worth at least that much to the body.
 */
const DEEP_SCORE_SHARE = 0.5;

/** The class tokens of an element, without the layout utilities that every block carries. */
function classTokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter((t) => t.length > 2);
}

/**
 * Whether two elements share a class: the same class string (Readability's rule), or the same first
 * class token with a content word in it ("story-body story-body-1" beside "story-body story-body-2":
 * sites number the wrappers of one split body).
 */
function similarClass(a: Element, b: Element): boolean {
  const ca = a.getAttribute('class') ?? '';
  const cb = b.getAttribute('class') ?? '';
  if (!ca || !cb) return false;
  if (ca === cb) return true;
  const first = classTokens(a)[0];
  return first !== undefined && first === classTokens(b)[0] && POSITIVE.test(first);
}

/**
 * Siblings of the body that are more of it (Readability's rule): a sibling with a score of at least
 * max(10, 20% of the top) joins (plus a 20% bonus when its class is like the top's, see
 * {@link similarClass}), and so does a plain paragraph of prose: over 80 characters with under 25%
 * links, or shorter with no links and a sentence end. A sibling with a class like the top's whose
 * paragraphs sit too deep to have scored it is credited with {@link DEEP_SCORE_SHARE} of their scores,
 * discounted by its links: a body split into sections of deeply nested wrappers then joins whole.
 */
function withSiblings(
  top: Element,
  topScore: number,
  scores: SiblingScores,
  strict: boolean,
  stats: TextStats,
  hiddenByStyle: HiddenByStyle | undefined,
): Pick<BodyCandidate, 'root' | 'parts'> {
  const parent = top.parentElement;
  if (!parent || parent.tagName.toUpperCase() === 'BODY') return { root: top, parts: [top] };
  const threshold = Math.max(10, topScore * 0.2);
  const parts: Element[] = [];
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (s === top) {
      parts.push(s);
      continue;
    }
    const tag = s.tagName.toUpperCase();
    if (NEVER_TEXT_TAGS.has(tag) || isHidden(s) || looksLikeChrome(s, strict) || isFormWidget(s)) {
      continue;
    }
    if (hiddenByStyle?.(s)) continue;
    const alike = similarClass(s, top);
    const bonus = alike ? topScore * 0.2 : 0;
    // A sibling that no paragraph scored (no prose at any depth) never joins on score, as in
    // Readability: a same-class box of images or links is not more of the body.
    const own = scores.finals.get(s);
    // Deep credit only for a sibling whose class is like the top's (the next section of one body):
    // any other wrapper of prose (a discussion, a feature box) must score on its own.
    const held = alike ? scores.deep.get(s) : undefined;
    const deepScore =
      held === undefined ? undefined : held * DEEP_SCORE_SHARE * (1 - stats.linkDensity(s));
    const score =
      own === undefined ? deepScore : deepScore === undefined ? own : Math.max(own, deepScore);
    if (score !== undefined && score + bonus >= threshold) {
      parts.push(s);
      continue;
    }
    if (tag === 'P') {
      const len = textLength(s);
      const density = stats.linkDensity(s);
      const text = s.textContent ?? '';
      if (
        (len > 80 && density < 0.25) ||
        (len > 0 && len <= 80 && density === 0 && /\.( |$)/.test(text))
      ) {
        parts.push(s);
      }
    }
  }
  if (parts.length <= 1) return { root: top, parts: [top] };
  return { root: parent, parts };
}
