import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import type { Frame } from './bindings';

/** `undefined`, `void 0` or `null`: a value that counts as "not set". */
export function isNullish(node: TSESTree.Node, frame: Frame): boolean {
  if (node.type === AST_NODE_TYPES.Literal && node.value === null && !('regex' in node)) return true;
  if (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined' && !frame.lookup('undefined')) return true;
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void';
}

/** A value that may or may not be set at run time (`x ? a : undefined`, `a || b`, `a?.b`). */
export function isMaybe(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.ConditionalExpression ||
    node.type === AST_NODE_TYPES.LogicalExpression ||
    node.type === AST_NODE_TYPES.ChainExpression
  );
}
