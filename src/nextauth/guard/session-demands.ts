import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { rethrowInDebug } from '../../util/failures';
import { getPropertyKeyName, skipTypeWrappers, walkNodes } from '../../util/ast';
import { getProgramScopes, localAuthBindings, topLevelFunctions } from '../syntax/bindings';
import { isPackageSource, moduleExportName } from '../syntax/exports';
import { isFunctionNode } from '../syntax/functions';
import type { FunctionNode } from '../syntax/functions';
import { evaluateGuard } from './evaluator';
import { SESSION_READERS } from './known-calls';
import type { GuardOptions } from './values';

/** Pages and layouts that demand a session: they read it and redirect a signed-out visitor, or require it. */

/** A place where a page or layout demands a session. */
export interface SessionDemand {
  /** `redirect`: reads the session and redirects when there is none; `required`: `useSession({ required: true })`. */
  readonly kind: 'redirect' | 'required';
  /** The call to report: the session read, or the `useSession` call. */
  readonly node: TSESTree.CallExpression;
}

function isSessionRead(call: TSESTree.CallExpression, program: TSESTree.Program): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const scopes = getProgramScopes(program);
  const binding = scopes.root.lookup(callee.name);
  if (binding?.kind === 'import' && !binding.binding.typeOnly) {
    const { source, imported } = binding.binding;
    if (SESSION_READERS.some((entry) => entry.source.test(source) && entry.imported === imported)) return true;
    return imported === 'auth' && !isPackageSource(source) && call.arguments.length === 0;
  }
  return localAuthBindings(program).has(callee.name) && call.arguments.length === 0;
}

/** The session reads in a function's own body (not in functions nested in it). */
function sessionReadsIn(fn: FunctionNode, program: TSESTree.Program): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  walkNodes(fn.body, (node) => {
    if (node !== fn.body && isFunctionNode(node)) return false;
    if (node.type === AST_NODE_TYPES.CallExpression && isSessionRead(node, program)) found.push(node);
    return true;
  });
  return found;
}

/** The functions Next.js runs to render a page file: its default export and `getServerSideProps`. */
export function pageFunctions(program: TSESTree.Program): FunctionNode[] {
  const scopes = getProgramScopes(program);
  const functions = topLevelFunctions(program);
  const toFunction = (node: TSESTree.Node | null | undefined): FunctionNode | undefined => {
    if (!node) return undefined;
    if (isFunctionNode(node)) return node;
    if (node.type === AST_NODE_TYPES.Identifier) {
      const declared = functions.get(node.name);
      if (declared) return declared;
      const binding = scopes.root.lookup(node.name);
      if (binding?.kind === 'const') return toFunction(skipTypeWrappers(binding.init));
    }
    return undefined;
  };
  const result: FunctionNode[] = [];
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const fn = toFunction(skipTypeWrappers(statement.declaration as TSESTree.Node));
      if (fn) result.push(fn);
    }
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.source) continue;
    const declaration = statement.declaration;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id?.name === 'getServerSideProps') {
      result.push(declaration);
    }
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === 'getServerSideProps') {
          const fn = toFunction(declarator.init ? skipTypeWrappers(declarator.init) : undefined);
          if (fn) result.push(fn);
        }
      }
    }
    for (const specifier of statement.specifiers) {
      const exported = moduleExportName(specifier.exported);
      if ((exported === 'default' || exported === 'getServerSideProps') && specifier.local.type === AST_NODE_TYPES.Identifier) {
        const fn = toFunction(specifier.local);
        if (fn) result.push(fn);
      }
    }
  }
  return [...new Set(result)];
}

function isUseSessionRequired(call: TSESTree.CallExpression, program: TSESTree.Program, pathname: string): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = getProgramScopes(program).root.lookup(callee.name);
  if (binding?.kind !== 'import' || binding.binding.source !== 'next-auth/react' || binding.binding.imported !== 'useSession') {
    return false;
  }
  const [options] = call.arguments;
  if (!options || options.type !== AST_NODE_TYPES.ObjectExpression) return false;
  let required = false;
  let handler: TSESTree.Node | undefined;
  for (const property of options.properties) {
    if (property.type !== AST_NODE_TYPES.Property) return false;
    const name = getPropertyKeyName(property);
    if (name === 'required') required = property.value.type === AST_NODE_TYPES.Literal && property.value.value === true;
    if (name === 'onUnauthenticated') handler = property.value;
  }
  if (!required) return false;
  // Without `onUnauthenticated`, next-auth sends the visitor to sign-in; with one, only a handler that surely
  // redirects counts.
  if (!handler) return true;
  return isFunctionNode(handler) && evaluateGuard(handler, 'page', program, { pathname }) === 'redirect';
}

/**
 * Where a page / layout file demands a session: its default export or `getServerSideProps` reads the session
 * and redirects a signed-out visitor (and would not redirect a signed-in one), or it calls
 * `useSession({ required: true })`. `pathname` is the page path the file renders.
 */
export function findSessionDemands(program: TSESTree.Program, options: GuardOptions): SessionDemand[] {
  const demands: SessionDemand[] = [];
  try {
    for (const fn of pageFunctions(program)) {
      const reads = sessionReadsIn(fn, program);
      const [first] = reads;
      if (!first) continue;
      const signedOut = evaluateGuard(fn, 'page', program, { ...options, session: 'absent' });
      if (signedOut !== 'redirect') continue;
      const signedIn = evaluateGuard(fn, 'page', program, { ...options, session: 'present' });
      if (signedIn !== 'redirect') demands.push({ kind: 'redirect', node: first });
    }
    walkNodes(program, (node) => {
      if (node.type === AST_NODE_TYPES.CallExpression && isUseSessionRequired(node, program, options.pathname)) {
        demands.push({ kind: 'required', node });
      }
      return true;
    });
  } catch (error) {
    rethrowInDebug(error);
    return [];
  }
  return demands.sort((a, b) => a.node.range[0] - b.node.range[0]);
}
