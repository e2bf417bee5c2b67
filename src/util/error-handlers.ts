import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getLastName, getLiteralString, skipTypeWrappers, walkNodes } from './ast';
import { scopeOf } from './scope';

/**
 * The code an error handler guards, for `no-unreachable-error-code`: a compared value (`err.code`,
 * `error?.code`, `err.errors[0].code`) traced to its `catch`, its `.catch(…)` callback, or the `error` of an
 * awaited result, with the calls that handler is tied to. Syntax only; which library a call belongs to is the
 * caller's question.
 */

/** A call an error handler is tied to. */
/** A call an error handler is tied to. */
export interface TiedCall {
  readonly call: TSESTree.CallExpression;
  readonly name: string;
}

/** The code an error handler guards. */
export interface Tie {
  /** Identity of the handler (its node's offset). */
  readonly key: string;
  readonly calls: readonly TiedCall[];
  /** Whether the guarded code has a `throw` of its own. */
  readonly throws: boolean;
  /** The calls the guarded code awaits. */
  readonly awaited: readonly TSESTree.CallExpression[];
}

/** Methods that run over the `errors` array of a Clerk API error with a callback (`err.errors.some((e) => …)`). */
const ARRAY_CALLBACKS = new Set(['some', 'find', 'filter', 'forEach', 'map', 'every', 'findIndex']);

/** The value a `const` holds when the compared value is one (`const code = err.errors[0]?.code`), else the value itself. */
export function aliasedValue(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node {
  const bare = unwrap(node);
  if (bare.type !== AST_NODE_TYPES.Identifier) return node;
  return constInit(bare, sourceCode)?.init ?? node;
}

/** The member expression a compared value is (`err.code`, `err?.code`, `(err as E).code`). */
export function asMember(node: TSESTree.Node): TSESTree.MemberExpression | undefined {
  const bare = skipTypeWrappers(node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node);
  return bare.type === AST_NODE_TYPES.MemberExpression ? bare : undefined;
}

export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    current = skipTypeWrappers(current);
    if (current.type === AST_NODE_TYPES.ChainExpression) current = current.expression;
    else if (current.type === AST_NODE_TYPES.AwaitExpression) current = current.argument;
    else return current;
  }
}

export function rootName(node: TSESTree.Node): string | undefined {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
  if (current.type === AST_NODE_TYPES.CallExpression) return rootName(current.callee);
  return current.type === AST_NODE_TYPES.Identifier ? current.name : undefined;
}

/** Every name along a member chain, calls included: `supabase.auth.mfa` → supabase, auth, mfa. */
export function memberNames(node: TSESTree.Node): string[] {
  const names: string[] = [];
  let current = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = getLastName(current);
      if (name !== undefined) names.unshift(name);
      current = unwrap(current.object);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = unwrap(current.callee);
    } else {
      if (current.type === AST_NODE_TYPES.Identifier) names.unshift(current.name);
      return names;
    }
  }
}

/** The handler an error value comes from: a `catch`, a `.catch(…)` callback, or the `error` of an awaited call's result. */
export function handlerOf(
  object: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth = 0,
): Tie | undefined {
  if (depth > 4) return undefined;
  const node = unwrap(object);
  // Clerk: `err.errors[0].code`, `err.errors?.[0]?.code`.
  if (node.type === AST_NODE_TYPES.MemberExpression && node.computed && getLastName(node.object) === 'errors') {
    const errors = unwrap(node.object);
    return errors.type === AST_NODE_TYPES.MemberExpression ? handlerOf(errors.object, sourceCode, depth + 1) : undefined;
  }
  // `result.error.code` where `const result = await supabase.auth.signInWithPassword(…)`.
  if (node.type === AST_NODE_TYPES.MemberExpression && getLastName(node) === 'error') {
    const holder = unwrap(node.object);
    if (holder.type !== AST_NODE_TYPES.Identifier) return undefined;
    const init = constInit(holder, sourceCode);
    const call = init && awaitedCall(init.init);
    return call ? { key: `result:${init.node.range[0]}`, calls: [tiedCall(call)], throws: false, awaited: [call] } : undefined;
  }
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(scopeOf(sourceCode, node), node);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return undefined;
  if (definition.type === 'CatchClause') {
    const clause = definition.node;
    const tryStatement = clause.parent;
    return { key: `catch:${clause.range[0]}`, ...guarded(tryStatement.block) };
  }
  if (definition.type === 'Parameter') {
    const fn = definition.node;
    const parent = fn.parent;
    if (!parent || parent.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) return undefined;
    const callee = unwrap(parent.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = getLastName(callee);
    const isErrorCallback = method === 'catch' || (method === 'then' && parent.arguments[1] === fn);
    if (isErrorCallback) {
      const call = unwrap(callee.object);
      if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const calls = chainCalls(call);
      return { key: `callback:${fn.range[0]}`, calls, throws: false, awaited: calls.map((tied) => tied.call).filter((tied) => !isChainStep(tied)) };
    }
    // Clerk: `err.errors.some((e) => e.code === …)`.
    if (method !== undefined && ARRAY_CALLBACKS.has(method) && getLastName(callee.object) === 'errors') {
      const errors = unwrap(callee.object);
      return errors.type === AST_NODE_TYPES.MemberExpression ? handlerOf(errors.object, sourceCode, depth + 1) : undefined;
    }
    return undefined;
  }
  if (definition.type !== 'Variable') return undefined;
  const declarator = definition.node;
  if (!declarator.init || declarator.parent.kind !== 'const') return undefined;
  // `const { error } = await supabase.auth.signInWithPassword(…)`, `const { error: signInError } = …`.
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    const call = awaitedCall(declarator.init);
    const property = declarator.id.properties.find(
      (item) => item.type === AST_NODE_TYPES.Property && unwrap(item.value) === definition.name && getKeyName(item) === 'error',
    );
    return call && property ? { key: `result:${declarator.range[0]}`, calls: [tiedCall(call)], throws: false, awaited: [call] } : undefined;
  }
  // `const e = err as FirebaseError`.
  if (declarator.id === definition.name) {
    const alias = unwrap(declarator.init);
    return alias.type === AST_NODE_TYPES.Identifier ? handlerOf(alias, sourceCode, depth + 1) : undefined;
  }
  return undefined;
}

