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

export function PopupApp() {
  const [tab, setTab] = useState<{ id: number; url?: string } | null>(null);
  const [state, setState] = useState<TabState | null>(null);

  const refresh = useCallback(
    async (tabId: number, msg: TabMessage) => {
      try {
        setState(await send(tabId, msg));
      } catch {
        setState(
          unavailable(
            tab?.url,
            'Gloss does not run on this page (browser pages and the extension store are off limits). Reload the page if it just got installed.',
          ),
        );
      }
    },
    [tab],
  );

  useEffect(() => {
    void targetTab().then((t) => {
      setTab(t);
      if (!t) setState(unavailable(undefined, 'No tab to show.'));
      else void refresh(t.id, { gloss: 1, type: 'tab/state' });
    });
  }, [refresh]);

  // While the page is still being analysed, ask again shortly.
  useEffect(() => {
    if (!tab || state?.status !== 'loading') return;
    const timer = setTimeout(() => void refresh(tab.id, { gloss: 1, type: 'tab/state' }), 400);
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
    <PopupView
      state={state}
      onToggleSite={async (enabled) => {
        if (!tab || !state?.host) return;
        await request('site/set', { host: state.host, enabled });
        await refresh(tab.id, { gloss: 1, type: 'tab/refresh' });
      }}
      onDeleteNote={async (id) => {
        if (!tab) return;
        await request('notes/delete', { id });
        await refresh(tab.id, { gloss: 1, type: 'tab/refresh' });
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
  );
}
