// The plugin's `strict` preset against the same ESLint run with the parser only, on a whole project folder, side by
// side in one process: every file is linted by both variants in turn (the order alternating from file to file and
// round to round), and each variant's cpu time is summed over the files. Parse, scope analysis, traversal and the
// rules are timed as ESLint runs them (`lintText` with the file's real path, so the cross-file rules read the
// project as in a CLI run); reading the files is not. A load that comes and goes on the machine falls on both
// variants alike, which whole runs in fresh processes (bench/app-overhead.mjs, for wall time and peak memory)
// cannot promise. The first round is a warm-up and is dropped.
//
//   node --expose-gc bench/app-interleaved.mjs <dir> [--rounds=5] [--plugin=<dist/src/index.js>]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

import { interleaved, median, round2 } from './lib/measure.mjs';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SKIPPED = new Set(['node_modules', '.next', 'dist', 'build', 'out', 'coverage']);
const LINTED = /\.(?:[cm]?[jt]s|[jt]sx)$/;

function lintedFiles(dir) {
  const files = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (LINTED.test(entry.name) && !entry.name.endsWith('.min.js')) files.push(full);
    }
  };
  walk(dir);
  return files.sort();
}

export async function appInterleaved({ dir, rounds, plugin: pluginPath, log = () => {} }) {
  const plugin = require(pluginPath ?? path.join(repoRoot, 'dist', 'src', 'index.js'));
  const files = lintedFiles(dir);
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const base = [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
  ];
  const eslints = {
    'parse only': new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: base, allowInlineConfig: false }),
    strict: new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [...base, plugin.configs.strict], allowInlineConfig: false }),
  };
  let reports = 0;
  const variant = (name) => async (i) => {
    const [result] = await eslints[name].lintText(texts[i], { filePath: files[i] });
    if (name === 'strict') reports += result.messages.filter((message) => message.ruleId?.startsWith('auth-errors/')).length;
  };
  const times = await interleaved({ 'parse only': variant('parse only'), strict: variant('strict') }, files.length, {
    rounds,
    clock: 'cpu',
    before: (round) => {
      reports = 0;
      log(`  round ${round + 1}/${rounds + 1}${round === 0 ? ' (warm-up)' : ''}`);
    },
  });
  const ratios = times.strict.map((ms, i) => ms / times['parse only'][i]);
  return {
    files: files.length,
    rounds,
    reports,
    cpuMs: { strict: Math.round(median(times.strict)), 'parse only': Math.round(median(times['parse only'])) },
    roundsMs: { strict: times.strict.map(Math.round), 'parse only': times['parse only'].map(Math.round) },
    ratio: { median: round2(median(ratios)), range: [round2(Math.min(...ratios)), round2(Math.max(...ratios))] },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const flag = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  if (positional.length !== 1) {
    console.error('usage: node --expose-gc bench/app-interleaved.mjs <dir> [--rounds=5] [--plugin=<dist/src/index.js>]');
    process.exit(2);
  }
  const result = await appInterleaved({ dir: path.resolve(positional[0]), rounds: Number(flag('rounds') ?? 5), plugin: flag('plugin'), log: console.log });
  console.log(JSON.stringify(result, null, 2));
}
