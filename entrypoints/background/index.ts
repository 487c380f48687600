import { defineBackground } from 'wxt/utils/define-background';
import { installContextMenu } from './context-menu';
import { installE2eHooks } from './e2e-hooks';
import { installRouter } from './router';

export default defineBackground(() => {
  installRouter();
  installContextMenu();
  // Test-only routes for Firefox's WebDriver BiDi; a production build drops this branch and the module.
  if (import.meta.env.MODE === 'e2e') installE2eHooks();
});
