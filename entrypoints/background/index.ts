import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { prepareEntityModel } from '../../analysis/entities';
import { installContextMenu } from './context-menu';
import { installE2eHooks } from './e2e-hooks';
import { installRouter } from './router';

export default defineBackground(() => {
  installRouter();
  installContextMenu();
  // On install and update, keep a copy of the entity model where its loads read it fastest, so that
  // even the first article's analysis does not read the package (ner-model-source.ts).
  browser.runtime.onInstalled.addListener(() => {
    void prepareEntityModel();
  });
  // Test-only routes for Firefox's WebDriver BiDi; a production build drops this branch and the module.
  if (import.meta.env.MODE === 'e2e') installE2eHooks();
});
