/** The popup: asks the tab's content script for its state and shows it; site switch and note actions. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import { request } from '../../messaging/client';
import type { TabMessage, TabState } from '../../messaging/protocol';

/** The tab the popup is about: `?tabId=N` when opened in a tab, else the active tab. */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

function send(tabId: number, msg: TabMessage): Promise<TabState> {
  return browser.tabs.sendMessage(tabId, msg) as Promise<TabState>;
}

/** A state for tabs where no content script answers (browser pages, the store, a PDF). */
function unavailable(url: string | undefined, reason: string): TabState {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    host = '';
  }
  return { status: 'error', reason, host, entities: [], claims: [], notes: [] };
}

/**
 * The sentence the popup shows when the reader's action failed: what did not happen, then why (the
 * background's message is written for the reader, e.g. a full disk).
 */
export function failureMessage(action: string, err: unknown): string {
  const why = err instanceof Error ? err.message : String(err);
  return `${action} did not work: ${why}`;
}

/**
 * The popup for one tab: its state as the content script reports it, the site switch and the note
 * actions, with any failed action shown above the view.
 */
export function PopupApp() {
  const [tab, setTab] = useState<{ id: number; url?: string } | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  /** The last failed action of the reader, shown above the popup until the next action. */
  const [failure, setFailure] = useState<string | null>(null);

  /**
   * Runs one of the reader's actions; a failure is shown in the popup, not lost in a rejected promise.
   * Setting it also re-renders the popup from the tab's unchanged state, so a switch the reader flipped
   * goes back to where the site setting still is.
   */
  const attempt = async (action: string, run: () => Promise<void>) => {
    setFailure(null);
    try {
      await run();
    } catch (err) {
      console.error('[gloss]', err);
      setFailure(failureMessage(action, err));
    }
  };

  /**
   * Sends `msg` to the tab and shows its answer. It depends on nothing of the component's state: a
   * callback remade whenever `tab` changed would re-run the effect below, which sets `tab` again, and
   * the popup would ask the tab for its state over and over for as long as it is open.
   */
  const refresh = useCallback(async (target: { id: number; url?: string }, msg: TabMessage) => {
    try {
      setState(await send(target.id, msg));
    } catch {
      setState(
        unavailable(
          target.url,
          'Gloss does not run on this page (browser pages and the extension store are off limits). Reload the page if it just got installed.',
        ),
      );
    }
  }, []);

  useEffect(() => {
    void targetTab().then((t) => {
      setTab(t);
      if (!t) setState(unavailable(undefined, 'No tab to show.'));
      else void refresh(t, { gloss: 1, type: 'tab/state' });
    });
  }, [refresh]);

  // While the page is still being analysed, ask again shortly.
  useEffect(() => {
    if (!tab || state?.status !== 'loading') return;
    const timer = setTimeout(() => void refresh(tab, { gloss: 1, type: 'tab/state' }), 400);
    return () => clearTimeout(timer);
  }, [tab, state, refresh]);

  /** Shows something on the page; a real popup then closes so the reader sees it. */
  const focus = (msg: TabMessage) => {
    if (!tab) return;
    void browser.tabs.sendMessage(tab.id, msg).then(() => {
      if (!new URLSearchParams(location.search).has('tabId')) window.close();
    });
  };

  return (
    <>
      {failure ? (
        <p class="p-status p-status-error" data-gloss-popup-failure="" role="alert">
          {failure}
        </p>
      ) : null}
      <PopupView
        state={state}
        onToggleSite={(enabled) => {
          if (!tab || !state?.host) return;
          const host = state.host;
          void attempt(`Turning Gloss ${enabled ? 'on' : 'off'} for ${host}`, async () => {
            await request('site/set', { host, enabled });
            await refresh(tab, { gloss: 1, type: 'tab/refresh' });
          });
        }}
        onDeleteNote={(id) => {
          if (!tab) return;
          void attempt('Deleting the note', async () => {
            await request('notes/delete', { id });
            await refresh(tab, { gloss: 1, type: 'tab/refresh' });
          });
        }}
        onFocusNote={(id) => focus({ gloss: 1, type: 'tab/focus-note', id })}
        onFocusEntity={(id) => focus({ gloss: 1, type: 'tab/focus-entity', id })}
        onFocusClaim={(start) => focus({ gloss: 1, type: 'tab/focus-claim', start })}
        onOpenLibrary={() => {
          void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).then(() => {
            if (!new URLSearchParams(location.search).has('tabId')) window.close();
          });
        }}
      />
    </>
  );
}
