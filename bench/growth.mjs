// The growth table: how the plugin's cost grows with the size of one input, for the shapes that were once
// superlinear (issue 13). Each shape is generated at 1k, 5k and 20k items; a size's cost is the time the `strict`
// rules add to a parse-only run of the same text (ESLint's Linter, in this process, the two variants alternating,
// median over rounds), or for the editor the time of its requests. Growth = (cost ratio) / (size ratio) between
// neighbouring sizes: 1.0 is linear, the target is ≤ 1.3.
import { createRequire } from 'node:module';
import path from 'node:path';

import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';

import { repoRoot } from '../scripts/lib/corpus.mjs';
import { median, round2, settle } from './lib/measure.mjs';

const require = createRequire(import.meta.url);
export const SIZES = [1_000, 5_000, 20_000];

/** A capital letter moved `by` places along the alphabet (Z wraps to A). */
const shift = (letter, by) => String.fromCharCode(65 + ((letter.charCodeAt(0) - 65 + by) % 26));

/** Distinct misspellings of Better Auth's codes: a letter dropped, doubled, swapped with the next, or replaced by a neighbour in the alphabet. */
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
function lintCost({ plugin, text, rounds }) {
  const linter = new Linter({ configType: 'flat' });
  const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, { files: ['**/*.ts'], ...plugin.configs.strict }];
  const times = [];
  const parseTimes = [];
  let byRule = {};
  let messages = 0;
  let fatal;
  for (let round = 0; round < rounds + 1; round++) {
    // ESLint keeps `stats` for verifyAndFix (one pass here: nothing is fixed), which starts each run's times afresh.
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

/** The editor: code actions and completions asked again and again inside one big switch of one file version. */
function editorCost({ text, rounds }) {
  const ts = require(path.join(repoRoot, 'node_modules', 'typescript'));
  const editor = require(path.join(repoRoot, 'dist', 'src', 'editor', 'index.js'));
  const sourceFile = editor.parseDocument(ts, 'shape.ts', text);
  const options = editor.resolveEditorOptions(undefined);
  // Ten positions spread over the switch's labels, each asked for code actions and completions.
  const offsets = [];
  for (let at = text.indexOf('case "'); at !== -1 && offsets.length < 10_000; at = text.indexOf('case "', at + 1)) offsets.push(at + 6);
  const asked = Array.from({ length: 10 }, (_, i) => offsets[Math.floor((i * offsets.length) / 10)]);
  const times = [];
  for (let round = 0; round < rounds + 1; round++) {
    settle();
    const start = performance.now();
    for (const offset of asked) {
      editor.codeActionsAt(ts, sourceFile, offset, offset, options);
      editor.completionsAt(ts, sourceFile, offset, options);
    }
    if (round > 0) times.push(performance.now() - start);
  }
  return { ms: median(times), messages: asked.length };
}

export function growth({ plugin, rounds, sizes = SIZES, log = () => {} }) {
  const catalog = require(path.join(repoRoot, 'dist', 'src', 'catalog', 'index.js')).defaultCatalog;
  const shapes = [
    ...Object.entries(lintShapes(catalog)).map(([name, make]) => ({ name, make, cost: (text) => lintCost({ plugin, text, rounds }) })),
    {
      name: 'editor: 10 code-action + completion requests on one switch',
      make: lintShapes(catalog)['misspelled labels in one switch'],
      cost: (text) => editorCost({ text, rounds }),
    },
  ];
  const rows = [];
  for (const shape of shapes) {
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

// `node --expose-gc --stack-size=7000 bench/growth.mjs [--rounds=3] [--sizes=1000,5000,20000]`: prints the rows as
// JSON (bench/run.mjs runs it so, in a child with the larger stack that the deepest shapes need to parse).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const flag = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const plugin = require(path.join(repoRoot, 'dist', 'src', 'index.js'));
  const result = growth({
    plugin,
    rounds: Number(flag('rounds') ?? 3),
    sizes: flag('sizes') ? flag('sizes').split(',').map(Number) : SIZES,
    log: (line) => console.error(line),
  });
  console.log(JSON.stringify(result));
}
