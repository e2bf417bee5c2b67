// `npm run test:corpus`: runs every rule of the plugin and its language-service plugin over a large corpus of
// real code that nobody here wrote (the JS/TS files of node_modules), and checks that nothing crashes.
//
//   0. self-check: a planted crashing rule and a planted faulty language service must be caught and named, so
//      that "0 crashes" below means something;
//   1. lint, type info off: every rule (the `strict` preset) over the whole corpus, in two worker threads;
//   2. ESLint 9: the same over an even spread of the corpus with ESLint 9, which must report what ESLint 10 does;
//   3. lint, type info on: every rule over the files of the auth packages (next-auth, @auth/core), through a
//      generated tsconfig project (allowJs), with a probe rule that confirms each file really had a checker;
//   4. language service: quick info and completions at every token of a few hundred corpus files through an
//      in-process LanguageService decorated by our tsserver plugin; no exception, TypeScript's answer kept;
//   5. `--concurrency`: the `recommended` preset over a few hundred files with `concurrency: 2` gives the same
//      results as a single-threaded run, with ESLint 10 and with ESLint 9.
//
// Writes test/corpus/summary.md (committed: counts and every report with file:line, rule and message, so a
// person can judge false positives) and test/corpus/.out/ (ignored: raw JSON and timings). Exits non-zero when a
// check fails; a crash names the file and the rule. Ends with the line `corpus: N passed, M failed`.
//
// The run sets AUTH_ERRORS_DEBUG=1 (the workers inherit it): every exception the project model would otherwise
// read as "unknown" is rethrown, so it reaches ESLint as a rule crash and is counted and named below.
//
// Options: --limit=N (only the first N corpus files, for a dry run),
//          --only=self-check,off,eslint9,typed,ls,concurrency (a subset of the phases).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import { ESLint } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-9';

import {
  AUTH_PACKAGES,
  filesOfPackages,
  listCorpus,
  MAX_FILE_BYTES,
  packageOf,
  rel,
  repoRoot,
  spreadSample,
  writeTypedTsconfig,
} from '../../scripts/lib/corpus.mjs';
import { LS_FILE_COUNT, runLanguageServiceCorpus } from './language-service.mjs';

// Before the plugin is loaded and any worker starts: swallowed exceptions become crashes (see the header).
process.env.AUTH_ERRORS_DEBUG = '1';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '.out');
const summaryFile = path.join(here, 'summary.md');

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const limit = args.limit ? Number(args.limit) : undefined;
const phases = new Set((args.only ?? 'self-check,off,eslint9,typed,ls,concurrency').split(','));
const WORKERS = Math.max(1, Math.min(2, os.availableParallelism?.() ?? os.cpus().length));
/** A file that keeps one worker busy this long is reported as a hang (names the file); never hit in practice. */
const HANG_GUARD_MS = 300_000;
const CONCURRENCY_FILE_COUNT = 400;
/** Corpus files linted again with ESLint 9, whose findings must equal ESLint 10's on the same files. */
const ESLINT9_FILE_COUNT = 2_000;

const plugin = require(path.join(repoRoot, 'dist', 'src', 'index.js'));
const ruleNames = Object.keys(plugin.rules).sort();

const timings = {};
async function timed(name, run) {
  const start = performance.now();
  try {
    return await run();
  } finally {
    timings[name] = Math.round(performance.now() - start);
    console.log(`  … ${name} took ${(timings[name] / 1000).toFixed(1)} s`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Lint phases

/** Splits files over `count` workers with about the same number of bytes each (largest first, greedy). */
function balance(files, count) {
  const withSize = files.map((file) => ({ file, size: readFileSync(file).length }));
  withSize.sort((a, b) => b.size - a.size || (a.file < b.file ? -1 : 1));
  const shares = Array.from({ length: count }, () => ({ bytes: 0, files: [] }));
  for (const { file, size } of withSize) {
    const share = shares.reduce((min, s) => (s.bytes < min.bytes ? s : min));
    share.files.push(file);
    share.bytes += size;
  }
  return shares.map((s) => s.files.sort());
}

function runLintWorker(files, data) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lint-worker.mjs', import.meta.url), {
      workerData: { files, ...data },
      resourceLimits: { maxOldGenerationSizeMb: 8192 },
    });
    let current;
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        worker.terminate();
        resolve({
          linted: 0,
          findings: [],
          parseErrors: [],
          crashes: [{ file: current, rule: '(hang)', message: `no progress for ${HANG_GUARD_MS / 1000} s on this file` }],
          typeInfoFiles: 0,
          hung: true,
        });
      }, HANG_GUARD_MS);
    };
    arm();
    worker.on('message', (message) => {
      if (message.type === 'progress') {
        current = message.file;
        arm();
      } else if (message.type === 'done') {
        clearTimeout(timer);
        resolve(message);
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`lint worker died on ${current ?? '(before the first file)'}: ${error.stack ?? error}`));
    });
  });
}

