import { defineConfig } from 'vitest/config';

/**
 * Quality floors over ../shared data (eval and train sets). Kept out of the main test command so that
 * a clone without ../shared still runs every other test; .ci/run runs these after it.
 */
export default defineConfig({
  test: {
    include: ['tests/quality/**/*.test.ts'],
    testTimeout: 300_000,
  },
});
