import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import type { Rule } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import requireSecret from '../../rules/require-secret';
import { findProjectRoot } from '../../src/nextauth/project/files';
import { LintRun } from '../../src/nextauth/project/lint-run';
import { Stamps } from '../../src/nextauth/project/stamps';
import { getNextAuthProject } from '../../src/nextauth/project/model';
import { dedent } from '../dedent';

/**
 * A long-lived process (VS Code's ESLint server) lints the same files again after the project changed on disk.
 * Nothing is cleared between the lints below: every answer must come from caches that notice the change.
 */

const linter = new Linter({ configType: 'flat', cwd: tmpdir() });
const config = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
    plugins: { 'auth-errors': { rules: { 'require-secret': requireSecret as unknown as Rule.RuleModule } } },
    rules: { 'auth-errors/require-secret': 'error' as const },
  },
];

const CONFIG_WITHOUT_SECRET = dedent`
  import NextAuth from "next-auth"
  import GitHub from "next-auth/providers/github"

  export const { handlers, auth } = NextAuth({ providers: [GitHub] })
`;

function lint(file: string): string[] {
  return linter.verify(CONFIG_WITHOUT_SECRET, config, file).map((message) => `${message.line}:${message.messageId ?? message.message}`);
}

const dirs: string[] = [];
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'auth-errors-long-lived-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('a long-lived lint process', () => {
  it('sees a package.json created, then deleted, between two lints of a file', () => {
    const root = project();
    writeFileSync(path.join(root, 'package.json'), '{ "name": "shop", "private": true }');
    writeFileSync(path.join(root, '.env'), 'AUTH_SECRET=from-the-root\n');
    const web = path.join(root, 'web');
    mkdirSync(web);
    const file = path.join(web, 'auth.ts');

    // The nearest package.json is the root's, whose .env declares the secret.
    expect(findProjectRoot(file)).toBe(root);
    expect(lint(file)).toEqual([]);

    // Now `web` is a package of its own, with no env file declaring the secret.
    writeFileSync(path.join(web, 'package.json'), '{ "name": "web", "private": true }');
    expect(findProjectRoot(file)).toBe(web);
    expect(lint(file)).toEqual(['4:missingSecret']);

    rmSync(path.join(web, 'package.json'));
    expect(findProjectRoot(file)).toBe(root);
    expect(lint(file)).toEqual([]);
  });

  it('sees a .env created, then deleted, between two lints of a file', () => {
    const root = project();
    writeFileSync(path.join(root, 'package.json'), '{ "name": "blog", "private": true }');
    writeFileSync(path.join(root, '.env.example'), 'DATABASE_URL=\n');
    const file = path.join(root, 'auth.ts');

    expect(lint(file)).toEqual(['4:missingSecret']);

    writeFileSync(path.join(root, '.env'), 'AUTH_SECRET=generated\n');
    expect(lint(file)).toEqual([]);

    rmSync(path.join(root, '.env'));
    expect(lint(file)).toEqual(['4:missingSecret']);
  });

  it('sees a middleware and a next.config created after the project was first read', () => {
    const root = project();
    writeFileSync(path.join(root, 'package.json'), '{ "name": "docs", "private": true }');
    const page = path.join(root, 'app', 'page.tsx');

    const before = getNextAuthProject(page);
    expect(before?.middlewareFile).toBeUndefined();
    expect(before?.routing).toEqual({});

    writeFileSync(path.join(root, 'middleware.ts'), 'export { auth as middleware } from "./auth";\n');
    writeFileSync(path.join(root, 'next.config.mjs'), 'export default { basePath: "/docs" };\n');
    const after = getNextAuthProject(page);
    expect(after?.middlewareFile).toBe(path.join(root, 'middleware.ts'));
    expect(after?.routing).toEqual({ basePath: '/docs' });
  });
  it('looks at each folder once per lint run, and sees a change made during a run in the next one', () => {
    const root = project();
    const page = path.join(root, 'app', 'settings', 'page.tsx');
    mkdirSync(path.dirname(page), { recursive: true });
    writeFileSync(path.join(root, 'package.json'), '{}');
    const stamps = new Stamps();
    stamps.record(path.dirname(page));
    const first = new LintRun(9_001);
    expect(stamps.fresh(first)).toBe(true);
    expect(findProjectRoot(page, first)).toBe(root);
    // A package.json appears in the page's folder while the run goes on: the run keeps what it saw (the freshness
    // check and the root search share one look at the folder), and the next run sees the change.
    writeFileSync(path.join(path.dirname(page), 'package.json'), '{}');
    expect(stamps.fresh(first)).toBe(true);
    expect(findProjectRoot(page, first)).toBe(root);
    const next = new LintRun(9_002);
    expect(stamps.fresh(next)).toBe(false);
    expect(findProjectRoot(page, next)).toBe(path.dirname(page));
    expect(stamps.fresh()).toBe(false);
  });
});
