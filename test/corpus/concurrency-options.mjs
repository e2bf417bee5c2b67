// ESLint options module for the `--concurrency` check of the corpus run. Concurrency needs options that can be
// cloned to worker threads; a module URL is how the ESLint class (≥ 9.34) takes options with plugin objects.
// Both the single-threaded and the two-thread run load this same module; only `concurrency` differs, taken from
// the module URL's query (`?concurrency=2`), so each URL is its own module instance in one process.
import { createRequire } from 'node:module';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';

import { repoRoot } from '../../scripts/lib/corpus.mjs';

const require = createRequire(import.meta.url);
const plugin = require(path.join(repoRoot, 'dist', 'src', 'index.js'));

export default {
  cwd: repoRoot,
  overrideConfigFile: true,
  allowInlineConfig: false,
  concurrency: Number(new URL(import.meta.url).searchParams.get('concurrency')) || 'off',
  overrideConfig: [
    { ignores: ['!**/node_modules/'] },
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    plugin.configs.recommended,
  ],
};
