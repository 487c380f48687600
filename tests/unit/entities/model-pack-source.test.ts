import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { packNerModel } from '../../../analysis/entities/model-pack';
import { shippedModelFiles } from './model-pack-helpers';

const packed = packNerModel(shippedModelFiles());

/** A fresh copy of the extension's model source (its cache is module state), and its error class. */
async function freshSource() {
  vi.resetModules();
  const { NerModelLoadError } = await import('../../../analysis/entities/model-pack');
  return {
    ...(await import('../../../entrypoints/background/ner-model-source')),
    NerModelLoadError,
  };
}

/** A fetch stub answering each call with the next of `answers` (bytes, or an HTTP status). */
function stubFetch(...answers: Array<Uint8Array | number | Error>) {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url);
      const a = answers.shift();
      if (a instanceof Error) throw a;
      if (typeof a === 'number') return new Response('missing', { status: a });
      return new Response(a?.slice() ?? new Uint8Array(0));
    }),
  );
  return urls;
}

/** An in-memory CacheStorage: cache name → key → bytes. */
function fakeCacheStorage() {
  const stores = new Map<string, Map<string, Uint8Array>>();
  const cacheOf = (name: string) => {
    let store = stores.get(name);
    if (!store) {
      store = new Map();
      stores.set(name, store);
    }
    const kept = store;
    return {
      match: async (key: string) => {
        const bytes = kept.get(key);
        return bytes ? new Response(bytes.slice()) : undefined;
      },
      put: async (key: string, response: Response) => {
        kept.set(key, new Uint8Array(await response.arrayBuffer()));
      },
    };
  };
  return {
    stores,
    open: async (name: string) => cacheOf(name),
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
}

describe('the extension model source (entrypoints/background/ner-model-source.ts)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the pack from the extension, once, and then serves the model synchronously', async () => {
    const urls = stubFetch(packed);
    const source = await freshSource();
    expect(() => source.nerModel()).toThrow(/not loaded yet/);
    const [a, b] = await Promise.all([source.nerModelReady(), source.nerModelReady()]);
    expect(a).toBe(b);
    expect(source.nerModel()).toBe(a);
    expect(a.nTags).toBe(9);
    expect(a.lexicon.get('paris')).toBeGreaterThan(0);
    expect(urls).toEqual([fakeBrowser.runtime.getURL(source.NER_MODEL_PATH as '/')]);
    expect(urls[0]).toMatch(/^chrome-extension:\/\/.+\/models\/ner-model\.bin$/);
  });

  it('rejects with a readable error when the fetch fails, and tries again on the next call', async () => {
    const urls = stubFetch(new TypeError('Failed to fetch'), 404, packed);
    const source = await freshSource();
    const first = source.nerModelReady();
    await expect(first).rejects.toBeInstanceOf(source.NerModelLoadError);
    await expect(first).rejects.toThrow(/could not load its entity model \(Failed to fetch\)/);
    await expect(source.nerModelReady()).rejects.toThrow(/HTTP 404/);
    expect(() => source.nerModel()).toThrow(/not loaded yet/);
    const model = await source.nerModelReady();
    expect(model.nTags).toBe(9);
    expect(urls.length).toBe(3);
  });

  it('rejects a damaged pack with the unpacker’s reason', async () => {
    const damaged = packed.slice(0, 1000);
    stubFetch(damaged);
    const source = await freshSource();
    await expect(source.nerModelReady()).rejects.toThrow(/where the header says/);
  });

  it('keeps a copy in CacheStorage and reads it on the next start, without the package', async () => {
    const storage = fakeCacheStorage();
    storage.stores.set('gloss-ner-pack-older-build', new Map([['x', new Uint8Array(4)]]));
    vi.stubGlobal('caches', storage);
    const urls = stubFetch(packed);
    const first = await freshSource();
    expect((await first.nerModelReady()).nTags).toBe(9);
    expect(urls.length).toBe(1);
    await vi.waitFor(() => expect(storage.stores.size).toBe(1));
    const name = first.PACK_CACHE_PREFIX + first.NER_PACK_ID;
    expect([...storage.stores.keys()]).toEqual([name]);
    expect(storage.stores.get(name)?.get(first.PACK_CACHE_KEY)?.length).toBe(packed.length);
    const second = await freshSource();
    const model = await second.nerModelReady();
    expect(model.lexicon.get('paris')).toBeGreaterThan(0);
    expect(urls.length).toBe(1);
  });

  it('prepares the copy ahead of the first load (on install), once, and never throws', async () => {
    const storage = fakeCacheStorage();
    vi.stubGlobal('caches', storage);
    const urls = stubFetch(packed);
    const source = await freshSource();
    await source.prepareNerModel();
    expect(urls.length).toBe(1);
    await source.prepareNerModel();
    expect(urls.length).toBe(1);
    expect((await source.nerModelReady()).nTags).toBe(9);
    expect(urls.length).toBe(1);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('caches', fakeCacheStorage());
    stubFetch(new TypeError('Failed to fetch'));
    await expect((await freshSource()).prepareNerModel()).resolves.toBeUndefined();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/could not be prepared/);
    warn.mockRestore();
  });

  it('drops a damaged copy and reads the package instead', async () => {
    const storage = fakeCacheStorage();
    vi.stubGlobal('caches', storage);
    const source = await freshSource();
    const name = source.PACK_CACHE_PREFIX + source.NER_PACK_ID;
    storage.stores.set(name, new Map([[source.PACK_CACHE_KEY, packed.slice(0, 500)]]));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const urls = stubFetch(packed);
    expect((await source.nerModelReady()).nTags).toBe(9);
    expect(urls.length).toBe(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/kept model copy is damaged/);
    warn.mockRestore();
    await vi.waitFor(() =>
      expect(storage.stores.get(name)?.get(source.PACK_CACHE_KEY)?.length).toBe(packed.length),
    );
  });

  it('loads from the package when the cache fails', async () => {
    vi.stubGlobal('caches', {
      open: async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      keys: async () => [],
      delete: async () => false,
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const urls = stubFetch(packed);
    const source = await freshSource();
    expect((await source.nerModelReady()).nTags).toBe(9);
    expect(urls.length).toBe(1);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(2));
    warn.mockRestore();
  });

  it('reaches the page as its own message, not as a storage failure', async () => {
    const { describeStorageError } = await import('../../../entrypoints/background/handlers');
    const { NerModelLoadError } = await import('../../../analysis/entities');
    const err = new NerModelLoadError(new Error('HTTP 404'));
    expect(describeStorageError(err)).toBe(err.message);
    expect(err.message).toMatch(/^Gloss could not load its entity model \(HTTP 404\)/);
  });
});
