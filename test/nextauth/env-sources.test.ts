import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { findDeclaredEnv, readProjectEnv, secretEnvNames } from '../../src/nextauth/env/env';
import { envSchemaCandidates, readEnvSchemas } from '../../src/nextauth/env/env-schema';
import { readProjectFileOutcome } from '../../src/nextauth/project/files';
import { isTestFile } from '../../src/nextauth/project/test-files';
import { findWorkspaceRoot, rootEnvLoader } from '../../src/nextauth/project/workspace';

const fixtures = path.join(__dirname, '..', 'fixtures', 'env');

const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

/** A folder in the temp dir with the given files (paths relative to it; a trailing `/` makes a folder). */
function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'auth-errors-env-sources-'));
  cleanup.push(dir);
  for (const [name, text] of Object.entries(files)) {
    const target = path.join(dir, name);
    if (name.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return dir;
}

/** Moves a file's or folder's mtime forward, so a stamp cache sees a change made within the same tick. */
function touchLater(target: string): void {
  const later = new Date(Date.now() + 10_000);
  utimesSync(target, later, later);
}

describe('findWorkspaceRoot', () => {
  const app = { 'apps/web/package.json': '{}' };

  it.each([
    ['pnpm-workspace.yaml', { 'pnpm-workspace.yaml': 'packages:\n  - apps/*\n' }],
    ['package.json workspaces (array)', { 'package.json': '{ "workspaces": ["apps/*"] }' }],
    ['package.json workspaces (yarn object)', { 'package.json': '{ "workspaces": { "packages": ["apps/*"] } }' }],
    ['a root turbo.json', { 'package.json': '{}', 'turbo.json': '{ "tasks": {} }' }],
    ['nx.json', { 'nx.json': '{}' }],
    ['lerna.json', { 'lerna.json': '{ "packages": ["apps/*"] }' }],
  ])('finds the root marked by %s', (_marker, rootFiles) => {
    const dir = scratch({ ...rootFiles, ...app });
    expect(findWorkspaceRoot(path.join(dir, 'apps', 'web'))).toBe(dir);
  });

  it("skips a package's own turbo.json (it extends the root's) and a package.json without workspaces", () => {
    const dir = scratch({
      'pnpm-workspace.yaml': 'packages: ["apps/*"]\n',
      'apps/package.json': '{ "name": "not-a-workspace-root" }',
      'apps/web/package.json': '{}',
      'apps/web/turbo.json': '{ "extends": ["//"] }',
      'apps/web/sub/package.json': '{}',
    });
    expect(findWorkspaceRoot(path.join(dir, 'apps', 'web', 'sub'))).toBe(dir);
  });

  it('is undefined outside any monorepo, and never returns the package itself', () => {
    const dir = scratch({ 'package.json': '{ "workspaces": ["apps/*"] }' });
    expect(findWorkspaceRoot(dir)).toBeUndefined();
  });

  it('sees a workspace file created after the first look (the listing is stamped)', () => {
    const dir = scratch({ 'package.json': '{}', 'apps/web/package.json': '{}' });
    const web = path.join(dir, 'apps', 'web');
    expect(findWorkspaceRoot(web)).toBeUndefined();
    writeFileSync(path.join(dir, 'pnpm-workspace.yaml'), 'packages: ["apps/*"]\n');
    touchLater(dir);
    expect(findWorkspaceRoot(web)).toBe(dir);
  });
});

describe('rootEnvLoader', () => {
  it('takes a dotenv loader in the root scripts, a climbing env path in the package scripts or next.config', () => {
    const root = scratch({
      'package.json': '{ "workspaces": ["apps/*"], "scripts": { "web:dev": "dotenv -- yarn workspace web dev" } }',
      'apps/web/package.json': '{}',
    });
    expect(rootEnvLoader(path.join(root, 'apps', 'web'), root)).toBe('the workspace scripts');

    const scripts = scratch({
      'package.json': '{ "workspaces": ["web"] }',
      'web/package.json': '{ "scripts": { "dev": "dotenv -e ../.env -- next dev" } }',
    });
    expect(rootEnvLoader(path.join(scripts, 'web'), scripts)).toBe('the package scripts');

    const config = scratch({
      'package.json': '{ "workspaces": ["apps/*"] }',
      'apps/web/package.json': '{}',
      'apps/web/next.config.mjs': 'import("dotenv").then(({ config }) => config({ path: "../../.env" }));\nexport default {};\n',
    });
    expect(rootEnvLoader(path.join(config, 'apps', 'web'), config)).toBe('next.config.mjs');
  });

  it("is undefined for a package that loads only its own env files (Next's default)", () => {
    const root = scratch({
      'package.json': '{ "workspaces": ["apps/*"], "scripts": { "dev": "turbo dev", "lint": "eslint ." } }',
      'apps/web/package.json': '{ "scripts": { "dev": "dotenv -e .env.local -- next dev" } }',
      'apps/web/next.config.ts': 'export default { env: { SITE: process.env.SITE } };\n',
    });
    expect(rootEnvLoader(path.join(root, 'apps', 'web'), root)).toBeUndefined();
  });
});

describe('readProjectEnv in monorepos', () => {
  it("adds the workspace root's env files, named relative to the package, when the package keeps none", () => {
    const env = readProjectEnv(path.join(fixtures, 'monorepo-root-template', 'apps', 'web', 'auth.ts'));
    expect(env?.workspaceRoot).toBe(path.join(fixtures, 'monorepo-root-template'));
    expect(env?.files.map((file) => `${file.source}:${file.name}`)).toEqual(['workspace:../../.env.sample']);
    expect(env && findDeclaredEnv(env, secretEnvNames('v4'))).toEqual({ name: 'NEXTAUTH_SECRET', file: '../../.env.sample' });
  });

  it("reads only the package's own files when it has some and shows no root loader", () => {
    const env = readProjectEnv(path.join(fixtures, 'monorepo-own-template', 'apps', 'status', 'auth.ts'));
    expect(env?.workspaceRoot).toBeUndefined();
    expect(env?.files.map((file) => file.name)).toEqual(['.env.example']);
  });

  it("a developer's *.local file does not make the package keep its own env (CI has none of them)", () => {
    const dir = scratch({
      'pnpm-workspace.yaml': 'packages: ["apps/*"]\n',
      '.env.example': 'AUTH_SECRET=\n',
      'apps/web/package.json': '{}',
      'apps/web/.env.development.local': 'DEBUG=1\n',
    });
    const env = readProjectEnv(path.join(dir, 'apps', 'web', 'auth.ts'));
    expect(env?.files.map((file) => `${file.source}:${file.name}`)).toEqual(['package:.env.development.local', 'workspace:../../.env.example']);
  });

  it('reads both with a root loader', () => {
    const env = readProjectEnv(path.join(fixtures, 'monorepo-root-loader', 'apps', 'web', 'auth.ts'));
    expect(env?.files.map((file) => `${file.source}:${file.name}`)).toEqual(['package:.env.example', 'workspace:../../.env.example']);
  });
});

describe('env schemas', () => {
  it('lists env.* modules in the usual folders and index / server / schema modules of env/ folders', () => {
    const dir = scratch({
      'package.json': '{}',
      'env.mjs': '',
      'src/env.js': '',
      'lib/env.ts': '',
      'src/env/server.mjs': '',
      'src/env/client.mjs': '',
      'src/environment.ts': '',
      'app/env.d.ts': '',
      'deep/nested/env.ts': '',
    });
    expect(envSchemaCandidates(dir)).toEqual(['env.mjs', 'lib/env.ts', 'src/env.js', 'src/env/server.mjs']);
  });

  it('counts the secret names a schema names as keys, and only in a module with schema evidence', () => {
    const dir = scratch({
      'package.json': '{}',
      'src/env.mjs':
        'import { createEnv } from "@t3-oss/env-nextjs";\nexport const env = createEnv({ server: { NEXTAUTH_SECRET: z.string() }, runtimeEnv: {} });\n',
      'env.ts': 'export const names = ["AUTH_SECRET"];\nexport const env = { AUTH_SECRET: process.env.AUTH_SECRET };\n',
      'lib/env.ts': 'const schema = z.object({ "AUTH_SECRET_1": z.string(), MY_AUTH_SECRET: z.string() });\n',
    });
    const schemas = readEnvSchemas(dir, ['NEXTAUTH_SECRET', 'AUTH_SECRET', 'AUTH_SECRET_1']);
    expect(schemas.map((schema) => (schema.state === 'read' ? `${schema.name}:${[...schema.keys].join('|')}` : schema.name))).toEqual([
      'lib/env.ts:AUTH_SECRET_1',
      'src/env.mjs:NEXTAUTH_SECRET',
    ]);
  });

  it('a schema that names the secret is a declaring source of the project', () => {
    const env = readProjectEnv(path.join(fixtures, 't3-schema', 'src', 'auth.ts'));
    expect(env?.files.map((file) => `${file.source}:${file.name}`)).toEqual(['package:.env.example', 'schema:src/env.js']);
    expect(env && findDeclaredEnv(env, secretEnvNames('v5'))).toEqual({ name: 'AUTH_SECRET', file: 'src/env.js' });
  });
});

describe('unreadable files', () => {
  it('tells a missing file from one that is there and cannot be read', () => {
    const dir = scratch({ 'package.json': '{}', '.env': 'A=1\n', '.env.local/': '' });
    symlinkSync('.env.loop', path.join(dir, '.env.loop'));
    symlinkSync('nowhere/.env', path.join(dir, '.env.dangling'));
    expect(readProjectFileOutcome(path.join(dir, '.env'))).toEqual({ state: 'text', text: 'A=1\n' });
    expect(readProjectFileOutcome(path.join(dir, '.env.missing'))).toEqual({ state: 'missing' });
    expect(readProjectFileOutcome(path.join(dir, '.env', 'below-a-file'))).toEqual({ state: 'missing' });
    expect(readProjectFileOutcome(path.join(dir, '.env.dangling'))).toEqual({ state: 'missing' });
    expect(readProjectFileOutcome(path.join(dir, '.env.local'))).toEqual({ state: 'unreadable', reason: 'EISDIR' });
    expect(readProjectFileOutcome(path.join(dir, '.env.loop'))).toEqual({ state: 'unreadable', reason: 'ELOOP' });

    const env = readProjectEnv(path.join(dir, 'auth.ts'));
    expect(env?.files.map((file) => `${file.name}:${file.exists}:${file.unreadable === true}`)).toEqual([
      '.env:true:false',
      '.env.dangling:false:false',
      '.env.local:true:true',
      '.env.loop:true:true',
    ]);
  });
});

describe('isTestFile', () => {
  const root = path.join(path.parse(process.cwd()).root, 'work', 'test', 'app');

  it.each([
    'src/__tests__/server/route.servertest.ts',
    'lib/auth.test.ts',
    'components/form.spec.tsx',
    'e2e/login.ts',
    'tests/helpers/session.ts',
    'src/app.e2e-spec.ts',
    'src/form.clienttest.tsx',
    'app/(auth)/__tests__/login.ts',
  ])('%s is a test', (file) => {
    expect(isTestFile(path.join(root, file), root)).toBe(true);
  });

  it.each([
    'lib/testing.ts',
    'src/contest.ts',
    'app/api/test-email/route.ts',
    'auth.ts',
    // Routes that get deployed, whatever their folder is called:
    'app/api/test/route.ts',
    'src/pages/e2e/index.tsx',
  ])('%s is not', (file) => {
    expect(isTestFile(path.join(root, file), root)).toBe(false);
  });

  it('looks at folders below the project root only', () => {
    expect(root.split(path.sep)).toContain('test');
    expect(isTestFile(path.join(root, 'auth.ts'), root)).toBe(false);
  });
});
