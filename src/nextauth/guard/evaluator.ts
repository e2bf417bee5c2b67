import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyKeyName, skipTypeWrappers, walkNodes } from '../../util/ast';
import { compileSafeRegex } from '../../util/safe-regex';
import type { SafeRegex } from '../../util/safe-regex';
import { getProgramScopes, localAuthBindings, topLevelFunctions } from '../syntax/bindings';
import type { ImportBinding } from '../config/imports';

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

/** What the guard does with a signed-out request to the path. */
export type GuardOutcome =
  /** Lets it through. */
  | 'allow'
  /** Says no (a falsy `authorized` result): the library redirects to the sign-in page. */
  | 'deny'
  /** Redirects it somewhere itself (`Response.redirect`, `redirect()`, `signIn()`, `{ redirect }` props). */
  | 'redirect'
  | 'unknown';

/** Which function is being evaluated; it decides how the parameters are seeded and how results read. */
export type GuardRole =
  /** v4 `withAuth({ callbacks: { authorized({ token, req }) } })`: a truthy result lets the request through. */
  | 'v4-authorized'
  /** v5 `callbacks.authorized({ auth, request })`: truthy passes, falsy denies, a `Response` is used as is. */
  | 'v5-authorized'
  /** v5 `auth((req) => …)`'s function, or a hand-written middleware `(req) => …`. */
  | 'handler'
  /** A page / layout component or `getServerSideProps`. */
  | 'page';

/** A function node the evaluator can run. */
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

export interface GuardOptions {
  /** The request's pathname (without `basePath`), as `req.nextUrl.pathname` reads it. */
  readonly pathname: string;
  /**
   * Gives the value of an imported name (e.g. `publicRoutes` from `./routes`) when the caller can read the
   * other file; `undefined` keeps it unknown.
   */
  readonly importedValue?: (binding: ImportBinding, program: TSESTree.Program) => StaticValue | undefined;
  /**
   * Whether the visitor is signed out (the default: every session source is `null`) or signed in (every
   * session source is an object nothing else is known about). Comparing both tells a redirect that exists
   * because of the missing session from one that happens anyway.
   */
  readonly session?: 'absent' | 'present';
}

/** A value an imported constant may have: strings, numbers, booleans and arrays / objects of them. */
export type StaticValue = string | number | boolean | null | readonly StaticValue[] | { readonly [key: string]: StaticValue };

type Primitive = string | number | boolean | null | undefined;

type Value =
  | { readonly t: 'prim'; readonly v: Primitive }
  | { readonly t: 'regex'; readonly re: SafeRegex }
  | { readonly t: 'array'; readonly items: readonly Value[] }
  /** `open`: properties not listed are unknown (a request); closed: they are `undefined` (a literal). */
  | { readonly t: 'object'; readonly props: ReadonlyMap<string, Value>; readonly open: boolean }
  | { readonly t: 'response'; readonly kind: 'redirect' | 'next' | 'rewrite' | 'other' }
  | { readonly t: 'function'; readonly node: FunctionNode; readonly env: Env }
  /** Something that exists (an object, a URL) with nothing else known about it. */
  | { readonly t: 'truthy' }
  | { readonly t: 'unknown' };

const UNKNOWN: Value = { t: 'unknown' };
const TRUTHY: Value = { t: 'truthy' };
const UNDEFINED: Value = { t: 'prim', v: undefined };
const NULL: Value = { t: 'prim', v: null };

function prim(v: Primitive): Value {
  return { t: 'prim', v };
}

function openObject(entries: Record<string, Value>): Value {
  return { t: 'object', props: new Map(Object.entries(entries)), open: true };
}

/** Truthiness: `true` / `false`, or `undefined` when unknown. */
function truthy(value: Value): boolean | undefined {
  switch (value.t) {
    case 'prim':
      return Boolean(value.v);
    case 'unknown':
      return undefined;
    default:
      return true;
  }
}

/** Thrown (inside the evaluator only) when a call ends the render or request with a redirect. */
class RedirectSignal {}
/** Thrown when the evaluation leaves what it can follow. */
class GiveUp {}

type Env = Map<string, Value>;

