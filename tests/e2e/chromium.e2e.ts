/** The end-to-end suite in Chromium, on the Chrome MV3 build (`.output/chrome-mv3`, or GLOSS_E2E_CHROME_DIR). */
import path from 'node:path';
import { launchChromium } from './chromium-driver';
import { defineGlossSuite, REPO_ROOT } from './gloss-suite';

const extensionDir = path.resolve(
  REPO_ROOT,
  process.env.GLOSS_E2E_CHROME_DIR ?? '.output/chrome-mv3',
);

defineGlossSuite('chromium', launchChromium, extensionDir);
