import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import * as path from 'node:path';

import type * as TypeScriptEslintParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';

import { failureCode, isFileFailure, isParseError, rethrowInDebug } from '../../util/failures';
import type { LintRun } from './lint-run';
import type { DirectoryEntry } from './routes';

/**
 * The project model's file layer: finding a project's root, reading and parsing its other files. Every rule
 * that looks beyond the file being linted goes through here, so each file is read and parsed at most once per
 * process while it is unchanged (keyed by path + mtime + size). Every cache here is stamped: a file's text and
 * tree by its mtime + size, a folder's listing and whether it holds a package.json by the folder's mtime (which
 * changes when an entry is created or deleted), so a long-lived ESLint server sees files created, changed or
 * deleted after its first lint. A missing, unreadable or unparsable file is `undefined`; other errors are bugs,
 * rethrown with `AUTH_ERRORS_DEBUG=1`.
 *
 * The caches are per process (ESLint's `--concurrency` workers each have their own), and results do not
 * depend on which worker asks first.
 */

/** A parser as ESLint's `languageOptions.parser` gives it. */
export interface ParserLike {
  parse?: (code: string, options?: Record<string, unknown>) => unknown;
  parseForESLint?: (code: string, options?: Record<string, unknown>) => { ast: unknown };
}

interface FileStamp {
  readonly mtimeMs: number;
  readonly size: number;
}

interface CachedText extends FileStamp {
  readonly text: string | undefined;
  /** Why reading failed (the error code), when `text` is undefined. */
  readonly failure?: string;
}

interface CachedAst extends FileStamp {
  readonly ast: TSESTree.Program | undefined;
}

const textCache = new Map<string, CachedText>();
const astCache = new Map<string, CachedAst>();
/** Per folder: whether it holds a package.json, as of the folder's mtime. */
const manifestCache = new Map<string, { readonly mtimeMs: number; readonly manifest: boolean }>();
const dirCache = new Map<
  string,
  { readonly mtimeMs: number; readonly entries: readonly DirectoryEntry[] | undefined; readonly names: readonly string[] }
>();

/** Counts of real disk reads, for the benchmarks and tests that check "each file at most once". */
export const projectFileStats = { reads: 0, parses: 0 };

/** `statSync`, with a path that is missing or cannot be looked at as `undefined`. */
function statOf(target: string): Stats | undefined {
  try {
    return statSync(target, { throwIfNoEntry: false });
  } catch (error) {
    if (!isFileFailure(error)) rethrowInDebug(error);
    return undefined;
  }
}

/**
 * {@link statOf}, asked at most once per path in a lint run: the cached model's freshness check and the search for
 * a file's project root look at the same folders (a page's folder is one the model listed), and a `stat` is the
 * costly part of both.
 */
function statIn(target: string, run: LintRun | undefined): Stats | undefined {
  return run ? run.remember(`stat\u0000${target}`, () => statOf(target)) : statOf(target);
}

function stamp(file: string): FileStamp | undefined {
  const stats = statOf(file);
  return stats?.isFile() ? { mtimeMs: stats.mtimeMs, size: stats.size } : undefined;
}

/**
 * A stamp of a path for caches that must notice changes: kind, mtime and size (`d:…` for a folder, `f:…` for a
 * file), or `missing` when nothing can be looked at there.
 */
export function pathStamp(target: string, run?: LintRun): string {
  const stats = statIn(target, run);
  if (!stats) return 'missing';
  return `${stats.isDirectory() ? 'd' : 'f'}:${stats.mtimeMs}:${stats.size}`;
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.mtimeMs === b.mtimeMs && a.size === b.size;
}

/** Whether a regular file exists at the path. */
export function fileExists(file: string): boolean {
  return stamp(file) !== undefined;
}

/** The text of a file, or `undefined` when it is missing or unreadable. */
export function readProjectFile(file: string): string | undefined {
  const current = stamp(file);
  if (!current) return undefined;
  const cached = textCache.get(file);
  if (cached && sameStamp(cached, current)) return cached.text;
  let text: string | undefined;
  let failure: string | undefined;
  try {
    projectFileStats.reads++;
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (!isFileFailure(error)) rethrowInDebug(error);
    text = undefined;
    failure = isFileFailure(error) ? failureCode(error) : 'read failed';
  }
  textCache.set(file, { ...current, text, ...(failure !== undefined ? { failure } : {}) });
  return text;
}

/** What reading a file gave: its text, nothing there, or a file that is there but cannot be read. */
export type FileReadOutcome =
  | { readonly state: 'text'; readonly text: string }
  | { readonly state: 'missing' }
  /** There is something at the path, but not a readable regular file (EACCES, EISDIR, ELOOP, …). */
  | { readonly state: 'unreadable'; readonly reason: string };

const MISSING_CODES = new Set(['ENOENT', 'ENOTDIR']);

/**
 * Like `readProjectFile`, but tells a missing file (ENOENT, ENOTDIR: nothing is there) from one that exists and
 * cannot be read, so a caller can treat the second as unknown instead of empty. Text comes from the same cache.
 */
export function readProjectFileOutcome(file: string): FileReadOutcome {
  let stats: Stats | undefined;
  try {
    stats = statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    if (!isFileFailure(error)) rethrowInDebug(error);
    const code = isFileFailure(error) ? failureCode(error) : 'unknown error';
    return MISSING_CODES.has(code) ? { state: 'missing' } : { state: 'unreadable', reason: code };
  }
  if (!stats) return { state: 'missing' };
  if (!stats.isFile()) return { state: 'unreadable', reason: stats.isDirectory() ? 'EISDIR' : 'not a regular file' };
  const text = readProjectFile(file);
  if (text !== undefined) return { state: 'text', text };
  return { state: 'unreadable', reason: textCache.get(file)?.failure ?? 'read failed' };
}

