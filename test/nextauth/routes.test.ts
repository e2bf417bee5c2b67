import * as path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  findAuthRouteFiles,
  findPageFiles,
  findRouterDirs,
  isAuthRouteFile,
  pathSegments,
  routeOfFile,
  routeServesPath,
} from '../../src/nextauth/project/routes';
import type { DirectoryEntry, DirectoryReader } from '../../src/nextauth/project/routes';

/** A directory reader over a list of file paths (relative to `/p`), so the tests need no disk. */
function memoryReader(files: readonly string[]): DirectoryReader & { listed: string[] } {
  const root = path.resolve('/p');
  const tree = new Map<string, Map<string, boolean>>();
  for (const file of files) {
    const parts = file.split('/');
    let dir = root;
    parts.forEach((part, index) => {
      const entries = tree.get(dir) ?? new Map<string, boolean>();
      tree.set(dir, entries);
      const directory = index < parts.length - 1;
      entries.set(part, directory || (entries.get(part) ?? false));
      dir = path.join(dir, part);
    });
  }
  const listed: string[] = [];
  return {
    listed,
    list(dir: string): readonly DirectoryEntry[] | undefined {
      listed.push(dir);
      const entries = tree.get(dir);
      return entries ? [...entries].map(([name, directory]) => ({ name, directory })) : undefined;
    },
  };
}

const p = (relative: string) => path.join(path.resolve('/p'), relative);

describe('router folders', () => {
  it('uses the root folders when they exist, else src/', () => {
    expect(findRouterDirs(p(''), memoryReader(['app/page.tsx', 'src/app/page.tsx']))).toEqual({ appDir: p('app'), srcDir: false });
    expect(findRouterDirs(p(''), memoryReader(['src/app/page.tsx', 'src/pages/a.tsx']))).toEqual({
      appDir: p('src/app'),
      pagesDir: p('src/pages'),
      srcDir: true,
    });
    expect(findRouterDirs(p(''), memoryReader(['pages/index.tsx']))).toEqual({ pagesDir: p('pages'), srcDir: false });
    expect(findRouterDirs(p(''), memoryReader(['README.md']))).toEqual({ srcDir: true });
  });
});

describe('file → route', () => {
  const dirs = { appDir: p('app'), pagesDir: p('pages'), srcDir: false };

  it.each([
    ['app/auth/error/page.tsx', '/auth/error', true],
    ['app/(public)/auth/error/page.tsx', '/auth/error', true],
    ['app/(public)/(nested)/auth/error/page.jsx', '/auth/error', true],
    ['app/@modal/auth/error/page.tsx', '/auth/error', true],
    ['app/auth/[kind]/page.tsx', '/auth/error', true],
    ['app/auth/[...rest]/page.tsx', '/auth/error/x', true],
    ['app/auth/[...rest]/page.tsx', '/auth', false],
    ['app/auth/[[...rest]]/page.tsx', '/auth', true],
    ['app/auth/page.tsx', '/auth/error', false],
    ['pages/auth/error.tsx', '/auth/error', true],
    ['pages/auth/error/index.tsx', '/auth/error', true],
    ['pages/auth/[kind].tsx', '/auth/error', true],
    ['pages/index.tsx', '/', true],
    ['pages/index.tsx', '/auth/error', false],
  ])('%s serves %s: %s', (file, pagePath, expected) => {
    const route = routeOfFile(p(file), dirs);
    expect(route).toBeDefined();
    expect(routeServesPath(route!, pagePath)).toBe(expected);
  });

  it('knows layouts wrap the paths below them', () => {
    const layout = routeOfFile(p('app/(public)/layout.tsx'), dirs)!;
    expect(layout).toMatchObject({ router: 'app', kind: 'layout', segments: [] });
    expect(routeServesPath(layout, '/auth/error')).toBe(true);
    const authLayout = routeOfFile(p('app/auth/template.tsx'), dirs)!;
    expect(authLayout.kind).toBe('template');
    expect(routeServesPath(authLayout, '/auth/error')).toBe(true);
    expect(routeServesPath(authLayout, '/login')).toBe(false);
  });

  it.each([
    'app/auth/error/route.ts',
    'app/_components/page.tsx',
    'app/(.)auth/error/page.tsx',
    'app/auth/error/page.module.css',
    'pages/api/auth/[...nextauth].ts',
    'pages/_app.tsx',
    'lib/auth.ts',
  ])('%s is no page', (file) => {
    expect(routeOfFile(p(file), dirs)).toBeUndefined();
  });

  it('splits page paths into segments', () => {
    expect(pathSegments('/auth/error/')).toEqual(['auth', 'error']);
    expect(pathSegments('/auth/error?error=x')).toEqual(['auth', 'error']);
    expect(pathSegments('/')).toEqual([]);
  });
});

