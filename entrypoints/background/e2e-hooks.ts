/**
 * Test-only routes for the end-to-end tests, compiled in only by the e2e build
 * (`wxt build --mode e2e`, where `import.meta.env.MODE === 'e2e'`).
 *
 * Why: Firefox's WebDriver BiDi refuses to navigate to `moz-extension://` URLs and cannot evaluate in
 * the background, so a test cannot open `popup.html?tabId=N` nor ask a content script for its state.
 * Instead the test opens a page on its own local server under {@link E2E_ROUTE_PREFIX}; the background
 * sees that navigation and answers by navigating the same tab:
 *
 * - `/__gloss-e2e__/popup?target=<page URL>` → the tab becomes `popup.html?tabId=<id of the tab showing that URL>`;
 * - `/__gloss-e2e__/state?target=<page URL>` → the background sends `tab/state` to that tab and the tab
 *   becomes `/__gloss-e2e__/result#<JSON of {ok, value} or {ok:false, error}>` on the same server;
 * - `/__gloss-e2e__/library` → the tab becomes `library.html` (no target).
 *
 * Only loopback hosts are listened to, and none of this exists in a production build.
 */
import { browser } from 'wxt/browser';
import type { TabMessage } from '../../messaging/protocol';

/** Path prefix of the test routes on the e2e server. */
export const E2E_ROUTE_PREFIX = '/__gloss-e2e__/';

/** Hosts whose test routes are honoured: the e2e server listens on loopback only. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** What a test route asks for. */
export type E2eAction = 'popup' | 'state' | 'library';

/** The answer a state route puts in the result page's hash. */
export type E2eResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Parses a URL as a test route; undefined for anything else (every other page the reader visits). */
export function parseE2eRoute(
  url: string | undefined,
): { action: E2eAction; target: string; origin: string } | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname)) return undefined;
  if (!parsed.pathname.startsWith(E2E_ROUTE_PREFIX)) return undefined;
  const action = parsed.pathname.slice(E2E_ROUTE_PREFIX.length);
  if (action === 'library') return { action, target: '', origin: parsed.origin };
  const target = parsed.searchParams.get('target');
  if ((action !== 'popup' && action !== 'state') || !target) return undefined;
  return { action, target, origin: parsed.origin };
}

/** Finds the tab showing `target` (ignoring the hash), other than the tab that asked. */
async function findTargetTab(target: string, askingTabId: number): Promise<number> {
  const wanted = target.split('#')[0];
  const tabs = await browser.tabs.query({});
  const tab = tabs.find((t) => t.id !== askingTabId && t.url?.split('#')[0] === wanted);
  if (tab?.id === undefined) throw new Error(`no open tab shows ${target}`);
  return tab.id;
}

/** Runs one route and navigates the asking tab to its answer. */
async function answerRoute(
  tabId: number,
  route: { action: E2eAction; target: string; origin: string },
): Promise<void> {
  if (route.action === 'library') {
    await browser.tabs.update(tabId, { url: browser.runtime.getURL('/library.html') });
    return;
  }
  let result: E2eResult;
  try {
    const targetId = await findTargetTab(route.target, tabId);
    if (route.action === 'popup') {
      const popup = browser.runtime.getURL('/popup.html');
      await browser.tabs.update(tabId, { url: `${popup}?tabId=${targetId}` });
      return;
    }
    const message: TabMessage = { gloss: 1, type: 'tab/state' };
    result = { ok: true, value: await browser.tabs.sendMessage(targetId, message) };
  } catch (error) {
    result = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const hash = encodeURIComponent(JSON.stringify(result));
  await browser.tabs.update(tabId, { url: `${route.origin}${E2E_ROUTE_PREFIX}result#${hash}` });
}

/**
 * Starts listening for test routes. Call it from the background's `main()` only in the e2e build:
 * `if (import.meta.env.MODE === 'e2e') installE2eHooks();` so production builds drop it entirely.
 */
export function installE2eHooks(): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    const route = parseE2eRoute(changeInfo.url);
    if (!route) return;
    answerRoute(tabId, route).catch((error: unknown) => {
      console.error('[gloss e2e] route failed', error);
    });
  });
}
