import * as path from 'node:path';

/**
 * Page paths ↔ files, for the app router (`app/<segments>/page.tsx`, route groups `(group)` and parallel slots
 * `@slot` left out of the path, layouts above a page) and the pages router (`pages/<path>.tsx`,
 * `pages/<path>/index.tsx`). Directory access goes through a {@link DirectoryReader} so the caller decides how
 * listings are read and remembered; everything else is string work.
 */

/** Lists a directory; `undefined` when it does not exist or cannot be read. */
export interface DirectoryReader {
  list(dir: string): readonly DirectoryEntry[] | undefined;
}

export interface DirectoryEntry {
  readonly name: string;
  readonly directory: boolean;
}

/** The extensions Next.js treats as pages by default (`pageExtensions`). */
export const PAGE_EXTENSIONS = ['tsx', 'ts', 'jsx', 'js'] as const;

/** Where a project keeps its routes. Next.js looks at the root first and uses `src/` only when neither exists. */
export interface RouterDirs {
  readonly appDir?: string;
  readonly pagesDir?: string;
  /** Whether the routes (and so the middleware) live under `src/`. */
  readonly srcDir: boolean;
}

export function findRouterDirs(root: string, reader: DirectoryReader): RouterDirs {
  const pick = (base: string): { appDir?: string; pagesDir?: string } => {
    const entries = reader.list(base) ?? [];
    const has = (name: string) => entries.some((entry) => entry.directory && entry.name === name);
    return {
      ...(has('app') ? { appDir: path.join(base, 'app') } : {}),
      ...(has('pages') ? { pagesDir: path.join(base, 'pages') } : {}),
    };
  };
  const atRoot = pick(root);
  if (atRoot.appDir || atRoot.pagesDir) return { ...atRoot, srcDir: false };
  return { ...pick(path.join(root, 'src')), srcDir: true };
}

/** One segment of a route pattern. */
export type RouteSegment =
  | { readonly kind: 'static'; readonly name: string }
  | { readonly kind: 'dynamic' }
  | { readonly kind: 'catchAll' }
  | { readonly kind: 'optionalCatchAll' };

/** What a file is in the router. */
export interface FileRoute {
  readonly router: 'app' | 'pages';
  /** `page` for a page, `layout` / `template` for app-router wrappers that apply to every page below them. */
  readonly kind: 'page' | 'layout' | 'template';
  /** The URL segments the file serves (for a layout: the prefix it wraps). */
  readonly segments: readonly RouteSegment[];
}

const EXTENSION_PATTERN = new RegExp(`\\.(${PAGE_EXTENSIONS.join('|')})$`);

function stripExtension(name: string): string | undefined {
  return EXTENSION_PATTERN.test(name) ? name.replace(EXTENSION_PATTERN, '') : undefined;
}

function parseSegment(name: string): RouteSegment | undefined {
  if (name.startsWith('[[...') && name.endsWith(']]')) return { kind: 'optionalCatchAll' };
  if (name.startsWith('[...') && name.endsWith(']')) return { kind: 'catchAll' };
  if (name.startsWith('[') && name.endsWith(']')) return { kind: 'dynamic' };
  return { kind: 'static', name };
}

/** Whether an app-router folder adds nothing to the URL: a route group `(name)` or a parallel slot `@name`. */
function isTransparentFolder(name: string): boolean {
  return (/^\(.+\)$/.test(name) && !name.startsWith('(.')) || name.startsWith('@');
}

