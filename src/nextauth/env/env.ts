import * as path from 'node:path';

import type { AuthVersion } from '../config/imports';
import { findProjectRoot, listDirectory, readProjectFileOutcome } from '../project/files';
import { findWorkspaceRoot, rootEnvLoader } from '../project/workspace';
import { readEnvSchemas } from './env-schema';

/**
 * What a project's `.env` files (and its env schema) declare. Files are read through the project file layer
 * (cached per path + mtime + size, so a long-lived ESLint server sees edits); parsed key sets are cached per file
 * text. A missing file declares nothing; a file that exists but cannot be read (EACCES, EISDIR, ELOOP, git-crypt,
 * not UTF-8) is marked `unreadable`, which makes "what the project declares" unknown.
 */

/**
 * The env files `require-secret` reads when the `envFiles` option is not set: every `.env` or `.env.*` file in
 * the folder of the nearest package.json (`.env`, `.env.local`, `.env.production`, `.env.example`,
 * `.env.local.example`, `.env.development.local`, …). Projects name their templates in many ways; reading all of
 * them keeps the rule quiet whenever any of them declares the secret.
 */
export const ENV_FILE_PATTERN = /^\.env(?:\.[^/\\]+)?$/;

/** The `.env*` entries in a folder, sorted (a folder so named is listed too: it reads as unreadable). */
export function listEnvFiles(root: string): readonly string[] {
  return listDirectory(root).filter((name) => ENV_FILE_PATTERN.test(name));
}

/** Where a declaration source of a project comes from. */
export type EnvSource =
  /** An env file of the package (the folder of the nearest package.json), or one listed in `envFiles`. */
  | 'package'
  /** An env file at the root of the monorepo the package is in. */
  | 'workspace'
  /** An env schema module (`env.mjs` with `createEnv`, a zod object). */
  | 'schema';

/** One env file (or env schema) of a project. */
export interface EnvFile {
  /** The path relative to the project root, with `/` separators (`.env.example`, `../../.env.sample`). */
  readonly name: string;
  readonly exists: boolean;
  /** The variable names it declares, with or without a value. */
  readonly keys: ReadonlySet<string>;
  /**
   * The file exists but the rule cannot read it (no permission, a folder or a symlink loop where a file should be,
   * encrypted by git-crypt / SOPS binary, not UTF-8): it may declare anything, so nothing can be concluded from
   * what it seems to lack.
   */
  readonly unreadable?: boolean;
  readonly source: EnvSource;
}

export interface ProjectEnv {
  /** The folder of the nearest package.json. */
  readonly root: string;
  /** The monorepo root whose env files count too, when they do. */
  readonly workspaceRoot?: string;
  readonly files: readonly EnvFile[];
}

const KEY_LINE = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*(?:=|:[ \t])/;

/**
 * The variable names a dotenv text declares. Follows dotenv's reading: `KEY=value`, `export KEY=value`,
 * `KEY: value`, `#` comments, and quoted values that span lines only when their closing quote exists (an
 * unterminated quote is just part of a one-line value, as in dotenv).
 */
export function parseEnvKeys(text: string): Set<string> {
  const keys = new Set<string>();
  const source = text.replace(/\r\n?/g, '\n');
  let offset = 0;
  while (offset < source.length) {
    const end = source.indexOf('\n', offset);
    const lineEnd = end === -1 ? source.length : end;
    const line = source.slice(offset, lineEnd);
    const match = KEY_LINE.exec(line);
    let next = lineEnd + 1;
    if (match?.[1] !== undefined) {
      keys.add(match[1]);
      const value = line.slice(match[0].length).trimStart();
      const quote = value[0];
      if ((quote === '"' || quote === "'" || quote === '`') && !closesOnLine(value, quote)) {
        // A quoted value that closes on a later line swallows the lines in between.
        const valueStart = offset + match[0].length + (line.slice(match[0].length).length - value.length);
        const close = findClosingQuote(source, valueStart + 1, quote);
        if (close !== -1) {
          const closeLineEnd = source.indexOf('\n', close);
          next = closeLineEnd === -1 ? source.length : closeLineEnd + 1;
        }
      }
    }
    offset = next;
  }
  return keys;
}

function closesOnLine(value: string, quote: string): boolean {
  return findClosingQuote(value, 1, quote) !== -1;
}

function findClosingQuote(text: string, from: number, quote: string): number {
  for (let index = from; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (char === quote) return index;
  }
  return -1;
}

// Per-process cache of parsed key sets, keyed by path; reused while the file layer returns the same text.
const keysCache = new Map<string, { readonly text: string; readonly keys: ReadonlySet<string> }>();