function mergeResults(parts) {
  const merged = { linted: 0, findings: [], parseErrors: [], crashes: [], typeInfoFiles: 0 };
  for (const part of parts) {
    merged.linted += part.linted;
    merged.findings.push(...part.findings);
    merged.parseErrors.push(...part.parseErrors);
    merged.crashes.push(...part.crashes);
    merged.typeInfoFiles += part.typeInfoFiles;
  }
  const byPlace = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  merged.findings.sort(byPlace);
  merged.parseErrors.sort(byPlace);
  merged.crashes.sort(byPlace);
  return merged;
}

async function lintTypeOff(files, eslintPackage = 'eslint') {
  const shares = balance(files, WORKERS);
  const parts = await Promise.all(shares.map((share) => runLintWorker(share, { typed: false, eslintPackage })));
  return mergeResults(parts);
}

async function lintTypeOn(files) {
  const tsconfig = writeTypedTsconfig(files, path.join(outDir, 'tsconfig.typed.json'));
  const result = await runLintWorker(files, { typed: true, tsconfig });
  return { ...mergeResults([result]), tsconfig };
}

// ---------------------------------------------------------------------------------------------------------------
// Language-service phase

function exampleAppFiles() {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full);
      return /\.(ts|tsx|js|jsx)$/.test(entry.name) ? [full] : [];
    });
  return walk(path.join(repoRoot, 'examples', 'next-app')).sort();
}

function runLsWorker(files, label) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ls-worker.mjs', import.meta.url), { workerData: { files } });
    let lastReport = 0;
    worker.on('message', (message) => {
      if (message.type === 'progress') {
        if (message.done - lastReport >= 25 || message.done === message.total) {
          lastReport = message.done;
          console.log(`    language service ${label}: ${message.done}/${message.total} files`);
        }
      } else if (message.type === 'done') resolve(message.result);
    });
    worker.on('error', (error) => reject(new Error(`language-service worker died: ${error.stack ?? error}`)));
  });
}

async function languageService(files) {
  // Interleaved shares: neighbouring files (similar sizes) go to different workers.
  const shares = Array.from({ length: WORKERS }, (_, w) => files.filter((_, i) => i % WORKERS === w));
  const parts = await Promise.all(shares.map((share, w) => runLsWorker(share, `${w + 1}/${WORKERS}`)));
  const failed = parts.find((part) => part.error);
  if (failed) return failed;
  const merged = { ...parts[0], problems: [] };
  for (const key of ['files', 'positions', 'quickInfoAnswers', 'completionAnswers', 'quickInfoAugmented', 'completionsAugmented']) {
    merged[key] = parts.reduce((n, part) => n + part[key], 0);
  }
  for (const part of parts) merged.problems.push(...part.problems);
  return merged;
}

// ---------------------------------------------------------------------------------------------------------------
// Concurrency phase

