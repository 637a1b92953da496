import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure functions and small trees, fast) and `e2e` (the built site in a real
// headless Chromium, and checks over dist/). `npm test` builds the site first, then runs both.
export default defineConfig({
  test: {
    projects: [
      // Hooks that build the real corpus in memory take seconds on a shared two-core machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', hookTimeout: 60_000 } },
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
    ],
  },
});
