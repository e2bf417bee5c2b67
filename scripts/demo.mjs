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
const withFindings = results.filter((result) => result.messages.length > 0).length;
console.log(`Summary: ${total} finding(s) in ${withFindings} of ${results.length} linted file(s)${parts ? ` — ${parts}` : ''}.`);

// Hover docs: what an editor shows over a code string. Asks the real tsserver of the installed TypeScript, which
// loads the plugin from examples/next-app/tsconfig.json by package name, exactly as VS Code does.
{
  const { TsServerClient, locate } = await import('./lib/tsserver-client.mjs');
  const { readFileSync } = await import('node:fs');
  const file = path.join(exampleDir, 'app', 'login', 'login-form.tsx');
  const text = readFileSync(file, 'utf8');
  const needle = "'RATE_LIMIT_EXCEEDED'";
  const at = locate(text, needle, { delta: 1 });
  const tsserver = require.resolve('typescript/lib/tsserver.js');
  const client = TsServerClient.start({ tsserver, cwd: exampleDir });
  try {
    client.open(file, { projectRootPath: exampleDir });
    const info = await client.quickInfo(file, at);
    console.log(`\nHover over ${needle} in ${path.relative(root, file)}:${at.line}:${at.offset} (tsserver ${require('typescript').version}):\n`);
    console.log(info.displayString);
    console.log(`\n${info.documentation}`);
  } finally {
    await client.close();
  }
}
