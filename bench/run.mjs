// `npm run bench`: every performance figure of the plugin, each a ratio (or difference) of two runs measured side
// by side in this one process, medians over several rounds. Prints a table, writes bench/results.json and the
// "Performance" section in docs/performance.md (which the README quotes).
//
//   node --expose-gc bench/run.mjs [--only=preset,exhaustive,error-page,hover,app,growth] [--quick]
//     (--only re-measures those figures and keeps the others in bench/results.json)
//   node bench/run.mjs --render-only    (rewrites docs/performance.md from bench/results.json)
//
// Run it on a quiet machine: the figures are ratios, so a steady background load mostly cancels out, but a
// load that comes and goes during a run does not.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { execFileSync } from 'node:child_process';

import { generateAppCorpus } from './app-corpus.mjs';
import { appInterleaved } from './app-interleaved.mjs';
import { appOverhead } from './app-overhead.mjs';
import { errorPageProject, PROJECT_FILES } from './error-page-project.mjs';
import { exhaustiveVsTyped } from './exhaustive-vs-typed.mjs';
import { hoverLatency } from './hover-latency.mjs';
import { machine } from './lib/measure.mjs';
import { presetOverhead } from './preset-overhead.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const tmp = path.join(here, '.tmp');
mkdirSync(tmp, { recursive: true });

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const quick = args.quick === 'true';
const ALL = ['preset', 'exhaustive', 'error-page', 'hover', 'app', 'growth'];
const only = new Set((args.only ?? ALL.join(',')).split(','));
const plugin = require(path.join(root, 'dist', 'src', 'index.js'));
const version = (name) => require(path.join(root, 'node_modules', name, 'package.json')).version;

const settings = {
  preset: { fileCount: quick ? 300 : 1_500, rounds: quick ? 2 : 5 },
  exhaustive: { rounds: quick ? 1 : 7 },
  errorPage: { rounds: quick ? 1 : 5 },
  hover: { rounds: quick ? 3 : 20, startups: quick ? 2 : 7 },
  app: { pairs: quick ? 1 : 5, rounds: quick ? 1 : 5 },
  growth: { rounds: quick ? 1 : 2, sizes: quick ? [250, 1_000] : [1_000, 5_000, 20_000] },
};

const renderOnly = args['render-only'] === 'true';
const resultsFile = path.join(here, 'results.json');
// A full run starts afresh; `--only` (not quick) re-measures some figures and keeps the others from results.json.
const partial = !renderOnly && !quick && only.size < ALL.length && existsSync(resultsFile);
const results =
  renderOnly || partial
    ? JSON.parse(readFileSync(resultsFile, 'utf8'))
    : {
        date: new Date().toISOString(),
        machine: machine(),
        versions: { eslint: version('eslint'), typescript: version('typescript'), 'typescript-eslint': version('@typescript-eslint/parser') },
        rules: Object.keys(plugin.rules).sort(),
        quick,
      };
if (partial) {
  Object.assign(results, { date: new Date().toISOString(), machine: machine(), rules: Object.keys(plugin.rules).sort() });
}

async function step(name, key, run) {
  if (renderOnly || !only.has(key)) return;
  console.log(`… ${name}`);
  const start = performance.now();
  results[key] = { ...(await run()), measuredAt: new Date().toISOString() };
  console.log(`  done in ${((performance.now() - start) / 1000).toFixed(0)} s`);
  // Kept after every step, so a failure later in the run does not lose the figures already taken.
  writeFileSync(path.join(tmp, 'results.partial.json'), `${JSON.stringify(results, null, 2)}\n`);
}

