// The growth table: how the plugin's cost grows with the size of one input, for the shapes that were once
// superlinear (issue 13). Each shape is generated at 1k, 5k and 20k items in one file; a size's cost is the time
// the `strict` rules spend on it (ESLint's own per-rule `stats`: create() and listeners; median over rounds after
// one dropped warm-up), or for the editor the time of its requests. Every round starts as a file's first lint does:
// the catalog's remembered answers are dropped first, or a size small enough for them to survive from the warm-up
// would cost almost nothing. Growth = (cost ratio) / (size ratio) between neighbouring sizes: 1.0 is linear, the
// target is ≤ 1.3. It runs in a worker thread with a large stack: typescript-estree converts a long `||` or
// `else if` chain recursively, and at 20k items no process stack is deep enough.
import { createRequire } from 'node:module';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';

import { repoRoot } from '../scripts/lib/corpus.mjs';
import { median, round2, settle } from './lib/measure.mjs';

const require = createRequire(import.meta.url);
export const SIZES = [1_000, 5_000, 20_000];

/** A capital letter moved `by` places along the alphabet (Z wraps to A). */
const shift = (letter, by) => String.fromCharCode(65 + ((letter.charCodeAt(0) - 65 + by) % 26));

/**
 * Distinct misspellings of Better Auth's codes, each one edit away from its code (what the rule must judge as a
 * likely typo): a letter dropped, doubled, swapped with the next, replaced by a letter one or two places away in
 * the alphabet, or a letter one place away inserted before it. Its 221 codes give about 30k such labels.
 */
function misspellings(catalog, count) {
  const family = catalog.families.find((f) => f.id === 'better-auth');
  const codes = family.entries.map((entry) => entry.code);
  const isCode = new Set(codes);
  const out = new Set();
  const edits = [
    (code, i) => code.slice(0, i) + code.slice(i + 1),
    (code, i) => code.slice(0, i) + code[i] + code.slice(i),
    (code, i) => code.slice(0, i) + (code[i + 1] ?? '') + code[i] + code.slice(i + 2),
    (code, i) => code.slice(0, i) + shift(code[i], 1) + code.slice(i + 1),
    (code, i) => code.slice(0, i) + shift(code[i], 25) + code.slice(i + 1),
    (code, i) => code.slice(0, i) + shift(code[i], 2) + code.slice(i + 1),
    (code, i) => code.slice(0, i) + shift(code[i], 24) + code.slice(i + 1),
    (code, i) => code.slice(0, i) + shift(code[i], 1) + code.slice(i),
    (code, i) => code.slice(0, i) + shift(code[i], 25) + code.slice(i),
  ];
  for (const edit of edits) {
    for (let i = 1; i < 40; i++) {
      for (const code of codes) {
        if (i >= code.length - 1 || !/[A-Z]/.test(code[i]) || !/[A-Z]/.test(code[i + 1])) continue;
        const label = edit(code, i);
        if (!isCode.has(label)) out.add(label);
        if (out.size === count) return [...out];
      }
    }
  }
  throw new Error(`only ${out.size} distinct misspellings, ${count} asked for`);
}

const BETTER_AUTH = 'import { authClient } from "better-auth/client";\n';
const body = (lines) => lines.join('\n');

