import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

const root = path.dirname(fileURLToPath(import.meta.url));
const entities = path.join(root, 'analysis/entities');

/**
 * The extension build takes the entity model from its binary pack (entrypoints/background/ner-model-source.ts, which
 * fetches `models/ner-model.bin`) instead of the JSON files (model-source.ts, what Node loads), so
 * the 4 MB of JSON never enter the background's bundle and are not evaluated as JavaScript.
 */
function browserModelSource(): Plugin {
  const nodeSource = path.join(entities, 'model-source.ts');
  const browserSource = path.join(root, 'entrypoints/background/ner-model-source.ts');
  return {
    name: 'gloss:ner-model-source',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('/model-source')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === nodeSource ? browserSource : null;
    },
  };
}

/**
 * `GLOSS_NER_BUNDLE_JSON=1` builds the extension as it was before the model pack, with the JSON files
 * bundled into the background, into .output/ner-json-baseline: the in-extension baseline of
 * bench/ner-load-chromium.ts. Never for a release.
 */
const bundleJsonModel = process.env.GLOSS_NER_BUNDLE_JSON === '1';

/** Packs the entity model's JSON files into the one binary file the extension fetches. */
async function writeNerModelPack(dest: string): Promise<void> {
  const { packNerModel } = await import('./analysis/entities/model-pack');
  const read = async (name: string) =>
    JSON.parse(await readFile(path.join(root, 'analysis/models', name), 'utf8'));
  const bytes = packNerModel({
    model: await read('ner-weights.json'),
    nameLists: await read('name-lists.json'),
    clusters: await read('word-clusters.json'),
  });
  await writeFile(dest, bytes);
}

/** The model files the pack is made of (analysis/models/). */
const NER_MODEL_FILES = ['ner-weights.json', 'name-lists.json', 'word-clusters.json'];

/**
 * A hash of the model files, compiled into the background as `__GLOSS_NER_PACK_ID__`: the key under
 * which entrypoints/background/ner-model-source.ts keeps its copy of the pack, so a build with other model files never
 * reads an older build's copy.
 */
function nerPackId(): string {
  const hash = createHash('sha256');
  for (const name of NER_MODEL_FILES)
    hash.update(readFileSync(path.join(root, 'analysis/models', name)));
  return hash.digest('hex').slice(0, 16);
}

/** Fixed add-on id so Firefox keeps the same storage across restarts and updates. */
export const GECKO_ID = 'gloss@gloss.reader';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of a file sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: bundleJsonModel ? [preact()] : [preact(), browserModelSource()],
    define: { __GLOSS_NER_PACK_ID__: JSON.stringify(nerPackId()) },
  }),
  ...(bundleJsonModel ? { outDir: '.output/ner-json-baseline' } : {}),
  hooks: {
    // The model pack is built from the committed JSON files on every build, never committed itself.
    'build:publicAssets': async (wxt, files) => {
      if (bundleJsonModel) return;
      const dest = path.join(wxt.config.wxtDir, 'ner-model.bin');
      await writeNerModelPack(dest);
      files.push({ absoluteSrc: dest, relativeDest: 'models/ner-model.bin' });
    },
  },
  // The sources zip that Firefox reviewers rebuild from: the code and the models, not test artefacts.
  zip: { excludeSources: ['artifacts/**', '.dbg/**', '.dbg-*', 'coverage/**', '.cache/**'] },
  manifest: ({ browser }) => ({
    name: 'Gloss',
    description:
      'Context where you read: people, places and checkable claims highlighted on news articles, with your own notes. Nothing leaves your machine.',
    // Each permission is explained in the README ("Permissions"). The content script is declared
    // statically, so neither `scripting` nor `activeTab` is needed; `tabs` is not needed either.
    permissions: ['contextMenus', 'unlimitedStorage'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Gloss' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
