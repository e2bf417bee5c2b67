import * as path from 'node:path';

import { findProjectRoot, listDirectory, readProjectFile } from './project';
import type { AuthVersion } from './imports';

/**
 * What a project's `.env` files declare. Files are read through the project file layer (cached per path +
 * mtime); parsed key sets are cached per file text. Nothing here throws: a missing, unreadable or garbled file
 * declares what can be read from it, possibly nothing.
 */

/**
 * The env files `require-secret` reads when the `envFiles` option is not set: every `.env` or `.env.*` file in
 * the folder of the nearest package.json (`.env`, `.env.local`, `.env.production`, `.env.example`,
 * `.env.local.example`, `.env.development.local`, …). Projects name their templates in many ways; reading all of
 * them keeps the rule quiet whenever any of them declares the secret.
 */
export const ENV_FILE_PATTERN = /^\.env(?:\.[^/\\]+)?$/;

/** The `.env*` files in a folder, sorted. */
export function listEnvFiles(root: string): readonly string[] {
  return listDirectory(root).filter((name) => ENV_FILE_PATTERN.test(name));
}

/** One env file of a project. */
export interface EnvFile {
  /** The path as configured (relative to the project root). */
  readonly name: string;
  readonly exists: boolean;
  /** The variable names it declares, with or without a value. */
  readonly keys: ReadonlySet<string>;
  /**
   * The file exists but is not text the rule can read (encrypted by git-crypt / SOPS binary, or not UTF-8): it may
   * declare anything, so nothing can be concluded from what it seems to lack.
   */
  readonly unreadable?: boolean;
}

export interface ProjectEnv {
  /** The folder of the nearest package.json. */
  readonly root: string;
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
  const text = readProjectFile(file);
  if (text === undefined) return { exists: false, keys: new Set() };
  if (isUnreadableText(text)) return { exists: true, keys: new Set(), unreadable: true };
  const cached = keysCache.get(file);
  if (cached && cached.text === text) return { exists: true, keys: cached.keys };
  let keys: ReadonlySet<string>;
  try {
    keys = parseEnvKeys(text);
  } catch {
    keys = new Set();
  }
  keysCache.set(file, { text, keys });
  return { exists: true, keys };
}

/**
 * The env files of the project a source file belongs to (the folder of the nearest package.json): the given
 * names, or every `.env*` file there. `undefined` when no package.json is above the file.
 */
export function readProjectEnv(sourceFile: string, envFiles?: readonly string[]): ProjectEnv | undefined {
  if (!path.isAbsolute(sourceFile)) return undefined;
  const root = findProjectRoot(sourceFile);
  if (root === undefined) return undefined;
  const files = (envFiles ?? listEnvFiles(root)).map((name): EnvFile => ({ name, ...readEnvFile(path.resolve(root, name)) }));
  return { root, files };
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
