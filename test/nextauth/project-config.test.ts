import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { afterAll, beforeEach, describe, expect, it } from 'vitest';

import { clearProjectCaches, projectFileStats } from '../../src/nextauth/project/files';
import {
  clearNextAuthProjects,
  getNextAuthProject,
  isMiddlewareFile,
  projectModelStats,
} from '../../src/nextauth/project/model';
import { parseJsonc } from '../../src/nextauth/project/modules';
import { dedent } from '../dedent';
import { program, temporaryProjects } from './helpers';

const fixtures = path.join(__dirname, '..', 'fixtures', 'projects');
const fixture = (...parts: string[]) => path.join(fixtures, ...parts);


beforeEach(() => {
  clearProjectCaches();
  clearNextAuthProjects();
});

describe('finding the config', () => {
  it('v4 app router: follows the route handler into lib/auth.ts through the tsconfig alias', () => {
    const project = getNextAuthProject(fixture('v4-app-broken', 'app', 'dashboard', 'page.tsx'))!;
    expect(project.root).toBe(fixture('v4-app-broken'));
    expect(project.middlewareFile).toBe(fixture('v4-app-broken', 'middleware.ts'));
    expect(project.auth).toMatchObject({
      found: true,
      version: 'v4',
      error: { state: 'present', value: '/auth/error', file: 'lib/auth.ts', line: 13 },
      signIn: { state: 'present', value: '/login', file: 'lib/auth.ts', line: 12 },
    });
    expect(project.routing).toEqual({});
  });

  it('v4 pages router: the config in pages/api/auth and basePath from next.config.js', () => {
    const project = getNextAuthProject(fixture('v4-pages-broken', 'pages', 'auth', 'error.tsx'))!;
    expect(project.auth.error).toMatchObject({ state: 'present', value: '/auth/error', file: 'pages/api/auth/[...nextauth].ts', line: 14 });
    expect(project.routing).toEqual({ basePath: '/portal' });
    expect(project.dirs).toEqual({ pagesDir: fixture('v4-pages-broken', 'pages'), srcDir: false });
  });

  it('v5 split: through the middleware\'s own NextAuth(authConfig) into src/auth.config.ts', () => {
    const project = getNextAuthProject(fixture('v5-split-broken', 'src', 'middleware.ts'))!;
    expect(project.middlewareFile).toBe(fixture('v5-split-broken', 'src', 'middleware.ts'));
    expect(project.auth).toMatchObject({
      found: true,
      error: { state: 'present', value: '/auth/error', file: 'src/auth.config.ts', line: 6 },
      authorized: { state: 'present' },
    });
    expect(project.dirs).toEqual({ appDir: fixture('v5-split-broken', 'src', 'app'), srcDir: true });
  });

  it('v5: follows `export { auth as middleware } from "@/auth"` through auth.ts and its spread', () => {
    const project = getNextAuthProject(fixture('v5-split-broken', 'src', 'middleware.ts'))!;
    const middleware = program('export { auth as middleware } from "@/auth";');
    const facts = project.authFor(middleware, fixture('v5-split-broken', 'src', 'middleware.ts'));
    expect(facts).toMatchObject({ found: true, version: 'v5', error: { state: 'present', value: '/auth/error', file: 'src/auth.config.ts' } });
    expect(facts.authorizedProgram).toBeDefined();
  });

  it('finds the files that render the pages', () => {
    const project = getNextAuthProject(fixture('v4-app-broken', 'middleware.ts'))!;
    expect(project.pageFiles('/auth/error')).toEqual([
      {
        file: fixture('v4-app-broken', 'app', '(public)', 'auth', 'error', 'page.tsx'),
        router: 'app',
        wrappers: [fixture('v4-app-broken', 'app', '(public)', 'layout.tsx')],
      },
    ]);
  });

  it('knows which files are middleware', () => {
    const project = getNextAuthProject(fixture('v4-app-broken', 'middleware.ts'))!;
    expect(isMiddlewareFile(project, fixture('v4-app-broken', 'middleware.ts'))).toBe(true);
    expect(isMiddlewareFile(project, fixture('v4-app-broken', 'src', 'proxy.js'))).toBe(true);
    expect(isMiddlewareFile(project, fixture('v4-app-broken', 'lib', 'auth.ts'))).toBe(false);
    expect(isMiddlewareFile(project, fixture('v4-app-broken', 'edge.ts'), ['edge.ts'])).toBe(true);
    expect(isMiddlewareFile(project, fixture('v4-app-broken', 'src', 'edge.ts'), ['edge.ts'])).toBe(true);
    expect(isMiddlewareFile(project, fixture('v4-app-broken', 'src', 'edge.ts'), ['lib/edge.ts'])).toBe(false);
  });

  it('follows the aliases a tsconfig inherits through `extends`, byte-order mark and all', () => {
    const monorepo = mkdtempSync(path.join(tmpdir(), 'auth-errors-extends-'));
    try {
      const web = path.join(monorepo, 'apps', 'web');
      mkdirSync(path.join(web, 'code', 'lib'), { recursive: true });
      writeFileSync(path.join(monorepo, 'tsconfig.base.json'), '{ "compilerOptions": { "paths": { "@/*": ["./apps/web/code/*"] } } }');
      writeFileSync(path.join(web, 'package.json'), '{ "name": "web", "private": true }');
      writeFileSync(path.join(web, 'tsconfig.json'), '\uFEFF{\n  // the shared settings\n  "extends": "../../tsconfig.base.json",\n}\n');
      writeFileSync(path.join(web, 'middleware.ts'), 'export { auth as middleware } from "@/lib/session";\n');
      writeFileSync(
        path.join(web, 'code', 'lib', 'session.ts'),
        dedent`
          import NextAuth from "next-auth"

          export const { auth, handlers } = NextAuth({
            providers: [],
            pages: { error: "/oops" },
          })
        `,
      );
      const project = getNextAuthProject(path.join(web, 'app', 'page.tsx'))!;
      expect(project.auth).toMatchObject({ found: true, error: { state: 'present', value: '/oops', file: 'code/lib/session.ts', line: 5 } });
    } finally {
      rmSync(monorepo, { recursive: true, force: true });
    }
  });

  it('reads tsconfig with comments and trailing commas', () => {
    expect(parseJsonc('{ // c\n "a": [1, 2,], /* x */ "b": "//not a comment", }')).toEqual({ a: [1, 2], b: '//not a comment' });
    expect(parseJsonc('{ "a": ')).toBeUndefined();
  });
});

