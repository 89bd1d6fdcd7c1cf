import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Code the tests run in-process comes from src/, which the load cache (keyed on the compiled lib/)
    // cannot see change; spawned bins turn it back on (test/support/cli.ts).
    env: { ADAPT_GUIDE_CACHE: 'off' },
  },
});