type Completion =
  | { readonly type: 'normal'; readonly env: Env }
  | { readonly type: 'return'; readonly value: Value }
  | { readonly type: 'redirect' }
  | { readonly type: 'throw' }
  | { readonly type: 'unknown' };

const MAX_PATHS = 64;
const MAX_DEPTH = 40;
/** Expressions and statements one evaluation may visit (array items scanned count too). */
export const MAX_STEPS = 20_000;
/** The longest string an evaluation builds; a longer one is unknown. */
export const MAX_STRING_LENGTH = 4_096;

/** Session readers: their awaited result is `null` for a signed-out visitor. */
const SESSION_READERS: readonly { source: RegExp; imported: string }[] = [
  { source: /^next-auth(\/next)?$/, imported: 'getServerSession' },
  { source: /^next-auth\/react$/, imported: 'getSession' },
  { source: /^(next-auth|@auth\/core)\/jwt$/, imported: 'getToken' },
];

/** Calls that end a render with a redirect. */
const REDIRECTING_CALLS: readonly { source: RegExp; imported: string }[] = [
  { source: /^next\/navigation$/, imported: 'redirect' },
  { source: /^next\/navigation$/, imported: 'permanentRedirect' },
  { source: /^next-auth\/react$/, imported: 'signIn' },
];

