import { defineConfig } from 'vitest/config';

// `npm run test:vscode`: the tests that drive a real VS Code (code-server) in headless Chromium. Kept out of
// `npm test`'s pattern (*.test.ts) by their name, *.e2e.ts.
export default defineConfig({
  test: {
    include: ['test/vscode/**/*.e2e.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
