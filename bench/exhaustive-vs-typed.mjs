// Figure 2: `exhaustive-error-codes` without type information against typescript-eslint's
// `switch-exhaustiveness-check` with type information (which it requires), on the same files, in one process:
// the files of the auth packages of the corpus, through a real tsconfig project for the typed side. Each round
// starts typescript-eslint cold (`clearCaches()`), as a CI lint run does; a warm figure (program already built,
// as in an editor) is reported beside it. A rule's cost is what turning it on adds to a parse-only run of the same
// files, the two taking turns file by file, paired round by round (for typescript-eslint's rule that includes the
// type information it requires); ours is measured apart from theirs so their typed program's memory does not
// disturb it, and its cost is never taken below the time ESLint measures inside its listeners. Then the findings
// of both on every `switch` of the example app.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { ESLint, Linter } from 'eslint';
import tsParser, { clearCaches } from '@typescript-eslint/parser';
import tsPlugin from '@typescript-eslint/eslint-plugin';

import { AUTH_PACKAGES, filesOfPackages, listCorpus, rel, repoRoot, writeTypedTsconfig } from '../scripts/lib/corpus.mjs';
import { interleaved, median, round1 } from './lib/measure.mjs';

const FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
const OURS = 'auth-errors/exhaustive-error-codes';
const THEIRS = '@typescript-eslint/switch-exhaustiveness-check';

function configs(plugin, tsconfig) {
  const plugins = { 'auth-errors': plugin, '@typescript-eslint': tsPlugin };
  return {
    parseOnly: [
      { ignores: ['!**/node_modules/'] },
      { files: FILES, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    ],
    ours: [
      { ignores: ['!**/node_modules/'] },
      { files: FILES, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }, plugins, rules: { [OURS]: 'error' } },
    ],
    theirs: [
      { ignores: ['!**/node_modules/'] },
      {
        files: FILES,
        languageOptions: {
          parser: tsParser,
          parserOptions: { project: tsconfig, tsconfigRootDir: path.dirname(tsconfig), ecmaFeatures: { jsx: true } },
        },
        plugins,
        rules: { [THEIRS]: 'error' },
      },
    ],
  };
}

/** An ESLint instance over one of the configs, built once as the CLI builds its config once per run. */
function eslintFor(config, { stats = false } = {}) {
  return new ESLint({ cwd: repoRoot, overrideConfigFile: true, overrideConfig: config, allowInlineConfig: false, stats });
}

/** Lints every file with `stats` on; returns the messages and the time ESLint measured inside the rules' listeners. */
async function lintWithStats(config, files, texts) {
  const eslint = eslintFor(config, { stats: true });
  const messages = [];
  let ruleMs = 0;
  for (let i = 0; i < files.length; i++) {
    const [result] = await eslint.lintText(texts[i], { filePath: files[i] });
    for (const m of result.messages) messages.push({ file: files[i], ...m });
    for (const pass of result.stats?.times?.passes ?? []) {
      for (const { total } of Object.values(pass.rules ?? {})) ruleMs += total;
    }
  }
  return { messages, ruleMs };
}

/** Every `switch` of the example app, with what each rule says about it (type info on for both). */
function exampleSwitches(plugin) {
  const app = path.join(repoRoot, 'examples', 'next-app');
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full);
      return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
    });
  const files = walk(app).sort();
  const switches = [];
  const probe = {
    rules: {
      switches: {
        meta: { type: 'problem', schema: [] },
        create(context) {
          return {
            SwitchStatement(node) {
              switches.push({
                file: context.filename,
                line: node.loc.start.line,
                endLine: node.loc.end.line,
                discriminant: context.sourceCode.getText(node.discriminant),
                cases: node.cases.length,
                hasDefault: node.cases.some((c) => c.test === null),
              });
            },
          };
        },
      },
    },
  };
  const config = [
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: {
        parser: tsParser,
        parserOptions: { project: path.join(app, 'tsconfig.json'), tsconfigRootDir: app, ecmaFeatures: { jsx: true } },
      },
      plugins: { 'auth-errors': plugin, '@typescript-eslint': tsPlugin, probe },
      rules: { [OURS]: 'error', [THEIRS]: 'error', 'probe/switches': 'error' },
    },
  ];
  const linter = new Linter({ cwd: app });
  const messages = files.flatMap((file) =>
    linter.verify(readFileSync(file, 'utf8'), config, { filename: file }).map((m) => ({ file, ...m })),
  );
  const fatal = messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`example app does not parse: ${JSON.stringify(fatal)}`);
  const within = (s, m) => m.file === s.file && m.line >= s.line && m.line <= s.endLine;
  return switches.map((s) => ({
    switch: `${rel(s.file)}:${s.line}`,
    discriminant: s.discriminant,
    cases: s.cases,
    hasDefault: s.hasDefault,
    ours: messages.filter((m) => m.ruleId === OURS && within(s, m)).map((m) => m.message),
    theirs: messages.filter((m) => m.ruleId === THEIRS && within(s, m)).map((m) => m.message),
  }));
}

