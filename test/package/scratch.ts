/**
 * Scratch projects for the package tests: a temp folder laid out the way a user's project is, with the plugin
 * installed from the tarball `npm pack` makes, never from this checkout's sources.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
export const fixtures = path.join(root, 'test', 'fixtures', 'package');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to its end and returns what it printed. `hangGuardMs` only stops a process that hangs (a stuck
 * network fetch); it is far above any normal run and never decides whether a test passes.
 */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, hangGuardMs = 900_000): RunResult {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: hangGuardMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like `run`, but a non-zero exit throws with the command's output. */
export function runOk(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): RunResult {
  const result = run(command, args, cwd, env);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `auth-errors-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * `npm pack` of this checkout into `destination`, without running `prepare` (the caller has built dist/; the
 * git-install test is the one that checks `prepare` on a clean clone). Returns the tarball's path.
 */
export function packTarball(destination: string): string {
  const result = runOk('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], root);
  const [packed] = JSON.parse(result.stdout) as [{ filename: string }];
  return path.join(destination, packed.filename);
}

/** `npm pack` of the language server's workspace package (built by the root build), like `packTarball`. */
export function packServerTarball(destination: string): string {
  const result = runOk('npm', ['pack', '--ignore-scripts', '--json', '--workspace', 'packages/language-server', '--pack-destination', destination], root);
  const [packed] = JSON.parse(result.stdout) as [{ filename: string }];
  return path.join(destination, packed.filename);
}

/** The files a tarball holds, relative to its `package/` folder. */
export function tarballFiles(tarball: string): string[] {
  return runOk('tar', ['-tzf', tarball], root)
    .stdout.split('\n')
    .filter((line) => line.startsWith('package/') && !line.endsWith('/'))
    .map((line) => line.slice('package/'.length));
}

/** Unpacks a tarball as `node_modules/<name>` of `projectDir`, the way a package manager lays it out. */
export function unpackInto(tarball: string, projectDir: string, name = 'eslint-plugin-auth-errors'): string {
  const target = path.join(projectDir, 'node_modules', name);
  mkdirSync(target, { recursive: true });
  runOk('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], root);
  return target;
}

/** Links `node_modules/<name>` of `projectDir` to a package folder of this checkout (an installed dev dependency). */
export function linkPackage(projectDir: string, name: string, from: string): void {
  const target = path.join(projectDir, 'node_modules', name);
  mkdirSync(path.dirname(target), { recursive: true });
  symlinkSync(from, target, 'dir');
}

/** Copies every file of a fixture folder into `dir`, and writes the extra files given. */
export function layOut(dir: string, fixture: string, extra: Record<string, string> = {}): void {
  const from = path.join(fixtures, fixture);
  for (const entry of readdirSync(from)) cpSync(path.join(from, entry), path.join(dir, entry), { recursive: true });
  for (const [file, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}