/** The lint shapes: `n` items → file text. */
export function lintShapes(catalog) {
  return {
    'configs in one file': (n) =>
      body([
        'import NextAuth from "next-auth";',
        'import Credentials from "next-auth/providers/credentials";',
        'import { PrismaAdapter } from "@auth/prisma-adapter";',
        'const adapter = PrismaAdapter(db);',
        ...Array.from(
          { length: n },
          (_, i) =>
            `export const auth${i} = NextAuth({ adapter, providers: [Credentials({ credentials: {}, authorize: async () => null })], pages: { error: "/e${i}" } });`,
        ),
      ]),
    'misspelled keys in one map': (n) =>
      body([
        BETTER_AUTH,
        'const messages: Record<string, string> = {',
        ...misspellings(catalog, n).map((label, i) => `  ${label}: "message ${i}",`),
        '};',
        'export const describe = (error: { code: string }) => messages[error.code];',
      ]),
    'misspelled labels in one switch': (n) =>
      body([
        BETTER_AUTH,
        'export function describe(error: { code: string }) {',
        '  switch (error.code) {',
        ...misspellings(catalog, n).map((label, i) => `    case "${label}": return ${i};`),
        '    default: return -1;',
        '  }',
        '}',
      ]),
    'misspelled labels in one comparison group': (n) =>
      body([
        BETTER_AUTH,
        'export function describe(error: { code: string }) {',
        ...misspellings(catalog, n).map((label, i) => `  if (error.code === "${label}") return ${i};`),
        '  return -1;',
        '}',
      ]),
    'long `||` chain': (n) =>
      body([
        BETTER_AUTH,
        'export function retry(error: { code: string }) {',
        `  return ${misspellings(catalog, n).map((label) => `error.code === "${label}"`).join(' ||\n    ')};`,
        '}',
      ]),
    'long `else if` chain': (n) =>
      body([
        BETTER_AUTH,
        'export function describe(error: { code: string }) {',
        '  let text = "";',
        `  ${misspellings(catalog, n).map((label, i) => `if (error.code === "${label}") text = "m${i}";`).join('\n  else ')}`,
        '  return text;',
        '}',
      ]),
  };
}

/**
 * The rules' own time on one text: ESLint's `stats` times each rule's create() and listeners, which is what `strict`
 * adds to a parse-only run without subtracting two large, noisy totals (parsing 20k items takes seconds, and its
 * jitter alone exceeded the rules' cost). One dropped warm-up round, then the median of `rounds`.
 */
function lintCost({ plugin, catalog, text, rounds }) {
  const linter = new Linter({ configType: 'flat' });
  const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, { files: ['**/*.ts'], ...plugin.configs.strict }];
  const times = [];
  const parseTimes = [];
  let byRule = {};
  let messages = 0;
  let fatal;
  for (let round = 0; round < rounds + 1; round++) {
    // ESLint keeps `stats` for verifyAndFix (one pass here: nothing is fixed), which starts each run's times afresh.
    catalog.forgetAnswers();
    settle();
    const result = linter.verifyAndFix(text, config, { filename: path.join(repoRoot, 'bench', '.tmp', 'growth', 'shape.ts'), stats: true, fix: false }).messages;
    const pass = linter.getTimes().passes[0] ?? {};
    const rules = Object.fromEntries(Object.entries(pass.rules ?? {}).map(([rule, { total }]) => [rule, total]));
    if (round > 0) {
      times.push(Object.values(rules).reduce((sum, ms) => sum + ms, 0));
      parseTimes.push(pass.parse?.total ?? 0);
      byRule = rules;
    }
    messages = result.filter((m) => m.ruleId).length;
    fatal ??= result.find((m) => m.fatal)?.message;
  }
  if (fatal) return { error: fatal };
  return { ms: median(times), parseMs: median(parseTimes), messages, byRule };
}

/**
 * The editor: code actions and completions asked again and again inside one big switch of one file version. Each
 * round is a new version (the text gains a comment), so its first request analyses the group and the others find
 * that analysis remembered, as in an editor between two keystrokes.
 */
function editorCost({ catalog, text, rounds }) {
  const ts = require(path.join(repoRoot, 'node_modules', 'typescript'));
  const editor = require(path.join(repoRoot, 'dist', 'src', 'editor', 'index.js'));
  const options = editor.resolveEditorOptions(undefined);
  // Ten positions spread over the switch's labels, each asked for code actions and completions.
  const offsets = [];
  for (let at = text.indexOf('case "'); at !== -1 && offsets.length < 10_000; at = text.indexOf('case "', at + 1)) offsets.push(at + 6);
  const asked = Array.from({ length: 10 }, (_, i) => offsets[Math.floor((i * offsets.length) / 10)]);
  const times = [];
  // The replace-code actions offered (one per asked label when the editor judged them all), as the lint's reports.
  let offered = 0;
  for (let round = 0; round < rounds + 1; round++) {
    const sourceFile = editor.parseDocument(ts, 'shape.ts', `${text}\n// version ${round}\n`);
    catalog.forgetAnswers();
    settle();
    offered = 0;
    const start = performance.now();
    for (const offset of asked) {
      offered += (editor.codeActionsAt(ts, sourceFile, offset, offset, options) ?? []).filter((action) => action.id === 'replaceCode').length;
      editor.completionsAt(ts, sourceFile, offset, options);
    }
    if (round > 0) times.push(performance.now() - start);
  }
  return { ms: median(times), messages: offered };
}

