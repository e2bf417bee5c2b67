import * as path from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { clearProjectCaches } from '../../src/nextauth/project/files';
import { clearNextAuthProjects, getNextAuthProject } from '../../src/nextauth/project/model';
import { dedent } from '../dedent';
import { temporaryProjects } from './helpers';

/**
 * Finding the NextAuth config through the route that serves it: a route inside a route group, and a route that
 * only passes on a handler built in another module, reached through tsconfig `paths` (also inherited through
 * `extends`).
 */

const projectWith = temporaryProjects('auth-errors-routes-', '{ "name": "tmp", "dependencies": { "next-auth": "^4.24.7" } }');

beforeEach(() => {
  clearProjectCaches();
  clearNextAuthProjects();
});

/** A v4 options object with custom pages, exported under `name`. */
const options = (name: string) => dedent`
  import type { NextAuthOptions } from "next-auth";
  import GoogleProvider from "next-auth/providers/google";

  export const ${name}: NextAuthOptions = {
    providers: [GoogleProvider({ clientId: process.env.GOOGLE_ID!, clientSecret: process.env.GOOGLE_SECRET! })],
    pages: { signIn: "/welcome", error: "/welcome/problem" },
  };
`;

/** A module that builds the handler from options it imports. */
const handlerModule = (from: string) => dedent`
  import NextAuth from "next-auth";
  import { authOptions } from "${from}";

  export const handler = NextAuth(authOptions);
`;

const ALIAS_TSCONFIG = '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }';

function authOf(root: string) {
  return getNextAuthProject(path.join(root, 'src', 'app', 'page.tsx'))!.auth;
}

describe('the route inside a route group', () => {
  it.each([
    ['at the root', 'app/(auth)/api/auth/[...nextauth]/route.ts'],
    ['under src/', 'src/app/(auth)/api/auth/[...nextauth]/route.ts'],
    ['two groups deep', 'src/app/(site)/(auth)/api/auth/[...nextauth]/route.ts'],
  ])('finds the config written in the route %s', (_where, route) => {
    const root = projectWith({
      [route]: `${options('authOptions')}\n\nimport NextAuth from "next-auth";\nconst handler = NextAuth(authOptions);\nexport { handler as GET, handler as POST };\n`,
    });
    expect(authOf(root)).toMatchObject({
      found: true,
      version: 'v4',
      error: { state: 'present', value: '/welcome/problem', file: route, line: 6 },
    });
  });

  it('finds nothing when the group holds no NextAuth route', () => {
    const root = projectWith({ 'app/(auth)/api/login/route.ts': 'export function POST() {}\n' });
    expect(authOf(root).found).toBe(false);
  });
});

describe('a route that passes on a handler built elsewhere', () => {
  it('follows `export { handler as GET, handler as POST } from "@/…"` through tsconfig paths', () => {
    const root = projectWith({
      'tsconfig.json': ALIAS_TSCONFIG,
      'src/app/api/auth/[...nextauth]/route.ts': 'export { handler as GET, handler as POST } from "@/features/auth/handler";\n',
      'src/features/auth/handler.ts': handlerModule('./options'),
      'src/features/auth/options.ts': options('authOptions'),
    });
    expect(authOf(root)).toMatchObject({
      found: true,
      version: 'v4',
      error: { state: 'present', value: '/welcome/problem', file: 'src/features/auth/options.ts', line: 6 },
    });
  });

  it('follows the alias a tsconfig inherits through an `extends` chain', () => {
    const root = projectWith({
      'tsconfig.json': '{ "extends": "./tsconfig.app.json", "include": ["src"] }',
      'tsconfig.app.json': '{ "extends": "./config/tsconfig.paths.json", "compilerOptions": { "strict": true } }',
      'config/tsconfig.paths.json': '{ "compilerOptions": { "baseUrl": "..", "paths": { "~server/*": ["src/server/*"] } } }',
      'src/app/(auth)/api/auth/[...nextauth]/route.ts': 'export { handler as GET, handler as POST } from "~server/next-auth";\n',
      'src/server/next-auth.ts': `${options('authOptions')}\n\nimport NextAuth from "next-auth";\nexport const handler = NextAuth(authOptions);\n`,
    });
    expect(authOf(root).error).toMatchObject({ state: 'present', value: '/welcome/problem', file: 'src/server/next-auth.ts' });
  });

  it('follows an imported handler exported again, and a pages-router default re-export', () => {
    const appRoot = projectWith({
      'tsconfig.json': ALIAS_TSCONFIG,
      'src/app/api/auth/[...nextauth]/route.ts':
        'import { handler } from "@/features/auth/handler";\n\nexport { handler as GET, handler as POST };\n',
      'src/features/auth/handler.ts': handlerModule('./options'),
      'src/features/auth/options.ts': options('authOptions'),
    });
    expect(authOf(appRoot).error).toMatchObject({ state: 'present', value: '/welcome/problem' });
    const pagesRoot = projectWith({
      'tsconfig.json': ALIAS_TSCONFIG,
      'src/pages/api/v1/auth/[...nextauth].ts': 'export { default } from "@/features/auth/api-handler";\n',
      'src/features/auth/api-handler.ts': `${options('authOptions')}\n\nimport NextAuth from "next-auth";\nexport default NextAuth(authOptions);\n`,
    });
    expect(authOf(pagesRoot).error).toMatchObject({ state: 'present', value: '/welcome/problem' });
  });

  it('stays unknown when the handler comes from a package or from a module that cannot be resolved', () => {
    const fromPackage = projectWith({
      'src/app/api/auth/[...nextauth]/route.ts': 'export { GET, POST } from "@acme/auth-kit/next";\n',
    });
    expect(authOf(fromPackage).found).toBe(false);
    const unresolved = projectWith({
      'src/app/api/auth/[...nextauth]/route.ts': 'export { handler as GET, handler as POST } from "@/nowhere/auth";\n',
    });
    expect(authOf(unresolved).found).toBe(false);
  });
});
