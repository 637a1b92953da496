import { defineConfig } from 'vitest/config';

// Three projects: `unit` (pure functions and small trees, fast), `e2e` (the built site in a real
// headless Chromium, and checks over dist/) and `corpus-b` (the whole pipeline and site build over
// the fixture corpus, checked page by page). `npm test` builds the site first, then runs all three.
export default defineConfig({
  test: {
    projects: [
      // Timeouts allow for a shared two-core machine: the real-corpus tests parse every source.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'corpus-b',
          include: ['tests/corpus-b/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/build-corpus-b.ts'],
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
