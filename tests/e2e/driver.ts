/**
 * One small interface over the two browser drivers (playwright-core for Chromium, puppeteer-core over
 * WebDriver BiDi for Firefox ESR), so every end-to-end test is written once and run in both browsers.
 */

/** A tab, driven like a reader would: navigation, mouse, keyboard, plus script in the page's main world. */
export interface E2ePage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn(arg)` in the page's main world; `fn` must be self-contained (it is sent as source). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs `fn(root, arg)` in the page's main world, `root` being the shadow root of the `<gloss-ui>`
   * host (null while there is no host). The shipped builds close that root, so the page's scripts
   * cannot reach it through `host.shadowRoot`; each driver hands it over its own way (Chromium through
   * the DevTools protocol, Firefox's e2e build leaves it open). `fn` must be self-contained, and `arg`
   * and the result must survive JSON.
   */
  evaluateInUi<A, R>(fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  mouseDown(): Promise<void>;
  mouseUp(): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Presses a key by its DOM `key` name ("Escape", "Enter"). */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** Console errors and uncaught page errors seen so far (content script errors included), for failure messages. */
  errors(): string[];
  close(): Promise<void>;
}

/** Source of an expression that calls `fn` with `root` (an expression's source) and `arg` (as JSON). */
export function callSource(fn: (...args: never[]) => unknown, root: string, arg: unknown): string {
  return `(${fn.toString()})(${root}, ${JSON.stringify(arg) ?? 'undefined'})`;
}

/** At most this many console errors are kept per page: enough to diagnose, bounded for a noisy page. */
export const MAX_KEPT_ERRORS = 20;

/** A running browser with the built extension installed, on a profile directory that outlives restarts. */
export interface E2eBrowser {
  readonly name: 'chromium' | 'firefox';
  newPage(): Promise<E2ePage>;
  /** Opens the extension's popup page in a tab of its own, aimed at the tab that shows `pageUrl`. */
  openPopupFor(pageUrl: string): Promise<E2ePage>;
  /**
   * Opens the extension's library page (every note, export and import) in a tab of its own.
   * `serverUrl` is any URL of the e2e server: Firefox reaches extension pages through a test route there.
   */
  openLibrary(serverUrl: string): Promise<E2ePage>;
  /** Asks the content script of the tab that shows `pageUrl` for its state (`tab/state`). */
  tabState(pageUrl: string): Promise<unknown>;
  /** Closes the browser and opens it again on the same profile, with the extension installed again. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Every wait in the e2e tests is bounded by this: long enough for a cold start on 2 busy cores. */
export const WAIT_MS = 15_000;

/** How often a wait polls: short enough to add little to a test, long enough not to load the page. */
const POLL_MS = 100;

/**
 * Polls `probe` until `done` accepts its value, or throws after `timeoutMs` with `message` and the last
 * value seen (or the last error), so a failing test says what it was waiting for instead of hanging.
 */
export async function waitFor<T>(
  message: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const seen =
    lastError !== undefined
      ? `last error: ${lastError instanceof Error ? lastError.message : String(lastError)}`
      : `last value: ${JSON.stringify(last)?.slice(0, 600)}`;
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message} (${seen})`);
}

/** Resolves with `promise`, or rejects after `timeoutMs` with `message`: for calls that may hang. */
export async function withTimeout<T>(
  message: string,
  promise: Promise<T>,
  timeoutMs: number = WAIT_MS,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Timed out after ${timeoutMs} ms: ${message}`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