function isPackageSource(source: string): boolean {
  return !source.startsWith('.') && !source.startsWith('/') && !/^[@~#]\//.test(source) && !source.startsWith('src/');
}

class Evaluator {
  private steps = 0;
  private depth = 0;
  private readonly scopes: ReturnType<typeof getProgramScopes>;
  private readonly moduleValues = new Map<string, Value>();
  private readonly localAuthNames: ReadonlySet<string>;

  constructor(
    private readonly program: TSESTree.Program,
    private readonly options: GuardOptions,
  ) {
    this.scopes = getProgramScopes(program);
    this.localAuthNames = new Set(localAuthBindings(program).keys());
  }

  /** Counts work against the evaluation's budget; past it, nothing more is followed. */
  private step(cost = 1): void {
    this.steps += cost;
    if (this.steps > MAX_STEPS) throw new GiveUp();
  }

  run(fn: FunctionNode, role: GuardRole): GuardOutcome {
    const env: Env = new Map();
    this.seedParams(fn, role, env);
    let completions: Completion[];
    try {
      completions = this.callBody(fn, env);
    } catch (error) {
      if (error instanceof GiveUp) return 'unknown';
      throw error;
    }
    const outcomes = new Set(completions.map((completion) => classify(completion, role)));
    return outcomes.size === 1 ? [...outcomes][0]! : 'unknown';
  }

  // ---- parameters ----------------------------------------------------------------------------------------

  private get session(): Value {
    return this.options.session === 'present' ? openObject({}) : NULL;
  }

  private request(withAuth: boolean): Value {
    const nextUrl = openObject({ pathname: prim(this.options.pathname) });
    return openObject(withAuth ? { nextUrl, auth: this.session } : { nextUrl });
  }

  private seedParams(fn: FunctionNode, role: GuardRole, env: Env): void {
    const [first, second] = fn.params;
    let value: Value = UNKNOWN;
    switch (role) {
      case 'v4-authorized':
        value = { t: 'object', props: new Map([['req', this.request(false)], ['token', this.session]]), open: false };
        break;
      case 'v5-authorized':
        value = { t: 'object', props: new Map([['request', this.request(false)], ['auth', this.session]]), open: false };
        break;
      case 'handler':
        value = this.request(true);
        break;
      case 'page':
        value = UNKNOWN;
        break;
    }
    if (first) this.bindPattern(first, value, env);
    if (second) this.bindPattern(second, UNKNOWN, env);
    for (const extra of fn.params.slice(2)) this.bindPattern(extra, UNKNOWN, env);
  }

  // ---- statements ----------------------------------------------------------------------------------------

  private callBody(fn: FunctionNode, env: Env): Completion[] {
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
      return this.guarded(() => [{ type: 'return', value: this.expr(fn.body as TSESTree.Expression, env) }]);
    }
    this.hoist(fn.body.body, env);
    return this.exec(fn.body.body, env).map((completion) =>
      completion.type === 'normal' ? { type: 'return', value: UNDEFINED } : completion,
    );
  }

  private hoist(statements: readonly TSESTree.Statement[], env: Env): void {
    for (const statement of statements) {
      if (statement.type === AST_NODE_TYPES.FunctionDeclaration && statement.id) env.set(statement.id.name, UNKNOWN);
    }
  }

  /** Runs an expression, turning a redirecting call into a `redirect` completion. */
  private guarded(run: () => Completion[]): Completion[] {
    try {
      return run();
    } catch (error) {
      if (error instanceof RedirectSignal) return [{ type: 'redirect' }];
      throw error;
    }
  }

  private exec(statements: readonly TSESTree.Statement[], env: Env): Completion[] {
    if (++this.depth > MAX_DEPTH) throw new GiveUp();
    try {
      let states: Completion[] = [{ type: 'normal', env }];
      for (const statement of statements) {
        const next: Completion[] = [];
        for (const state of states) {
          if (state.type !== 'normal') next.push(state);
          else next.push(...this.statement(statement, state.env));
        }
        if (next.length > MAX_PATHS) throw new GiveUp();
        states = next;
      }
      return states;
    } finally {
      this.depth--;
    }
  }

  private statement(statement: TSESTree.Statement, env: Env): Completion[] {
    this.step();
    switch (statement.type) {
      case AST_NODE_TYPES.EmptyStatement:
      case AST_NODE_TYPES.DebuggerStatement:
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.TSTypeAliasDeclaration:
      case AST_NODE_TYPES.TSInterfaceDeclaration:
        return [{ type: 'normal', env }];
      case AST_NODE_TYPES.ExpressionStatement:
        return this.guarded(() => {
          this.expr(statement.expression, env);
          return [{ type: 'normal', env }];
        });
      case AST_NODE_TYPES.VariableDeclaration:
        return this.guarded(() => {
          for (const declarator of statement.declarations) {
            const value = declarator.init ? this.expr(declarator.init, env) : UNDEFINED;
            this.bindPattern(declarator.id, value, env);
          }
          return [{ type: 'normal', env }];
        });
      case AST_NODE_TYPES.ReturnStatement:
        return this.guarded(() => [
          { type: 'return', value: statement.argument ? this.expr(statement.argument, env) : UNDEFINED },
        ]);
      case AST_NODE_TYPES.ThrowStatement:
        return this.guarded(() => {
          this.expr(statement.argument, env);
          return [{ type: 'throw' }];
        });
      case AST_NODE_TYPES.BlockStatement:
        this.hoist(statement.body, env);
        return this.exec(statement.body, env);
      case AST_NODE_TYPES.IfStatement:
        return this.ifStatement(statement, env);
      default:
        return [{ type: 'unknown' }];
    }
  }

  private ifStatement(statement: TSESTree.IfStatement, env: Env): Completion[] {
    let test: boolean | undefined;
    try {
      test = truthy(this.expr(statement.test, env));
    } catch (error) {
      if (error instanceof RedirectSignal) return [{ type: 'redirect' }];
      throw error;
    }
    const branch = (node: TSESTree.Statement | null | undefined, branchEnv: Env): Completion[] =>
      node ? this.statement(node, branchEnv) : [{ type: 'normal', env: branchEnv }];
    if (test === true) return branch(statement.consequent, env);
    if (test === false) return branch(statement.alternate, env);
    return [...branch(statement.consequent, new Map(env)), ...branch(statement.alternate, new Map(env))];
  }

  private bindPattern(pattern: TSESTree.Node, value: Value, env: Env): void {
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier:
        env.set(pattern.name, value);
        return;
      case AST_NODE_TYPES.AssignmentPattern: {
        const missing = value.t === 'prim' && value.v === undefined;
        const unknown = value.t === 'unknown';
        this.bindPattern(pattern.left, unknown ? UNKNOWN : missing ? this.expr(pattern.right, env) : value, env);
        return;
      }
      case AST_NODE_TYPES.ObjectPattern:
        for (const property of pattern.properties) {
          if (property.type === AST_NODE_TYPES.RestElement) {
            this.bindPattern(property.argument, UNKNOWN, env);
            continue;
          }
          const key = property.computed ? undefined : getPropertyKeyName(property);
          this.bindPattern(property.value, key === undefined ? UNKNOWN : this.member(value, key, false), env);
        }
        return;
      case AST_NODE_TYPES.ArrayPattern:
        pattern.elements.forEach((element, index) => {
          if (!element) return;
          const item = value.t === 'array' ? (value.items[index] ?? UNDEFINED) : UNKNOWN;
          this.bindPattern(element, element.type === AST_NODE_TYPES.RestElement ? UNKNOWN : item, env);
        });
        return;
      case AST_NODE_TYPES.RestElement:
        this.bindPattern(pattern.argument, UNKNOWN, env);
        return;
      default:
        return;
    }
  }

  // ---- expressions ---------------------------------------------------------------------------------------

  private expr(node: TSESTree.Node, env: Env): Value {
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
        return this.member(object, String(key.v), true);
      }
      case AST_NODE_TYPES.CallExpression:
        return this.call(target, env);
      default:
        return this.plain(target, env);
    }
  }

  private member(object: Value, key: string, strict: boolean): Value {
    switch (object.t) {
      case 'object': {
        const found = object.props.get(key);
        if (found) return found;
        return object.open ? UNKNOWN : UNDEFINED;
      }
      case 'array':
        if (key === 'length') return prim(object.items.length);
        return /^\d+$/.test(key) ? (object.items[Number(key)] ?? UNDEFINED) : UNKNOWN;
      case 'prim':
        if (object.v === null || object.v === undefined) {
          // Reading a property of null throws at run time; nothing to follow.
          if (strict) throw new GiveUp();
          return UNKNOWN;
        }
        if (typeof object.v === 'string' && key === 'length') return prim(object.v.length);
        return UNKNOWN;
      default:
        return UNKNOWN;
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
    return this.method(object, method, args);
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

  private method(object: Value, method: string, args: readonly Value[]): Value {
    const [first] = args;
    if (object.t === 'prim' && typeof object.v === 'string') {
      const text = object.v;
      const argument = first?.t === 'prim' && typeof first.v === 'string' ? first.v : undefined;
      switch (method) {
        case 'startsWith':
          return argument === undefined ? UNKNOWN : prim(text.startsWith(argument));
        case 'endsWith':
          return argument === undefined ? UNKNOWN : prim(text.endsWith(argument));
        case 'includes':
          return argument === undefined ? UNKNOWN : prim(text.includes(argument));
        case 'indexOf':
          return argument === undefined ? UNKNOWN : prim(text.indexOf(argument));
        case 'toLowerCase':
          return prim(text.toLowerCase());
        case 'toUpperCase':
          return prim(text.toUpperCase());
        case 'trim':
          return prim(text.trim());
        case 'match': {
          // `match` with `g` starts from 0; with `y` alone, from `lastIndex`.
          const sticky = first?.t === 'regex' && first.re.flags.includes('y') && !first.re.flags.includes('g');
          const matched = first?.t === 'regex' && !sticky ? first.re.test(text) : undefined;
          return matched === undefined ? UNKNOWN : matched ? TRUTHY : NULL;
        }
        default:
          return UNKNOWN;
      }
    }
    if (object.t === 'regex' && method === 'test' && first?.t === 'prim' && typeof first.v === 'string') {
      // With `g` or `y`, a test starts at the object's `lastIndex`, which earlier tests moved.
      const matched = /[gy]/.test(object.re.flags) ? undefined : object.re.test(first.v);
      return matched === undefined ? UNKNOWN : prim(matched);
    }
    if (object.t === 'array') return this.arrayMethod(object.items, method, args);
    return UNKNOWN;
  }

  private arrayMethod(items: readonly Value[], method: string, args: readonly Value[]): Value {
    const [first] = args;
    if (method === 'includes' || method === 'indexOf') {
      if (first?.t !== 'prim') return UNKNOWN;
      this.step(items.length);
      let unknown = false;
      let index = -1;
      items.forEach((item, position) => {
        if (item.t !== 'prim') unknown = true;
        else if (item.v === first.v && index === -1) index = position;
      });
      if (index !== -1) return method === 'includes' ? prim(true) : prim(index);
      return unknown ? UNKNOWN : method === 'includes' ? prim(false) : prim(-1);
    }
    if ((method === 'some' || method === 'every' || method === 'find') && first?.t === 'function') {
      let unknown = false;
      for (const [index, item] of items.entries()) {
        const verdict = truthy(this.invoke(first, [item, prim(index)]));
        if (verdict === undefined) unknown = true;
        else if (method === 'some' && verdict) return prim(true);
        else if (method === 'find' && verdict) return item;
        else if (method === 'every' && !verdict) return prim(false);
      }
      if (unknown) return UNKNOWN;
      return method === 'some' ? prim(false) : method === 'every' ? prim(true) : UNDEFINED;
    }
    return UNKNOWN;
  }

  /** Calls a function value that is a plain expression-bodied or returning callback (`(r) => path.startsWith(r)`). */
  private invoke(fn: Extract<Value, { t: 'function' }>, args: readonly Value[]): Value {
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

const SHORT = Symbol('short-circuit');

function rootName(node: TSESTree.MemberExpression): string | undefined {
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
  return current.type === AST_NODE_TYPES.Identifier ? current.name : undefined;
}

function fromStatic(value: StaticValue): Value {
  if (value === null || typeof value !== 'object') return prim(value);
  if (Array.isArray(value)) return { t: 'array', items: value.map(fromStatic) };
  const props = new Map<string, Value>();
  for (const [key, item] of Object.entries(value as Record<string, StaticValue>)) props.set(key, fromStatic(item));
  return { t: 'object', props, open: false };
}

function classify(completion: Completion, role: GuardRole): GuardOutcome {
  switch (completion.type) {
    case 'redirect':
      return role === 'page' ? 'redirect' : 'unknown';
    case 'throw':
    case 'unknown':
    case 'normal':
      return 'unknown';
    case 'return':
      return classifyReturn(completion.value, role);
  }
}

function classifyReturn(value: Value, role: GuardRole): GuardOutcome {
  switch (role) {
    case 'v4-authorized': {
      if (value.t === 'response') return 'unknown';
      const verdict = truthy(value);
      return verdict === undefined ? 'unknown' : verdict ? 'allow' : 'deny';
    }
    case 'v5-authorized': {
      if (value.t === 'response') return value.kind === 'redirect' ? 'redirect' : value.kind === 'next' ? 'allow' : 'unknown';
      const verdict = truthy(value);
      return verdict === undefined ? 'unknown' : verdict ? 'allow' : 'deny';
    }
    case 'handler':
      if (value.t === 'response') return value.kind === 'redirect' ? 'redirect' : value.kind === 'next' ? 'allow' : 'unknown';
      return value.t === 'prim' && (value.v === undefined || value.v === null) ? 'allow' : 'unknown';
    case 'page':
      if (value.t === 'object' && value.props.has('redirect')) {
        const redirect = value.props.get('redirect');
        return redirect && truthy(redirect) === true ? 'redirect' : 'unknown';
      }
      if (value.t === 'response') return value.kind === 'redirect' ? 'redirect' : 'unknown';
      return 'allow';
  }
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
  } catch {
    return 'unknown';
  }
}

// ---- pages that demand a session (case 3) ------------------------------------------------------------------

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
    if (node !== fn.body && isFunctionLike(node)) return false;
    if (node.type === AST_NODE_TYPES.CallExpression && isSessionRead(node, program)) found.push(node);
    return true;
  });
  return found;
}

function isFunctionLike(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration
  );
}

/** The functions Next.js runs to render a page file: its default export and `getServerSideProps`. */
export function pageFunctions(program: TSESTree.Program): FunctionNode[] {
  const scopes = getProgramScopes(program);
  const functions = topLevelFunctions(program);
  const toFunction = (node: TSESTree.Node | null | undefined): FunctionNode | undefined => {
    if (!node) return undefined;
    if (isFunctionLike(node)) return node;
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
      const exported =
        specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
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
  return isFunctionLike(handler) && evaluateGuard(handler, 'page', program, { pathname }) === 'redirect';
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
  } catch {
    return [];
  }
  return demands.sort((a, b) => a.node.range[0] - b.node.range[0]);
}
