import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/fixtures/**', 'test/corpus/**', 'node_modules/**', 'editors/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['./test/setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // Builds dist/ once when it is stale: the real-process editor tests run the built plugin and server.
    globalSetup: ['./test/language-service/global-setup.ts'],
  },
});
