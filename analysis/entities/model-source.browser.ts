/**
 * Where the entity model comes from in the extension: the binary pack `models/ner-model.bin` that
 * the build writes from the JSON files (model-pack.ts, wxt.config.ts), fetched from the extension's
 * own package and unpacked once. wxt.config.ts puts this module in place of model-source.ts for the
 * extension build only; it exports the same two functions. Only the background analyses, so only it
 * loads the model (a Chrome service worker and a Firefox background page can both fetch their own
 * extension's URLs).
 */
import { browser } from 'wxt/browser';
import type { NerModel } from './model';
import { NerModelLoadError, unpackNerModel } from './model-pack';

/** Path of the pack inside the extension (written by the build, see wxt.config.ts). */
export const NER_MODEL_PATH = '/models/ner-model.bin';

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

async function fetchModel(): Promise<NerModel> {
  const url = (browser.runtime.getURL as (path: string) => string)(NER_MODEL_PATH);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${NER_MODEL_PATH}: HTTP ${response.status}`);
  return unpackNerModel(await response.arrayBuffer());
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
