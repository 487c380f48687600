import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A browser event as the menu code uses it: listeners added, then fired by the test. */
function fakeEvent<A extends unknown[]>() {
  const listeners: Array<(...args: A) => unknown> = [];
  return {
    listeners,
    addListener: (fn: (...args: A) => unknown) => listeners.push(fn),
    fire: (...args: A) => {
      for (const fn of listeners) fn(...args);
    },
  };
}

const fake = vi.hoisted(() => ({
  create: vi.fn(),
  sendMessage: vi.fn(),
  events: {} as {
    installed: ReturnType<typeof fakeEvent<[]>>;
    clicked: ReturnType<typeof fakeEvent<[{ menuItemId: string | number }, { id?: number }?]>>;
  },
}));

// wxt's fake browser leaves contextMenus unimplemented: the menu code gets this small stand-in.
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      get onInstalled() {
        return fake.events.installed;
      },
    },
    contextMenus: {
      create: fake.create,
      get onClicked() {
        return fake.events.clicked;
      },
    },
    tabs: { sendMessage: fake.sendMessage },
  },
}));

const { ADD_NOTE_MENU_ID, installContextMenu } = await import(
  '../../../entrypoints/background/context-menu'
);

describe('the "Add note" context menu', () => {
  beforeEach(() => {
    fake.create.mockReset();
    fake.sendMessage.mockReset().mockResolvedValue(true);
    fake.events.installed = fakeEvent();
    fake.events.clicked = fakeEvent();
    installContextMenu();
  });

  it('creates one item for selected text when the extension is installed or updated', () => {
    expect(fake.create, 'nothing before onInstalled').not.toHaveBeenCalled();
    fake.events.installed.fire();
    expect(fake.create).toHaveBeenCalledTimes(1);
    expect(fake.create).toHaveBeenCalledWith({
      id: ADD_NOTE_MENU_ID,
      title: 'Add Gloss note',
      contexts: ['selection'],
    });
  });

  it("asks the clicked tab's content script to open the note editor on its selection", () => {
    fake.events.clicked.fire({ menuItemId: ADD_NOTE_MENU_ID }, { id: 7 });
    expect(fake.sendMessage).toHaveBeenCalledTimes(1);
    expect(fake.sendMessage).toHaveBeenCalledWith(7, {
      gloss: 1,
      type: 'tab/add-note-from-selection',
    });
  });

  it('ignores other menu items and clicks without a tab', () => {
    fake.events.clicked.fire({ menuItemId: 'someone-else' }, { id: 7 });
    fake.events.clicked.fire({ menuItemId: ADD_NOTE_MENU_ID }, undefined);
    fake.events.clicked.fire({ menuItemId: ADD_NOTE_MENU_ID }, {});
    expect(fake.sendMessage).not.toHaveBeenCalled();
  });

  it('only warns when the tab has no content script to answer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    fake.events.clicked.fire({ menuItemId: ADD_NOTE_MENU_ID }, { id: 3 });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(String(warn.mock.calls[0]?.[0])).toContain('no Gloss content script');
    warn.mockRestore();
  });
});
