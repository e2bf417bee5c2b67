import * as path from 'node:path';

import type { AuthPage } from '../../catalog';
import { findProjectRoot, readProjectFile } from '../project/files';
import type { ParserLike } from '../project/files';
import type { LintRun } from '../project/lint-run';
import { getNextAuthProject } from '../project/model';
import { findWorkspaceRoot } from '../project/workspace';

/**
 * What the project says about a file that handles `?error=` values: which NextAuth.js / Auth.js major the
 * project runs, and whether the file is (or belongs to) the page its config names as `pages.error` /
 * `pages.signIn`. Both are asked only for a switch that is already about page values, so a lint run pays for
 * them in the few files that have one.
 */

/** The packages whose presence says "Auth.js" (major 5), besides `next-auth@5`. */
const AUTHJS_PACKAGES = [
  '@auth/core',
  '@auth/sveltekit',
  '@auth/express',
  '@auth/qwik',
  '@auth/solid-start',
  '@auth/nextjs',
] as const;

const parsedManifests = new Map<string, { text: string; manifest: Manifest | undefined }>();

interface Manifest {
  readonly dependencies?: Record<string, unknown>;
  readonly devDependencies?: Record<string, unknown>;
  readonly peerDependencies?: Record<string, unknown>;
  readonly version?: unknown;
}

function readManifest(file: string): Manifest | undefined {
  const text = readProjectFile(file);
  if (text === undefined) return undefined;
  const cached = parsedManifests.get(file);
  if (cached && cached.text === text) return cached.manifest;
  let manifest: Manifest | undefined;
  try {
    const value: unknown = JSON.parse(text);
    manifest = typeof value === 'object' && value !== null ? (value as Manifest) : undefined;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    manifest = undefined;
  }
  parsedManifests.set(file, { text, manifest });
  return manifest;
}

/** The major of a version or a range as package.json writes it (`^4.24.7`, `5.0.0-beta.25`, `~4`); else undefined. */
export function majorOfRange(range: string): number | undefined {
  const match = /^\s*(?:[\^~]|>=?\s*|=\s*|v)?(\d+)(?:[.\s-]|$)/.exec(range);
  return match ? Number(match[1]) : undefined;
}

/**
 * The NextAuth.js / Auth.js major of the project a file belongs to: the installed `next-auth`'s version when it is
 * there, else the range its package.json asks for (`next-auth` 4 → 4, 5 → 5), else 5 when it depends on an
 * `@auth/*` framework package. `undefined` when nothing says (a range like `latest` or `workspace:*` with
 * nothing installed).
 */
export function projectAuthMajor(file: string, run?: LintRun): 4 | 5 | undefined {
  const root = findProjectRoot(path.resolve(file), run);
  if (!root) return undefined;
  // In a lint run, the manifests of a project are read (and their stamps checked) by the first file that asks.
  return run ? run.remember(`authMajor\u0000${root}`, () => authMajorOf(root)) : authMajorOf(root);
}

function authMajorOf(root: string): 4 | 5 | undefined {
  const manifest = readManifest(path.join(root, 'package.json'));
  if (!manifest) return undefined;
  const dependencies = { ...manifest.peerDependencies, ...manifest.devDependencies, ...manifest.dependencies };
  const range = dependencies['next-auth'];
  if (typeof range === 'string') {
    const installed = readManifest(path.join(root, 'node_modules', 'next-auth', 'package.json'))?.version;
    const wanted = range.startsWith('catalog:') ? pnpmCatalogVersion(root, 'next-auth', range.slice('catalog:'.length)) : range;
    const major = majorOfRange(typeof installed === 'string' ? installed : (wanted ?? ''));
    if (major === 4 || major === 5) return major;
    return undefined;
  }
  if (AUTHJS_PACKAGES.some((name) => typeof dependencies[name] === 'string')) return 5;
  return undefined;
}

/**
 * The version of a dependency of the project a file belongs to: the installed package's own version when it is
 * there, else the range its package.json asks for (a pnpm `catalog:` range is looked up). `undefined` when the
 * project does not depend on it or the range says nothing (`latest`, `workspace:*`).
 */
export function projectDependencyVersion(file: string, name: string, run?: LintRun): string | undefined {
  const root = findProjectRoot(path.resolve(file), run);
  if (!root) return undefined;
  return run ? run.remember(`version\u0000${root}\u0000${name}`, () => dependencyVersionOf(root, name)) : dependencyVersionOf(root, name);
}

function dependencyVersionOf(root: string, name: string): string | undefined {
  const manifest = readManifest(path.join(root, 'package.json'));
  if (!manifest) return undefined;
  const range = { ...manifest.peerDependencies, ...manifest.devDependencies, ...manifest.dependencies }[name];
  if (typeof range !== 'string') return undefined;
  const installed = readManifest(path.join(root, 'node_modules', name, 'package.json'))?.version;
  if (typeof installed === 'string') return installed;
  return range.startsWith('catalog:') ? pnpmCatalogVersion(root, name, range.slice('catalog:'.length)) : range;
}

/**
 * The version a pnpm catalog gives a package (`"next-auth": "catalog:"` in a workspace whose
 * `pnpm-workspace.yaml` says `catalog: { next-auth: 5.0.0-beta.31 }`). Only the default catalog is read; a named
 * one (`catalog:auth`) is looked up by its name under `catalogs:`. `undefined` when it cannot be told.
 */
function pnpmCatalogVersion(projectRoot: string, name: string, catalogName: string): string | undefined {
  const workspace = findWorkspaceRoot(projectRoot) ?? projectRoot;
  const text = readProjectFile(path.join(workspace, 'pnpm-workspace.yaml'));
  if (text === undefined) return undefined;
  const lines = text.split(/\r?\n/);
  const wanted = catalogName === '' || catalogName === 'default' ? undefined : catalogName;
  let inCatalog = false;
  let catalogIndent = -1;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (inCatalog && indent <= catalogIndent) inCatalog = false;
    if (!inCatalog) {
      if (wanted === undefined ? trimmed === 'catalog:' && indent === 0 : trimmed === `${wanted}:` && indent > 0) {
        inCatalog = true;
        catalogIndent = indent;
      }
      continue;
    }
    const entry = /^["']?([^"':]+)["']?\s*:\s*["']?([^"'\s#]+)/.exec(trimmed);
    if (entry?.[1] === name) return entry[2];
  }
  return undefined;
}

/**
 * The page a file is, by the project's config: the file renders the path of `pages.error` or `pages.signIn`, or
 * sits in the folder of the file that does (a route's own components). `both` when one page serves as both;
 * `undefined` when the project has no such page, or its config cannot be read.
 */
export function pageOfFile(file: string, parser?: ParserLike, run?: LintRun): AuthPage | 'both' | undefined {
  const project = getNextAuthProject(file, { ...(parser ? { parser } : {}), ...(run ? { run } : {}) });
  if (!project) return undefined;
  const target = path.resolve(file);
  const servesFile = (page: AuthPage): boolean => {
    const fact = project.auth[page];
    if (fact.state !== 'present') return false;
    const pagePath = fact.value.split(/[?#]/)[0] ?? '';
    return project
      .pageFiles(pagePath)
      .some((pageFile) => pageFile.file === target || path.dirname(pageFile.file) === path.dirname(target));
  };
  const error = servesFile('error');
  const signIn = servesFile('signIn');
  if (error && signIn) return 'both';
  if (error) return 'error';
  if (signIn) return 'signIn';
  return undefined;
}

/** Empties the manifest cache (tests only). */
export function clearPageContextCache(): void {
  parsedManifests.clear();
}
