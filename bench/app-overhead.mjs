// The plugin's `strict` preset against the same ESLint run with the parser only, on a whole project folder: the
// generated app-shaped corpus (bench/app-corpus.mjs) or a real app. Each run is a fresh process
// (bench/lib/lint-once.mjs), so wall time, cpu time and peak memory are that run's own. A third variant runs one
// rule that does nothing: what ESLint itself costs once any rule runs, the floor every real config starts from.
// The variants run in rounds, the order turning, and the figures are medians (with the range) over the rounds' ratios.
//
//   node bench/app-overhead.mjs <dir> [--pairs=5] [--plugin=<dist/src/index.js>]   (a real app, e.g. dub's apps/web)
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { median, round2 } from './lib/measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const lintOnce = path.join(here, 'lib', 'lint-once.mjs');

function run(variant, dir, plugin) {
  const out = execFileSync(process.execPath, [lintOnce, variant, dir, ...(plugin ? [plugin] : [])], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1));
}

const range = (values) => [round2(Math.min(...values)), round2(Math.max(...values))];

const VARIANTS = ['strict', 'parse-only', 'one-rule'];

/**
 * `pairs` rounds of runs: strict, parse-only and one rule that does nothing (ESLint's own cost of running any rule),
 * the order turning from round to round.
 */
export function appOverhead({ dir, pairs, plugin, log = () => {} }) {
  const runs = { strict: [], 'parse-only': [], 'one-rule': [] };
  for (let pair = 0; pair < pairs; pair++) {
    const order = [...VARIANTS.slice(pair % VARIANTS.length), ...VARIANTS.slice(0, pair % VARIANTS.length)];
    for (const variant of order) runs[variant].push(run(variant, dir, plugin));
    const [s, p, o] = VARIANTS.map((variant) => runs[variant].at(-1));
    log(`  round ${pair + 1}/${pairs}: wall ${s.wallMs} / ${p.wallMs} / ${o.wallMs} ms, cpu ${s.cpuMs} / ${p.cpuMs} / ${o.cpuMs} ms, peak ${s.peakMiB} / ${p.peakMiB} / ${o.peakMiB} MiB (strict / parse-only / one rule)`);
  }
  const ratiosOf = (key, top, bottom) => runs[top].map((s, i) => s[key] / runs[bottom][i][key]);
  const ratios = (key) => ratiosOf(key, 'strict', 'parse-only');
  const summary = (key) => ({ median: round2(median(ratios(key))), range: range(ratios(key)) });
  const against = (top, bottom) =>
    Object.fromEntries(['wallMs', 'cpuMs', 'peakMiB'].map((key) => [key, { median: round2(median(ratiosOf(key, top, bottom))), range: range(ratiosOf(key, top, bottom)) }]));
  const med = (variant, key) => Math.round(median(runs[variant].map((r) => r[key])));
  return {
    dir,
    files: runs.strict[0].files,
    reports: runs.strict[0].reports,
    pairs,
    wall: summary('wallMs'),
    cpu: summary('cpuMs'),
    peak: summary('peakMiB'),
    medians: Object.fromEntries(
      VARIANTS.map((variant) => [variant, { wallMs: med(variant, 'wallMs'), cpuMs: med(variant, 'cpuMs'), peakMiB: med(variant, 'peakMiB') }]),
    ),
    // ESLint's own cost of any rule (one that does nothing vs. none), and strict over that floor.
    floor: against('one-rule', 'parse-only'),
    overFloor: against('strict', 'one-rule'),
    runs,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const flag = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  if (positional.length !== 1) {
    console.error('usage: node bench/app-overhead.mjs <dir> [--pairs=5] [--plugin=<dist/src/index.js>]');
    process.exit(2);
  }
  const result = appOverhead({ dir: path.resolve(positional[0]), pairs: Number(flag('pairs') ?? 5), plugin: flag('plugin'), log: console.log });
  const { runs: _runs, ...rest } = result;
  console.log(JSON.stringify(rest, null, 2));
}
