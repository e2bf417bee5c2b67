// `npm run eval:apps -- <app-root>...`: lints real applications the way a user of the plugin does — the README's
// flat config with the `strict` preset, no type information, ESLint run from the app's own root — and prints every
// report so that a person can judge it. The apps are never part of this repository: bring them in yourself (the
// dev set and its commits are listed in docs/real-world.md).
//
//   npm run eval:apps -- ../apps/dub/apps/web ../apps/langfuse/web
//   npm run eval:apps -- --json ../apps/next-auth:apps/**,packages/*/src   (root:pattern,pattern lints only those)
//
// Per app: files linted, wall time, then each report as `rule  file:line:column  message`. Parse errors of files
// the TypeScript parser cannot read (a `.vue` or `.svelte` script, a syntax the app compiles with Babel) are
// counted apart: they are not reports of the plugin. With --json the same data goes to stdout as one JSON object.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const plugin = require(path.join(root, 'dist', 'src', 'index.js'));

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const preset = argv.includes('--recommended') ? 'recommended' : 'strict';
const targets = argv.filter((arg) => !arg.startsWith('--'));
if (targets.length === 0) {
  console.error('usage: npm run eval:apps -- [--json] [--recommended] <app-root>[:<glob>,<glob>]...');
  process.exit(2);
}

/** Output folders a build leaves behind; a user's own ignores would cover them. */
const IGNORES = ['**/node_modules/**', '**/.next/**', '**/dist/**', '**/build/**', '**/out/**', '**/coverage/**', '**/*.min.js'];

function parseTarget(target) {
  // Split at the last ':' that is not part of a Windows drive letter.
  const at = target.lastIndexOf(':');
  if (at > 1) return { dir: path.resolve(target.slice(0, at)), patterns: target.slice(at + 1).split(',') };
  return { dir: path.resolve(target), patterns: ['.'] };
}

async function lintApp({ dir, patterns }) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    errorOnUnmatchedPattern: false,
    overrideConfig: [
      { ignores: IGNORES },
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
      },
      plugin.configs[preset],
    ],
  });
  const started = process.hrtime.bigint();
  const results = await eslint.lintFiles(patterns);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const reports = [];
  let parseErrors = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.ruleId === null) {
        parseErrors++;
        continue;
      }
      // Inline directives that name the app's own plugins ("Definition for rule … was not found"): not ours.
      if (!message.ruleId.startsWith('auth-errors/')) continue;
      reports.push({
        rule: message.ruleId,
        file: path.relative(dir, result.filePath),
        line: message.line,
        column: message.column,
        message: message.message,
      });
    }
  }
  return { root: dir, patterns, files: results.length, ms: Math.round(ms), parseErrors, reports };
}

const apps = [];
for (const target of targets) apps.push(await lintApp(parseTarget(target)));

const totals = {
  apps: apps.length,
  files: apps.reduce((n, app) => n + app.files, 0),
  reports: apps.reduce((n, app) => n + app.reports.length, 0),
  ms: apps.reduce((n, app) => n + app.ms, 0),
};

if (json) {
  console.log(JSON.stringify({ preset, apps, totals }, null, 2));
} else {
  for (const app of apps) {
    const where = app.patterns.join(',') === '.' ? app.root : `${app.root} [${app.patterns.join(', ')}]`;
    console.log(`\n${where}`);
    console.log(`  ${app.files} files, ${(app.ms / 1000).toFixed(1)} s, ${app.reports.length} report(s)` +
      (app.parseErrors ? `, ${app.parseErrors} file(s) the parser could not read` : ''));
    for (const r of app.reports) console.log(`  ${r.rule}  ${r.file}:${r.line}:${r.column}  ${r.message}`);
  }
  console.log(`\n${totals.reports} report(s) in ${totals.files} files of ${totals.apps} app root(s), ${(totals.ms / 1000).toFixed(1)} s (${preset}).`);
}
