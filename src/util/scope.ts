import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * `sourceCode.getScope(node)` in amortised constant time. ESLint's own lookup walks from the node up to the nearest
 * node that opens a scope and remembers the answer for the node it was asked about only, so asking about every
 * comparison of a `||` chain or an `else if` chain (each one level deeper than the last) walks the whole chain
 * each time: quadratic in its length. Here every node the walk passes through is remembered too, so each node is
 * walked over once per file. The answer is ESLint's own: the walk stops at the first node that opens a scope (or
 * at a child of the program) and asks ESLint about that node.
 */
const answers = new WeakMap<Readonly<TSESLint.SourceCode>, WeakMap<TSESTree.Node, TSESLint.Scope.Scope>>();

export function scopeOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESLint.Scope.Scope {
  const scopeManager = sourceCode.scopeManager;
  // The program's own scope is looked up differently by ESLint (the outermost one); it is one step anyway.
  if (!scopeManager || node.type === AST_NODE_TYPES.Program) return sourceCode.getScope(node);
  let known = answers.get(sourceCode);
  if (!known) {
    known = new WeakMap();
    answers.set(sourceCode, known);
  }
  const passed: TSESTree.Node[] = [];
  let current = node;
  let scope = known.get(current);
  while (scope === undefined) {
    passed.push(current);
    const parent = current.parent;
    // Below the stop no node opens a scope, so ESLint's walk from any of them reaches the same answer.
    if (!parent || parent.type === AST_NODE_TYPES.Program || scopeManager.acquire(current, true)) {
      scope = sourceCode.getScope(current);
      break;
    }
    current = parent;
    scope = known.get(current);
  }
  for (const item of passed) known.set(item, scope);
  return scope;
}
