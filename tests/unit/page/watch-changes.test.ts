// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type ChangeReason,
  MAX_WAIT_MS,
  MissedChange,
  SETTLE_MS,
  watchPageChanges,
} from '../../../page/watch-changes';

let controller: AbortController;
let changes: ChangeReason[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  document.body.innerHTML = `
    <nav id="menu" class="closed"><a href="/">Home</a></nav>
    <main id="container">
      <article id="story"><p>First paragraph.</p></article>
      <div id="more" hidden><p>The rest of the story.</p></div>
    </main>`;
  controller = new AbortController();
  changes = [];
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

/** Lets the observer's callback run, then the debounce expire. */
async function settle(): Promise<void> {
  await Promise.resolve();
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  vi.advanceTimersByTime(SETTLE_MS + 10);
}

function watch(scope: () => Element | null = () => document.getElementById('container')): void {
  watchPageChanges({
    signal: controller.signal,
    onChange: (r) => changes.push(r),
    attributeScope: scope,
  });
}

describe('watchPageChanges', () => {
  it('notices a "read more" that unhides the rest of the article', async () => {
    watch();
    document.getElementById('more')?.removeAttribute('hidden');
    await settle();
    expect(changes).toEqual(['content']);
  });

  it('ignores shown/hidden changes outside the article, and all of them before there is one', async () => {
    watch();
    document.getElementById('menu')?.setAttribute('class', 'open');
    await settle();
    expect(changes).toEqual([]);
    controller.abort();
    controller = new AbortController();
    watch(() => null);
    document.getElementById('more')?.removeAttribute('hidden');
    await settle();
    expect(changes).toEqual([]);
  });

  it('notices paragraphs that arrive, once for a burst, and not its own UI host', async () => {
    watch();
    const story = document.getElementById('story');
    for (let i = 0; i < 5; i++)
      story?.append(Object.assign(document.createElement('p'), { textContent: `p${i}` }));
    await settle();
    expect(changes).toEqual(['content']);
    document.documentElement.append(document.createElement('gloss-ui'));
    await settle();
    expect(changes).toEqual(['content']);
  });

  it('looks within MAX_WAIT_MS on a page that never stops changing, once per wait', async () => {
    watch();
    const story = document.getElementById('story')!;
    // A change every 100 ms for twelve seconds: never SETTLE_MS of quiet.
    for (let t = 0; t < 12_000; t += 100) {
      story.append(Object.assign(document.createElement('span'), { textContent: '.' }));
      await Promise.resolve();
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      vi.advanceTimersByTime(100);
    }
    // One look per MAX_WAIT_MS of the busy spell (12 s / 5 s), none while the changes keep coming.
    expect(changes).toHaveLength(Math.floor(12_000 / MAX_WAIT_MS));
    expect(changes.every((c) => c === 'content')).toBe(true);
  });

  it('stops when its signal aborts', async () => {
    watch();
    controller.abort();
    document.getElementById('more')?.removeAttribute('hidden');
    await settle();
    expect(changes).toEqual([]);
  });
});

describe('MissedChange', () => {
  it('keeps a change until taken, once', () => {
    const missed = new MissedChange();
    expect(missed.take()).toBeNull();
    missed.note('content');
    missed.note('content');
    expect(missed.take()).toBe('content');
    expect(missed.take()).toBeNull();
  });

  it('never lets a content change replace a navigation', () => {
    const missed = new MissedChange();
    missed.note('content');
    missed.note('navigation');
    missed.note('content');
    expect(missed.take()).toBe('navigation');
  });
});
