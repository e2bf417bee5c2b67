import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { majorOfRange, pageOfFile, projectAuthMajor } from '../../src/nextauth/pages/page-context';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'auth-errors-page-context-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
function project(files: Record<string, string>): string {
  const dir = path.join(scratch, `p${count++}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('majorOfRange', () => {
  it('reads the major of versions and ranges as package.json writes them', () => {
    expect(majorOfRange('^4.24.7')).toBe(4);
    expect(majorOfRange('~4')).toBe(4);
    expect(majorOfRange('5.0.0-beta.29')).toBe(5);
    expect(majorOfRange('>=5.0.0-beta.3')).toBe(5);
    expect(majorOfRange('latest')).toBeUndefined();
    expect(majorOfRange('workspace:*')).toBeUndefined();
  });
});

describe('projectAuthMajor', () => {
  it('takes the range of next-auth, or 5 for an @auth/* framework package', () => {
    const v4 = project({ 'package.json': '{ "dependencies": { "next-auth": "^4.24.11" } }' });
    const v5 = project({ 'package.json': '{ "dependencies": { "next-auth": "5.0.0-beta.25" } }' });
    const svelte = project({ 'package.json': '{ "devDependencies": { "@auth/sveltekit": "^1.7.0" } }' });
    expect(projectAuthMajor(path.join(v4, 'app', 'page.tsx'))).toBe(4);
    expect(projectAuthMajor(path.join(v5, 'auth.ts'))).toBe(5);
    expect(projectAuthMajor(path.join(svelte, 'src', 'auth.ts'))).toBe(5);
  });

  it('prefers the installed next-auth over the range', () => {
    const dir = project({
      'package.json': '{ "dependencies": { "next-auth": "latest" } }',
      'node_modules/next-auth/package.json': '{ "name": "next-auth", "version": "4.24.15" }',
    });
    expect(projectAuthMajor(path.join(dir, 'auth.ts'))).toBe(4);
  });

  it('reads a pnpm catalog version from the workspace root', () => {
    const root = project({
      'package.json': '{ "private": true }',
      'pnpm-workspace.yaml': 'packages:\n  - apps/*\ncatalog:\n  react: 19.0.0\n  next-auth: 5.0.0-beta.31\ncatalogs:\n  legacy:\n    next-auth: 4.24.11\n',
      'apps/web/package.json': '{ "dependencies": { "next-auth": "catalog:" } }',
      'apps/old/package.json': '{ "dependencies": { "next-auth": "catalog:legacy" } }',
    });
    expect(projectAuthMajor(path.join(root, 'apps', 'web', 'auth.ts'))).toBe(5);
    expect(projectAuthMajor(path.join(root, 'apps', 'old', 'auth.ts'))).toBe(4);
  });

  it('says nothing without an auth dependency or a readable package.json', () => {
    expect(projectAuthMajor(path.join(project({ 'package.json': '{ "dependencies": { "react": "19" } }' }), 'x.ts'))).toBeUndefined();
    expect(projectAuthMajor(path.join(project({ 'package.json': '{ not json' }), 'x.ts'))).toBeUndefined();
  });
});

describe('pageOfFile', () => {
  const fixtures = path.join(__dirname, '..', 'fixtures', 'projects', 'v4-app-fixed');

  it('knows the error page, its route folder, and no other file', () => {
    expect(pageOfFile(path.join(fixtures, 'app', '(public)', 'auth', 'error', 'page.tsx'))).toBe('error');
    expect(pageOfFile(path.join(fixtures, 'app', '(public)', 'auth', 'error', 'message.tsx'))).toBe('error');
    expect(pageOfFile(path.join(fixtures, 'app', '(public)', 'login', 'page.tsx'))).toBe('signIn');
    expect(pageOfFile(path.join(fixtures, 'app', 'dashboard', 'page.tsx'))).toBeUndefined();
  });
});