export function growth({ plugin, rounds, sizes = SIZES, only, log = () => {} }) {
  const catalog = require(path.join(repoRoot, 'dist', 'src', 'catalog', 'index.js')).defaultCatalog;
  const shapes = [
    ...Object.entries(lintShapes(catalog)).map(([name, make]) => ({ name, make, cost: (text) => lintCost({ plugin, catalog, text, rounds }) })),
    {
      name: 'editor: 10 code-action + completion requests on one switch',
      make: lintShapes(catalog)['misspelled labels in one switch'],
      cost: (text) => editorCost({ catalog, text, rounds }),
    },
  ];
  const rows = [];
  for (const shape of shapes.filter((candidate) => !only || only.some((word) => candidate.name.includes(word)))) {
    const points = [];
    for (const size of sizes) {
      const text = shape.make(size);
      const cost = shape.cost(text);
      if (cost.error) {
        // typescript-estree converts nested expressions recursively: past some depth it cannot parse the file at all.
        points.push({ size, error: cost.error });
        log(`  ${shape.name} at ${size}: ${cost.error}`);
        continue;
      }
      points.push({ size, ms: round2(cost.ms), parseMs: cost.parseMs === undefined ? undefined : round2(cost.parseMs), messages: cost.messages });
      const costliest = Object.entries(cost.byRule ?? {})
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([rule, ms]) => `${rule.replace(/^auth-errors\//, '')} ${round2(ms)}`);
      log(`  ${shape.name} at ${size}: ${round2(cost.ms)} ms (${cost.messages} reports)${costliest.length > 0 ? `; ${costliest.join(', ')}` : ''}`);
    }
    const measured = points.filter((point) => point.error === undefined);
    const growths = measured.slice(1).map((point, i) => round2(point.ms / Math.max(measured[i].ms, 0.01) / (point.size / measured[i].size)));
    rows.push({ shape: shape.name, points, growths, worst: growths.length > 0 ? Math.max(...growths) : undefined });
  }
  return { sizes, rounds, rows };
}

// `node --expose-gc bench/growth.mjs [--rounds=3] [--sizes=1000,5000,20000] [--only=configs,switch]`: prints the rows as JSON (bench/run.mjs
// runs it so). The measuring runs in a worker with a 256 MB stack (see the top); the main thread only prints.
const STACK_MB = 256;
const isScript = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isScript && isMainThread) {
  const worker = new Worker(new URL(import.meta.url), { argv: process.argv.slice(2), workerData: { growthTable: true }, resourceLimits: { stackSizeMb: STACK_MB } });
  // Progress comes as messages: the worker's own stderr is flushed only when its (busy) event loop turns.
  worker.on('message', (message) => (message.log === undefined ? console.log(JSON.stringify(message.result)) : console.error(message.log)));
  worker.on('error', (error) => {
    console.error(error);
    process.exitCode = 1;
  });
} else if (!isMainThread && parentPort && workerData?.growthTable === true) {
  const flag = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const plugin = require(path.join(repoRoot, 'dist', 'src', 'index.js'));
  const result = growth({
    plugin,
    rounds: Number(flag('rounds') ?? 3),
    sizes: flag('sizes') ? flag('sizes').split(',').map(Number) : SIZES,
    // `--only=configs,switch`: the shapes whose names contain one of the words.
    only: flag('only')?.split(','),
    log: (line) => parentPort.postMessage({ log: line }),
  });
  parentPort.postMessage({ result });
}
