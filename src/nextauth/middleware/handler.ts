import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getLiteralString, getPropertyKeyName, skipTypeWrappers } from '../../util/ast';
import { localAuthBindings, resolveIn, topLevelFunctions } from '../syntax/bindings';
import type { Frame } from '../syntax/bindings';
import { findExport, objectModel, resolveValue } from '../config/analyzer';
import type { ObjectModel, Tri } from '../config/analyzer';
import { evaluateGuard } from '../guard/evaluator';
import type { FunctionNode, GuardOptions, GuardOutcome } from '../guard/evaluator';
import { compileMatchers, DOCUMENT_REQUEST, middlewareRuns, requestPathname, stripSearch } from './matcher';
import type { CompiledMatcher, MatcherEntry, RequestFacts, RouteCondition, RoutingOptions, Tri as Tri3 } from './matcher';
import { isNullish } from '../syntax/values';

/**
 * The static model of a Next.js middleware (`middleware.ts`) or proxy (`proxy.ts`, Next.js 16) file as far as
 * NextAuth.js is concerned: which auth guard it exports and which paths its `config.matcher` selects.
 *
 * The guards it recognises:
 * - v4: `export { default } from "next-auth/middleware"` (and `default as middleware`), `export default
 *   withAuth`, `withAuth(options)`, `withAuth(fn, options)`; the options' `pages` and `callbacks.authorized`.
 * - v5: `export { auth as middleware } from "../auth"`, `export default auth`, `auth((req) => …)`, and `auth`
 *   taken from a `NextAuth(config)` call in the file itself.
 * - any other exported function (`custom`), which is evaluated as a handler.
 *
 * `decideMiddleware` then answers, for one page path, whether a signed-out visitor is redirected away from it.
 */

/** The export names Next.js calls: `default`, or `middleware` / `proxy` (Next.js 16). */
export const MIDDLEWARE_EXPORTS = ['default', 'middleware', 'proxy'] as const;
export type MiddlewareExportName = (typeof MIDDLEWARE_EXPORTS)[number];

/** Where a v5 `auth` comes from. */
export type AuthOrigin =
  | { readonly kind: 'import'; readonly source: string; readonly imported: string }
  /** `const { auth } = NextAuth(config)` / `NextAuth(config).auth` in the middleware file itself. */
  | { readonly kind: 'local'; readonly call: TSESTree.CallExpression };

/** The options of v4's `withAuth`. */
export type V4Options =
  | {
      readonly state: 'known';
      /** The options object, when one is passed. */
      readonly object?: ObjectModel;
      /** The options argument as written (`undefined` when there is none). */
      readonly node?: TSESTree.Node;
      readonly pages: { readonly signIn: Tri<string>; readonly error: Tri<string> };
      /** The `pages` object, when it is a literal the model could read. */
      readonly pagesObject?: ObjectModel;
      readonly authorized: Tri<FunctionNode>;
    }
  | { readonly state: 'unknown'; readonly node?: TSESTree.Node };

export type MiddlewareHandler =
  | {
      readonly kind: 'v4';
      readonly exportName: MiddlewareExportName;
      /** What to report on: the `withAuth(…)` call, or the export that re-exports the default middleware. */
      readonly node: TSESTree.Node;
      /** The `withAuth(…)` call, when there is one. */
      readonly call?: TSESTree.CallExpression;
      /** The `export { default } from "next-auth/middleware"` statement, when that is the form. */
      readonly reexport?: TSESTree.ExportNamedDeclaration;
      readonly options: V4Options;
    }
  | {
      readonly kind: 'v5';
      readonly exportName: MiddlewareExportName;
      readonly node: TSESTree.Node;
      readonly auth: AuthOrigin;
      /** The function wrapped by `auth((req) => …)`. */
      readonly handler?: FunctionNode;
    }
  | {
      readonly kind: 'custom';
      readonly exportName: MiddlewareExportName;
      readonly node: TSESTree.Node;
      readonly fn: FunctionNode;
    }
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown'; readonly node?: TSESTree.Node };

/** One entry of `config.matcher` with the node it was read from. */
export interface MatcherSite {
  readonly entry: string | MatcherEntry;
  readonly node: TSESTree.Node;
}

export type MiddlewareMatcher =
  | { readonly state: 'absent' }
  | { readonly state: 'present'; readonly node: TSESTree.Node; readonly sites: readonly MatcherSite[] }
  | { readonly state: 'unknown'; readonly node?: TSESTree.Node };

