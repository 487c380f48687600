// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../../messaging/protocol';
import { click, mount, one, unmountAll } from '../components/render';

const fake = vi.hoisted(() => ({
  request: vi.fn(),
  sendMessage: vi.fn(),
}));

vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      get: async (id: number) => ({ id, url: 'https://news.test/a' }),
      query: async () => [{ id: 4, url: 'https://news.test/a' }],
      sendMessage: fake.sendMessage,
      create: vi.fn(),
    },
    runtime: { getURL: (path: string) => `chrome-extension://gloss${path}` },
  },
}));
vi.mock('../../../messaging/client', () => ({ request: fake.request }));

const { failureMessage, PopupApp } = await import('../../../entrypoints/popup/popup-app');

const ARTICLE: TabState = {
  status: 'article',
  host: 'news.test',
  article: { url: 'https://news.test/a', title: 'A' },
  entities: [],
  claims: [],
  notes: [],
};

/** Lets the popup's promises (tab lookup, messages) settle and re-render. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

describe('the popup app', () => {
  beforeEach(() => {
    fake.request.mockReset();
    fake.sendMessage.mockReset().mockResolvedValue(ARTICLE);
  });
  afterEach(unmountAll);

  it('asks the tab for its state once when it opens, not over and over', async () => {
    const c = mount(<PopupApp />);
    await settle();
    await settle();
    expect(one(c, '[data-gloss-popup-status]').textContent).toBe('Article found');
    expect(fake.sendMessage).toHaveBeenCalledTimes(1);
    expect(fake.sendMessage).toHaveBeenCalledWith(4, { gloss: 1, type: 'tab/state' });
  });

  it('turns the site off, then shows the state the tab reports', async () => {
    fake.request.mockResolvedValue({ enabled: false });
    const c = mount(<PopupApp />);
    await settle();
    fake.sendMessage.mockResolvedValue({ ...ARTICLE, status: 'disabled' });
    click(one(c, '[data-gloss-site-toggle]'));
    await settle();
    expect(fake.request).toHaveBeenCalledWith('site/set', { host: 'news.test', enabled: false });
    expect(fake.sendMessage).toHaveBeenLastCalledWith(4, { gloss: 1, type: 'tab/refresh' });
    expect(c.querySelector('[data-gloss-popup-failure]')).toBeNull();
    expect(one<HTMLInputElement>(c, '[data-gloss-site-toggle]').checked).toBe(false);
  });

  it('shows a failed switch instead of losing it, with the switch back where the site is', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fake.request.mockRejectedValue(new Error('Gloss storage did not answer.'));
    const c = mount(<PopupApp />);
    await settle();
    click(one(c, '[data-gloss-site-toggle]'));
    await settle();
    expect(one(c, '[data-gloss-popup-failure]').textContent).toBe(
      'Turning Gloss off for news.test did not work: Gloss storage did not answer.',
    );
    expect(one<HTMLInputElement>(c, '[data-gloss-site-toggle]').checked).toBe(true);
    vi.restoreAllMocks();
  });

  it('words a failure as what did not happen, then why', () => {
    expect(failureMessage('Deleting the note', new Error('the disk is full'))).toBe(
      'Deleting the note did not work: the disk is full',
    );
    expect(failureMessage('Deleting the note', 'offline')).toBe(
      'Deleting the note did not work: offline',
    );
  });
});
