/**
 * Chromium (Debian's /usr/bin/chromium) with the built extension, driven by playwright-core.
 * The extension is loaded unpacked from `.output/chrome-mv3`; its id comes from the service worker's URL.
 */
import {
  type BrowserContext,
  type CDPSession,
  chromium,
  type Page,
  type Worker,
} from 'playwright-core';
import {
  callSource,
  type E2eBrowser,
  type E2ePage,
  MAX_KEPT_ERRORS,
  WAIT_MS,
  withTimeout,
} from './driver';

/** Where Debian installs Chromium (scripts/setup.sh installs it). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The viewport of every tab: a common laptop size, wide enough for the article and its sidebar. */
const VIEWPORT = { width: 1280, height: 900 };

/**
 * Flags from docs/toolchain.md: no sandbox (containers), no GPU, no network chatter from the browser
 * itself; with `extensionDir`, that unpacked extension loaded (null: a browser without it, the
 * benchmarks' baseline).
 */
export function chromiumArgs(extensionDir: string | null): string[] {
  const common = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  return extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...common]
    : common;
}

/** The parts of a DevTools protocol node the UI lookup reads. */
interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  shadowRoots?: CdpNode[];
}

/**
 * Runs `fn(root, arg)` in the page's main world with the closed shadow root of `<gloss-ui>` as `root`.
 *
 * The page's scripts cannot reach a closed root, but the DevTools protocol can: `DOM.describeNode`
 * with `pierce` lists it, `DOM.resolveNode` turns it into an object of the page's main world, and
 * `Runtime.callFunctionOn` calls the probe with it as `this`. Node ids are only valid for the document
 * that gave them (a navigation, a reload or a re-mounted UI makes them stale), so the document is asked
 * for afresh on every call: three small round trips, nothing cached.
 */
async function evaluateInClosedUi<A, R>(
  page: Page,
  session: CDPSession,
  fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  const { root } = (await session.send('DOM.getDocument', { depth: 0 })) as { root: CdpNode };
  const { nodeId } = await session.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: 'gloss-ui',
  });
  const host =
    nodeId > 0
      ? ((await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as {
          node: CdpNode;
        })
      : undefined;
  const shadow = host?.node.shadowRoots?.[0];
  if (!shadow) return (await page.evaluate(callSource(fn, 'null', arg))) as R;
  const { object } = await session.send('DOM.resolveNode', {
    backendNodeId: shadow.backendNodeId,
  });
  if (!object.objectId) throw new Error('the <gloss-ui> shadow root has no object in the page');
  try {
    const result = await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) {
      const { exception, text } = result.exceptionDetails;
      throw new Error(`UI probe failed: ${exception?.description ?? text}`);
    }
    return result.result.value as R;
  } finally {
    await session.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => {});
  }
}

/** Wraps a playwright page in the common interface. */
function wrapPage(page: Page): E2ePage {
  const errors: string[] = [];
  const keep = (text: string) => {
    if (errors.length < MAX_KEPT_ERRORS) errors.push(text);
  };
  page.on('console', (m) => {
    if (m.type() === 'error') keep(m.text());
  });
  page.on('pageerror', (e) => keep(e.message));
  /** The page's DevTools session, opened on the first UI probe. */
  let session: Promise<CDPSession> | undefined;
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load', timeout: WAIT_MS });
    },
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      withTimeout(
        'page script',
        page.evaluate(fn as (a: unknown) => unknown, arg as unknown) as Promise<R>,
      ),
    evaluateInUi: async <A, R>(fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg: A) => {
      session ??= page.context().newCDPSession(page);
      return withTimeout('UI probe', evaluateInClosedUi(page, await session, fn, arg));
    },
    mouseMove: (x, y, steps = 5) => page.mouse.move(x, y, { steps }),
    mouseDown: () => page.mouse.down(),
    mouseUp: () => page.mouse.up(),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (file) => {
      await page.screenshot({ path: file, timeout: WAIT_MS });
    },
    errors: () => [...errors],
    close: () => page.close(),
  };
}

/** The `chrome` global of the service worker, as much of it as the tests use. */
interface ChromeTabsApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/** Launches Chromium on `profileDir` with the unpacked extension at `extensionDir`. */
export async function launchChromium(
  profileDir: string,
  extensionDir: string,
): Promise<E2eBrowser> {
  let context: BrowserContext;
  let worker: Worker;
  let extensionId = '';

  const start = async () => {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: VIEWPORT,
      args: chromiumArgs(extensionDir),
      timeout: WAIT_MS,
    });
    worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: WAIT_MS }).catch(() => {
        throw new Error(
          `the extension's service worker did not start within ${WAIT_MS} ms: is ${extensionDir} a Chrome MV3 build?`,
        );
      }));
    extensionId = new URL(worker.url()).host;
  };
  await start();

  /** Finds the id of the tab that shows `pageUrl`, from the extension's service worker. */
  const tabIdOf = async (pageUrl: string): Promise<number> => {
    const id = await worker.evaluate(async (url: string) => {
      const api = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
      const tabs = await api.tabs.query({});
      return tabs.find((t) => t.url?.split('#')[0] === url.split('#')[0])?.id ?? -1;
    }, pageUrl);
    if (id < 0) throw new Error(`no tab shows ${pageUrl}`);
    return id;
  };

  return {
    name: 'chromium',
    newPage: async () => wrapPage(await context.newPage()),
    openPopupFor: async (pageUrl) => {
      const tabId = await tabIdOf(pageUrl);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`, {
        waitUntil: 'load',
        timeout: WAIT_MS,
      });
      return wrapPage(page);
    },
    openLibrary: async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/library.html`, {
        waitUntil: 'load',
        timeout: WAIT_MS,
      });
      return wrapPage(page);
    },
    tabState: async (pageUrl) => {
      const tabId = await tabIdOf(pageUrl);
      return withTimeout(
        'tab/state from the content script',
        worker.evaluate(
          ({ id }: { id: number }) =>
            (globalThis as unknown as { chrome: ChromeTabsApi }).chrome.tabs.sendMessage(id, {
              gloss: 1,
              type: 'tab/state',
            }),
          { id: tabId },
        ),
      );
    },
    restart: async () => {
      await context.close();
      await start();
    },
    close: async () => {
      await context.close();
    },
  };
}
