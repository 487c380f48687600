/**
 * Firefox ESR (Debian's /usr/bin/firefox-esr) with the built extension, driven by puppeteer-core over
 * WebDriver BiDi. The extension is installed as a temporary add-on, so it is installed again after each
 * restart; a fixed UUID and the keep-on-uninstall prefs keep its origin, and so its IndexedDB, the same.
 *
 * BiDi refuses to navigate to `moz-extension://` and cannot reach the background, so the popup and the
 * content script's state go through the test routes of the e2e build (entrypoints/background/e2e-hooks.ts).
 */
import path from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import {
  callSource,
  type E2eBrowser,
  type E2ePage,
  MAX_KEPT_ERRORS,
  WAIT_MS,
  waitFor,
  withTimeout,
} from './driver';

/** Where Debian installs Firefox ESR (scripts/setup.sh installs it). */
export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** The add-on id of wxt.config.ts (`browser_specific_settings.gecko.id`). */
export const GECKO_ID = 'gloss@gloss.reader';

/** A fixed internal UUID: the extension's origin `moz-extension://<uuid>` stays the same across restarts. */
export const FIXED_UUID = '6f1f3c4e-2b7a-4f0e-9c51-7d2a0b8e4a11';

/** Path prefix of the background's test routes (entrypoints/background/e2e-hooks.ts). */
const E2E_ROUTE_PREFIX = '/__gloss-e2e__/';

/** The viewport of every tab, the same as Chromium's so screenshots compare. */
const VIEWPORT = { width: 1280, height: 900 };

/**
 * Prefs for a profile that keeps the temporary add-on's data across a restart: its UUID is fixed, and
 * neither its UUID nor its storage is dropped when the temporary add-on goes away at shutdown.
 */
const FIREFOX_PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
  'extensions.webextensions.keepStorageOnUninstall': true,
  'extensions.webextensions.keepUuidOnUninstall': true,
};

/**
 * How long a test route's own page may take to load before the wait moves on to where the background
 * sends the tab: a few seconds, since the route page is a one-line page of the local server.
 */
const ROUTE_LOAD_MS = 3000;

/**
 * The `<gloss-ui>` shadow root as the page's main world sees it: null when there is no host, and an
 * error when the host's root is closed (a build other than the e2e one), rather than a UI that
 * silently never shows.
 */
const OPEN_UI_ROOT = `((host) => {
  if (!host) return null;
  if (!host.shadowRoot) throw new Error('the <gloss-ui> shadow root is closed: the Firefox tests need the --mode e2e build');
  return host.shadowRoot;
})(document.querySelector('gloss-ui'))`;

/** Wraps a puppeteer page in the common interface. */
function wrapPage(page: Page): E2ePage {
  const errors: string[] = [];
  const keep = (text: string) => {
    if (errors.length < MAX_KEPT_ERRORS) errors.push(text);
  };
  page.on('console', (m) => {
    if (m.type() === 'error') keep(m.text());
  });
  page.on('pageerror', (e) => keep(e instanceof Error ? e.message : String(e)));
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load', timeout: WAIT_MS });
    },
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      withTimeout('page script', page.evaluate(fn as (a: unknown) => unknown, arg) as Promise<R>),
    // BiDi runs script in the page's main world only and cannot reach a closed shadow root: the e2e
    // build leaves the root open for these probes (shadowRootMode in mount-overlay.tsx), the shipped
    // Firefox build closes it.
    evaluateInUi: <A, R>(fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg: A) =>
      withTimeout('UI probe', page.evaluate(callSource(fn, OPEN_UI_ROOT, arg)) as Promise<R>),
    mouseMove: (x, y, steps = 5) => page.mouse.move(x, y, { steps }),
    mouseDown: () => page.mouse.down(),
    mouseUp: () => page.mouse.up(),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as KeyInput),
    type: (text) => page.keyboard.type(text),
    screenshot: async (file) => {
      await withTimeout('screenshot', page.screenshot({ path: file as `${string}.png` }));
    },
    errors: () => [...errors],
    close: () => page.close(),
  };
}

/** The page's `location.href`, or '' while it is between documents. */
function hrefOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => '');
}

/** Launches Firefox ESR on `profileDir` and installs the extension built at `extensionDir`. */
export async function launchFirefox(profileDir: string, extensionDir: string): Promise<E2eBrowser> {
  let browser: Browser;

  const start = async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profileDir,
      defaultViewport: VIEWPORT,
      extraPrefsFirefox: {
        ...FIREFOX_PREFS,
        // Downloads (the notes export) land in the test profile, never in the user's Downloads.
        'browser.download.folderList': 2,
        'browser.download.dir': path.join(profileDir, 'downloads'),
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
      timeout: WAIT_MS,
    });
    try {
      await withTimeout('installing the add-on', browser.installExtension(extensionDir));
    } catch (error) {
      await browser.close();
      throw error;
    }
  };
  await start();

  /** Opens a test route in a new tab and waits until the background has navigated that tab away. */
  const route = async (
    action: 'popup' | 'state' | 'library',
    pageUrl: string,
    arrived: (href: string) => boolean,
  ): Promise<{ page: Page; href: string }> => {
    const page = await browser.newPage();
    const origin = new URL(pageUrl).origin;
    const url = `${origin}${E2E_ROUTE_PREFIX}${action}?target=${encodeURIComponent(pageUrl)}`;
    // The background navigates the tab away as soon as it sees the route's address, which can be
    // before the route page's own load event: that navigation then never "loads", and its failure is
    // expected. Whether the tab arrived where the route sends it is what the wait below checks.
    await page.goto(url, { waitUntil: 'load', timeout: ROUTE_LOAD_MS }).catch(() => undefined);
    try {
      const href = await waitFor(
        `the e2e build's background to answer ${action} (is the extension built with --mode e2e and installE2eHooks() called?)`,
        () => hrefOf(page),
        arrived,
      );
      return { page, href };
    } catch (error) {
      await page.close();
      throw error;
    }
  };

  return {
    name: 'firefox',
    newPage: async () => wrapPage(await browser.newPage()),
    openPopupFor: async (pageUrl) => {
      const { page } = await route('popup', pageUrl, (href) => href.startsWith('moz-extension://'));
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: WAIT_MS });
      return wrapPage(page);
    },
    openLibrary: async (serverUrl) => {
      const { page } = await route('library', serverUrl, (href) =>
        href.startsWith('moz-extension://'),
      );
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: WAIT_MS });
      return wrapPage(page);
    },
    tabState: async (pageUrl) => {
      const { page, href } = await route('state', pageUrl, (h) =>
        h.includes(`${E2E_ROUTE_PREFIX}result#`),
      );
      await page.close();
      const answer = JSON.parse(decodeURIComponent(href.slice(href.indexOf('#') + 1))) as
        | { ok: true; value: unknown }
        | { ok: false; error: string };
      if (!answer.ok) throw new Error(`tab/state failed: ${answer.error}`);
      return answer.value;
    },
    restart: async () => {
      await browser.close();
      await start();
    },
    close: async () => {
      await browser.close();
    },
  };
}
