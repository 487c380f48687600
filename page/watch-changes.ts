/**
 * Notices when the page changes under Gloss: content that arrives after load, a "read more" that
 * expands, a single-page app that swaps the article. Mutations are batched and debounced, Gloss's
 * own additions are ignored, and the number of re-runs is bounded, so a page that never stops
 * changing (a live ticker) costs a few checks, not a loop.
 */

/** Quiet time after the last mutation before Gloss looks again: long enough for a render to settle. */
export const SETTLE_MS = 800;
/**
 * Longest wait between a change and the look it causes, however busy the page stays: a page that
 * changes every few hundred milliseconds (a ticker, a clock, a carousel) never goes quiet for
 * {@link SETTLE_MS}, and without this bound an edit of the article there would never be read.
 * Five seconds lets a render burst finish and keeps such a page to one look per five seconds, within
 * {@link MAX_RECHECKS}; a look at an unchanged article costs an extraction only, no analysis.
 */
export const MAX_WAIT_MS = 5000;
/** Most re-checks per page address; a live page keeps changing, and the article is found by then. */
export const MAX_RECHECKS = 12;

export type ChangeReason = 'navigation' | 'content';

/**
 * A change that came while Gloss was busy reading the page (its analysis in flight), kept to be looked
 * at once it is done. Dropping it lost content for good when the page went quiet afterwards: a body a
 * script reveals while the first analysis runs (a flicker-control style removed, a late paragraph)
 * was never read. A navigation outranks a content change, since it restarts everything anyway.
 */
export class MissedChange {
  private reason: ChangeReason | null = null;

  /** Keeps `reason` (a navigation is never replaced by a content change). */
  note(reason: ChangeReason): void {
    if (this.reason !== 'navigation') this.reason = reason;
  }

  /** The kept change, if any, now cleared. */
  take(): ChangeReason | null {
    const reason = this.reason;
    this.reason = null;
    return reason;
  }
}

/**
 * Attributes whose change can show or hide text: a "read more" that drops `hidden`, swaps a class
 * or an inline `display: none`, or opens a `<details>`. Other attributes (an image's `src`, a
 * carousel's `aria-*`) never change what the reader can read.
 */
export const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open'] as const;

export interface WatchOptions {
  signal: AbortSignal;
  onChange(reason: ChangeReason): void;
  /**
   * Where a shown or hidden element matters: the article's container while an article is shown.
   * Attribute changes outside it (menus opening, carousels turning) are ignored, so they do not use
   * up the re-checks; with no scope (no article yet), attribute changes are ignored altogether.
   */
  attributeScope?: () => Element | null;
}

/** True for mutations Gloss made itself: its UI host and its highlight stylesheet. */
function isOwnMutation(m: MutationRecord): boolean {
  const nodes = [...m.addedNodes, ...m.removedNodes];
  if (nodes.length === 0) return false;
  return nodes.every(
    (n) =>
      n instanceof Element &&
      (n.localName === 'gloss-ui' ||
        n.id === 'gloss-highlight-style' ||
        n.localName === 'gloss-mark'),
  );
}

/** Watches the document until `signal` aborts. */
export function watchPageChanges({ signal, onChange, attributeScope }: WatchOptions): void {
  let url = location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change of the pending batch came (Date.now()), to bound its wait by MAX_WAIT_MS. */
  let batchStart = 0;
  let rechecks = 0;
  let pending: ChangeReason | null = null;

  const fire = () => {
    const reason = pending;
    pending = null;
    if (!reason || signal.aborted) return;
    if (reason === 'navigation') rechecks = 0;
    else if (++rechecks > MAX_RECHECKS) return;
    onChange(reason);
  };
  const schedule = (reason: ChangeReason) => {
    const now = Date.now();
    if (pending === null) batchStart = now;
    if (pending !== 'navigation') pending = reason;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(SETTLE_MS, batchStart + MAX_WAIT_MS - now)));
  };
  const checkUrl = () => {
    // The hash moves within a page; only a new path or query is a new page.
    const now = location.href.split('#')[0]!;
    if (now !== url.split('#')[0]) {
      url = location.href;
      schedule('navigation');
      return true;
    }
    return false;
  };

  const matters = (m: MutationRecord): boolean => {
    if (m.type !== 'attributes') return !isOwnMutation(m);
    const scope = attributeScope?.();
    const target = m.target as Element;
    if (target.localName === 'gloss-mark' || target.localName === 'gloss-ui') return false;
    return !!scope && scope.contains(target);
  };
  const observer = new MutationObserver((mutations) => {
    if (checkUrl()) return;
    if (!mutations.some(matters)) return;
    schedule('content');
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...VISIBILITY_ATTRIBUTES],
  });
  window.addEventListener('popstate', () => checkUrl(), { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
