import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Fixed add-on id so Firefox keeps the same storage across restarts and updates. */
export const GECKO_ID = 'gloss@gloss.reader';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of a file sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
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