/** Whether file contents read as UTF-8 are not a text file: git-crypt's header, or bytes that are not UTF-8. */
export function isUnreadableText(text: string): boolean {
  return text.startsWith('\u0000GITCRYPT') || text.includes('\uFFFD');
}

function readEnvFile(file: string): { exists: boolean; keys: ReadonlySet<string>; unreadable?: boolean } {
  const outcome = readProjectFileOutcome(file);
  if (outcome.state === 'missing') return { exists: false, keys: new Set() };
  if (outcome.state === 'unreadable' || isUnreadableText(outcome.text)) return { exists: true, keys: new Set(), unreadable: true };
  const text = outcome.text;
  const cached = keysCache.get(file);
  if (cached && cached.text === text) return { exists: true, keys: cached.keys };
  const keys = parseEnvKeys(text);
  keysCache.set(file, { text, keys });
  return { exists: true, keys };
}

function envFileOf(root: string, absolute: string, source: EnvSource): EnvFile {
  const name = path.relative(root, absolute).split(path.sep).join('/');
  return { name, source, ...readEnvFile(absolute) };
}

/**
 * The env files of the project a source file belongs to (the folder of the nearest package.json), and its env
 * schemas. `envFiles` names the files (relative to the project root); without it:
 *
 * - every `.env*` file of the package;
 * - in a monorepo, the `.env*` files of the workspace root too, when the package keeps none of its own apart
 *   from `*.local` ones (its env then comes from elsewhere, and the root is where monorepos keep it) or when it
 *   shows that it loads them
 *   (a dotenv loader in the root's scripts, `dotenv -e ../.env` in its own, a next.config that names a root env
 *   file). A package with its own `.env.example` and no such loader is judged by its own files.
 *
 * Env schemas (`env.mjs` and the like, see `env-schema.ts`) that name a secret variable are added as files of
 * source `schema`. `undefined` when no package.json is above the file.
 */
export function readProjectEnv(sourceFile: string, envFiles?: readonly string[]): ProjectEnv | undefined {
  if (!path.isAbsolute(sourceFile)) return undefined;
  const root = findProjectRoot(sourceFile);
  if (root === undefined) return undefined;
  const files: EnvFile[] = [];
  let workspaceRoot: string | undefined;
  if (envFiles) {
    for (const name of envFiles) files.push(envFileOf(root, path.resolve(root, name), 'package'));
  } else {
    const own = listEnvFiles(root);
    for (const name of own) files.push(envFileOf(root, path.join(root, name), 'package'));
    // `*.local` files are a developer's own (Next's .gitignore always ignores them): they count as declarations
    // but do not make the package one that keeps its env, so a fresh CI checkout takes the same branch.
    const keepsOwn = own.some((name) => !name.endsWith('.local'));
    const workspace = findWorkspaceRoot(root);
    if (workspace !== undefined && (!keepsOwn || rootEnvLoader(root, workspace) !== undefined)) {
      workspaceRoot = workspace;
      for (const name of listEnvFiles(workspace)) files.push(envFileOf(root, path.join(workspace, name), 'workspace'));
    }
  }
  for (const schema of readEnvSchemas(root, [...new Set([...secretEnvNames('v4'), ...secretEnvNames('v5')])])) {
    files.push(
      schema.state === 'read'
        ? { name: schema.name, exists: true, keys: schema.keys, source: 'schema' }
        : { name: schema.name, exists: true, keys: new Set(), unreadable: true, source: 'schema' },
    );
  }
  return { root, ...(workspaceRoot !== undefined ? { workspaceRoot } : {}), files };
}

/**
 * The variables each version reads the secret from when the config sets none: v4 `NEXTAUTH_SECRET`, then
 * `AUTH_SECRET`; v5 `AUTH_SECRET` (and the rotation keys `AUTH_SECRET_1` … `_3`), then `NEXTAUTH_SECRET`.
 */
export function secretEnvNames(version: AuthVersion): readonly string[] {
  if (version === 'v4') return ['NEXTAUTH_SECRET', 'AUTH_SECRET'];
  return ['AUTH_SECRET', 'NEXTAUTH_SECRET', 'AUTH_SECRET_1', 'AUTH_SECRET_2', 'AUTH_SECRET_3'];
}

/** The first of the names that one of the project's env files declares, and the file that does. */
export function findDeclaredEnv(
  env: ProjectEnv,
  names: readonly string[],
): { readonly name: string; readonly file: string } | undefined {
  for (const name of names) {
    const file = env.files.find((candidate) => candidate.keys.has(name));
    if (file) return { name, file: file.name };
  }
  return undefined;
}

/** Empties the parsed-key cache (tests only). */
export function clearEnvCache(): void {
  keysCache.clear();
}
