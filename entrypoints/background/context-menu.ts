/** The "Add note" entry of the page's context menu, shown when text is selected. */
import { browser } from 'wxt/browser';
import type { TabMessage } from '../../messaging/protocol';

const MENU_ID = 'gloss-add-note';

/** Creates the menu item (once per install) and forwards clicks to the tab's content script. */
export function installContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Add Gloss note',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const msg: TabMessage = { gloss: 1, type: 'tab/add-note-from-selection' };
    browser.tabs.sendMessage(tab.id, msg).catch((err: unknown) => {
      console.warn('[gloss] the page has no Gloss content script', err);
    });
  });
}