export interface MiddlewareModel {
  readonly handler: MiddlewareHandler;
  readonly matcher: MiddlewareMatcher;
}

// Per-process cache: the model depends only on the (immutable) program object.
const modelCache = new WeakMap<TSESTree.Program, MiddlewareModel>();

/** The model of a middleware / proxy file. Never throws: odd code is `unknown`. */
export function analyzeMiddleware(program: TSESTree.Program): MiddlewareModel {
  const cached = modelCache.get(program);
  if (cached) return cached;
  let model: MiddlewareModel;
  try {
    model = { handler: findHandler(program), matcher: readMatcher(program) };
  } catch {
    model = { handler: { kind: 'unknown' }, matcher: { state: 'unknown' } };
  }
  modelCache.set(program, model);
  return model;
}

// ---- the exported guard ----------------------------------------------------------------------------------

function moduleName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

function isMiddlewareExport(name: string): name is MiddlewareExportName {
  return (MIDDLEWARE_EXPORTS as readonly string[]).includes(name);
}

function isPackage(source: string): boolean {
  return !source.startsWith('.') && !source.startsWith('/') && !/^[@~#]\//.test(source) && !source.startsWith('src/');
}

function isV4Middleware(source: string, imported: string): boolean {
  return source === 'next-auth/middleware' && (imported === 'default' || imported === 'withAuth');
}

function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration
  );
}

function findHandler(program: TSESTree.Program): MiddlewareHandler {
  // Re-exports first: `export { default } from "next-auth/middleware"`, `export { auth as middleware } from "../auth"`.
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || !statement.source) continue;
    for (const specifier of statement.specifiers) {
      const exported = moduleName(specifier.exported);
      if (!isMiddlewareExport(exported)) continue;
      const local = moduleName(specifier.local);
      const source = statement.source.value;
      if (isV4Middleware(source, local)) {
        return { kind: 'v4', exportName: exported, node: specifier, reexport: statement, options: noOptions() };
      }
      if (local === 'auth' && !isPackage(source)) {
        return { kind: 'v5', exportName: exported, node: specifier, auth: { kind: 'import', source, imported: 'auth' } };
      }
      return { kind: 'unknown', node: specifier };
    }
  }
  const functions = topLevelFunctions(program);
  for (const name of MIDDLEWARE_EXPORTS) {
    const declared = exportedFunction(program, name, functions);
    if (declared) return { kind: 'custom', exportName: name, node: declared.id ?? declared, fn: declared };
    const destructured = exportedDestructure(program, name);
    if (destructured) return destructured;
    const found = findExport(program, name);
    if (found) return classify(program, found.node, found.frame, name, functions);
  }
  return hasStarExport(program) ? { kind: 'unknown' } : { kind: 'none' };
}

function hasStarExport(program: TSESTree.Program): boolean {
  return program.body.some((statement) => statement.type === AST_NODE_TYPES.ExportAllDeclaration);
}

/** `export default function …`, `export function middleware …`, `export { fn as middleware }` for a function. */
function exportedFunction(
  program: TSESTree.Program,
  name: MiddlewareExportName,
  functions: ReadonlyMap<string, TSESTree.FunctionDeclaration>,
): TSESTree.FunctionDeclaration | undefined {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && name === 'default') {
      const declaration = statement.declaration;
      if (declaration.type === AST_NODE_TYPES.FunctionDeclaration) return declaration;
      if (declaration.type === AST_NODE_TYPES.Identifier) return functions.get(declaration.name);
    }
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.source) continue;
    const declaration = statement.declaration;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id?.name === name) return declaration;
    for (const specifier of statement.specifiers) {
      if (moduleName(specifier.exported) === name && specifier.local.type === AST_NODE_TYPES.Identifier) {
        const fn = functions.get(specifier.local.name);
        if (fn) return fn;
      }
    }
  }
  return undefined;
}

/** `export const { auth: middleware } = NextAuth(config)`. */
function exportedDestructure(program: TSESTree.Program, name: MiddlewareExportName): MiddlewareHandler | undefined {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    const declaration = statement.declaration;
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) continue;
      for (const property of declarator.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        if (property.value.type !== AST_NODE_TYPES.Identifier || property.value.name !== name) continue;
        const init = skipTypeWrappers(declarator.init);
        if (getPropertyKeyName(property) === 'auth' && init.type === AST_NODE_TYPES.CallExpression) {
          return { kind: 'v5', exportName: name, node: property, auth: { kind: 'local', call: init } };
        }
        return { kind: 'unknown', node: property };
      }
    }
  }
  return undefined;
}

