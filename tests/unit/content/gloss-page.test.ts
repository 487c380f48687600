// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeText } from '../../../analysis/analyze-text';
import { GlossRequestError } from '../../../messaging/client';
import { describeRange } from '../../../page/anchoring';
import type { NoteRecord } from '../../../storage/records';

const request = vi.fn();
vi.mock('../../../messaging/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../messaging/client')>()),
  request: (...args: unknown[]) => request(...args),
}));
// The overlay needs a real content-script context; what is tested here is what the page keeps.
vi.mock('../../../entrypoints/content/mount-overlay', () => ({
  mountOverlay: async () => ({ remove: () => undefined }),
}));

const { GlossPage } = await import('../../../entrypoints/content/gloss-page');

const fixture = readFileSync(
  path.resolve(__dirname, '../../fixtures/azernews-putin-visit.html'),
  'utf8',
);

/** Loads the canonical article into the test's document and makes a note on one of its passages. */
function loadArticleWithNote(): NoteRecord {
  const inner = fixture.slice(
    fixture.indexOf('>', fixture.indexOf('<html')) + 1,
    fixture.lastIndexOf('</html>'),
  );
  document.documentElement.innerHTML = inner;
  const quote = 'Ilham Aliyev';
  const p = [...document.querySelectorAll('article p')].find((x) =>
    x.textContent?.includes(quote),
  )!;
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode() as Text | null;
  while (node && !node.data.includes(quote)) node = walker.nextNode() as Text | null;
  const range = document.createRange();
  range.setStart(node!, node!.data.indexOf(quote));
  range.setEnd(node!, node!.data.indexOf(quote) + quote.length);
  return {
    id: 'note-1',
    articleUrl: location.href,
    articleTitle: 'A',
    body: 'Look up his earlier visits.',
    anchor: describeRange(document.body, range),
    createdAt: 1,
    updatedAt: 1,
  };
}

function fakeContext(): ContentScriptContext {
  return {
    onInvalidated: () => () => undefined,
    signal: new AbortController().signal,
  } as unknown as ContentScriptContext;
}

describe('GlossPage', () => {
  beforeEach(() => {
    request.mockReset();
  });

  it("loads and anchors the reader's notes when the analysis fails", async () => {
    const note = loadArticleWithNote();
    request.mockImplementation(async (type: string) => {
      if (type === 'site/get') return { enabled: true };
      if (type === 'notes/list') return [note];
      if (type === 'analyze') {
        throw new GlossRequestError('analyze', 'The entity model could not be loaded.');
      }
      throw new Error(`unexpected request ${JSON.stringify(type)}`);
    });
    const page = new GlossPage(fakeContext());
    await page.start();
    const state = page.state();
    expect(state.status).toBe('error');
    expect(state.reason).toMatch(
      /could not be analysed \(The entity model could not be loaded\.\)/,
    );
    expect(state.reason).toMatch(/notes still work/);
    expect(state.notes.map((n) => n.id)).toEqual(['note-1']);
    expect(state.orphanNoteIds).toEqual([]);
    page.stop();
  });

  it('paints the analysis and the notes when the analysis succeeds', async () => {
    const note = loadArticleWithNote();
    request.mockImplementation(async (type: string, payload: { text: string }) => {
      if (type === 'site/get') return { enabled: true };
      if (type === 'notes/list') return [note];
      if (type === 'analyze') return analyzeText(payload.text);
      if (type === 'article/seen') return { histories: {} };
      throw new Error(`unexpected request ${JSON.stringify(type)}`);
    });
    const page = new GlossPage(fakeContext());
    await page.start();
    const state = page.state();
    expect(state.status).toBe('article');
    expect(state.entities.some((e) => e.name === 'Ilham Aliyev')).toBe(true);
    expect(state.notes.map((n) => n.id)).toEqual(['note-1']);
    page.stop();
  });

  it('tells the reader in words why a page is not an article', async () => {
    document.documentElement.innerHTML =
      '<head><title>Home</title></head><body><nav><a href="/a">Home</a></nav><p>Welcome.</p></body>';
    request.mockImplementation(async (type: string) => {
      if (type === 'site/get') return { enabled: true };
      if (type === 'notes/list') return [];
      throw new Error(`unexpected request ${JSON.stringify(type)}`);
    });
    const page = new GlossPage(fakeContext());
    await page.start();
    const state = page.state();
    expect(state.status).toBe('not-article');
    expect(state.reason).toMatch(/^This page doesn't look like a news article: .+\.$/);
    expect(state.reason).not.toMatch(/score|:-?\d/);
    page.stop();
  });
});
