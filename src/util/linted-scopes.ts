import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * The scope manager ESLint built for the file being linted, by its program: the project model resolves names
 * in that file through it (ESLint's own scoping), and through its own scope layer only in files it parses itself.
 */
const linted = new WeakMap<TSESTree.Program, TSESLint.Scope.ScopeManager>();

/** Remembers the linted file's scope manager (every rule's `create` does, before it reads anything). */
export function rememberLintedScopes(sourceCode: Readonly<TSESLint.SourceCode>): void {
  const scopeManager = sourceCode.scopeManager;
  if (scopeManager && !linted.has(sourceCode.ast)) linted.set(sourceCode.ast, scopeManager);
}

/** The scope manager of a program ESLint is linting, or `undefined` for a program parsed from disk. */
export function lintedScopesOf(program: TSESTree.Program): TSESLint.Scope.ScopeManager | undefined {
  return linted.get(program);
}
