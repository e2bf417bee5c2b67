// One lint worker of the corpus run: lints its share of the corpus in-process with ESLint's `Linter` and
// reports every finding, every parse error and every crash (an exception out of `verify`, which ESLint tags
// with the rule that threw). A crash never stops the run: the file is re-linted one rule at a time to name
// every rule that throws on it, and the worker moves on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

import tsParser from '@typescript-eslint/parser';

import { repoRoot } from '../../scripts/lib/corpus.mjs';

const require = createRequire(import.meta.url);
const { files, typed, tsconfig, preset = 'strict', plant = false, eslintPackage = 'eslint' } = workerData;
// ESLint 10 (`eslint`) or ESLint 9 (`eslint-9`, installed under that alias).
const { Linter } = await import(eslintPackage);
const plugin = require(path.join(repoRoot, 'dist', 'src', 'index.js'));

/** Records, per file, whether the parser really handed the rules a type checker (proves "type info on"). */
const probePlugin = {
  rules: {
    'type-info': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const services = context.sourceCode.parserServices;
        const program = services?.program;
        // The file is in the typed program and the checker answers for its syntax tree.
        if (program && program.getSourceFile(context.physicalFilename)) {
          const tsNode = services.esTreeNodeToTSNodeMap.get(context.sourceCode.ast);
          if (tsNode && program.getTypeChecker().getSymbolsInScope(tsNode, 1 /* SymbolFlags.FunctionScopedVariable */)) typeInfoFiles++;
        }
        return {};
      },
    },
  },
};
let typeInfoFiles = 0;

const languageOptions = {
  parser: tsParser,
  parserOptions: typed
    ? { project: tsconfig, tsconfigRootDir: path.dirname(tsconfig), ecmaFeatures: { jsx: true } }
    : { ecmaFeatures: { jsx: true } },
};
/** The harness's self-check plants this rule: it throws on every `switch`, and the run must name it. */
const plantedPlugin = {
  rules: {
    'throws-on-switch': {
      meta: { type: 'problem', schema: [] },
      create() {
        return {
          SwitchStatement() {
            throw new TypeError('planted failure');
          },
        };
      },
    },
  },
};

const presetRules = plant ? { ...plugin.configs[preset].rules, 'planted/throws-on-switch': 'error' } : plugin.configs[preset].rules;
const ruleIds = Object.keys(presetRules);

function configFor(rules, withProbe) {
  return [
    // The files live under node_modules, which flat config ignores by default.
    { ignores: ['!**/node_modules/'] },
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      languageOptions,
      plugins: { 'auth-errors': plugin, ...(withProbe ? { corpus: probePlugin } : {}), ...(plant ? { planted: plantedPlugin } : {}) },
      rules: withProbe ? { ...rules, 'corpus/type-info': 'error' } : rules,
    },
  ];
}

const linter = new Linter({ cwd: repoRoot });
const fullConfig = configFor(presetRules, typed);
// `allowInlineConfig: false` = `--no-inline-config`: the corpus's own `eslint-disable` comments must not hide
// a finding or a crash of ours.
const verifyOptions = (filename) => ({ filename, allowInlineConfig: false, reportUnusedDisableDirectives: 'off' });

function firstLines(text, count) {
  return String(text).split('\n').slice(0, count).join('\n');
}

function crashOf(file, ruleId, error) {
  const message = String(error?.message ?? error);
  const line = /Occurred while linting [^\n]*:(\d+)/.exec(message)?.[1];
  return {
    file,
    rule: ruleId ?? '(unknown rule)',
    line: line ? Number(line) : undefined,
    message: firstLines(message.replace(/\nOccurred while linting[\s\S]*$/, ''), 3),
    stack: firstLines(error?.stack ?? '', 8),
  };
}

const findings = [];
const parseErrors = [];
const crashes = [];
let linted = 0;

for (let index = 0; index < files.length; index++) {
  const file = files[index];
  parentPort.postMessage({ type: 'progress', index, file });
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    parseErrors.push({ file, message: `unreadable: ${error.message}` });
    continue;
  }
  try {
    const messages = linter.verify(text, fullConfig, verifyOptions(file));
    linted++;
    for (const m of messages) {
      if (m.fatal || m.ruleId === null) {
        parseErrors.push({ file, line: m.line, column: m.column, message: m.message });
      } else {
        findings.push({ file, line: m.line, column: m.column, ruleId: m.ruleId, message: m.message });
      }
    }
  } catch (error) {
    linted++;
    // Name every rule that throws on this file, one rule at a time.
    const throwing = [];
    for (const ruleId of ruleIds) {
      try {
        linter.verify(text, configFor({ [ruleId]: presetRules[ruleId] }, false), verifyOptions(file));
      } catch (ruleError) {
        throwing.push(crashOf(file, ruleId, ruleError));
      }
    }
    crashes.push(...(throwing.length > 0 ? throwing : [crashOf(file, error?.ruleId, error)]));
  }
}

parentPort.postMessage({ type: 'done', linted, findings, parseErrors, crashes, typeInfoFiles, ruleIds });
