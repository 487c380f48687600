/**
 * The end-to-end suite in Firefox ESR, on the Firefox MV3 e2e build (`wxt build -b firefox --mv3 --mode e2e`
 * → `.output/firefox-mv3-e2e`, or GLOSS_E2E_FIREFOX_DIR), which carries the background's test routes.
 */
import path from 'node:path';
import { launchFirefox } from './firefox-driver';
import { defineGlossSuite, REPO_ROOT } from './gloss-suite';

const extensionDir = path.resolve(
  REPO_ROOT,
  process.env.GLOSS_E2E_FIREFOX_DIR ?? '.output/firefox-mv3-e2e',
);

defineGlossSuite('firefox', launchFirefox, extensionDir);