export function getKeyName(property: TSESTree.Property): string | undefined {
  if (property.computed) return getLiteralString(property.key);
  return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : getLiteralString(property.key);
}

export function constInit(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): { node: TSESTree.VariableDeclarator; init: TSESTree.Expression } | undefined {
  const variable = ASTUtils.findVariable(scopeOf(sourceCode, identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable') return undefined;
  const declarator = definition.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.kind !== 'const' || !declarator.init) return undefined;
  return { node: declarator, init: declarator.init };
}

/** The call an initializer awaits: `await supabase.auth.signInWithPassword(…)`. */
export function awaitedCall(init: TSESTree.Expression): TSESTree.CallExpression | undefined {
  const bare = skipTypeWrappers(init);
  if (bare.type !== AST_NODE_TYPES.AwaitExpression) return undefined;
  const call = unwrap(bare.argument);
  return call.type === AST_NODE_TYPES.CallExpression ? call : undefined;
}

function tiedCall(call: TSESTree.CallExpression): TiedCall {
  return { call, name: getLastName(call.callee) ?? '' };
}

/**
 * What a `try` block does, outside functions declared in it (their errors do not reach this `catch`): its calls,
 * the calls it awaits, and whether it throws errors of its own.
 */
function guarded(block: TSESTree.BlockStatement): Pick<Tie, 'calls' | 'throws' | 'awaited'> {
  const calls: TiedCall[] = [];
  const awaited: TSESTree.CallExpression[] = [];
  let throws = false;
  walkNodes(block, (node) => {
    if (
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      return false;
    }
    if (node.type === AST_NODE_TYPES.ThrowStatement) throws = true;
    if (node.type === AST_NODE_TYPES.CallExpression) calls.push(tiedCall(node));
    if (node.type === AST_NODE_TYPES.AwaitExpression) {
      const argument = unwrap(node.argument);
      if (argument.type === AST_NODE_TYPES.CallExpression) awaited.push(argument);
    }
    return undefined;
  });
  return { calls, throws, awaited };
}

/** `.then(…)` / `.finally(…)` / `.catch(…)` of a promise chain. */
function isChainStep(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? getLastName(callee) : undefined;
  return method === 'then' || method === 'finally' || method === 'catch';
}

/** The calls of a promise chain before its `.catch(…)`: `signIn(…).then(…)` gives `then` and `signIn`. */
function chainCalls(call: TSESTree.CallExpression): TiedCall[] {
  const calls: TiedCall[] = [];
  let current: TSESTree.Node = call;
  while (current.type === AST_NODE_TYPES.CallExpression) {
    calls.push(tiedCall(current));
    const callee = unwrap(current.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) break;
    const method = getLastName(callee);
    if (method !== 'then' && method !== 'finally' && method !== 'catch') break;
    current = unwrap(callee.object);
  }
  return calls;
}

/**
 * The call whose result's `error` a value is: `res.error` / `res?.error` where `const res = await signIn(…)`,
 * `const { error } = await signIn(…)`, `signIn(…).then((res) => res?.error …)`, or a `const` holding one of those.
 */
export function resultErrorCall(subject: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression | undefined {
  const value = unwrap(aliasedValue(subject, sourceCode));
  if (value.type === AST_NODE_TYPES.Identifier) {
    const tie = handlerOf(value, sourceCode);
    return tie?.key.startsWith('result:') ? tie.awaited[0] : undefined;
  }
  if (value.type !== AST_NODE_TYPES.MemberExpression || value.computed || getLastName(value) !== 'error') return undefined;
  const holder = unwrap(value.object);
  if (holder.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = constInit(holder, sourceCode);
  if (init) return awaitedCall(init.init);
  // `signIn(…).then((res) => …)`: the first callback's parameter.
  const variable = ASTUtils.findVariable(scopeOf(sourceCode, holder), holder);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Parameter' || definition.name !== definition.node.params[0]) return undefined;
  const fn = definition.node;
  const parent = fn.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.arguments[0] !== fn) return undefined;
  const callee = unwrap(parent.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getLastName(callee) !== 'then') return undefined;
  const call = unwrap(callee.object);
  return call.type === AST_NODE_TYPES.CallExpression ? call : undefined;
}
