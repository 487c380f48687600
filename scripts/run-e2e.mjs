// Runs the end-to-end tests (tests/e2e, config vitest.e2e.config.ts) in Debian's Chromium and Firefox ESR.
//
// Builds first: the Chrome MV3 production build (.output/chrome-mv3), and the Firefox MV3 e2e build
// (`wxt build -b firefox --mv3 --mode e2e` → .output/firefox-mv3-e2e), which carries the background's test
// routes (entrypoints/background/e2e-hooks.ts) that Firefox's WebDriver BiDi needs.
//
// Usage: node scripts/run-e2e.mjs [chromium|firefox ...] [--no-build] [-- extra vitest args]
//   npm run test:e2e                  both browsers
//   npm run test:e2e -- firefox       one browser
//   npm run test:e2e -- --no-build    reuse the builds in .output
// Environment: GLOSS_E2E_CHROME_DIR, GLOSS_E2E_FIREFOX_DIR test an extension built elsewhere (no build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BROWSERS = {
  chromium: {
    binary: '/usr/bin/chromium',
    build: ['wxt', 'build'],
    output: process.env.GLOSS_E2E_CHROME_DIR ?? '.output/chrome-mv3',
    override: 'GLOSS_E2E_CHROME_DIR',
  },
  firefox: {
    binary: '/usr/bin/firefox-esr',
    build: ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'e2e'],
    output: process.env.GLOSS_E2E_FIREFOX_DIR ?? '.output/firefox-mv3-e2e',
    override: 'GLOSS_E2E_FIREFOX_DIR',
  },
};

const args = process.argv.slice(2);
const dashDash = args.indexOf('--');
const own = dashDash >= 0 ? args.slice(0, dashDash) : args;
const passThrough = dashDash >= 0 ? args.slice(dashDash + 1) : [];
const build = !own.includes('--no-build');
const chosen = own.filter((a) => !a.startsWith('--'));
for (const name of chosen) {
  if (!(name in BROWSERS)) {
    console.error(
      `run-e2e: unknown browser "${name}" (known: ${Object.keys(BROWSERS).join(', ')})`,
    );
    process.exit(2);
  }
}
const names = chosen.length > 0 ? chosen : Object.keys(BROWSERS);

/** Runs a command in the repository, inheriting the terminal; exits with its status when it fails. */
function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.error) {
    console.error(`run-e2e: could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  return result.status ?? 1;
}

for (const name of names) {
  const { binary } = BROWSERS[name];
  if (!existsSync(binary)) {
    console.error(
      `run-e2e: ${binary} is missing: run \`npm run setup\` (it installs chromium and firefox-esr).`,
    );
    process.exit(1);
  }
}

for (const name of names) {
  const { build: buildArgs, output, override } = BROWSERS[name];
  // A build given by its directory (GLOSS_E2E_CHROME_DIR, GLOSS_E2E_FIREFOX_DIR) is tested as it is.
  if (build && !process.env[override]) {
    console.log(`run-e2e: building for ${name}: ${buildArgs.join(' ')}`);
    const status = run('npx', ['--no-install', ...buildArgs]);
    if (status !== 0) {
      console.error(`run-e2e: the ${name} build failed.`);
      process.exit(status);
    }
  }
  if (!existsSync(path.resolve(root, output, 'manifest.json'))) {
    console.error(`run-e2e: no build at ${output}: run without --no-build.`);
    process.exit(1);
  }
}

mkdirSync(path.join(root, 'artifacts/screenshots'), { recursive: true });
const files = names.map((n) => `tests/e2e/${n}.e2e.ts`);
const status = run('npx', [
  '--no-install',
  'vitest',
  'run',
  '-c',
  'vitest.e2e.config.ts',
  ...files,
  ...passThrough,
]);
console.log(
  `run-e2e: screenshots in ${path.relative(process.cwd(), path.join(root, 'artifacts/screenshots')) || '.'}`,
);
process.exit(status);
