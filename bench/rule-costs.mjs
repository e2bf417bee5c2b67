// Where the `strict` preset's time goes on a project folder: for each rule, the time ESLint measures in its
// listeners and its create() (ESLint's `stats`), the files whose create() returned listeners, and how many
// times each listener was called. Used to find what `strict` adds over a parse-only run (bench/app-overhead.mjs
// gives the whole-run figure); one run in this process, so the times are indicative, the counts exact.
//
//   node bench/rule-costs.mjs <dir> [--plugin=<dist/src/index.js>]
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const pluginFlag = process.argv.find((arg) => arg.startsWith('--plugin='))?.slice('--plugin='.length);
if (positional.length !== 1) {
  console.error('usage: node bench/rule-costs.mjs <dir> [--plugin=<dist/src/index.js>]');
  process.exit(2);
}
const dir = path.resolve(positional[0]);
const plugin = require(pluginFlag ? path.resolve(pluginFlag) : path.join(repoRoot, 'dist', 'src', 'index.js'));

/** rule → { files, active, calls: { selector → count } } */
const counts = new Map();

/** The same rules, each create() wrapped to count the files it listens in and the calls of each listener. */
const countingRules = Object.fromEntries(
  Object.entries(plugin.rules).map(([name, rule]) => {
    const entry = { files: 0, active: 0, calls: {} };
    counts.set(name, entry);
    return [
      name,
      {
        ...rule,
        create(context) {
          entry.files++;
          const listeners = rule.create(context);
          const selectors = Object.keys(listeners);
          if (selectors.length > 0) entry.active++;
          const wrapped = {};
          for (const selector of selectors) {
            const listener = listeners[selector];
            wrapped[selector] = (...args) => {
              entry.calls[selector] = (entry.calls[selector] ?? 0) + 1;
              return listener(...args);
            };
          }
          return wrapped;
        },
      },
    ];
  }),
);

const IGNORES = ['**/node_modules/**', '**/.next/**', '**/dist/**', '**/build/**', '**/out/**', '**/coverage/**', '**/*.min.js'];
const eslint = new ESLint({
  cwd: dir,
  overrideConfigFile: true,
  errorOnUnmatchedPattern: false,
  stats: true,
  overrideConfig: [
    { ignores: IGNORES },
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      plugins: { 'auth-errors': { ...plugin, rules: countingRules } },
      rules: plugin.configs.strict.rules,
    },
  ],
});
const start = performance.now();
const results = await eslint.lintFiles(['.']);
const wallMs = performance.now() - start;

const times = new Map();
let parseMs = 0;
let rulesMs = 0;
for (const result of results) {
  const stats = result.stats;
  if (!stats) continue;
  for (const pass of stats.times.passes) {
    parseMs += pass.parse.total;
    for (const [rule, time] of Object.entries(pass.rules ?? {})) {
      times.set(rule, (times.get(rule) ?? 0) + time.total);
      rulesMs += time.total;
    }
  }
}

console.log(`${results.length} files, ${Math.round(wallMs)} ms wall; parse ${Math.round(parseMs)} ms, rules ${Math.round(rulesMs)} ms`);
for (const [name, entry] of counts) {
  const ms = times.get(`auth-errors/${name}`) ?? 0;
  const calls = Object.entries(entry.calls)
    .sort((a, b) => b[1] - a[1])
    .map(([selector, n]) => `${selector} ${n}`)
    .join(', ');
  console.log(`${name.padEnd(32)} ${String(Math.round(ms)).padStart(6)} ms  listens in ${entry.active}/${entry.files} files  ${calls}`);
}
