/**
 * Where the entity model comes from in the extension: the binary pack `models/ner-model.bin` that
 * the build writes from the JSON files (model-pack.ts, wxt.config.ts), unpacked once per background
 * start. wxt.config.ts puts this module in place of analysis/entities/model-source.ts for the extension build only; it
 * exports the same three functions. Only the background analyses, so only it loads the model (a Chrome
 * service worker and a Firefox background page can both fetch their own extension's URLs).
 *
 * When the extension is installed or updated, the background keeps a copy of the pack in the
 * extension's CacheStorage ({@link prepareNerModel}; a load that finds no copy keeps one too), and
 * loads read that copy (every restart of the service worker, which Chrome stops after 30 s idle).
 * Loading the model in a freshly started worker took 126 ms from the package and 64.5 ms from the
 * copy (medians of 9 restarts, `npm run bench:ner:chromium`, bench/RESULTS.md). The copy is keyed by
 * a hash of the model files that the build computes (NER_PACK_ID), so an updated extension never
 * reads an older model; copies of other builds are deleted when a new one is kept. A copy that does
 * not unpack is dropped and the package read instead; a cache that fails (none, full, private mode)
 * only loses the faster path.
 */
import { browser } from 'wxt/browser';
import type { NerModel } from '../../analysis/entities/model';
import {
  NerModelLoadError,
  NerPackError,
  unpackNerModel,
} from '../../analysis/entities/model-pack';

/** Path of the pack inside the extension (written by the build, see wxt.config.ts). */
export const NER_MODEL_PATH = '/models/ner-model.bin';

/** Replaced by the build with a hash of the model files (wxt.config.ts); absent in tests. */
declare const __GLOSS_NER_PACK_ID__: string | undefined;

/** Which build's pack this is: the cache key's version. */
export const NER_PACK_ID =
  typeof __GLOSS_NER_PACK_ID__ === 'string' ? __GLOSS_NER_PACK_ID__ : 'unbuilt';

/** Prefix of the cache names that hold a pack copy; the full name adds {@link NER_PACK_ID}. */
export const PACK_CACHE_PREFIX = 'gloss-ner-pack-';
/**
 * The cache key of the copy. CacheStorage takes only http(s) requests, so the key is a fixed https
 * URL of a reserved domain, never fetched.
 */
export const PACK_CACHE_KEY = 'https://gloss.invalid/models/ner-model.bin';

let model: NerModel | null = null;
let pending: Promise<NerModel> | null = null;

/**
 * The model once {@link nerModelReady} has resolved. Loading here is asynchronous, so calling this
 * first is a programming error, reported as such.
 */
export function nerModel(): NerModel {
  if (!model) {
    throw new Error(
      'The entity model is not loaded yet: await nerModelReady() (loadNerModel) first.',
    );
  }
  return model;
}

/** The extension's CacheStorage, or null where there is none. */
function cacheStorage(): CacheStorage | null {
  return typeof caches === 'undefined' ? null : caches;
}

/** The kept copy, or null (none kept, or the cache failed). */
async function keptResponse(): Promise<Response | null> {
  try {
    const cache = await cacheStorage()?.open(PACK_CACHE_PREFIX + NER_PACK_ID);
    return (await cache?.match(PACK_CACHE_KEY)) ?? null;
  } catch (err) {
    console.warn('[gloss] the model cache could not be read', err);
    return null;
  }
}

/** The kept copy's bytes, or null (none kept, or the cache failed). */
async function keptPack(): Promise<ArrayBuffer | null> {
  const hit = await keptResponse();
  try {
    return hit ? await hit.arrayBuffer() : null;
  } catch (err) {
    console.warn('[gloss] the model cache could not be read', err);
    return null;
  }
}

/** Keeps a copy of the pack for the next start, and deletes other builds' copies. Never throws. */
async function keepPack(bytes: ArrayBuffer): Promise<void> {
  const storage = cacheStorage();
  if (!storage) return;
  try {
    const name = PACK_CACHE_PREFIX + NER_PACK_ID;
    const cache = await storage.open(name);
    await cache.put(
      PACK_CACHE_KEY,
      new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }),
    );
    for (const other of await storage.keys()) {
      if (other.startsWith(PACK_CACHE_PREFIX) && other !== name) await storage.delete(other);
    }
  } catch (err) {
    console.warn('[gloss] the model could not be kept for the next start', err);
  }
}

/** Deletes the kept copy (it did not unpack). Never throws. */
async function dropPack(): Promise<void> {
  try {
    await cacheStorage()?.delete(PACK_CACHE_PREFIX + NER_PACK_ID);
  } catch (err) {
    console.warn('[gloss] the model cache could not be cleared', err);
  }
}

/** The pack's bytes as the extension's package holds them. */
async function packageBytes(): Promise<ArrayBuffer> {
  const url = (browser.runtime.getURL as (path: string) => string)(NER_MODEL_PATH);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${NER_MODEL_PATH}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

async function fetchModel(): Promise<NerModel> {
  const kept = await keptPack();
  if (kept) {
    try {
      return unpackNerModel(kept);
    } catch (err) {
      if (!(err instanceof NerPackError)) throw err;
      console.warn('[gloss] the kept model copy is damaged; reading the package', err);
      await dropPack();
    }
  }
  const bytes = await packageBytes();
  const loaded = unpackNerModel(bytes);
  // Only a pack that unpacked is kept; the model is ready without waiting for the copy.
  void keepPack(bytes);
  return loaded;
}

/**
 * Fetches and unpacks the model, once: concurrent callers share one load. A failure rejects with a
 * {@link NerModelLoadError} and is forgotten, so the next request tries again (a background that was
 * being updated, say, may serve the file a moment later).
 */
export function nerModelReady(): Promise<NerModel> {
  if (model) return Promise.resolve(model);
  pending ??= fetchModel().then(
    (loaded) => {
      model = loaded;
      return loaded;
    },
    (err: unknown) => {
      pending = null;
      throw new NerModelLoadError(err);
    },
  );
  return pending;
}

/**
 * Keeps a copy of the pack for the loads to come, unless one of this build is kept already: the
 * background calls it when the extension is installed or updated, so that even the first article's
 * load reads the copy. Never throws (a failure leaves the loads to read the package).
 */
export async function prepareNerModel(): Promise<void> {
  try {
    if (await keptResponse()) return;
    await keepPack(await packageBytes());
  } catch (err) {
    console.warn('[gloss] the model could not be prepared', err);
  }
}
