/**
 * The scope manager of the file being linted is remembered for that file only, so that no linted tree outlives
 * its lint through this module.
 */
import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { lintedScopesOf, rememberLintedScopes } from '../../src/util/linted-scopes';

function sourceOf(code: string): Readonly<TSESLint.SourceCode> {
  const { ast, scopeManager } = parseForESLint(code, { range: true, loc: true, sourceType: 'module' } as never);
  return { ast, scopeManager } as unknown as Readonly<TSESLint.SourceCode>;
}

describe('rememberLintedScopes', () => {
  it('hands the project model the scope manager of the file being linted', () => {
    const auth = sourceOf("import NextAuth from 'next-auth';\nexport const { auth, handlers } = NextAuth({ providers: [] });\n");
    rememberLintedScopes(auth);
    // Every rule of the file remembers it again; the answer stays the same object.
    rememberLintedScopes(auth);
    expect(lintedScopesOf(auth.ast)).toBe(auth.scopeManager);
  });

  it('forgets the previous file once the next one is linted', () => {
    const page = sourceOf("import { auth } from '@/auth';\nexport default async function Page() { return auth(); }\n");
    const form = sourceOf("'use client';\nexport function LoginForm() { return null; }\n");
    rememberLintedScopes(page);
    rememberLintedScopes(form);
    expect(lintedScopesOf(page.ast)).toBeUndefined();
    expect(lintedScopesOf(form.ast)).toBe(form.scopeManager);
  });

  it('answers nothing for a file linted without a scope manager, nor for the file before it', () => {
    const before = sourceOf('export const a = 1;\n');
    rememberLintedScopes(before);
    const bare = { ast: sourceOf('export const b = 2;\n').ast, scopeManager: null } as unknown as Readonly<TSESLint.SourceCode>;
    rememberLintedScopes(bare);
    expect(lintedScopesOf(bare.ast)).toBeUndefined();
    expect(lintedScopesOf(before.ast)).toBeUndefined();
  });
});