/** Where a name comes from, when it is NextAuth's middleware or an app's `auth`. */
function originOf(
  identifier: TSESTree.Identifier,
  frame: Frame,
  program: TSESTree.Program,
): { kind: 'v4' } | { kind: 'auth'; origin: AuthOrigin } | undefined {
  const binding = frame.lookup(identifier.name);
  if (binding?.kind === 'import' && !binding.binding.typeOnly) {
    const { source, imported } = binding.binding;
    if (isV4Middleware(source, imported)) return { kind: 'v4' };
    if (imported === 'auth' && !isPackage(source)) return { kind: 'auth', origin: { kind: 'import', source, imported } };
    return undefined;
  }
  const call = localAuthBindings(program).get(identifier.name);
  return call ? { kind: 'auth', origin: { kind: 'local', call } } : undefined;
}

function classify(
  program: TSESTree.Program,
  node: TSESTree.Node,
  frame: Frame,
  exportName: MiddlewareExportName,
  functions: ReadonlyMap<string, TSESTree.FunctionDeclaration>,
): MiddlewareHandler {
  const target = skipTypeWrappers(node);
  if (isFunctionNode(target)) return { kind: 'custom', exportName, node: target, fn: target };
  if (target.type === AST_NODE_TYPES.Identifier) {
    const origin = originOf(target, frame, program);
    if (origin?.kind === 'v4') return { kind: 'v4', exportName, node: target, options: noOptions() };
    if (origin?.kind === 'auth') return { kind: 'v5', exportName, node: target, auth: origin.origin };
    const fn = functions.get(target.name);
    if (fn) return { kind: 'custom', exportName, node: target, fn };
    return { kind: 'unknown', node: target };
  }
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    // `NextAuth(config).auth`
    const object = skipTypeWrappers(target.object);
    const property = !target.computed && target.property.type === AST_NODE_TYPES.Identifier ? target.property.name : undefined;
    if (object.type === AST_NODE_TYPES.CallExpression && property === 'auth') {
      return { kind: 'v5', exportName, node: target, auth: { kind: 'local', call: object } };
    }
    return { kind: 'unknown', node: target };
  }
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const callee = resolveIn(target.callee, frame);
    if (callee.node.type !== AST_NODE_TYPES.Identifier) return { kind: 'unknown', node: target };
    const origin = originOf(callee.node, callee.frame, program);
    if (origin?.kind === 'v4') {
      return { kind: 'v4', exportName, node: target, call: target, options: withAuthOptions(target, frame) };
    }
    if (origin?.kind === 'auth') {
      const [first] = target.arguments;
      const wrapped = first && first.type !== AST_NODE_TYPES.SpreadElement ? resolveIn(first, frame).node : undefined;
      if (wrapped && isFunctionNode(wrapped)) {
        return { kind: 'v5', exportName, node: target, auth: origin.origin, handler: wrapped };
      }
    }
  }
  return { kind: 'unknown', node: target };
}

function noOptions(): V4Options {
  return {
    state: 'known',
    pages: { signIn: { state: 'absent' }, error: { state: 'absent' } },
    authorized: { state: 'absent' },
  };
}

/** The options of `withAuth()`, `withAuth(options)`, `withAuth(fn)`, `withAuth(fn, options)`. */
function withAuthOptions(call: TSESTree.CallExpression, frame: Frame): V4Options {
  const [first, second] = call.arguments;
  if (!first) return noOptions();
  if (first.type === AST_NODE_TYPES.SpreadElement) return { state: 'unknown', node: first };
  const firstTarget = resolveIn(first, frame).node;
  let optionsNode: TSESTree.Node | undefined;
  if (isFunctionNode(firstTarget)) optionsNode = second;
  else if (firstTarget.type === AST_NODE_TYPES.ObjectExpression) optionsNode = first;
  else return { state: 'unknown', node: first };
  if (!optionsNode) return noOptions();
  if (optionsNode.type === AST_NODE_TYPES.SpreadElement) return { state: 'unknown', node: optionsNode };
  const object = objectModel(optionsNode, frame);
  if (!object) return { state: 'unknown', node: optionsNode };
  const pages = nestedObject(object, 'pages');
  const callbacks = nestedObject(object, 'callbacks');
  return {
    state: 'known',
    object,
    node: optionsNode,
    pages: { signIn: stringIn(pages, 'signIn'), error: stringIn(pages, 'error') },
    ...(pages.state === 'present' ? { pagesObject: pages.value } : {}),
    authorized: functionIn(callbacks, 'authorized'),
  };
}