await step('recommended preset vs. parse-only', 'preset', () => presetOverhead({ plugin, ...settings.preset }));
await step('exhaustive-error-codes vs. switch-exhaustiveness-check', 'exhaustive', () => exhaustiveVsTyped({ plugin, ...settings.exhaustive, outDir: tmp }));
await step(`no-auth-on-error-page on a ${PROJECT_FILES}-file project`, 'error-page', () =>
  errorPageProject({ plugin, ...settings.errorPage, dir: path.join(tmp, 'error-page-project') }),
);
await step('hover latency through tsserver', 'hover', () => hoverLatency({ ...settings.hover, dir: path.join(tmp, 'hover') }));
await step('strict vs. parse-only on the app-shaped corpus (file by file in one process, then fresh processes, paired)', 'app', async () => {
  const corpus = generateAppCorpus(path.join(tmp, 'app-corpus'));
  const interleaved = await appInterleaved({ dir: corpus.dir, rounds: settings.app.rounds, log: console.log });
  const { runs: _runs, ...result } = appOverhead({ dir: corpus.dir, pairs: settings.app.pairs, log: console.log });
  return { ...result, interleaved, dir: 'bench/.tmp/app-corpus', corpusFiles: corpus.files };
});
await step('growth table (1k / 5k / 20k)', 'growth', () => {
  // In a child (whose worker thread has the large stack the parser needs for a long `||` or `else if` chain).
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', path.join(here, 'growth.mjs'), `--rounds=${settings.growth.rounds}`, `--sizes=${settings.growth.sizes.join(',')}`],
    { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out.trim().split('\n').at(-1));
});

// ---------------------------------------------------------------------------------------------------------------
// The table

const fmt = (n) => n.toLocaleString('en-US');
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rows = [];
const row = (figure, measured, target, met) => rows.push({ figure, measured, target, met });

const preset = results.preset;
if (preset) {
  row(
    `\`recommended\` (${preset.recommendedRules} rules) vs. parse-only ESLint, ${fmt(preset.files)} corpus files (${preset.megabytes} MB)`,
    `${s(preset.medianMs.recommended)} vs. ${s(preset.medianMs['parse only'])}: **${preset.recommendedRatio.toFixed(2)}×**`,
    '≤ 1.05×',
    preset.recommendedRatio <= 1.05,
  );
  row(
    `\`strict\` (all ${preset.strictRules} rules) vs. parse-only, same files`,
    `${s(preset.medianMs.strict)} vs. ${s(preset.medianMs['parse only'])}: ${preset.strictRatio.toFixed(2)}×`,
    '(reference)',
    undefined,
  );
}
const ex = results.exhaustive;
if (ex) {
  row(
    `cost of \`exhaustive-error-codes\` (no type info) vs. \`switch-exhaustiveness-check\` (with the type info it needs), what each adds to a cold parse-only run of ${fmt(ex.files)} files of next-auth + @auth/core`,
    `${fmt(ex.addedMs.ours)} ms vs. ${fmt(ex.addedMs.theirs)} ms: ours **${ex.addedRatio}× cheaper**`,
    '≥ 20×',
    ex.addedRatio >= 20,
  );
  row(
    'same, typed program already built (editor-like, warm)',
    `${fmt(ex.addedMs.ours)} ms vs. ${fmt(ex.addedMs.theirsWarm)} ms: ${ex.addedRatioWarm}× cheaper; inside the rules' listeners alone ${fmt(ex.ruleOnlyMs.ours)} ms vs. ${fmt(ex.ruleOnlyMs.theirs)} ms`,
    '(reference)',
    undefined,
  );
  row(
    'same files, whole cold lint runs (parse included)',
    `${s(ex.oursMedianMs.ours)} vs. ${s(ex.coldMedianMs.theirs)} (parse-only ${s(ex.oursMedianMs['parse only'])}): ${ex.wholeRunRatio}×`,
    '(reference)',
    undefined,
  );
}
const ep = results['error-page'];
if (ep) {
  row(
    `\`no-auth-on-error-page\` on a generated ${fmt(ep.projectFiles)}-file project: project files the rule reads per lint run`,
    `${ep.filesReadPerRun} files (${ep.filesRead.join(', ')}), at most **${ep.maxReadsOfOneFile} read** of any file; ${ep.cliRun.reads} reads in the \`eslint .\`-style run, ${ep.readsPerRound.join(' / ')} in the timed rounds`,
    '≤ 1 read per file',
    ep.maxReadsOfOneFile <= 1,
  );
  row(
    'same project: lint time with vs. without the rule',
    `${s(ep.medianMs.withRule)} vs. ${s(ep.medianMs.withoutRule)}: **${ep.timeRatio.toFixed(2)}×**`,
    '(reported)',
    undefined,
  );
}
const hv = results.hover;
if (hv) {
  row(
    `hover (quick info) on ${hv.positions} code strings, real tsserver ${hv.typescript}, with vs. without the plugin`,
    `median ${hv.medianMs.with} ms vs. ${hv.medianMs.without} ms: **${hv.addedMedianMs >= 0 ? '+' : ''}${hv.addedMedianMs} ms** (p90 ${hv.p90Ms.with} vs. ${hv.p90Ms.without} ms)`,
    '≤ +1 ms',
    hv.addedMedianMs <= 1,
  );
  row(
    "the plugin's added start-up: loading it, `create()` and its first answer, timed inside a fresh process",
    `**${hv.pluginOwnMs.total} ms** (load ${hv.pluginOwnMs.load} ms, create ${hv.pluginOwnMs.create} ms, first answer ${hv.pluginOwnMs.firstAnswer} ms)`,
    '(reported)',
    undefined,
  );
  row(
    'tsserver start-up to the first quick info (project load included), with vs. without the plugin',
    `${fmt(hv.startupMs.with)} ms vs. ${fmt(hv.startupMs.without)} ms: ${hv.addedStartupMs >= 0 ? '+' : ''}${hv.addedStartupMs} ms (${hv.startups} start-ups each, ${Math.min(...hv.startupRoundsMs.without)}–${Math.max(...hv.startupRoundsMs.without)} ms without)`,
    '(reported)',
    undefined,
  );
}

