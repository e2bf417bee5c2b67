// Figure 1: the plugin's `recommended` preset (and, for reference, `strict`) against a parse-only ESLint run with
// no rules, on the same corpus files, in one process, through the ESLint class (`lintText`). The files are read
// once beforehand, so both sides time ESLint's own work (parse, scope analysis, traversal, rules) and nothing
// else; the variants take turns file by file, so a passing load on the machine falls on all of them alike.
import { readFileSync } from 'node:fs';

import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

import { listCorpus, repoRoot, spreadSample } from '../scripts/lib/corpus.mjs';
import { interleaved, median, round2 } from './lib/measure.mjs';

const FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

export async function presetOverhead({ plugin, fileCount, rounds }) {
  const { files: corpus } = listCorpus();
  const files = spreadSample(corpus, fileCount);
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const bytes = texts.reduce((n, text) => n + Buffer.byteLength(text), 0);
  const base = [
    { ignores: ['!**/node_modules/'] },
    { files: FILES, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  ];
  const configs = {
    'parse only': base,
    recommended: [...base, { files: FILES, ...plugin.configs.recommended }],
    strict: [...base, { files: FILES, ...plugin.configs.strict }],
  };
  // One ESLint instance per variant, built once as the CLI builds its config once per run.
  const eslints = Object.fromEntries(
    Object.entries(configs).map(([name, config]) => [name, new ESLint({ cwd: repoRoot, overrideConfigFile: true, overrideConfig: config, allowInlineConfig: false })]),
  );
  const reports = Object.fromEntries(Object.keys(configs).map((name) => [name, 0]));
  const variant = (name) => async (i) => {
    const [result] = await eslints[name].lintText(texts[i], { filePath: files[i] });
    reports[name] += result.messages.length;
  };
  const times = await interleaved(
    { 'parse only': variant('parse only'), recommended: variant('recommended'), strict: variant('strict') },
    files.length,
    { rounds, before: () => Object.keys(reports).forEach((name) => (reports[name] = 0)) },
  );
  const parseOnly = median(times['parse only']);
  const ratio = (name) => round2(median(times[name]) / parseOnly);
  return {
    files: files.length,
    megabytes: round2(bytes / 1e6),
    rounds,
    recommendedRules: Object.keys(plugin.configs.recommended.rules).length,
    strictRules: Object.keys(plugin.configs.strict.rules).length,
    medianMs: Object.fromEntries(Object.entries(times).map(([name, list]) => [name, Math.round(median(list))])),
    roundsMs: Object.fromEntries(Object.entries(times).map(([name, list]) => [name, list.map(Math.round)])),
    messages: reports,
    recommendedRatio: ratio('recommended'),
    strictRatio: ratio('strict'),
  };
}