describe('reads and caching', () => {
  it('discovers a project once and reads each file at most once for many linted files', () => {
    const files = [
      'middleware.ts',
      'lib/auth.ts',
      'app/dashboard/page.tsx',
      'app/dashboard/layout.tsx',
      'app/(public)/layout.tsx',
      'app/(public)/login/page.tsx',
      'app/(public)/auth/error/page.tsx',
      'app/api/auth/[...nextauth]/route.ts',
    ];
    for (let round = 0; round < 5; round++) {
      for (const file of files) {
        const project = getNextAuthProject(fixture('v4-app-broken', file))!;
        project.pageFiles('/auth/error');
        project.pageFiles('/login');
      }
    }
    expect(projectModelStats).toEqual({ builds: 1, hits: 5 * files.length - 1 });
    // middleware.ts, tsconfig.json, app/api/auth/[...nextauth]/route.ts, lib/auth.ts: read once each.
    expect(projectFileStats.reads).toBe(4);
    expect(projectFileStats.parses).toBe(3);
  });

  it('keeps one model per project root', () => {
    getNextAuthProject(fixture('v4-app-broken', 'middleware.ts'));
    getNextAuthProject(fixture('v4-app-fixed', 'middleware.ts'));
    getNextAuthProject(fixture('v4-app-broken', 'lib', 'auth.ts'));
    expect(projectModelStats).toEqual({ builds: 2, hits: 1 });
  });
});

