import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig(async () => {
  const plugins = (await WxtVitest()).flat();
  // WXT's globals plugin must run before the others or import.meta.env.BROWSER is undefined in tests.
  for (const p of plugins as Array<{ name?: string; enforce?: string }>) {
    if (p && p.name === 'wxt:globals') p.enforce = 'pre';
  }
  return {
    plugins,
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
      setupFiles: ['fake-indexeddb/auto'],
      testTimeout: 30_000,
    },
  };
});
