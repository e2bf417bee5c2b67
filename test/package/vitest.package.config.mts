import { defineConfig } from 'vitest/config';

// `npm run test:package`: install the packed plugin into scratch projects (npm, pnpm, a git URL, TypeScript 7)
// and lint through each project's own ESLint. These tests fetch packages from the npm registry (or npm's cache),
// so they stay out of `npm test`'s pattern (*.test.ts) by their name, *.e2e.ts. Every command has a hang guard
// (see scratch.ts); no test has a time limit.
export default defineConfig({
  test: {
    include: ['test/package/**/*.e2e.ts'],
    testTimeout: 0,
    hookTimeout: 0,
    pool: 'forks',
    fileParallelism: false,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