/** The route of a file, or `undefined` when it is not a page (or layout) of either router. */
export function routeOfFile(file: string, dirs: RouterDirs): FileRoute | undefined {
  const absolute = path.resolve(file);
  for (const router of ['app', 'pages'] as const) {
    const dir = router === 'app' ? dirs.appDir : dirs.pagesDir;
    if (!dir) continue;
    const relative = path.relative(dir, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    const parts = relative.split(path.sep);
    const base = stripExtension(parts.pop() ?? '');
    if (base === undefined) return undefined;
    return router === 'app' ? appRoute(parts, base) : pagesRoute(parts, base);
  }
  return undefined;
}

function appRoute(folders: readonly string[], base: string): FileRoute | undefined {
  if (base !== 'page' && base !== 'layout' && base !== 'template') return undefined;
  const segments: RouteSegment[] = [];
  for (const folder of folders) {
    // Private folders (`_name`) and intercepting routes (`(.)name`) serve no URL of their own.
    if (folder.startsWith('_') || folder.startsWith('(.')) return undefined;
    if (isTransparentFolder(folder)) continue;
    const segment = parseSegment(folder);
    if (!segment) return undefined;
    segments.push(segment);
  }
  return { router: 'app', kind: base, segments };
}

function pagesRoute(folders: readonly string[], base: string): FileRoute | undefined {
  if (folders[0] === 'api' || (folders.length === 0 && base.startsWith('_'))) return undefined;
  const names = base === 'index' ? folders : [...folders, base];
  const segments: RouteSegment[] = [];
  for (const name of names) {
    const segment = parseSegment(name);
    if (!segment) return undefined;
    segments.push(segment);
  }
  return { router: 'pages', kind: 'page', segments };
}

/** The path segments of a page path: `/auth/error/` → `['auth', 'error']`. */
export function pathSegments(pagePath: string): string[] {
  return pagePath
    .replace(/[?#].*$/, '')
    .split('/')
    .filter((part) => part !== '');
}

function matchSegments(pattern: readonly RouteSegment[], parts: readonly string[], prefixOnly: boolean): boolean {
  const [head, ...rest] = pattern;
  if (!head) return prefixOnly || parts.length === 0;
  switch (head.kind) {
    case 'static':
      return parts[0] === head.name && matchSegments(rest, parts.slice(1), prefixOnly);
    case 'dynamic':
      return parts.length > 0 && matchSegments(rest, parts.slice(1), prefixOnly);
    case 'catchAll':
      return parts.length > 0;
    case 'optionalCatchAll':
      return true;
  }
}

/** Whether a file's route serves a page path (a layout: whether it wraps it). */
export function routeServesPath(route: FileRoute, pagePath: string): boolean {
  return matchSegments(route.segments, pathSegments(pagePath), route.kind !== 'page');
}

/** A file that renders a page, with the app-router layouts and templates that wrap it (outermost first). */
export interface PageFile {
  readonly file: string;
  readonly router: 'app' | 'pages';
  readonly wrappers: readonly string[];
}

function fileNamed(entries: readonly DirectoryEntry[], dir: string, base: string): string | undefined {
  for (const extension of PAGE_EXTENSIONS) {
    const name = `${base}.${extension}`;
    if (entries.some((entry) => !entry.directory && entry.name === name)) return path.join(dir, name);
  }
  return undefined;
}

/** Candidate folders for the next URL segment, in Next.js's order of precedence (static before dynamic). */
interface ChildFolder {
  readonly name: string;
  /** How many URL segments the folder takes: one, or all the rest (catch-all). */
  readonly consumes: number | 'rest';
}

function childFoldersFor(entries: readonly DirectoryEntry[], part: string | undefined): ChildFolder[] {
  const folders = entries.filter((entry) => entry.directory).map((entry) => entry.name);
  const result: ChildFolder[] = [];
  if (part !== undefined) {
    for (const name of folders) if (name === part) result.push({ name, consumes: 1 });
    for (const name of folders) if (parseSegment(name)?.kind === 'dynamic') result.push({ name, consumes: 1 });
    for (const name of folders) if (parseSegment(name)?.kind === 'catchAll') result.push({ name, consumes: 'rest' });
  }
  for (const name of folders) if (parseSegment(name)?.kind === 'optionalCatchAll') result.push({ name, consumes: 'rest' });
  return result;
}

function walkApp(
  dir: string,
  parts: readonly string[],
  wrappers: readonly string[],
  reader: DirectoryReader,
  found: PageFile[],
  depth: number,
): void {
  if (depth > 32) return;
  const entries = reader.list(dir);
  if (!entries) return;
  const own = [fileNamed(entries, dir, 'layout'), fileNamed(entries, dir, 'template')].filter(
    (file): file is string => file !== undefined,
  );
  const around = [...wrappers, ...own];
  if (parts.length === 0) {
    const page = fileNamed(entries, dir, 'page');
    if (page) found.push({ file: page, router: 'app', wrappers: around });
  }
  for (const entry of entries) {
    if (entry.directory && isTransparentFolder(entry.name)) {
      walkApp(path.join(dir, entry.name), parts, around, reader, found, depth + 1);
    }
  }
  for (const child of childFoldersFor(entries, parts[0])) {
    const rest = child.consumes === 'rest' ? [] : parts.slice(child.consumes);
    walkApp(path.join(dir, child.name), rest, around, reader, found, depth + 1);
  }
}

function walkPages(dir: string, parts: readonly string[], reader: DirectoryReader, found: PageFile[], depth: number): void {
  if (depth > 32) return;
  const entries = reader.list(dir);
  if (!entries) return;
  if (depth === 0 && parts[0] === 'api') return;
  if (parts.length === 0) {
    const index = fileNamed(entries, dir, 'index');
    if (index) found.push({ file: index, router: 'pages', wrappers: [] });
  }
  if (parts.length === 1) {
    const [part] = parts as [string];
    const direct = fileNamed(entries, dir, part);
    if (direct) found.push({ file: direct, router: 'pages', wrappers: [] });
  }
  const files = entries.filter((entry) => !entry.directory).map((entry) => entry.name);
  for (const name of files) {
    const base = stripExtension(name);
    if (!base || base === parts[0]) continue;
    const segment = parseSegment(base);
    const serves =
      (parts.length === 1 && segment?.kind === 'dynamic') ||
      (parts.length > 0 && segment?.kind === 'catchAll') ||
      segment?.kind === 'optionalCatchAll';
    if (serves) found.push({ file: path.join(dir, name), router: 'pages', wrappers: [] });
  }
  for (const child of childFoldersFor(entries, parts[0])) {
    if (child.consumes === 'rest') {
      const index = fileNamed(reader.list(path.join(dir, child.name)) ?? [], path.join(dir, child.name), 'index');
      if (index) found.push({ file: index, router: 'pages', wrappers: [] });
      continue;
    }
    walkPages(path.join(dir, child.name), parts.slice(child.consumes), reader, found, depth + 1);
  }
}

/**
 * The files that may render a page path, most specific first: the app router's `page` files (with their
 * layouts), then the pages router's. A path the app router serves wins over the pages router at run time, but
 * both are returned: the caller decides.
 */
export function findPageFiles(pagePath: string, dirs: RouterDirs, reader: DirectoryReader): PageFile[] {
  const parts = pathSegments(pagePath);
  const found: PageFile[] = [];
  if (dirs.appDir) walkApp(dirs.appDir, parts, [], reader, found, 0);
  if (dirs.pagesDir) walkPages(dirs.pagesDir, parts, reader, found, 0);
  const seen = new Set<string>();
  return found.filter((page) => (seen.has(page.file) ? false : (seen.add(page.file), true)));
}

// ---- the NextAuth route ------------------------------------------------------------------------------------

/** The folder (app router) or file base (pages router) of NextAuth's catch-all route. */
const AUTH_CATCH_ALL = new Set(['[...nextauth]', '[[...nextauth]]']);
/** The folders a NextAuth route sits under: `api/auth`, `auth`, a versioned `api/v1/auth`. */
const AUTH_ROUTE_PARENT = /^(?:api|auth|v\d+)$/;
/** How deep below the router folder the catch-all is looked for (route groups count). */
const AUTH_ROUTE_DEPTH = 6;

/** Whether an app-router folder is a route group `(name)`, which adds nothing to the URL. */
function isRouteGroup(name: string): boolean {
  return /^\(.+\)$/.test(name) && !name.startsWith('(.');
}

/**
 * The NextAuth route files of a project: `[...nextauth]/route.{ts,js,tsx,jsx}` in the app router and
 * `api/…/[...nextauth].{ts,js,tsx,jsx}` in the pages router, below `api`, `auth` and `v1`-style folders and,
 * in the app router, route groups (`app/(auth)/api/auth/[...nextauth]/route.ts`). Only those folders are
 * listed, so the search stays a handful of listings however large the app is.
 */
export function findAuthRouteFiles(dirs: RouterDirs, reader: DirectoryReader): string[] {
  const found: string[] = [];
  const walk = (dir: string, router: 'app' | 'pages', depth: number): void => {
    const entries = reader.list(dir);
    if (!entries || depth > AUTH_ROUTE_DEPTH) return;
    for (const entry of entries) {
      if (router === 'pages' && !entry.directory) {
        const base = stripExtension(entry.name);
        if (depth > 0 && base !== undefined && AUTH_CATCH_ALL.has(base)) found.push(path.join(dir, entry.name));
        continue;
      }
      if (!entry.directory) continue;
      if (router === 'app' && AUTH_CATCH_ALL.has(entry.name)) {
        const folder = path.join(dir, entry.name);
        const route = fileNamed(reader.list(folder) ?? [], folder, 'route');
        if (route) found.push(route);
        continue;
      }
      // The pages router serves API routes only under `pages/api`.
      if (router === 'pages' && depth === 0 && entry.name !== 'api') continue;
      if (AUTH_ROUTE_PARENT.test(entry.name) || (router === 'app' && isRouteGroup(entry.name))) {
        walk(path.join(dir, entry.name), router, depth + 1);
      }
    }
  };
  if (dirs.appDir) walk(dirs.appDir, 'app', 0);
  if (dirs.pagesDir) walk(dirs.pagesDir, 'pages', 0);
  return found.sort();
}

/** Whether a file is a NextAuth catch-all route (`…/[...nextauth]/route.ts`, `pages/api/auth/[...nextauth].ts`). */
export function isAuthRouteFile(file: string): boolean {
  const base = stripExtension(path.basename(file));
  if (base === undefined) return false;
  return AUTH_CATCH_ALL.has(base) || (base === 'route' && AUTH_CATCH_ALL.has(path.basename(path.dirname(file))));
}
