import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { skipTypeWrappers, walkNodes } from '../../util/ast';

/** A function node: a declaration, a function expression or an arrow function. */
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** Whether a node is a function of any kind (declarations included). */
export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return isFunctionExpression(node) || node.type === AST_NODE_TYPES.FunctionDeclaration;
}

/** Whether a node is a function written as a value: an arrow function or a function expression. */
export function isFunctionExpression(
  node: TSESTree.Node,
): node is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression {
  return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;
}

/** How many `return` statements of a function body, not counting those of nested functions. */
export function countReturns(body: TSESTree.BlockStatement): number {
  let count = 0;
  for (const statement of body.body) {
    walkNodes(statement, (node) => {
      if (node.type === AST_NODE_TYPES.ReturnStatement) count++;
      return !isFunctionExpression(node) && node.type !== AST_NODE_TYPES.FunctionDeclaration;
    });
  }
  return count;
}

/** Whether a function (as written in `argument`) returns `object` itself, written right in its body. */
export function isDirectReturn(argument: TSESTree.Node, object: TSESTree.ObjectExpression): boolean {
  const fn = skipTypeWrappers(argument);
  if (!isFunctionExpression(fn)) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return skipTypeWrappers(fn.body) === object;
  return fn.body.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ReturnStatement &&
      !!statement.argument &&
      skipTypeWrappers(statement.argument) === object,
  );
}
