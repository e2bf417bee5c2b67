/**
 * Renamed re-exports (`export { a as b } from './x'`): whoever follows an import through one must look the
 * value up under the name the declaring module gives it (`a`), not the name it was imported by (`b`).
 */
import * as path from 'node:path';

import type { TSESTree } from '@typescript-eslint/utils';
import { beforeEach, describe, expect, it } from 'vitest';

import { followExport } from '../../src/nextauth/config/objects';
import { clearProjectCaches } from '../../src/nextauth/project/files';
import { clearNextAuthProjects, getNextAuthProject } from '../../src/nextauth/project/model';
import { dedent } from '../dedent';
import { program, temporaryProjects } from './helpers';

const projectWith = temporaryProjects('auth-errors-reexports-');

beforeEach(() => {
  clearProjectCaches();
  clearNextAuthProjects();
});

describe('following a renamed re-export', () => {
  it('gives the name the declaring module uses', () => {
    const modules: Record<string, TSESTree.Program> = {
      './barrel': program('export { baseConfig as authConfig } from "./base";'),
      './base': program('export const baseConfig = { providers: [] };'),
    };
    const followed = followExport((source) => modules[source], './barrel', 'authConfig', program(''), false);
    expect(followed?.program).toBe(modules['./base']);
    expect(followed?.imported).toBe('baseConfig');
  });

  it('reads the pages of a config passed to NextAuth(…) under another name', () => {
    const root = projectWith({
      'auth.ts': dedent`
        import NextAuth from "next-auth";
        import { authConfig } from "./config";
        export const { auth, handlers } = NextAuth(authConfig);
      `,
      'config/index.ts': 'export { baseConfig as authConfig } from "./base";\n',
      'config/base.ts': dedent`
        export const baseConfig = {
          providers: [],
          pages: { error: "/auth/problem" },
        };
      `,
    });
    const project = getNextAuthProject(path.join(root, 'app', 'page.tsx'))!;
    expect(project.auth).toMatchObject({ found: true, error: { state: 'present', value: '/auth/problem', file: 'config/base.ts', line: 3 } });
  });

  it('finds the NextAuth(…) call behind a middleware re-exported under two names', () => {
    const root = projectWith({
      'middleware.ts': 'export { auth as middleware } from "./server/entry";\n',
      'server/entry.ts': 'export { sessionAuth as auth } from "./identity";\n',
      'server/identity.ts': dedent`
        import NextAuth from "next-auth";
        export const { auth: sessionAuth } = NextAuth({
          providers: [],
          pages: { error: "/auth/oops" },
        });
      `,
    });
    const file = path.join(root, 'middleware.ts');
    const project = getNextAuthProject(file)!;
    const facts = project.authFor(program('export { auth as middleware } from "./server/entry";'), file);
    expect(facts).toMatchObject({ found: true, version: 'v5', error: { state: 'present', value: '/auth/oops', file: 'server/identity.ts', line: 4 } });
  });

  it('gives the guard evaluator a constant re-exported under another name', () => {
    const root = projectWith({
      'lib/index.ts': 'export { publicRoutes as PUBLIC_ROUTES } from "./routes";\n',
      'lib/routes.ts': 'export const publicRoutes = ["/", "/auth/error"] as const;\n',
    });
    const file = path.join(root, 'middleware.ts');
    const project = getNextAuthProject(file)!;
    const ast = program('import { PUBLIC_ROUTES } from "./lib";');
    project.authFor(ast, file);
    const binding = { local: 'PUBLIC_ROUTES', source: './lib', imported: 'PUBLIC_ROUTES', typeOnly: false, specifier: undefined as never };
    expect(project.importedValue(binding, ast)).toEqual(['/', '/auth/error']);
  });
});