describe('page path → files', () => {
  it('finds an app-router page through route groups with the layouts around it', () => {
    const reader = memoryReader([
      'app/layout.tsx',
      'app/(public)/layout.tsx',
      'app/(public)/auth/error/page.tsx',
      'app/(public)/auth/error/template.tsx',
      'app/dashboard/layout.tsx',
      'app/dashboard/page.tsx',
    ]);
    const found = findPageFiles('/auth/error', { appDir: p('app'), srcDir: false }, reader);
    expect(found).toEqual([
      {
        file: p('app/(public)/auth/error/page.tsx'),
        router: 'app',
        wrappers: [p('app/layout.tsx'), p('app/(public)/layout.tsx'), p('app/(public)/auth/error/template.tsx')],
      },
    ]);
    // Only the folders on the way were listed, never the dashboard.
    expect(reader.listed).not.toContain(p('app/dashboard'));
  });

  it('prefers nothing: static and dynamic candidates are both returned, static first', () => {
    const reader = memoryReader(['app/auth/error/page.tsx', 'app/auth/[kind]/page.tsx', 'app/[...all]/page.tsx']);
    const found = findPageFiles('/auth/error', { appDir: p('app'), srcDir: false }, reader).map((page) => page.file);
    expect(found).toEqual([p('app/auth/error/page.tsx'), p('app/auth/[kind]/page.tsx'), p('app/[...all]/page.tsx')]);
  });

  it('finds pages-router files in both shapes, and dynamic ones', () => {
    const reader = memoryReader(['pages/auth/error.tsx', 'pages/login/index.tsx', 'pages/docs/[slug].tsx', 'pages/api/auth/[...nextauth].ts']);
    const dirs = { pagesDir: p('pages'), srcDir: false };
    expect(findPageFiles('/auth/error', dirs, reader)).toEqual([{ file: p('pages/auth/error.tsx'), router: 'pages', wrappers: [] }]);
    expect(findPageFiles('/login', dirs, reader)).toEqual([{ file: p('pages/login/index.tsx'), router: 'pages', wrappers: [] }]);
    expect(findPageFiles('/docs/intro', dirs, reader)).toEqual([{ file: p('pages/docs/[slug].tsx'), router: 'pages', wrappers: [] }]);
    expect(findPageFiles('/api/auth/error', dirs, reader)).toEqual([]);
  });

  it('finds a page in src/ and returns nothing for a missing page', () => {
    const reader = memoryReader(['src/app/auth/error/page.tsx']);
    const dirs = findRouterDirs(p(''), reader);
    expect(findPageFiles('/auth/error', dirs, reader).map((page) => page.file)).toEqual([p('src/app/auth/error/page.tsx')]);
    expect(findPageFiles('/missing', dirs, reader)).toEqual([]);
  });
});

describe('the NextAuth route', () => {
  it('finds the catch-all through route groups, in both routers and under a versioned api folder', () => {
    const reader = memoryReader([
      'app/(auth)/api/auth/[...nextauth]/route.ts',
      'app/(marketing)/page.tsx',
      'pages/api/v1/auth/[...nextauth].ts',
    ]);
    expect(findAuthRouteFiles({ appDir: p('app'), pagesDir: p('pages'), srcDir: false }, reader)).toEqual([
      p('app/(auth)/api/auth/[...nextauth]/route.ts'),
      p('pages/api/v1/auth/[...nextauth].ts'),
    ]);
  });

  it('finds route.tsx, an optional catch-all and a route mounted at /auth (Auth.js basePath)', () => {
    const reader = memoryReader(['src/app/(site)/(auth)/auth/[[...nextauth]]/route.tsx']);
    expect(findAuthRouteFiles({ appDir: p('src/app'), srcDir: true }, reader)).toEqual([
      p('src/app/(site)/(auth)/auth/[[...nextauth]]/route.tsx'),
    ]);
  });

  it('lists only the folders a route can sit under, not the whole app', () => {
    const reader = memoryReader([
      'app/api/auth/[...nextauth]/route.ts',
      'app/dashboard/settings/page.tsx',
      'app/@modal/(.)photo/page.tsx',
      'app/api/webhooks/stripe/route.ts',
    ]);
    expect(findAuthRouteFiles({ appDir: p('app'), srcDir: false }, reader)).toEqual([p('app/api/auth/[...nextauth]/route.ts')]);
    expect(reader.listed.map((dir) => path.relative(p(''), dir).split(path.sep).join('/')).sort()).toEqual([
      'app',
      'app/api',
      'app/api/auth',
      'app/api/auth/[...nextauth]',
    ]);
  });

  it('ignores a catch-all without a route file, a top-level pages file and a page in a [...nextauth] folder', () => {
    const reader = memoryReader([
      'app/api/auth/[...nextauth]/page.tsx',
      'pages/[...nextauth].tsx',
      'pages/docs/auth/[...nextauth].tsx',
    ]);
    expect(findAuthRouteFiles({ appDir: p('app'), pagesDir: p('pages'), srcDir: false }, reader)).toEqual([]);
  });

  it.each([
    ['app/(auth)/api/auth/[...nextauth]/route.ts', true],
    ['pages/api/auth/[...nextauth].js', true],
    ['app/api/auth/[...nextauth]/helpers.ts', false],
    ['lib/auth.ts', false],
  ])('tells whether %s is a NextAuth route: %s', (file, expected) => {
    expect(isAuthRouteFile(p(file))).toBe(expected);
  });
});
