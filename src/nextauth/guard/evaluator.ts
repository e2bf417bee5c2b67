import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { rethrowInDebug } from '../../util/failures';
import { getPropertyKeyName, skipTypeWrappers } from '../../util/ast';
import { compileSafeRegex } from '../../util/safe-regex';
import type { ImportBinding } from '../config/imports';
import { getProgramScopes, localAuthBindings } from '../syntax/bindings';
import { isPackageSource } from '../syntax/exports';
import type { FunctionNode } from '../syntax/functions';
import { methodCall, REDIRECTING_CALLS, SESSION_READERS } from './known-calls';
import { StatementRunner } from './statements';
import {
  fromStatic,
  GiveUp,
  MAX_DEPTH,
  MAX_STRING_LENGTH,
  member,
  prim,
  RedirectSignal,
  SHORT,
  TRUTHY,
  truthy,
  UNDEFINED,
  UNKNOWN,
} from './values';
import type { Completion, Env, GuardOptions, GuardOutcome, GuardRole, Primitive, Value } from './values';

/**
 * What an auth guard decides for a signed-out visit to one path, worked out from its source: the `authorized`
 * callback of v4's `withAuth` or of an Auth.js v5 config, the function wrapped by v5's `auth((req) => …)`, a
 * hand-written middleware, or a page / layout / `getServerSideProps` that reads the session.
 *
 * It is a small evaluator over a function's body with three-valued facts: the session is known to be absent
 * (`auth`, `token`, `req.auth`, `await getServerSession()`, `await auth()`, `await getToken()` are `null`), the
 * request's pathname is known, and everything else is unknown. Branches on unknown values are followed both
 * ways; when they disagree the answer is `unknown` and the rule stays silent. Loops, `try`, `switch` and calls
 * to unknown functions end in `unknown` too.
 *
 * Every evaluation is bounded: at most {@link MAX_STEPS} expressions and statements (callbacks nested in array
 * helpers over long constant arrays would otherwise multiply), strings of at most {@link MAX_STRING_LENGTH}
 * characters, and regex literals tested in linear time (`util/safe-regex`); past any bound the answer is
 * `unknown`.
 */

class Evaluator extends StatementRunner {
  private readonly scopes: ReturnType<typeof getProgramScopes>;
  private readonly moduleValues = new Map<string, Value>();
  private readonly localAuthNames: ReadonlySet<string>;

  constructor(
    private readonly program: TSESTree.Program,
    options: GuardOptions,
  ) {
    super(options);
    this.scopes = getProgramScopes(program);
    this.localAuthNames = new Set(localAuthBindings(program).keys());
  }

  /** Counts work against the evaluation's budget; past it, nothing more is followed. */

  // ---- expressions ---------------------------------------------------------------------------------------

  protected expr(node: TSESTree.Node, env: Env): Value {
    const value = this.chain(node, env);
    return value === SHORT ? UNDEFINED : value;
  }

  /** Evaluates inside an optional chain: `SHORT` when a `?.` met a nullish value. */
  private chain(node: TSESTree.Node, env: Env): Value | typeof SHORT {
    this.step();
    const target = skipTypeWrappers(node);
    switch (target.type) {
      case AST_NODE_TYPES.ChainExpression: {
        const value = this.chain(target.expression, env);
        return value === SHORT ? UNDEFINED : value;
      }
      case AST_NODE_TYPES.MemberExpression: {
        const object = this.chain(target.object, env);
        if (object === SHORT) return SHORT;
        if (target.optional && object.t === 'prim' && (object.v === null || object.v === undefined)) return SHORT;
        const key = target.computed ? this.expr(target.property, env) : prim((target.property as TSESTree.Identifier).name);
        if (key.t !== 'prim' || (typeof key.v !== 'string' && typeof key.v !== 'number')) return UNKNOWN;
        return member(object, String(key.v), true);
      }
      case AST_NODE_TYPES.CallExpression:
        return this.call(target, env);
      default:
        return this.plain(target, env);
    }
  }


