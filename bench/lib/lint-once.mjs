// One lint run in a fresh process, for the paired whole-run benchmarks (bench/app-overhead.mjs): lints a folder
// the way scripts/eval-apps.mjs does (the TypeScript parser, no type information) with the plugin's `strict`
// preset, no rules at all, or one rule that does nothing, and prints one JSON line: wall and cpu time of the lint,
// the process's peak resident memory, files linted and reports. A fresh process per run, so that peak memory is
// the run's own.
//
//   node bench/lib/lint-once.mjs <strict|parse-only|one-rule> <dir> [<plugin-dist-index.js>]
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [variant, dir, pluginPath] = process.argv.slice(2);
if (!['strict', 'parse-only', 'one-rule'].includes(variant) || !dir) {
  console.error('usage: node bench/lib/lint-once.mjs <strict|parse-only|one-rule> <dir> [<plugin index.js>]');
  process.exit(2);
}

const IGNORES = ['**/node_modules/**', '**/.next/**', '**/dist/**', '**/build/**', '**/out/**', '**/coverage/**', '**/*.min.js'];
const config = [
  { ignores: IGNORES },
  {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
];
if (variant === 'one-rule') {
  // ESLint's own cost of running any rule at all: one rule that listens to nothing. Any real config has rules, so
  // this is the floor `strict` is added to.
  config.push({ plugins: { bench: { rules: { 'no-op': { meta: { schema: [] }, create: () => ({}) } } } }, rules: { 'bench/no-op': 'error' } });
}
if (variant === 'strict') {
  // The plugin is loaded in both variants, so that its module load (a fixed cost paid once per process) is
  // not what is compared; only `strict` turns its rules on.
  config.push(require(pluginPath ?? path.join(repoRoot, 'dist', 'src', 'index.js')).configs.strict);
} else {
  require(pluginPath ?? path.join(repoRoot, 'dist', 'src', 'index.js'));
}

const eslint = new ESLint({ cwd: path.resolve(dir), overrideConfigFile: true, errorOnUnmatchedPattern: false, overrideConfig: config });
const cpuStart = process.cpuUsage();
const start = performance.now();
const results = await eslint.lintFiles(['.']);
const wallMs = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
let reports = 0;
let parseErrors = 0;
for (const result of results) {
  for (const message of result.messages) {
    if (message.ruleId === null) parseErrors++;
    else if (message.ruleId.startsWith('auth-errors/')) reports++;
  }
}
console.log(
  JSON.stringify({
    variant,
    files: results.length,
    reports,
    parseErrors,
    wallMs: Math.round(wallMs),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    // maxRSS is in KiB.
    peakMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
