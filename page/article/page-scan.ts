/**
 * One walk over a page's elements that gathers what the article detector looks at, so detection
 * reads the DOM once instead of running a dozen selector queries (each a walk of its own).
 */

/** Tags whose subtree holds no visible text elements worth walking. */
const OPAQUE_TAGS: ReadonlySet<string> = new Set(['SVG', 'MATH', 'NOSCRIPT', 'TEMPLATE', 'CANVAS']);

/** Tags inside which a paragraph is not body prose (teasers, menus, footers, sidebars). */
const NOT_PROSE_CONTEXT: ReadonlySet<string> = new Set(['A', 'LI', 'NAV', 'FOOTER', 'ASIDE']);

/** Class words of an element that names an author: the byline of a post, a comment, a story. */
const AUTHOR_CLASS = /author|username/i;

/** What the walk gathered. */
export interface PageScan {
  /** `<script type="application/ld+json">` elements. */
  ldScripts: Element[];
  metas: Element[];
  /** Last path segment of every `itemtype` (schema.org type names). */
  itemTypes: string[];
  /** p, pre, article, and DIVs with a `<br>` child, outside links, list items, nav, footers, asides. */
  proseNodes: Element[];
  /** h2/h3/h4 headings, each with the link that holds it, if any. */
  headings: Array<{ el: Element; outerLink: Element | null }>;
  inputs: Element[];
  /** button, input[type=submit] and a[role=button]. */
  buttons: Element[];
  /** Elements whose class names an author or a user name, or with itemprop=author. */
  authorMarks: Element[];
  articleCount: number;
}

function walk(el: Element, scan: PageScan, outerLink: Element | null, notProse: boolean): void {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    if (OPAQUE_TAGS.has(tag)) continue;
    let link = outerLink;
    switch (tag) {
      case 'SCRIPT':
        if (c.getAttribute('type')?.toLowerCase() === 'application/ld+json') scan.ldScripts.push(c);
        continue;
      case 'STYLE':
        continue;
      case 'META':
        scan.metas.push(c);
        continue;
      case 'P':
      case 'PRE':
        if (!notProse) scan.proseNodes.push(c);
        break;
      case 'ARTICLE':
        scan.articleCount++;
        if (!notProse) scan.proseNodes.push(c);
        break;
      case 'BR':
        if (!notProse && el.tagName.toUpperCase() === 'DIV') {
          if (scan.proseNodes[scan.proseNodes.length - 1] !== el) scan.proseNodes.push(el);
        }
        continue;
      case 'H2':
      case 'H3':
      case 'H4':
        scan.headings.push({ el: c, outerLink });
        break;
      case 'INPUT':
        scan.inputs.push(c);
        if (c.getAttribute('type')?.toLowerCase() === 'submit') scan.buttons.push(c);
        continue;
      case 'BUTTON':
        scan.buttons.push(c);
        break;
      case 'A':
        if (c.hasAttribute('href')) link = c;
        if (c.getAttribute('role') === 'button') scan.buttons.push(c);
        break;
    }
    const itemType = c.getAttribute('itemtype');
    if (itemType) scan.itemTypes.push(itemType.split('/').pop() ?? '');
    const cls = c.getAttribute('class');
    if ((cls && AUTHOR_CLASS.test(cls)) || c.getAttribute('itemprop') === 'author') {
      scan.authorMarks.push(c);
    }
    walk(c, scan, link, notProse || NOT_PROSE_CONTEXT.has(tag));
  }
}

/** Walks the whole document once. */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    ldScripts: [],
    metas: [],
    itemTypes: [],
    proseNodes: [],
    headings: [],
    inputs: [],
    buttons: [],
    authorMarks: [],
    articleCount: 0,
  };
  if (doc.documentElement) walk(doc.documentElement, scan, null, false);
  return scan;
}