  private plain(node: TSESTree.Node, env: Env): Value {
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        if ('regex' in node && node.regex) {
          const re = compileSafeRegex(node.regex.pattern, node.regex.flags);
          return re ? { t: 'regex', re } : UNKNOWN;
        }
        return typeof node.value === 'bigint' ? UNKNOWN : prim(node.value as Primitive);
      case AST_NODE_TYPES.TemplateLiteral: {
        let text = node.quasis[0]?.value.cooked ?? '';
        for (const [index, expression] of node.expressions.entries()) {
          const part = this.expr(expression, env);
          if (part.t !== 'prim') return UNKNOWN;
          text += String(part.v) + (node.quasis[index + 1]?.value.cooked ?? '');
          if (text.length > MAX_STRING_LENGTH) return UNKNOWN;
        }
        return prim(text);
      }
      case AST_NODE_TYPES.Identifier:
        return this.identifier(node.name, env);
      case AST_NODE_TYPES.AwaitExpression:
        return this.expr(node.argument, env);
      case AST_NODE_TYPES.UnaryExpression: {
        if (node.operator === 'void') return UNDEFINED;
        const argument = this.expr(node.argument, env);
        if (node.operator === '!') {
          const value = truthy(argument);
          return value === undefined ? UNKNOWN : prim(!value);
        }
        return UNKNOWN;
      }
      case AST_NODE_TYPES.LogicalExpression:
        return this.logical(node, env);
      case AST_NODE_TYPES.BinaryExpression:
        return this.binary(node, env);
      case AST_NODE_TYPES.ConditionalExpression: {
        const test = truthy(this.expr(node.test, env));
        if (test !== undefined) return this.expr(test ? node.consequent : node.alternate, env);
        const a = this.expr(node.consequent, env);
        const b = this.expr(node.alternate, env);
        return a.t === 'prim' && b.t === 'prim' && a.v === b.v ? a : UNKNOWN;
      }
      case AST_NODE_TYPES.ArrayExpression:
        return {
          t: 'array',
          items: node.elements.map((element) =>
            !element || element.type === AST_NODE_TYPES.SpreadElement ? UNKNOWN : this.expr(element, env),
          ),
        };
      case AST_NODE_TYPES.ObjectExpression: {
        const props = new Map<string, Value>();
        let open = false;
        for (const property of node.properties) {
          const key =
            property.type === AST_NODE_TYPES.Property && !property.computed ? getPropertyKeyName(property) : undefined;
          if (property.type !== AST_NODE_TYPES.Property || key === undefined) {
            open = true;
            continue;
          }
          props.set(key, property.value.type === AST_NODE_TYPES.AssignmentPattern ? UNKNOWN : this.expr(property.value, env));
        }
        return { t: 'object', props, open };
      }
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
        return { t: 'function', node, env };
      case AST_NODE_TYPES.NewExpression:
        return this.construct(node);
      case AST_NODE_TYPES.AssignmentExpression: {
        const value = this.expr(node.right, env);
        if (node.left.type === AST_NODE_TYPES.Identifier && env.has(node.left.name)) {
          env.set(node.left.name, node.operator === '=' ? value : UNKNOWN);
        } else {
          // Writing through a member or to an outer name: whatever it touched is no longer known.
          const root = node.left.type === AST_NODE_TYPES.MemberExpression ? rootName(node.left) : undefined;
          if (root !== undefined && env.has(root)) env.set(root, UNKNOWN);
        }
        return node.operator === '=' ? value : UNKNOWN;
      }
      case AST_NODE_TYPES.SequenceExpression: {
        let last: Value = UNDEFINED;
        for (const expression of node.expressions) last = this.expr(expression, env);
        return last;
      }
      case AST_NODE_TYPES.JSXElement:
      case AST_NODE_TYPES.JSXFragment:
        return TRUTHY;
      default:
        return UNKNOWN;
    }
  }

  private identifier(name: string, env: Env): Value {
    const local = env.get(name);
    if (local) return local;
    if (name === 'undefined') return UNDEFINED;
    const cached = this.moduleValues.get(name);
    if (cached) return cached;
    this.moduleValues.set(name, UNKNOWN); // guards against cycles while evaluating
    let value: Value = UNKNOWN;
    const binding = this.scopes.root.lookup(name);
    if (binding?.kind === 'const' && !binding.mutated) value = this.expr(binding.init, new Map());
    else if (binding?.kind === 'import' && this.options.importedValue) {
      const imported = this.options.importedValue(binding.binding, this.program);
      if (imported !== undefined) value = fromStatic(imported);
    }
    this.moduleValues.set(name, value);
    return value;
  }

  private logical(node: TSESTree.LogicalExpression, env: Env): Value {
    const left = this.expr(node.left, env);
    if (node.operator === '??') {
      if (left.t === 'prim' && (left.v === null || left.v === undefined)) return this.expr(node.right, env);
      return left.t === 'unknown' ? UNKNOWN : left;
    }
    const test = truthy(left);
    if (test === undefined) {
      // `unknown && false` is falsy whatever the left side is, `unknown || true` truthy.
      const right = this.expr(node.right, env);
      const rightTruth = truthy(right);
      if (node.operator === '&&' && rightTruth === false) return prim(false);
      if (node.operator === '||' && rightTruth === true) return TRUTHY;
      return UNKNOWN;
    }
    if (node.operator === '&&') return test ? this.expr(node.right, env) : left;
    return test ? left : this.expr(node.right, env);
  }

  private binary(node: TSESTree.BinaryExpression, env: Env): Value {
    if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return UNKNOWN;
    const left = this.expr(node.left, env);
    const right = this.expr(node.right, env);
    if (left.t !== 'prim' || right.t !== 'prim') {
      // An object is never equal to a primitive.
      const objectVsPrimitive =
        (left.t === 'prim' && right.t !== 'unknown' && right.t !== 'prim') ||
        (right.t === 'prim' && left.t !== 'unknown' && left.t !== 'prim');
      if (objectVsPrimitive && (node.operator === '===' || node.operator === '!==')) return prim(node.operator === '!==');
      return UNKNOWN;
    }
    const a = left.v;
    const b = right.v;
    switch (node.operator) {
      case '===':
        return prim(a === b);
      case '!==':
        return prim(a !== b);
      case '==':
        return prim(a === b || ((a === null || a === undefined) && (b === null || b === undefined)));
      case '!=':
        return prim(!(a === b || ((a === null || a === undefined) && (b === null || b === undefined))));
      case '+': {
        if (typeof a !== 'string' && typeof b !== 'string') return UNKNOWN;
        const text = `${String(a)}${String(b)}`;
        return text.length > MAX_STRING_LENGTH ? UNKNOWN : prim(text);
      }
      default:
        return UNKNOWN;
    }
  }

  private construct(node: TSESTree.NewExpression): Value {
    const callee = skipTypeWrappers(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && (callee.name === 'Response' || callee.name === 'NextResponse')) {
      return { t: 'response', kind: 'other' };
    }
    return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'URL' ? TRUTHY : UNKNOWN;
  }

  private importOf(name: string): ImportBinding | undefined {
    const binding = this.scopes.root.lookup(name);
    return binding?.kind === 'import' && !binding.binding.typeOnly ? binding.binding : undefined;
  }

  private isImported(name: string, list: readonly { source: RegExp; imported: string }[]): boolean {
    const binding = this.importOf(name);
    if (!binding) return false;
    return list.some((entry) => entry.source.test(binding.source) && entry.imported === binding.imported);
  }

  /** `auth()` from the app's own auth module (v5) or from `NextAuth(…)` in this file. */
  private isAppAuth(name: string): boolean {
    if (this.localAuthNames.has(name)) return true;
    const binding = this.importOf(name);
    return binding !== undefined && binding.imported === 'auth' && !isPackageSource(binding.source);
  }

  private call(node: TSESTree.CallExpression, env: Env): Value {
    const callee = skipTypeWrappers(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && !env.has(callee.name)) {
      const name = callee.name;
      if (this.isImported(name, REDIRECTING_CALLS)) throw new RedirectSignal();
      const binding = this.importOf(name);
      // The app's own `signIn` (v5 `export const { signIn } = NextAuth(…)`) redirects on the server.
      if (binding?.imported === 'signIn' && !isPackageSource(binding.source)) throw new RedirectSignal();
      if (this.isImported(name, SESSION_READERS)) return this.session;
      if (this.isAppAuth(name)) return node.arguments.length === 0 ? this.session : UNKNOWN;
      if (name === 'Boolean' && node.arguments[0]) {
        const value = truthy(this.expr(node.arguments[0], env));
        return value === undefined ? UNKNOWN : prim(value);
      }
      return UNKNOWN;
    }
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const fn = env.get(callee.name);
      return fn?.t === 'function' ? this.invoke(fn, node.arguments.map((argument) => this.argument(argument, env))) : UNKNOWN;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return UNKNOWN;
    const method = (callee.property as TSESTree.Identifier).name;
    const objectNode = skipTypeWrappers(callee.object);
    if (objectNode.type === AST_NODE_TYPES.Identifier && !env.has(objectNode.name)) {
      const response = this.responseCall(objectNode.name, method);
      if (response) return response;
    }
    const object = this.chain(callee.object, env);
    if (object === SHORT) return callee.optional ? UNDEFINED : UNKNOWN;
    const args = node.arguments.map((argument) => this.argument(argument, env));
    return methodCall(object, method, args, this);
  }

  private argument(node: TSESTree.CallExpressionArgument, env: Env): Value {
    return node.type === AST_NODE_TYPES.SpreadElement ? UNKNOWN : this.expr(node, env);
  }

  private responseCall(objectName: string, method: string): Value | undefined {
    const isResponse = objectName === 'Response' && !this.scopes.root.lookup('Response');
    const isNextResponse =
      objectName === 'NextResponse' && this.importOf('NextResponse')?.source === 'next/server';
    if (!isResponse && !isNextResponse) return undefined;
    if (method === 'redirect') return { t: 'response', kind: 'redirect' };
    if (method === 'next' && isNextResponse) return { t: 'response', kind: 'next' };
    if (method === 'rewrite' && isNextResponse) return { t: 'response', kind: 'rewrite' };
    return { t: 'response', kind: 'other' };
  }

  /** Calls a function value that is a plain expression-bodied or returning callback (`(r) => path.startsWith(r)`). */
  invoke(fn: Extract<Value, { t: 'function' }>, args: readonly Value[]): Value {
    if (++this.depth > MAX_DEPTH) throw new GiveUp();
    let completions: Completion[];
    try {
      const env: Env = new Map(fn.env);
      fn.node.params.forEach((param, index) => this.bindPattern(param, args[index] ?? UNDEFINED, env));
      completions = this.callBody(fn.node, env);
    } finally {
      this.depth--;
    }
    const returned = completions.map((completion) => (completion.type === 'return' ? completion.value : undefined));
    const first = returned[0];
    if (!first || returned.some((value) => value === undefined)) return UNKNOWN;
    const allSame = returned.every((value) => value?.t === 'prim' && first.t === 'prim' && value.v === first.v);
    return returned.length === 1 || allSame ? first : UNKNOWN;
  }
}

function rootName(node: TSESTree.MemberExpression): string | undefined {
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
  return current.type === AST_NODE_TYPES.Identifier ? current.name : undefined;
}

/**
 * What a guard function decides for a signed-out visit to `options.pathname`. Never throws; anything it
 * cannot follow is `unknown`.
 */
export function evaluateGuard(
  fn: FunctionNode,
  role: GuardRole,
  program: TSESTree.Program,
  options: GuardOptions,
): GuardOutcome {
  try {
    return new Evaluator(program, options).run(fn, role);
  } catch (error) {
    // The evaluator's own give-ups are handled in `run`; anything else is a bug (rethrown when debugging).
    rethrowInDebug(error);
    return 'unknown';
  }
}