/**
 * typescript-eslint's parser, required on first use: requiring it loads the project's `typescript`, which a
 * project on TypeScript 7 cannot give (that package has no JavaScript API), so merely loading the plugin, or
 * linting with a parser ESLint is given, never touches it.
 */
let typescriptEslintParser: typeof TypeScriptEslintParser | undefined;
function parseTypeScript(text: string, options: Parameters<typeof TypeScriptEslintParser.parse>[1]): TSESTree.Program {
  typescriptEslintParser ??= require('@typescript-eslint/parser') as typeof TypeScriptEslintParser;
  return typescriptEslintParser.parse(text, options);
}

function isProgram(value: unknown): value is TSESTree.Program {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Program';
}

/**
 * The syntax tree of a file, parsed with the given parser (ESLint's, when the rule passes
 * `context.languageOptions.parser`) or typescript-eslint's. `undefined` when the file is missing or does not
 * parse.
 */
export function parseProjectFile(file: string, parser?: ParserLike): TSESTree.Program | undefined {
  const current = stamp(file);
  if (!current) return undefined;
  const cached = astCache.get(file);
  if (cached && sameStamp(cached, current)) return cached.ast;
  const text = readProjectFile(file);
  let ast: TSESTree.Program | undefined;
  if (text !== undefined) {
    const jsx = /\.[jt]sx$/i.test(file) || /\.(js|mjs|cjs)$/i.test(file);
    const options = {
      ecmaVersion: 'latest',
      sourceType: 'module',
      range: true,
      loc: true,
      comment: false,
      filePath: file,
      ecmaFeatures: { jsx },
    };
    try {
      projectFileStats.parses++;
      let result: unknown;
      if (parser?.parseForESLint) result = parser.parseForESLint(text, options).ast;
      else if (parser?.parse) result = parser.parse(text, options);
      else result = parseTypeScript(text, options as Parameters<typeof parseTypeScript>[1]);
      ast = isProgram(result) ? result : undefined;
    } catch (error) {
      if (!isParseError(error)) rethrowInDebug(error);
      ast = undefined;
    }
  }
  astCache.set(file, { ...current, ast });
  return ast;
}

/**
 * The nearest folder at or above the file's folder that has a package.json; `undefined` when none does. Whether
 * a folder holds one is cached per folder mtime, so a package.json created or deleted later is seen. With a
 * lint run, each folder's answer is reused for the rest of the run.
 */
export function findProjectRoot(fileOrDir: string, run?: LintRun): string | undefined {
  const start = path.resolve(path.extname(fileOrDir) ? path.dirname(fileOrDir) : fileOrDir);
  // The files of one folder ask one question: in a run, its answer is one lookup, not a walk up the folders.
  return run ? run.remember(`root\u0000${start}`, () => rootAbove(start, run)) : rootAbove(start);
}

function rootAbove(start: string, run?: LintRun): string | undefined {
  let dir = start;
  for (;;) {
    // In a lint run, each folder is looked at once: the files of a folder, and the folders below it, share it.
    const folder = dir;
    if (run ? run.remember(`manifest\u0000${folder}`, () => hasManifest(folder, run)) : hasManifest(folder)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function hasManifest(dir: string, run?: LintRun): boolean {
  const stats = statIn(dir, run);
  if (!stats?.isDirectory()) return false;
  const cached = manifestCache.get(dir);
  if (cached && cached.mtimeMs === stats.mtimeMs) return cached.manifest;
  const manifest = fileExists(path.join(dir, 'package.json'));
  manifestCache.set(dir, { mtimeMs: stats.mtimeMs, manifest });
  return manifest;
}

/** The first of the candidate paths (relative to `root`) that exists, as an absolute path. */
export function findFirstFile(root: string, candidates: readonly string[]): string | undefined {
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (fileExists(file)) return file;
  }
  return undefined;
}

/**
 * The names of the regular files and folders in a folder, sorted; empty when it is missing or unreadable.
 * Cached per folder mtime (which changes when an entry is added or removed).
 */
export function listDirectory(dir: string): readonly string[] {
  return readDirectory(dir)?.names ?? [];
}

/** The entries of a folder with their kind, in listing order; `undefined` when it is missing or unreadable. */
export function listDirectoryEntries(dir: string): readonly DirectoryEntry[] | undefined {
  return readDirectory(dir)?.entries;
}

function readDirectory(dir: string): { entries: readonly DirectoryEntry[] | undefined; names: readonly string[] } | undefined {
  const stats = statOf(dir);
  if (!stats?.isDirectory()) return undefined;
  const cached = dirCache.get(dir);
  if (cached && cached.mtimeMs === stats.mtimeMs) return cached;
  let entries: DirectoryEntry[] | undefined;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
  } catch (error) {
    if (!isFileFailure(error)) rethrowInDebug(error);
    entries = undefined;
  }
  const listing = { mtimeMs: stats.mtimeMs, entries, names: entries ? entries.map((entry) => entry.name).sort() : [] };
  dirCache.set(dir, listing);
  return listing;
}

/** Empties the caches (tests only). */
export function clearProjectCaches(): void {
  textCache.clear();
  astCache.clear();
  manifestCache.clear();
  dirCache.clear();
  projectFileStats.reads = 0;
  projectFileStats.parses = 0;
}
