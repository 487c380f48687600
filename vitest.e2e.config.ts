import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in real Chromium and Firefox ESR on the built extension (tests/e2e/*.e2e.ts), run by
 * `npm run test:e2e` (scripts/run-e2e.mjs builds first). Kept apart from the unit tests: the main
 * `vitest run` only includes tests/unit.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // One browser at a time: the machine has 2 cores, and two browsers at once make timings flaky.
    fileParallelism: false,
    // A test waits at most 15 s per step (tests/e2e/driver.ts); the note test has a dozen steps and a restart.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Failures must show the whole message (missing names, claim sentences).
    reporters: ['verbose'],
  },
});
