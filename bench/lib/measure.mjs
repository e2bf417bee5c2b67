// Measuring helpers shared by the benchmarks: medians, side-by-side rounds, the machine's description.
import os from 'node:os';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Collects garbage between measurements when Node runs with --expose-gc (npm run bench does). */
export function settle() {
  globalThis.gc?.();
}

/**
 * Runs each variant once per round, side by side in this process, alternating which goes first so that neither
 * always pays for the other's garbage or enjoys a warmer cache. `warmup` rounds are run and dropped.
 * `variants` is `{ name: () => Promise<void> | void }`; returns `{ name: [ms, …] }`.
 */
export async function sideBySide(variants, { rounds, warmup = 1, before } = {}) {
  const names = Object.keys(variants);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      await before?.(name);
      settle();
      const start = performance.now();
      await variants[name]();
      const elapsed = performance.now() - start;
      if (round >= warmup) times[name].push(elapsed);
    }
  }
  return times;
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

export const round1 = (n) => Math.round(n * 10) / 10;
export const round2 = (n) => Math.round(n * 100) / 100;

/**
 * Side by side at the finest grain: for every item (a file), each variant runs once, the order alternating
 * from item to item, and each variant's time is summed over the items. A load that comes and goes on the
 * machine hits both variants alike, where whole-run rounds would let it land on one. `before(round)` runs at
 * the start of each round (e.g. to empty caches). Returns `{ name: [total ms per round, …] }`.
 */
export async function interleaved(variants, count, { rounds, warmup = 1, before, clock = 'wall' } = {}) {
  // `cpu`: the process's cpu time (all its threads, so the parallel garbage collector too) instead of wall time;
  // a load elsewhere on the machine then counts less in either variant's figure.
  const now = clock === 'cpu' ? () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; } : () => performance.now();
  const names = Object.keys(variants);
  const reversed = [...names].reverse();
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    await before?.(round);
    settle();
    const totals = Object.fromEntries(names.map((name) => [name, 0]));
    for (let i = 0; i < count; i++) {
      for (const name of (i + round) % 2 === 0 ? names : reversed) {
        const start = now();
        await variants[name](i);
        totals[name] += now() - start;
      }
    }
    if (round >= warmup) for (const name of names) times[name].push(totals[name]);
  }
  return times;
}