function comparable(results) {
  return results
    .map((r) => ({
      file: r.filePath,
      messages: r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? '(fatal)'} ${m.messageId ?? ''} ${m.message}`),
    }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

async function checkConcurrency(files, ESLintClass) {
  const single = await ESLintClass.fromOptionsModule(new URL('./concurrency-options.mjs', import.meta.url));
  const parallel = await ESLintClass.fromOptionsModule(new URL('./concurrency-options.mjs?concurrency=2', import.meta.url));
  const a = comparable(await single.lintFiles(files));
  const b = comparable(await parallel.lintFiles(files));
  const differences = [];
  const bByFile = new Map(b.map((r) => [r.file, r]));
  for (const r of a) {
    const other = bByFile.get(r.file);
    if (!other) differences.push(`${rel(r.file)}: missing from the concurrent run`);
    else if (JSON.stringify(other.messages) !== JSON.stringify(r.messages)) {
      differences.push(`${rel(r.file)}: single ${JSON.stringify(r.messages)} vs concurrent ${JSON.stringify(other.messages)}`);
    }
  }
  if (a.length !== b.length) differences.push(`file counts differ: ${a.length} vs ${b.length}`);
  const messages = a.reduce((n, r) => n + r.messages.length, 0);
  const recommended = Object.keys(plugin.configs.recommended.rules ?? {});
  return { files: a.length, messages, differences, recommended };
}

// ---------------------------------------------------------------------------------------------------------------
// Summary

const fmt = (n) => n.toLocaleString('en-US');
/** A rule with more reports than this gets its first ones in the summary and the rest in a file of its own. */
const LIST_LIMIT = 200;

function describeCorpus(corpus, files) {
  const byExt = new Map();
  let bytes = 0;
  for (const file of files) {
    const ext = /\.d\.[cm]?ts$/.test(file) ? '.d.ts (declarations)' : path.extname(file);
    byExt.set(ext, (byExt.get(ext) ?? 0) + 1);
    bytes += readFileSync(file).length;
  }
  const packages = new Map();
  for (const file of files) packages.set(packageOf(file), (packages.get(packageOf(file)) ?? 0) + 1);
  const top = [...packages].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return { byExt: [...byExt].sort((a, b) => b[1] - a[1]), bytes, packages: packages.size, top, corpus };
}

function place(item) {
  return `${rel(item.file)}${item.line ? `:${item.line}${item.column ? `:${item.column}` : ''}` : ''}`;
}

function escapeMd(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function reportList(title, findings, lines, extraFiles) {
  const byRule = new Map();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  for (const [ruleId, list] of [...byRule].sort()) {
    lines.push(`#### ${title}: \`${ruleId}\` — ${fmt(list.length)}`, '');
    const shown = list.length > LIST_LIMIT ? list.slice(0, LIST_LIMIT) : list;
    for (const f of shown) lines.push(`- \`${place(f)}\` ${escapeMd(f.message)}`);
    if (list.length > LIST_LIMIT) {
      const name = `reports-${title.replace(/\W+/g, '-').toLowerCase()}-${ruleId.replace(/\W+/g, '-')}.md`;
      extraFiles.push({ name, lines: [`# ${title}: ${ruleId} (${list.length} reports)`, '', ...list.map((f) => `- \`${place(f)}\` ${escapeMd(f.message)}`), ''] });
      lines.push('', `… and ${fmt(list.length - LIST_LIMIT)} more: every one is in [${name}](${name}).`);
    }
    lines.push('');
  }
}

function writeSummary({ corpusInfo, off, eslint9, typed, typedFiles, ls, concurrency, checks }) {
  const lines = [];
  const extraFiles = [];
  lines.push(
    '# Corpus run — summary',
    '',
    'Written by `npm run test:corpus` ([run.mjs](run.mjs)); do not edit by hand. Every report of every rule on code',
    'that nobody on this project wrote is listed below, so a person can judge false positives. The run sets',
    '`AUTH_ERRORS_DEBUG=1`, so an exception the project model would read as "unknown" counts as a crash here.',
    '',
    `Plugin rules (${ruleNames.length}): ${ruleNames.map((r) => `\`${r}\``).join(', ')}.`,
    '',
    '## Checks',
    '',
    '| check | result |',
    '| --- | --- |',
    ...checks.map((c) => `| ${c.name} | ${c.pass ? 'pass' : '**FAIL**'} — ${escapeMd(c.detail)} |`),
    '',
    '## What was covered',
    '',
  );
  if (corpusInfo) {
    const { corpus } = corpusInfo;
    lines.push(
      `- **Corpus**: ${fmt(corpusInfo.files)} JavaScript/TypeScript files (${(corpusInfo.bytes / 1e6).toFixed(1)} MB) of`,
      `  ${fmt(corpusInfo.packages)} installed packages under \`node_modules/\`: ${corpusInfo.byExt.map(([ext, n]) => `${fmt(n)} \`${ext}\``).join(', ')}.`,
      `  Largest packages: ${corpusInfo.top.map(([p, n]) => `${p} ${fmt(n)}`).join(', ')}.`,
      `- **Left out**: ${fmt(corpus.duplicates)} byte-identical copies of files already in the corpus; the ${corpus.symlinksSkipped} symlinks`,
      '  that point back at this repository (our own code); and these generated bundles over',
      `  ${fmt(MAX_FILE_BYTES)} bytes: ${corpus.tooLarge.map((t) => `\`${rel(t.file)}\` (${(t.size / 1e6).toFixed(1)} MB)`).join(', ')}.`,
    );
  }
  if (off) {
    lines.push(
      `- **Type info off**: every rule (the \`strict\` preset, which holds every rule) over all ${fmt(off.linted)} files,`,
      '  parsed by `@typescript-eslint/parser` without a project, inline `eslint-disable` comments ignored',
      `  (\`allowInlineConfig: false\`). ${fmt(off.parseErrors.length)} ${off.parseErrors.length === 1 ? 'file does' : 'files do'} not parse with it (listed below; ESLint's`,
      '  parse error, the rules never see them).',
    );
  }
  if (typed) {
    lines.push(
      `- **Type info on**: every rule over the ${fmt(typedFiles.length)} files of ${AUTH_PACKAGES.map((p) => `\`${p}\``).join(' and ')} (\`.js\`,`,
      '  `.d.ts`, …) through a generated tsconfig project (`test/corpus/.out/tsconfig.typed.json`: `allowJs`, `strict`,',
      `  \`moduleResolution: bundler\`). A probe rule confirmed a type checker on ${fmt(typed.typeInfoFiles)} of them.`,
    );
  }
  if (ls) {
    lines.push(
      `- **Language service**: ${fmt(ls.files)} files (${fmt(LS_FILE_COUNT)} of the auth packages, evenly spread, and the example`,
      `  app's), ${fmt(ls.positions)} positions (the start of every token, and the first character inside every string`,
      '  literal and template), quick info and completions at each through an in-process TypeScript',
      `  ${ls.tsVersion} LanguageService (no default library: see language-service.mjs) decorated by our tsserver plugin`,
      `  (\`${ls.pluginModule}\`); ${fmt(ls.quickInfoAnswers)} quick-info answers and ${fmt(ls.completionAnswers)} completion lists compared`,
      `  with TypeScript's own. The plugin added its own content to ${fmt(ls.quickInfoAugmented)} quick-info answers and`,
      `  ${fmt(ls.completionsAugmented)} completion lists.`,
    );
  }
  if (eslint9) {
    lines.push(
      `- **ESLint ${eslint9.version}**: every rule again over ${fmt(eslint9.linted)} of the corpus files (an even spread), type info off:`,
      `  ${eslint9.crashes.length} crashes; ${fmt(eslint9.findings.length)} reports${eslint9.sameAsTen === undefined ? '' : eslint9.sameAsTen ? ', identical to ESLint 10\'s on the same files' : ', DIFFERENT from ESLint 10\'s'}.`,
    );
  }
  for (const c of concurrency ?? []) {
    lines.push(
      `- **\`--concurrency\`, ${c.name}**: the \`recommended\` preset (${c.recommended.length} rules) over ${fmt(c.files)} files (the example app's,`,
      '  the corpus files with reports, and an even spread of the rest of the corpus), ESLint class with',
      `  \`concurrency: 2\` vs. \`concurrency: "off"\`: ${c.differences.length === 0 ? 'identical' : 'DIFFERENT'} results (${fmt(c.messages)} messages each).`,
    );
  }
  lines.push('', '## Reports per rule', '', '| rule | type info off | type info on |', '| --- | ---: | ---: |');
  for (const name of ruleNames) {
    const id = `auth-errors/${name}`;
    const count = (r) => (r ? fmt(r.findings.filter((f) => f.ruleId === id).length) : '—');
    lines.push(`| \`${id}\` | ${count(off)} | ${count(typed)} |`);
  }
  lines.push('');
  const crashes = [
    ...(off?.crashes ?? []).map((c) => ({ ...c, mode: 'off' })),
    ...(eslint9?.crashes ?? []).map((c) => ({ ...c, mode: `off (ESLint ${eslint9.version})` })),
    ...(typed?.crashes ?? []).map((c) => ({ ...c, mode: 'on' })),
  ];
  lines.push('## Crashes', '');
  if (crashes.length === 0) lines.push('None.');
  for (const c of crashes) lines.push(`- type info ${c.mode}: \`${place(c)}\` rule \`${c.rule}\`: ${escapeMd(c.message)}`);
  lines.push('');
  if (ls && ls.problems.length > 0) {
    lines.push('## Language-service problems', '');
    for (const p of ls.problems.slice(0, 100)) lines.push(`- \`${p.file}\` @${p.position} ${p.operation}: ${escapeMd(p.detail)}`);
    lines.push('');
  }
  lines.push('## Every report', '');
  if (off) {
    lines.push('### Type info off', '');
    if (off.findings.length === 0) lines.push('None.', '');
    reportList('type info off', off.findings, lines, extraFiles);
  }
  if (eslint9 && eslint9.sameAsTen === false) {
    lines.push(`### Type info off, ESLint ${eslint9.version} (differs from ESLint 10)`, '');
    reportList(`ESLint ${eslint9.version}`, eslint9.findings, lines, extraFiles);
  }
  if (typed) {
    lines.push('### Type info on', '');
    if (typed.findings.length === 0) lines.push('None.', '');
    reportList('type info on', typed.findings, lines, extraFiles);
  }
  if (off) {
    lines.push('## Files that do not parse (ESLint parse errors, not crashes)', '');
    for (const e of off.parseErrors) lines.push(`- \`${place(e)}\` ${escapeMd(e.message)}`);
    if (typed) for (const e of typed.parseErrors) lines.push(`- type info on: \`${place(e)}\` ${escapeMd(e.message)}`);
    lines.push('');
  }
  writeFileSync(summaryFile, lines.join('\n'));
  for (const extra of extraFiles) writeFileSync(path.join(here, extra.name), extra.lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  console.log(`corpus run: ${ruleNames.length} rules (${ruleNames.join(', ')}), ${WORKERS} lint worker(s)`);
  mkdirSync(outDir, { recursive: true });
  const corpus = await timed('listing the corpus', () => listCorpus());
  const files = limit ? corpus.files.slice(0, limit) : corpus.files;
  const corpusInfo = { ...describeCorpus(corpus, files), files: files.length };
  const typedFiles = filesOfPackages(corpus.files, AUTH_PACKAGES).slice(0, limit ?? Infinity);
  console.log(`corpus: ${files.length} files (${(corpusInfo.bytes / 1e6).toFixed(1)} MB); typed subset ${typedFiles.length} files`);

  const checks = [];
  const check = (name, pass, detail) => {
    checks.push({ name, pass, detail });
    console.log(`${pass ? 'PASS' : 'FAIL'} ${name} — ${detail}`);
  };
  const crashText = (list) => list.slice(0, 5).map((c) => `${rel(c.file ?? '?')}${c.line ? `:${c.line}` : ''} [${c.rule}] ${c.message.split('\n')[0]}`).join('; ');

  if (phases.has('self-check')) {
    // The harness must see a crash and a broken answer when there is one, or "0 crashes" would mean nothing.
    const withSwitch = files.filter((file) => /\bswitch\s*\(/.test(readFileSync(file, 'utf8'))).slice(0, 5);
    const planted = await runLintWorker(withSwitch, { typed: false, plant: true });
    const named = planted.crashes.filter((c) => c.rule === 'planted/throws-on-switch' && withSwitch.includes(c.file) && c.line > 0);
    check(
      'self-check: a planted rule crash is named by file, line and rule',
      withSwitch.length > 0 && named.length === withSwitch.length && planted.crashes.length === withSwitch.length,
      `${named.length} of ${withSwitch.length} planted crashes named, e.g. ${named[0] ? `${rel(named[0].file)}:${named[0].line} [${named[0].rule}]` : 'none'}`,
    );
    const faulty = await runLanguageServiceCorpus(spreadSample(filesOfPackages(corpus.files, AUTH_PACKAGES), 3), undefined, { plantFaults: true });
    const kinds = ['exception', 'quickinfo', 'completions'].map((op) => [op, (faulty.problems ?? []).filter((p) => p.operation === op).length]);
    check(
      'self-check: planted language-service faults are caught',
      !faulty.error && kinds.every(([, n]) => n > 0),
      faulty.error ?? kinds.map(([op, n]) => `${n} ${op}`).join(', '),
    );
  }

  let off;
  let typed;
  let ls;
  let concurrency;
  if (phases.has('off')) {
    off = await timed('lint, type info off', () => lintTypeOff(files));
    check('type info off: no rule crashes', off.crashes.length === 0, off.crashes.length === 0 ? `${fmt(off.linted)} files linted, 0 crashes` : `${off.crashes.length} crash(es): ${crashText(off.crashes)}`);
    if (!limit) check('type info off: corpus of at least 10,000 files', off.linted >= 10_000, `${fmt(off.linted)} files`);
  }
  let eslint9;
  if (phases.has('eslint9')) {
    const sample = spreadSample(files, Math.min(ESLINT9_FILE_COUNT, files.length));
    eslint9 = await timed('lint with ESLint 9, type info off', () => lintTypeOff(sample, 'eslint-9'));
    eslint9.version = require('eslint-9/package.json').version;
    check(`ESLint ${eslint9.version}: no rule crashes`, eslint9.crashes.length === 0, eslint9.crashes.length === 0 ? `${fmt(eslint9.linted)} files linted, 0 crashes` : `${eslint9.crashes.length} crash(es): ${crashText(eslint9.crashes)}`);
    if (off) {
      const inSample = new Set(sample);
      const key = (f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`;
      const ten = off.findings.filter((f) => inSample.has(f.file)).map(key);
      const nine = eslint9.findings.map(key);
      const same = JSON.stringify(ten) === JSON.stringify(nine);
      eslint9.sameAsTen = same;
      check(`ESLint ${eslint9.version} and ESLint ${require('eslint/package.json').version} report the same`, same, same ? `${fmt(nine.length)} reports on the same ${fmt(sample.length)} files, identical` : `ESLint 9: ${nine.length}, ESLint 10: ${ten.length}; first difference ${nine.find((k) => !ten.includes(k)) ?? ten.find((k) => !nine.includes(k))}`);
    }
  }
  if (phases.has('typed')) {
    typed = await timed('lint, type info on', () => lintTypeOn(typedFiles));
    check('type info on: no rule crashes', typed.crashes.length === 0, typed.crashes.length === 0 ? `${fmt(typed.linted)} files linted, 0 crashes` : `${typed.crashes.length} crash(es): ${crashText(typed.crashes)}`);
    const parsed = typed.linted - new Set(typed.parseErrors.map((e) => e.file)).size;
    check('type info on: a type checker on every parsed file', typed.typeInfoFiles === parsed && parsed > 0, `${fmt(typed.typeInfoFiles)} of ${fmt(parsed)} files`);
  }
  if (phases.has('ls')) {
    // The example app's files too: code strings the plugin answers on, so its additions are compared as well.
    const lsFiles = [
      ...spreadSample(filesOfPackages(corpus.files, AUTH_PACKAGES), limit ? Math.min(limit, LS_FILE_COUNT) : LS_FILE_COUNT),
      ...exampleAppFiles(),
    ];
    ls = await timed('language service', () => languageService(lsFiles));
    if (ls.error) {
      check('language service: plugin found and run', false, ls.error);
    } else {
      const count = (op) => ls.problems.filter((p) => p.operation === op).length;
      check('language service: no exceptions', count('exception') === 0, `${fmt(ls.positions)} positions × (quick info + completions) in ${ls.files} files, ${count('exception')} exceptions`);
      check("language service: TypeScript's quick info present unchanged", count('quickinfo') === 0, `${fmt(ls.quickInfoAnswers)} answers compared, ${count('quickinfo')} changed`);
      check("language service: TypeScript's completions kept", count('completions') === 0, `${fmt(ls.completionAnswers)} lists compared, ${count('completions')} changed`);
    }
  }
  if (phases.has('concurrency')) {
    // Files the rules report on (from the type-off run, and the example app's) so the comparison covers findings,
    // then an even spread of the corpus up to CONCURRENCY_FILE_COUNT.
    const reported = [...new Set((off?.findings ?? []).map((f) => f.file))].slice(0, 100);
    const chosen = new Set([...exampleAppFiles(), ...reported]);
    const rest = files.filter((file) => !chosen.has(file));
    const sample = [...chosen, ...spreadSample(rest, Math.max(0, Math.min(CONCURRENCY_FILE_COUNT, files.length) - chosen.size))];
    concurrency = [];
    for (const [name, ESLintClass] of [[`ESLint ${require('eslint/package.json').version}`, ESLint], [`ESLint ${require('eslint-9/package.json').version}`, ESLint9]]) {
      const result = await timed(`concurrency check, ${name}`, () => checkConcurrency(sample, ESLintClass));
      concurrency.push({ name, ...result });
      check(
        `concurrency (${name}): 2 threads give the single-threaded results`,
        result.differences.length === 0 && result.files === sample.length && result.messages > 0,
        result.differences.length === 0 ? `${result.files} files, ${result.messages} messages, identical` : result.differences.slice(0, 3).join('; '),
      );
    }
  }

  writeSummary({ corpusInfo, off, eslint9, typed, typedFiles, ls, concurrency, checks });
  writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify({ timings, checks, off, eslint9, typed, ls, concurrency }, null, 1)}\n`);
  console.log(`summary: ${rel(summaryFile)}`);
  const failed = checks.filter((c) => !c.pass).length;
  console.log(`corpus: ${checks.length - failed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
