// `npm run demo`: lints examples/next-app with the plugin's recommended config through ESLint's own API, the
// way the CLI would, and prints the findings with ESLint's formatter.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const exampleDir = path.join(root, 'examples', 'next-app');
const plugin = require(path.join(root, 'dist', 'src', 'index.js'));

const eslint = new ESLint({
  cwd: exampleDir,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx}'],
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    plugin.configs.recommended,
  ],
});

const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const output = await formatter.format(results);
console.log(`Linting ${path.relative(root, exampleDir)} with auth-errors/recommended (${Object.keys(plugin.configs.recommended.rules).length} rules)`);
console.log(output.trim() === '' ? '\nNo findings.' : output);

const byRule = new Map();
for (const result of results) {
  for (const message of result.messages) {
    const key = message.ruleId ?? '(parse error)';
    byRule.set(key, (byRule.get(key) ?? 0) + 1);
  }
}
const total = [...byRule.values()].reduce((a, b) => a + b, 0);
const parts = [...byRule].map(([rule, count]) => `${rule} ×${count}`).join(', ');
console.log(`Summary: ${total} finding(s) in ${results.length} file(s)${parts ? ` — ${parts}` : ''}.`);
