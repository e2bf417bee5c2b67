/**
 * What the plugin adds to a project shaped like a fresh `create-next-app` (Next 16, React 19, TypeScript 5.9,
 * ESLint 9 or 10 with eslint-config-next) that uses Auth.js v5 (next-auth 5), measured by a real install of the
 * packed tarball (issue 15, point 5): the packages the lockfile gains, the bytes node_modules gains, and that the
 * app keeps its one TypeScript. The README's footprint figure comes from this test's output.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeTempDir, packTarball, removeDir, runOk } from './scratch';

const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
const npmFlags = ['--no-audit', '--no-fund', '--prefer-offline', '--fetch-timeout=60000', '--fetch-retries=2', '--loglevel=error'];

/** Target of issue 15: at most 3 MB (10^6 bytes) added. */
const BUDGET_BYTES = 3_000_000;

/** create-next-app's package.json (TypeScript, ESLint, App Router) plus next-auth 5. */
function appManifest(eslint: string): object {
  return {
    name: 'footprint-app',
    version: '0.1.0',
    private: true,
    scripts: { dev: 'next dev', build: 'next build', start: 'next start', lint: 'eslint' },
    dependencies: { next: '16.4.6', react: '^19', 'react-dom': '^19', 'next-auth': '5.0.0-beta.32' },
    devDependencies: {
      typescript: '5.9.3',
      '@types/node': '^20',
      '@types/react': '^19',
      '@types/react-dom': '^19',
      eslint,
      'eslint-config-next': '16.4.6',
    },
  };
}

/** The lockfile's package locations (`node_modules/...`), each with its version. */
function lockedPackages(projectDir: string): Map<string, string> {
  const lock = JSON.parse(readFileSync(path.join(projectDir, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>;
  };
  return new Map(Object.entries(lock.packages).filter(([location]) => location !== '').map(([location, entry]) => [location, entry.version ?? '']));
}

/** Bytes of every file under `dir` (symbolic links count as themselves, folders as nothing). */
function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? treeBytes(full) : lstatSync(full).size;
  }
  return total;
}

/** Every installed package named `typescript`, as `location@version`. */
function typescripts(packages: Map<string, string>): string[] {
  return [...packages].filter(([location]) => /(^|\/)node_modules\/typescript$/.test(location)).map(([location, version]) => `${location}@${version}`);
}

let workDir: string;
let tarball: string;

beforeAll(() => {
  workDir = makeTempDir('footprint');
  tarball = packTarball(workDir);
});

afterAll(() => {
  if (workDir) removeDir(workDir);
});

describe.each(['^9', '^10'])('a create-next-app project with next-auth 5 and ESLint %s', (eslint) => {
  let before: Map<string, string>;
  let after: Map<string, string>;
  let addedBytes: number;

  beforeAll(() => {
    const projectDir = path.join(workDir, `app-eslint${eslint.slice(1)}`);
    mkdirSync(projectDir);
    writeFileSync(path.join(projectDir, 'package.json'), `${JSON.stringify(appManifest(eslint), null, 2)}\n`);
    runOk('npm', ['install', ...npmFlags], projectDir, env);
    before = lockedPackages(projectDir);
    const bytesBefore = treeBytes(path.join(projectDir, 'node_modules'));
    runOk('npm', ['install', '--save-dev', ...npmFlags, tarball], projectDir, env);
    after = lockedPackages(projectDir);
    addedBytes = treeBytes(path.join(projectDir, 'node_modules')) - bytesBefore;
    const added = [...after.keys()].filter((location) => before.get(location) !== after.get(location));
    console.log(
      `ESLint ${eslint}: ${before.size} lockfile entries before, ${added.length} added (${added.join(', ')}), ` +
        `${(addedBytes / 1e6).toFixed(2)} MB added; typescript: ${typescripts(after).join(', ')}`,
    );
  });

  it('adds the plugin and path-to-regexp only, reusing the app’s typescript-eslint', () => {
    const added = [...after].filter(([location, version]) => before.get(location) !== version).map(([location]) => location);
    expect(added.sort()).toEqual(['node_modules/eslint-plugin-auth-errors', 'node_modules/path-to-regexp']);
    expect([...before.keys()].filter((location) => !after.has(location))).toEqual([]);
  });

  it('adds at most 3 MB to node_modules', () => {
    expect(addedBytes).toBeGreaterThan(0);
    expect(addedBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('leaves the app with one TypeScript, its own 5.9.3', () => {
    expect(typescripts(after)).toEqual(['node_modules/typescript@5.9.3']);
  });
});