const app = results.app;
if (app) {
  const range = (r) => `${r.range[0].toFixed(2)}–${r.range[1].toFixed(2)}×`;
  const inter = app.interleaved;
  if (inter) {
    row(
      `\`strict\` vs. parse-only ESLint on the app-shaped corpus (a generated Next.js + Auth.js app, ${fmt(inter.files)} files), file by file in one process, cpu time, ${inter.rounds} rounds`,
      `${s(inter.cpuMs.strict)} vs. ${s(inter.cpuMs['parse only'])}: **${inter.ratio.median.toFixed(2)}×** (${range(inter.ratio)})`,
      '≤ 1.03×',
      inter.ratio.median <= 1.03,
    );
  }
  row(
    `same corpus, whole runs in fresh processes (start-up and first-time work included), ${app.pairs} rounds: wall`,
    `${s(app.medians.strict.wallMs)} vs. ${s(app.medians['parse-only'].wallMs)}: **${app.wall.median.toFixed(2)}×** (${range(app.wall)})`,
    '(reported)',
    undefined,
  );
  row('same runs: cpu time', `${s(app.medians.strict.cpuMs)} vs. ${s(app.medians['parse-only'].cpuMs)}: **${app.cpu.median.toFixed(2)}×** (${range(app.cpu)})`, '(reported)', undefined);
  if (app.floor) {
    row(
      "same runs: ESLint's own cost of running any rule (one rule that does nothing vs. none): cpu",
      `${s(app.medians['one-rule'].cpuMs)} vs. ${s(app.medians['parse-only'].cpuMs)}: **${app.floor.cpuMs.median.toFixed(2)}×** (${range(app.floor.cpuMs)})`,
      '(reported)',
      undefined,
    );
    row(
      '`strict` over that floor (vs. the one rule that does nothing): cpu; wall',
      `**${app.overFloor.cpuMs.median.toFixed(2)}×** (${range(app.overFloor.cpuMs)}); ${app.overFloor.wallMs.median.toFixed(2)}× (${range(app.overFloor.wallMs)})`,
      '(reported)',
      undefined,
    );
  }
  row(
    'same runs: peak memory (max RSS)',
    `${app.medians.strict.peakMiB} vs. ${app.medians['parse-only'].peakMiB} MiB: **${app.peak.median.toFixed(2)}×** (${range(app.peak)})`,
    '≤ 1.05×',
    app.peak.median <= 1.05,
  );
}
const growthResult = results.growth;
if (growthResult) {
  for (const shape of growthResult.rows) {
    const points = shape.points.map((p) => (p.error ? `${fmt(p.size)}: parser cannot read it` : `${fmt(p.size)}: ${fmt(Math.round(p.ms))} ms`)).join(', ');
    // The reports at the largest size show that the shape reaches the rules it is meant to (a shape the early exits
    // skip would cost nothing and prove nothing).
    const last = shape.points.filter((p) => !p.error).at(-1);
    const reports = last?.messages === undefined ? '' : ` (${fmt(last.messages)} reports at ${fmt(last.size)})`;
    row(
      `growth: ${shape.shape}`,
      `${points}${reports}; growth per step ${shape.growths.length > 0 ? shape.growths.map((g) => `${g.toFixed(2)}×`).join(', ') : '—'}`,
      '≤ 1.3×',
      shape.worst === undefined ? undefined : shape.worst <= 1.3,
    );
  }
}

