/**
 * Hover intent, in the manner of Wikipedia's page previews: a card opens after the pointer rests
 * on a highlighted term for a moment, and closes a moment after it leaves, unless it moved onto the
 * card.
 */

/** Rest time before a card opens: long enough that sweeping across a paragraph opens nothing. */
export const OPEN_DELAY_MS = 350;
/** Grace time before a card closes: enough to travel from the word into the card. */
export const CLOSE_DELAY_MS = 300;

export interface HoverTarget {
  /** Identifies the hovered thing, so resting on the same one does nothing. */
  id: string;
}

export interface HoverOptions<T extends HoverTarget> {
  signal: AbortSignal;
  /** What is under the point, or null. */
  hit(x: number, y: number): T | null;
  open(target: T): void;
  close(): void;
  /** Whether an event's target is Gloss's own UI (pointer over the card). */
  isOwnUi(target: EventTarget | null): boolean;
}

/** Watches the pointer over the page until `signal` aborts. `forget()` says the card was closed elsewhere. */
export function watchHover<T extends HoverTarget>(opts: HoverOptions<T>): { forget(): void } {
  let shown: string | null = null;
  let pending: string | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let last: PointerEvent | null = null;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    pending = null;
  };
  const cancelClose = () => clearTimeout(closeTimer);
  const scheduleClose = () => {
    cancelClose();
    if (shown === null) return;
    closeTimer = setTimeout(() => {
      shown = null;
      opts.close();
    }, CLOSE_DELAY_MS);
  };

  const evaluate = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    if (opts.isOwnUi(e.target)) {
      cancelOpen();
      cancelClose();
      return;
    }
    const target = opts.hit(e.clientX, e.clientY);
    if (!target) {
      cancelOpen();
      scheduleClose();
      return;
    }
    if (target.id === shown) {
      cancelOpen();
      cancelClose();
      return;
    }
    if (target.id === pending) return;
    cancelOpen();
    pending = target.id;
    openTimer = setTimeout(() => {
      pending = null;
      cancelClose();
      shown = target.id;
      opts.open(target);
    }, OPEN_DELAY_MS);
  };

  document.addEventListener(
    'pointermove',
    (e) => {
      last = e;
      if (!frame) frame = requestAnimationFrame(evaluate);
    },
    { passive: true, signal: opts.signal },
  );
  // A scroll moves the words away from under a card placed next to them.
  window.addEventListener('scroll', () => cancelOpen(), { passive: true, signal: opts.signal });
  opts.signal.addEventListener('abort', () => {
    cancelOpen();
    cancelClose();
    if (frame) cancelAnimationFrame(frame);
  });
  return {
    forget() {
      cancelOpen();
      cancelClose();
      shown = null;
    },
  };
}