describe('a project that changes on disk', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'auth-errors-project-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (relative: string, text: string, mtime?: number) => {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    if (mtime !== undefined) utimesSync(file, mtime, mtime);
    return file;
  };

  it('rebuilds when a file it read changes or a file appears, and stays silent on unparsable files', () => {
    write('package.json', '{ "name": "tmp" }');
    const config = write(
      'auth.ts',
      dedent`
        import NextAuth from "next-auth";
        export const { auth } = NextAuth({ providers: [], pages: { error: "/oops" } });
      `,
      1_000,
    );
    const first = getNextAuthProject(path.join(dir, 'app', 'page.tsx'))!;
    expect(first.auth.error).toMatchObject({ state: 'present', value: '/oops', file: 'auth.ts', line: 2 });
    expect(first.middlewareFile).toBeUndefined();

    write('auth.ts', 'import NextAuth from "next-auth";\nexport const { auth } = NextAuth({ providers: [], pages: { error: "/problem" } });', 2_000);
    const second = getNextAuthProject(path.join(dir, 'app', 'page.tsx'))!;
    expect(second).not.toBe(first);
    expect(second.auth.error).toMatchObject({ state: 'present', value: '/problem' });

    write('middleware.ts', 'export { auth as middleware } from "./auth";');
    const third = getNextAuthProject(config)!;
    expect(third.middlewareFile).toBe(path.join(dir, 'middleware.ts'));
    expect(getNextAuthProject(config)).toBe(third);

    write('auth.ts', 'export const { auth } = NextAuth({ pages: { error: "/x" ', 3_000);
    const broken = getNextAuthProject(config)!;
    expect(broken.auth).toMatchObject({ found: false, error: { state: 'unknown' } });
    expect(projectModelStats.builds).toBe(4);
  });

  it('follows imported constants for the guard evaluator', () => {
    write('lib/routes.ts', 'export const publicRoutes = ["/", "/auth/error"] as const;\nexport const other = compute();');
    const project = getNextAuthProject(path.join(dir, 'middleware.ts'))!;
    const ast = program('import { publicRoutes, other } from "./lib/routes";\nimport { x } from "some-package";');
    project.authFor(ast, path.join(dir, 'middleware.ts'));
    const binding = (local: string, source: string, imported: string) =>
      ({ local, source, imported, typeOnly: false, specifier: undefined as never });
    expect(project.importedValue(binding('publicRoutes', './lib/routes', 'publicRoutes'), ast)).toEqual(['/', '/auth/error']);
    expect(project.importedValue(binding('other', './lib/routes', 'other'), ast)).toBeUndefined();
    expect(project.importedValue(binding('x', 'some-package', 'x'), ast)).toBeUndefined();
  });

  it('reads basePath and i18n, and gives up on an i18n it cannot read', () => {
    write('next.config.mjs', 'export default { basePath: "/docs", i18n: { locales: ["en", "ko"], defaultLocale: "ko" } };');
    const project = getNextAuthProject(path.join(dir, 'auth.ts'))!;
    expect(project.routing).toEqual({ basePath: '/docs', i18n: { locales: ['en', 'ko'], defaultLocale: 'ko' } });
    expect(project.locale).toBe('ko');
    write('next.config.mjs', 'export default { basePath: process.env.BASE_PATH };', 5_000);
    expect(getNextAuthProject(path.join(dir, 'auth.ts'))!.routing).toEqual({});
    write('next.config.mjs', 'import { i18n } from "./i18n.mjs";\nexport default { i18n };', 6_000);
    expect(getNextAuthProject(path.join(dir, 'auth.ts'))!.routing).toBeUndefined();
  });
});

describe('config homes real apps use', () => {
  const projectWith = temporaryProjects('auth-errors-homes-');

  const OPTIONS = dedent`
    import type { NextAuthOptions } from "next-auth";
    import GitHubProvider from "next-auth/providers/github";

    export const authOptions: NextAuthOptions = {
      providers: [GitHubProvider({ clientId: "id", clientSecret: "secret" })],
      pages: { signIn: "/auth/login", error: "/auth/error" },
    };
  `;

  it.each([
    ['a route handler written as route.tsx that imports the options from a lib folder', {
      'src/app/api/auth/[...nextauth]/route.tsx':
        'import NextAuth from "next-auth";\nimport { authOptions } from "../lib/nextauth-options";\nconst handler = NextAuth(authOptions);\nexport { handler as GET, handler as POST };\n',
      'src/app/api/auth/lib/nextauth-options.ts': OPTIONS,
    }],
    ['the options in server/auth.ts', { 'server/auth.ts': OPTIONS }],
    ['the options in lib/auth/index.ts', { 'lib/auth/index.ts': OPTIONS }],
    ['a pages-router [...nextauth].tsx', { 'pages/api/auth/[...nextauth].tsx': `${OPTIONS}\nexport default function handler() {}\n` }],
  ])('finds %s', (_name, files) => {
    const root = projectWith(files);
    const project = getNextAuthProject(path.join(root, 'app', 'page.tsx'))!;
    expect(project.auth).toMatchObject({ found: true, version: 'v4', error: { state: 'present', value: '/auth/error' } });
  });
});
