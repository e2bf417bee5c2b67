import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * The scope manager ESLint built for the file being linted, by its program: the project model resolves names
 * in that file through it (ESLint's own scoping), and through its own scope layer only in files it parses itself.
 *
 * Only the file being linted is kept. A `WeakMap` from every linted program to its scope manager looked free, but
 * the scope manager points back at its program, and V8's young-generation collections treat a value held by a
 * long-lived weak map as alive: every file's tree then outlived its lint until the next full collection. On the
 * app-shaped bench corpus, with ESLint's own per-file context prototypes patched out for the experiment (they
 * hold each tree the same way, so with a stock ESLint the difference does not show), one rule of the plugin made
 * the young generation promote 326 MB instead of 201 MB. The project model asks only while that file's rules run.
 */
let current: { readonly program: TSESTree.Program; readonly scopeManager: TSESLint.Scope.ScopeManager } | undefined;

/** Remembers the linted file's scope manager (every rule's `create` does, before it reads anything). */
export function rememberLintedScopes(sourceCode: Readonly<TSESLint.SourceCode>): void {
  const scopeManager = sourceCode.scopeManager;
  if (current?.program === sourceCode.ast) return;
  current = scopeManager ? { program: sourceCode.ast, scopeManager } : undefined;
}

/** The scope manager of the program ESLint is linting, or `undefined` for any other program (one parsed from disk). */
export function lintedScopesOf(program: TSESTree.Program): TSESLint.Scope.ScopeManager | undefined {
  return current?.program === program ? current.scopeManager : undefined;
}