/** Median over rounds of (variant − parse-only) in the same round: what turning the rule on adds. */
function addedCost(times, name) {
  return median(times[name].map((ms, round) => ms - times['parse only'][round]));
}

export async function exhaustiveVsTyped({ plugin, rounds, outDir }) {
  const files = filesOfPackages(listCorpus().files, AUTH_PACKAGES);
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const tsconfig = writeTypedTsconfig(files, path.join(outDir, 'tsconfig.bench-typed.json'));
  const config = configs(plugin, tsconfig);
  const eslints = { 'parse only': eslintFor(config.parseOnly), ours: eslintFor(config.ours), theirs: eslintFor(config.theirs) };
  const run = (name) => (i) => eslints[name].lintText(texts[i], { filePath: files[i] });
  // Ours against parse-only first, with no typed program in memory to disturb either.
  // Two warm-up rounds: the first rounds still pay for compiling the rule's code, which a lint run of a real
  // project (thousands of files) pays once.
  const oursTimes = await interleaved({ 'parse only': run('parse only'), ours: run('ours') }, files.length, { rounds, warmup: 2 });
  // Theirs cold: every round starts without a typed program (built during its first file), as a CI run does.
  const cold = await interleaved({ 'parse only': run('parse only'), theirs: run('theirs') }, files.length, {
    rounds,
    before: () => clearCaches(),
  });
  // Theirs warm: the program is built in the warm-up round, then each round reuses it, as in an editor.
  clearCaches();
  const warm = await interleaved({ 'parse only': run('parse only'), theirs: run('theirs') }, files.length, { rounds });
  // Time inside the rules' listeners alone (ESLint's stats, as TIMING=1 shows), the typed program already built.
  const ours = await lintWithStats(config.ours, files, texts);
  const theirs = await lintWithStats(config.theirs, files, texts);
  clearCaches();

  const oursAdded = Math.max(addedCost(oursTimes, 'ours'), ours.ruleMs);
  const theirsAdded = addedCost(cold, 'theirs');
  const theirsAddedWarm = addedCost(warm, 'theirs');
  const medians = (times) => Object.fromEntries(Object.entries(times).map(([name, list]) => [name, Math.round(median(list))]));
  const rounded = (times) => Object.fromEntries(Object.entries(times).map(([name, list]) => [name, list.map(Math.round)]));
  const count = (r, id) => r.messages.filter((m) => m.ruleId === id).length;
  return {
    files: files.length,
    packages: AUTH_PACKAGES,
    rounds,
    oursMedianMs: medians(oursTimes),
    coldMedianMs: medians(cold),
    warmMedianMs: medians(warm),
    oursRoundsMs: rounded(oursTimes),
    coldRoundsMs: rounded(cold),
    warmRoundsMs: rounded(warm),
    addedMs: { ours: Math.round(oursAdded), theirs: Math.round(theirsAdded), theirsWarm: Math.round(theirsAddedWarm) },
    ruleOnlyMs: { ours: Math.round(ours.ruleMs), theirs: Math.round(theirs.ruleMs) },
    /** The headline: what turning each rule on adds to a cold lint run, theirs over ours. */
    addedRatio: round1(theirsAdded / oursAdded),
    addedRatioWarm: round1(theirsAddedWarm / oursAdded),
    wholeRunRatio: round1(median(cold.theirs) / median(oursTimes.ours)),
    findingsOnCorpus: { ours: count(ours, OURS), theirs: count(theirs, THEIRS) },
    fatalOnCorpus: { ours: ours.messages.filter((m) => m.fatal).length, theirs: theirs.messages.filter((m) => m.fatal).length },
    exampleSwitches: exampleSwitches(plugin),
  };
}