/** A nested object property of an object model (`pages`, `callbacks`). */
export function nestedObject(object: ObjectModel, name: string): Tri<ObjectModel> {
  const value = object.get(name);
  if (value.state !== 'present') return value;
  const resolved = resolveValue(value.node, value.frame);
  if (isNullish(resolved.node, resolved.frame)) return { state: 'absent' };
  const model = objectModel(value.node, value.frame);
  if (!model) return { state: 'unknown', node: value.node };
  const property = value.property ? { property: value.property } : {};
  return { state: 'present', value: model, node: value.node, frame: value.frame, ...property };
}

/**
 * A string property of an object model: a literal, a `const` holding one, or a member of a same-file constant
 * object (`pages: { error: ROUTES.error }`); absent when `undefined` / `null`; else unknown. It reads values
 * the way the config model's `stringOf` does, so the model and this rule agree on a config's pages.
 */
export function stringIn(object: Tri<ObjectModel>, name: string): Tri<string> {
  if (object.state !== 'present') return object;
  const value = object.value.get(name);
  if (value.state !== 'present') return value;
  const resolved = resolveValue(value.node, value.frame);
  if (isNullish(resolved.node, resolved.frame)) return { state: 'absent' };
  const text = getLiteralString(resolved.node);
  if (text === undefined) return { state: 'unknown', node: value.node };
  const property = value.property ? { property: value.property } : {};
  return { state: 'present', value: text, node: value.node, frame: value.frame, ...property };
}

/** A function property of an object model (`authorized() {…}`, `authorized: ({ token }) => …`). */
export function functionIn(object: Tri<ObjectModel>, name: string): Tri<FunctionNode> {
  if (object.state !== 'present') return object;
  const value = object.value.get(name);
  if (value.state !== 'present') return value;
  const resolved = resolveValue(value.node, value.frame);
  if (isNullish(resolved.node, resolved.frame)) return { state: 'absent' };
  if (!isFunctionNode(resolved.node)) return { state: 'unknown', node: value.node };
  return { state: 'present', value: resolved.node, node: value.node, frame: resolved.frame };
}

// ---- config.matcher --------------------------------------------------------------------------------------

function readMatcher(program: TSESTree.Program): MiddlewareMatcher {
  const reexported = program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration &&
      statement.source &&
      statement.specifiers.some((specifier) => moduleName(specifier.exported) === 'config'),
  );
  if (reexported) return { state: 'unknown' };
  const config = findExport(program, 'config');
  if (!config) return { state: 'absent' };
  const object = objectModel(config.node, config.frame);
  if (!object) return { state: 'unknown', node: config.node };
  const matcher = object.get('matcher');
  if (matcher.state === 'absent') return { state: 'absent' };
  if (matcher.state === 'unknown') return { state: 'unknown', ...(matcher.node ? { node: matcher.node } : {}) };
  const value = resolveIn(matcher.node, matcher.frame);
  if (value.node.type === AST_NODE_TYPES.ArrayExpression) {
    const sites: MatcherSite[] = [];
    for (const element of value.node.elements) {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) return { state: 'unknown', node: matcher.node };
      const entry = matcherEntry(element, value.frame);
      if (!entry) return { state: 'unknown', node: element };
      sites.push({ entry, node: element });
    }
    return { state: 'present', node: matcher.node, sites };
  }
  const entry = matcherEntry(matcher.node, matcher.frame);
  if (!entry) return { state: 'unknown', node: matcher.node };
  return { state: 'present', node: matcher.node, sites: [{ entry, node: matcher.node }] };
}

