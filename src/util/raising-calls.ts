import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getRootIdentifier, skipTypeWrappers } from './ast';
import { getImportedBinding } from './imports';
import { scopeOf } from './scope';

/**
 * Which calls a value read from a caught error belongs to. A `switch (err.code)` is tied to a call when `err` is
 * the parameter of the `catch` of a `try` block that awaits the call, or the parameter of the callback handed to
 * `.catch(…)` (or the second one of `.then(…, …)`) on the call's promise. Anything else is not tied: the caller
 * keeps checking the whole family.
 */

/** How deep `const code = err.code` / `const { code } = err` aliases are followed to the caught error. */
const MAX_ALIASES = 3;

/** One call a caught error may come from. */
export interface RaisingCall {
  /** The dotted callee path; an imported function by its exported name. */
  readonly name: string;
  /**
   * The module the call comes from: for an imported function, or a method on a chain that starts with an import
   * (`getAuth().verifyIdToken`), the module it is imported from (`firebase-admin/auth`); else `undefined`.
   */
  readonly module: string | undefined;
}

/** The calls tied to a value read from a caught error, and whether every awaited call could be named. */
export interface RaisingCalls {
  readonly calls: readonly RaisingCall[];
  /** `false` when the `try` block also awaits a call that cannot be named (a function of the file's own, …). */
  readonly complete: boolean;
}

/**
 * The calls whose rejection the value of `node` is read from, as dotted callee paths (`signInWithEmailAndPassword`,
 * `supabase.auth.signInWithPassword`, `admin.auth.createUser` for `admin.auth().createUser`). An imported function
 * is named by the name it is exported as (`signIn` for `import { signIn as amplifySignIn }`); a call of a function
 * of the file's own, or of a computed member, is left out. `undefined` when the value is not read from a caught
 * error or no call can be named.
 */
export function getRaisingCalls(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string[] | undefined {
  const found = getRaisingCallDetails(node, sourceCode);
  if (!found || found.calls.length === 0) return undefined;
  return [...new Set(found.calls.map((call) => call.name))];
}

/** Like {@link getRaisingCalls}, with the module of each imported function and whether every call was named. */
export function getRaisingCallDetails(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): RaisingCalls | undefined {
  const error = caughtError(node, sourceCode);
  if (!error) return undefined;
  const origins = error.type === 'catch' ? awaitedCalls(error.clause.parent.block) : [error.call];
  const calls = origins.flatMap((call) => calleeName(call, sourceCode) ?? []);
  return { calls, complete: calls.length === origins.length };
}

type CaughtError =
  | { readonly type: 'catch'; readonly clause: TSESTree.CatchClause }
  | { readonly type: 'callback'; readonly call: TSESTree.CallExpression };

/** Where the error a value is read from was caught, following `const` aliases of it. */
function caughtError(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): CaughtError | undefined {
  let current: TSESTree.Node = node;
  for (let depth = 0; depth <= MAX_ALIASES; depth++) {
    const root = getRootIdentifier(current.type === AST_NODE_TYPES.ChainExpression ? current.expression : current);
    if (!root) return undefined;
    const variable = ASTUtils.findVariable(scopeOf(sourceCode, root), root);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!def) return undefined;
    if (def.type === 'CatchClause') {
      return def.node.param?.type === AST_NODE_TYPES.Identifier ? { type: 'catch', clause: def.node } : undefined;
    }
    if (def.type === 'Parameter') return rejectionCallback(def.node);
    if (def.type !== 'Variable' || def.parent.kind !== 'const' || !def.node.init) return undefined;
    current = def.node.init;
  }
  return undefined;
}

/** For a callback handed to `.catch(cb)` or as the second argument of `.then(ok, cb)`: the call the promise chain starts with. */
function rejectionCallback(fn: TSESTree.Node): CaughtError | undefined {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
  const [first] = fn.params;
  if (first?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(call.callee);
  const position = call.arguments.indexOf(fn);
  if (!((method === 'catch' && position === 0) || (method === 'then' && position === 1))) return undefined;
  const origin = chainOrigin(call.callee.object);
  return origin ? { type: 'callback', call: origin } : undefined;
}

/** The call a promise chain starts with: `signIn(…)` for `signIn(…).then(…).finally(…)`. */
function chainOrigin(node: TSESTree.Node): TSESTree.CallExpression | undefined {
  let current = skipTypeWrappers(node);
  for (;;) {
    if (current.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = current.callee;
    if (callee.type === AST_NODE_TYPES.MemberExpression && ['then', 'catch', 'finally'].includes(memberName(callee) ?? '')) {
      current = skipTypeWrappers(callee.object);
      continue;
    }
    return current;
  }
}

/** The calls a block awaits (`await f()`, `await f().then(…)`), not counting those inside functions it declares. */
function awaitedCalls(block: TSESTree.BlockStatement): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      node.type === AST_NODE_TYPES.ClassBody
    ) {
      return;
    }
    if (node.type === AST_NODE_TYPES.AwaitExpression) {
      const origin = chainOrigin(node.argument);
      if (origin) calls.push(origin);
    }
    for (const key of Object.keys(node)) {
      if (key === 'parent' || key === 'loc' || key === 'range') continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (typeof child === 'object' && child !== null && typeof (child as { type?: unknown }).type === 'string') {
          visit(child as TSESTree.Node);
        }
      }
    }
  };
  visit(block);
  return calls;
}

/**
 * A call's callee as a dotted path: `a.b.c` for `a.b.c()`, `a.b.c` for `a.b().c()`; an imported function by its
 * exported name. `undefined` for a function declared in the file, a computed member or any other callee.
 */
function calleeName(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): RaisingCall | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const binding = getImportedBinding(callee, sourceCode);
    return binding && { name: binding.imported, module: binding.module };
  }
  const path = memberPath(callee);
  if (!path || path.length <= 1) return undefined;
  const root = chainRoot(callee);
  const binding = root && getImportedBinding(root, sourceCode);
  return { name: path.join('.'), module: binding?.module };
}

/** The identifier a member chain starts from: `getAuth` for `getAuth().verifyIdToken`, `admin` for `admin.auth().x`. */
function chainRoot(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current = skipTypeWrappers(node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.Identifier) return current;
    if (current.type === AST_NODE_TYPES.CallExpression) current = skipTypeWrappers(current.callee);
    else if (current.type === AST_NODE_TYPES.MemberExpression) current = skipTypeWrappers(current.object);
    else return undefined;
  }
}

function memberPath(node: TSESTree.Node): string[] | undefined {
  const current = skipTypeWrappers(node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node);
  if (current.type === AST_NODE_TYPES.Identifier) return [current.name];
  if (current.type === AST_NODE_TYPES.ThisExpression) return ['this'];
  if (current.type === AST_NODE_TYPES.CallExpression) return memberPath(current.callee);
  if (current.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = memberName(current);
  const object = memberPath(current.object);
  return name === undefined || !object ? undefined : [...object, name];
}

function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  return undefined;
}
