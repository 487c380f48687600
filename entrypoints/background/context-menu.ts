/** The "Add note" entry of the page's context menu, shown when text is selected. */
import { browser } from 'wxt/browser';
import type { TabMessage } from '../../messaging/protocol';

/** The menu item's id: fixed, because the browser keeps the item under it between sessions. */
export const ADD_NOTE_MENU_ID = 'gloss-add-note';

/**
 * Creates the menu item and forwards its clicks to the tab's content script.
 *
 * The item is created in `runtime.onInstalled` only (install, update, browser update): both browsers
 * keep it across browser restarts on their own. Chrome persists the context menus of an MV3 service
 * worker, and Firefox (since 106) persists the menus of a non-persistent background, which is what
 * its MV3 build runs (`background.scripts`, no `persistent: true`). Creating it again at every start
 * would fail with a duplicate id. The click listener, by contrast, is added at every start of the
 * background, synchronously, so a click that wakes the background finds it.
 */
export function installContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: ADD_NOTE_MENU_ID,
      title: 'Add Gloss note',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== ADD_NOTE_MENU_ID || tab?.id === undefined) return;
    const msg: TabMessage = { gloss: 1, type: 'tab/add-note-from-selection' };
    browser.tabs.sendMessage(tab.id, msg).catch((err: unknown) => {
      console.warn('[gloss] the page has no Gloss content script', err);
    });
  });
}
