import * as path from 'node:path';

import { listDirectory, readProjectFile } from './files';

/**
 * The monorepo around a project: the workspace root above a package, and whether the package's env comes from
 * there. Files are read through the project file layer (`project.ts`), so every answer follows the files' stamps
 * and a long-lived ESLint server sees a workspace file created, changed or deleted after the first lint.
 */

/** The files that make a folder a workspace root. */
const WORKSPACE_MARKERS = ['pnpm-workspace.yaml', 'package.json', 'turbo.json', 'nx.json', 'lerna.json'] as const;

function readJson(file: string): unknown {
  const text = readProjectFile(file);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** Whether the folder's listing holds a file that makes it a workspace root. */
function isWorkspaceRoot(dir: string, names: ReadonlySet<string>): boolean {
  if (names.has('pnpm-workspace.yaml') || names.has('nx.json') || names.has('lerna.json')) return true;
  if (names.has('package.json')) {
    const manifest = readJson(path.join(dir, 'package.json')) as { workspaces?: unknown } | undefined;
    const workspaces = manifest?.workspaces;
    // npm / yarn: an array of globs, or yarn's `{ packages: [...] }`.
    if (Array.isArray(workspaces) || (typeof workspaces === 'object' && workspaces !== null)) return true;
  }
  if (names.has('turbo.json')) {
    // A package's own turbo.json extends the root one (`"extends": ["//"]`); only the root's has none.
    const turbo = readJson(path.join(dir, 'turbo.json')) as { extends?: unknown } | undefined;
    if (turbo !== undefined && turbo.extends === undefined) return true;
  }
  return false;
}

/**
 * The workspace root a package sits in: the nearest folder above `projectRoot` with a `pnpm-workspace.yaml`,
 * `nx.json`, `lerna.json`, a root `turbo.json` or a package.json with `workspaces`. `undefined` for a package
 * that is not inside a monorepo (or is the monorepo root itself).
 */
export function findWorkspaceRoot(projectRoot: string): string | undefined {
  let dir = path.dirname(path.resolve(projectRoot));
  for (;;) {
    const names = new Set(listDirectory(dir).filter((name) => (WORKSPACE_MARKERS as readonly string[]).includes(name)));
    if (names.size > 0 && isWorkspaceRoot(dir, names)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A script that runs a dotenv-style loader (dotenv-cli, dotenvx, env-cmd, `node --env-file`). */
const LOADER_SCRIPT = /(?:^|[\s;&|(])(?:dotenv(?:-cli|x)?|env-cmd)(?=\s|$)|--env-file\b/;
/** A path in a script or config that climbs out of the package to an env file: `../.env`, `../../.env.local`. */
const CLIMBING_ENV_PATH = /(?:\.\.[\\/])+\.env\b/;
const NEXT_CONFIGS = ['next.config.js', 'next.config.mjs', 'next.config.cjs', 'next.config.ts', 'next.config.mts'] as const;

function scripts(dir: string): string[] {
  const manifest = readJson(path.join(dir, 'package.json')) as { scripts?: unknown } | undefined;
  const values = manifest?.scripts;
  if (typeof values !== 'object' || values === null) return [];
  return Object.values(values).filter((value): value is string => typeof value === 'string');
}

/**
 * Where it shows that a package loads the workspace root's env files, or `undefined`: a script of the root's
 * package.json runs a dotenv loader (`dotenv -- yarn workspace web dev` loads the root's `.env`), a script of the
 * package's own reads an env file above it (`dotenv -e ../.env -- next dev`), or the package's next.config names
 * one (`config({ path: "../../.env" })`) or calls `loadEnvConfig` (Next's own loader, pointed elsewhere).
 */
export function rootEnvLoader(projectRoot: string, workspaceRoot: string): string | undefined {
  if (scripts(workspaceRoot).some((script) => LOADER_SCRIPT.test(script))) return 'the workspace scripts';
  if (scripts(projectRoot).some((script) => LOADER_SCRIPT.test(script) && CLIMBING_ENV_PATH.test(script))) {
    return 'the package scripts';
  }
  const names = new Set(listDirectory(projectRoot));
  for (const name of NEXT_CONFIGS) {
    if (!names.has(name)) continue;
    const text = readProjectFile(path.join(projectRoot, name));
    if (text !== undefined && (CLIMBING_ENV_PATH.test(text) || /\bloadEnvConfig\s*\(/.test(text))) return name;
  }
  return undefined;
}