const mark = (met) => (met === undefined ? '' : met ? 'yes' : '**no**');
const table = [
  '| figure | measured (medians) | target | met |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.figure} | ${r.measured} | ${r.target} | ${mark(r.met)} |`),
].join('\n');
results.table = rows;

const m = results.machine;
const machineLine = `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; ESLint ${results.versions.eslint}, TypeScript ${results.versions.typescript}, typescript-eslint ${results.versions['typescript-eslint']}`;

console.log(`\n${table}\n\nMeasured ${results.date.slice(0, 10)} on ${machineLine}.`);
if (ex) {
  console.log('\nFindings on the switches of examples/next-app (both rules with type info):');
  for (const sw of ex.exampleSwitches) {
    console.log(`  ${sw.switch} switch (${sw.discriminant}), ${sw.cases} cases${sw.hasDefault ? ' incl. default' : ''}`);
    console.log(`    exhaustive-error-codes:       ${sw.ours.length === 0 ? '—' : sw.ours.join(' | ')}`);
    console.log(`    switch-exhaustiveness-check:  ${sw.theirs.length === 0 ? '—' : sw.theirs.join(' | ')}`);
  }
}

if (renderOnly) {
  writeFileSync(path.join(root, 'docs', 'performance.md'), performanceSection());
  console.log('\nwrote docs/performance.md from bench/results.json');
} else if (!quick && (only.size === ALL.length || partial)) {
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(root, 'docs', 'performance.md'), performanceSection());
  console.log('\nwrote bench/results.json and docs/performance.md');
} else {
  writeFileSync(path.join(tmp, 'results.partial.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\n(partial or --quick run: wrote bench/.tmp/results.partial.json only)');
}

function performanceSection() {
  const lines = [
    '## Performance',
    '',
    `Measured with \`npm run bench\` on ${results.date.slice(0, 10)}, on ${machineLine}. Each figure compares runs`,
    'side by side in one process, medians over several rounds; raw rounds are in [bench/results.json](../bench/results.json).',
    '',
    table,
    '',
  ];
  if (ex) {
    lines.push(
      `On the ${ex.exampleSwitches.length} \`switch\` statements of the example app (both rules with type information):`,
      '',
      '| switch | `exhaustive-error-codes` | `switch-exhaustiveness-check` |',
      '| --- | --- | --- |',
      ...ex.exampleSwitches.map(
        (sw) => `| \`${sw.switch}\` \`switch (${sw.discriminant})\` | ${sw.ours.length === 0 ? '—' : sw.ours.map(escapeCell).join('<br>')} | ${sw.theirs.length === 0 ? '—' : sw.theirs.map(escapeCell).join('<br>')} |`,
      ),
      '',
    );
  }
  lines.push(
    'How each figure is taken:',
    '',
    '- **Preset overhead**: the ESLint class (`lintText`) over corpus files (the JS/TS of `node_modules`, evenly',
    '  sampled, read into memory first), the variants taking turns file by file; the baseline has the same parser',
    '  (`@typescript-eslint/parser`) and no rules.',
    "- **Type-free exhaustiveness**: a rule's cost is what turning it on adds to a parse-only run of the same files",
    "  (for typescript-eslint's rule, with the tsconfig project it requires, cold each round as in CI: `clearCaches()`);",
    "  the warm row reuses the built program, as an editor does. Ours is never counted below ESLint's own timing of its",
    '  listeners.',
    '- **Cross-file rule**: reads are counted per file (every synchronous disk read of a project file) on an',
    '  `eslint .`-style run of the ESLint class and on every timed round; the plugin\'s caches are emptied before each.',
    '- **Hover**: two real tsserver processes, one with the plugin in its tsconfig, asked the same positions in turn.',
    "  The plugin's start-up is timed inside fresh Node processes (module load, `create()`, first answer); the",
    '  end-to-end tsserver start-up (spawn to first answer, project load included) is shown beside it.',
    '- **App-shaped corpus**: `bench/app-corpus.mjs` writes a Next.js app-router project that signs in with Auth.js v5',
    '  (auth config and its edge-safe part, middleware, route handler, login form, error page, then pages, API routes,',
    '  forms, tables, hooks and helpers; deterministic, under `bench/.tmp/`). The time target is measured file by file',
    '  in one process (`bench/app-interleaved.mjs`): each file is linted by both variants in turn with its real path, and',
    '  each variant\'s cpu time is summed over the files; the first of the rounds is a warm-up. Then each whole run in a',
    '  fresh process (`bench/lib/lint-once.mjs`, the config of `scripts/eval-apps.mjs`), so wall time, cpu time and peak',
    '  memory (max RSS) are that run\'s own, start-up and first-time work included; `strict`, parse-only and one rule that',
    '  does nothing run in rounds, the order turning, and the figures are the medians of the rounds\' ratios (range in',
    "  brackets). The rule that does nothing shows ESLint's own cost of running any rule at all, a floor every real config",
    '  pays; in one process that cost is paid by both variants alike, so the file-by-file figure is what `strict` adds',
    '  over it. Whole runs swing with any load on the machine by more than the difference measured; the file-by-file',
    '  figure does not. The floor is garbage collection: ESLint makes each file\'s context the prototype of its rule',
    '  contexts, which keeps every file\'s tree alive through young-generation collections (measured in',
    '  [real-world.md](real-world.md#speed)).',
    '  `node bench/app-overhead.mjs <dir>` and `node --expose-gc bench/app-interleaved.mjs <dir>` take the same figures',
    '  for a real app (dub\'s in [real-world.md](real-world.md#speed)).',
    '- **Growth**: `bench/growth.mjs` writes each shape at 1k, 5k and 20k items in one file; a size\'s cost is the time',
    '  the `strict` rules spend on that text by ESLint\'s own per-rule `stats` (create() and listeners; median of the',
    '  rounds after a dropped warm-up, each round with the catalog\'s remembered answers forgotten, as in a first lint),',
    '  for the editor the time of 10 code-action and 10 completion requests on a new file version. Growth per step is',
    '  the cost ratio divided by the size ratio (1.00× is linear). It runs in a worker with a 256 MB stack, because',
    '  typescript-estree converts a long `||` or `else if` chain recursively; a chain the parser still cannot read',
    '  would be shown as such. The reports at the largest size show that each shape reaches the rules it is meant to.',
    '',
    'What `strict` does in a file of an app, and so what it costs:',
    '',
    '- The config rules (`credentials-requires-*`, `email-requires-adapter`, `require-secret`) look at the',
    "  file's import declarations and return no listener unless it imports an auth package other than the client",
    '  module `next-auth/react` (which exports nothing the config model reads).',
    '- The three error-code rules share one scan of the text (`src/util/code-tokens.ts`: every stretch between two',
    '  quotes, every name before a `:`), which names the families whose codes are written and those a string could',
    '  be a near miss of. A rule listens only when one of those families could be chosen in this file: it needs no',
    '  evidence (the Auth.js families), or the file imports its library or writes its markers. An API route that',
    "  answers `'unauthorized'` (an Auth0 code) or a form with a `user_name` field (near Supabase's codes) wakes none.",
    '  `no-unreachable-error-code` also listens where `next-auth/react` or `$ERROR_CODES` is written; a switch is',
    '  listened for only where the keyword is written.',
    '- `no-auth-on-error-page` returns no listener outside middleware and page files, and in a page that imports',
    '  nothing that reads the session.',
    '- The project facts every file asks for (the nearest package.json, whether the project model is still fresh,',
    "  the project's NextAuth.js major) are checked against the disk once per lint run, each path `stat`-ed once",
    '  (`src/nextauth/project/lint-run.ts`). A run ends when a file is linted again (as an editor server does after',
    '  every change), when the config object changes, or 500 ms after it began, so a long-lived process still sees',
    '  a file created or deleted on disk at its next lint of that file.',
    '- `node bench/rule-costs.mjs <dir>` shows, per rule, the time ESLint measures in it, the files it listened in',
    '  and how often each listener ran.',
    '',
  );
  return `${lines.join('\n')}`;
}

function escapeCell(text) {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