function matcherEntry(node: TSESTree.Node, frame: Frame): string | MatcherEntry | undefined {
  const resolved = resolveIn(node, frame);
  const text = getLiteralString(resolved.node);
  if (text !== undefined) return text;
  const object = objectModel(resolved.node, resolved.frame);
  if (!object || object.unresolved.length > 0) return undefined;
  let source: string | undefined;
  let has: RouteCondition[] | undefined;
  let missing: RouteCondition[] | undefined;
  let locale: false | undefined;
  for (const entry of object.entries) {
    if (entry.kind !== 'property') return undefined;
    const value = resolveIn(entry.value, entry.frame);
    switch (entry.name) {
      case 'source':
        source = getLiteralString(value.node);
        if (source === undefined) return undefined;
        break;
      case 'has':
      case 'missing': {
        const conditions = conditionList(value.node, value.frame);
        if (!conditions) return undefined;
        if (entry.name === 'has') has = conditions;
        else missing = conditions;
        break;
      }
      case 'locale':
        if (value.node.type !== AST_NODE_TYPES.Literal || value.node.value !== false) return undefined;
        locale = false;
        break;
      default:
        // Next.js rejects unknown keys in a matcher object; nothing can be said about such a middleware.
        return undefined;
    }
  }
  if (source === undefined) return undefined;
  return { source, ...(has ? { has } : {}), ...(missing ? { missing } : {}), ...(locale === false ? { locale } : {}) };
}

