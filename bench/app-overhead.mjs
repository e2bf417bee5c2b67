// The plugin's `strict` preset against the same ESLint run with the parser only, on a whole project folder: the
// generated app-shaped corpus (bench/app-corpus.mjs) or a real app. Each run is a fresh process
// (bench/lib/lint-once.mjs), so wall time, cpu time and peak memory are that run's own; the two variants run in
// pairs, alternating which goes first, and the figures are medians (with the range) over the pairs' ratios.
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

/** `pairs` pairs of runs, strict and parse-only alternating which goes first. */
export function appOverhead({ dir, pairs, plugin, log = () => {} }) {
  const runs = { strict: [], 'parse-only': [] };
  for (let pair = 0; pair < pairs; pair++) {
    const order = pair % 2 === 0 ? ['strict', 'parse-only'] : ['parse-only', 'strict'];
    for (const variant of order) runs[variant].push(run(variant, dir, plugin));
    const [s, p] = [runs.strict.at(-1), runs['parse-only'].at(-1)];
    log(`  pair ${pair + 1}/${pairs}: wall ${s.wallMs} / ${p.wallMs} ms, cpu ${s.cpuMs} / ${p.cpuMs} ms, peak ${s.peakMiB} / ${p.peakMiB} MiB`);
  }
  const ratios = (key) => runs.strict.map((s, i) => s[key] / runs['parse-only'][i][key]);
  const summary = (key) => ({ median: round2(median(ratios(key))), range: range(ratios(key)) });
  const med = (variant, key) => Math.round(median(runs[variant].map((r) => r[key])));
  return {
    dir,
    files: runs.strict[0].files,
    reports: runs.strict[0].reports,
    pairs,
    wall: summary('wallMs'),
    cpu: summary('cpuMs'),
    peak: summary('peakMiB'),
    medians: {
      strict: { wallMs: med('strict', 'wallMs'), cpuMs: med('strict', 'cpuMs'), peakMiB: med('strict', 'peakMiB') },
      'parse-only': { wallMs: med('parse-only', 'wallMs'), cpuMs: med('parse-only', 'cpuMs'), peakMiB: med('parse-only', 'peakMiB') },
    },
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