function conditionList(node: TSESTree.Node, frame: Frame): RouteCondition[] | undefined {
  if (node.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const conditions: RouteCondition[] = [];
  for (const element of node.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const object = objectModel(element, frame);
    if (!object || object.unresolved.length > 0) return undefined;
    const fields: Record<string, string> = {};
    for (const entry of object.entries) {
      if (entry.kind !== 'property') return undefined;
      const text = getLiteralString(resolveIn(entry.value, entry.frame).node);
      if (text === undefined) return undefined;
      fields[entry.name] = text;
    }
    const type = fields.type;
    if (type !== 'header' && type !== 'cookie' && type !== 'query' && type !== 'host') return undefined;
    conditions.push({
      type,
      ...(fields.key !== undefined ? { key: fields.key } : {}),
      ...(fields.value !== undefined ? { value: fields.value } : {}),
    });
  }
  return conditions;
}

// ---- deciding ----------------------------------------------------------------------------------------------

/** A page path as a config sets it: a value, certainly not set (the default page), or unknown. */
export type PageSetting =
  | { readonly state: 'present'; readonly value: string }
  | { readonly state: 'absent' }
  | { readonly state: 'unknown' };

/** The pages and guard of the NextAuth config the middleware works with (v5, or v4 for comparison). */
export interface ConfigFacts {
  readonly signIn: PageSetting;
  readonly error: PageSetting;
  /** v5 `callbacks.authorized` of the config `auth` comes from. */
  readonly authorized: Tri<FunctionNode>;
  /** The program `authorized` sits in (to resolve the names it uses). */
  readonly authorizedProgram?: TSESTree.Program;
}

export interface DecideContext {
  readonly routing: RoutingOptions;
  /** Locale prefix of the request, when `i18n` is configured. */
  readonly locale?: string;
  /** The program of the middleware file (for evaluating functions written in it). */
  readonly program: TSESTree.Program;
  readonly importedValue?: GuardOptions['importedValue'];
  readonly facts?: RequestFacts;
}

/** Why a page is (or is not) protected. */
export interface MiddlewareDecision {
  /** Whether a signed-out visitor to the page is redirected away from it by the middleware. */
  readonly redirects: Tri3;
  /** The matcher entry that selects the page, when the middleware has a matcher. */
  readonly matcher?: CompiledMatcher;
  /** v4: the page the middleware skips in its place (its own `pages` value or the default). */
  readonly middlewareSkips?: string;
}

const V4_DEFAULT_PAGES = { signIn: '/api/auth/signin', error: '/api/auth/error' } as const;
const V4_PUBLIC_PREFIXES = ['/_next', '/favicon.ico'];
const AUTH_BASE_PATH = '/api/auth';

function runs(model: MiddlewareModel, page: string, context: DecideContext): { runs: Tri3; matcher?: CompiledMatcher } {
  if (model.matcher.state === 'unknown') return { runs: 'unknown' };
  const pathname = requestPathname(page, context.routing, context.locale);
  if (model.matcher.state === 'absent') return middlewareRuns(undefined, pathname);
  const compiled = compileMatchers(
    model.matcher.sites.map((site) => site.entry),
    context.routing,
  );
  if (!compiled) return { runs: 'unknown' };
  return middlewareRuns(compiled, pathname, context.facts ?? DOCUMENT_REQUEST);
}

function fromOutcome(outcome: GuardOutcome, denyRedirects: boolean): Tri3 {
  switch (outcome) {
    case 'redirect':
      return 'yes';
    case 'deny':
      return denyRedirects ? 'yes' : 'no';
    case 'allow':
      return 'no';
    case 'unknown':
      return 'unknown';
  }
}

/**
 * Whether the middleware redirects a signed-out visitor away from `page` (a path without `basePath`), and
 * what makes it do so. `config` describes the NextAuth config the middleware's `auth` comes from (v5) and
 * holds the pages for the v4 default; `undefined` when it could not be found.
 */
export function decideMiddleware(
  model: MiddlewareModel,
  page: string,
  config: ConfigFacts | undefined,
  context: DecideContext,
): MiddlewareDecision {
  const handler = model.handler;
  if (handler.kind === 'none' || handler.kind === 'unknown') return { redirects: 'unknown' };
  const path = stripSearch(page);
  const selected = runs(model, path, context);
  if (selected.runs === 'no') return { redirects: 'no' };
  const withMatcher = (redirects: Tri3, extra: Partial<MiddlewareDecision> = {}): MiddlewareDecision => {
    const verdict: Tri3 = redirects === 'no' ? 'no' : selected.runs === 'unknown' ? 'unknown' : redirects;
    return { redirects: verdict, ...(selected.matcher ? { matcher: selected.matcher } : {}), ...extra };
  };
  const guardOptions: GuardOptions = {
    pathname: path,
    ...(context.importedValue ? { importedValue: context.importedValue } : {}),
  };

  switch (handler.kind) {
    case 'v4': {
      const options = handler.options;
      if (options.state === 'unknown') return { redirects: 'unknown' };
      const signIn = pageValue(options.pages.signIn, V4_DEFAULT_PAGES.signIn);
      const error = pageValue(options.pages.error, V4_DEFAULT_PAGES.error);
      if (signIn === undefined || error === undefined) return { redirects: 'unknown' };
      const own = page === error || path === error ? error : page === signIn || path === signIn ? signIn : undefined;
      if (own !== undefined) return { redirects: 'no' };
      const full = `${context.routing.basePath ?? ''}${path}`;
      if (full.startsWith(AUTH_BASE_PATH) || V4_PUBLIC_PREFIXES.some((prefix) => path.startsWith(prefix))) {
        return { redirects: 'no' };
      }
      let redirects: Tri3 = 'yes';
      if (options.authorized.state === 'unknown') redirects = 'unknown';
      else if (options.authorized.state === 'present') {
        redirects = fromOutcome(
          evaluateGuard(options.authorized.value, 'v4-authorized', context.program, guardOptions),
          true,
        );
      }
      const skips = isTarget(page, config?.error) ? error : isTarget(page, config?.signIn) ? signIn : undefined;
      return withMatcher(redirects, skips !== undefined ? { middlewareSkips: skips } : {});
    }
    case 'v5': {
      if (!config) return { redirects: 'unknown' };
      const signIn = pageValue(config.signIn, V4_DEFAULT_PAGES.signIn);
      let fromCallback: Tri3 = 'no';
      if (config.authorized.state === 'unknown') fromCallback = 'unknown';
      else if (config.authorized.state === 'present') {
        const program = config.authorizedProgram ?? context.program;
        const outcome = evaluateGuard(config.authorized.value, 'v5-authorized', program, guardOptions);
        // Without a wrapped function, a falsy result sends the visitor to sign-in (except on the sign-in page
        // itself); with one, only a `Response` the callback returns counts and the function decides the rest.
        if (outcome === 'redirect') fromCallback = 'yes';
        else if (outcome === 'deny') {
          if (handler.handler) fromCallback = 'no';
          else fromCallback = signIn === undefined ? 'unknown' : signIn === path ? 'no' : 'yes';
        }
        else fromCallback = fromOutcome(outcome, false);
      }
      if (fromCallback === 'yes' || !handler.handler) return withMatcher(fromCallback);
      const fromHandler = fromOutcome(
        evaluateGuard(handler.handler, 'handler', context.program, guardOptions),
        false,
      );
      return withMatcher(fromCallback === 'unknown' && fromHandler !== 'yes' ? 'unknown' : fromHandler);
    }
    case 'custom':
      return withMatcher(
        fromOutcome(evaluateGuard(handler.fn, 'handler', context.program, guardOptions), false),
      );
  }
}

function pageValue(setting: PageSetting | undefined, fallback: string): string | undefined {
  if (!setting || setting.state === 'absent') return fallback;
  return setting.state === 'present' ? stripSearch(setting.value) : undefined;
}

function isTarget(page: string, setting: PageSetting | undefined): boolean {
  return setting?.state === 'present' && stripSearch(setting.value) === stripSearch(page);
}
