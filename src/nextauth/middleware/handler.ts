import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { rethrowInDebug } from '../../util/failures';
import { getLiteralString, getPropertyKeyName, skipTypeWrappers, walkNodes } from '../../util/ast';
import type { ObjectModel, Tri } from '../config/model';
import { findExport, functionIn, nestedObject, notNullish, objectModel, stringProperty } from '../config/objects';
import { localAuthBindings, resolveIn, topLevelFunctions } from '../syntax/bindings';
import type { Frame } from '../syntax/bindings';
import { isPackageSource, moduleExportName } from '../syntax/exports';
import { isFunctionNode } from '../syntax/functions';
import type { FunctionNode } from '../syntax/functions';
import { readMatcher } from './matcher-config';
import type { MiddlewareMatcher } from './matcher-config';

/**
 * The static model of a Next.js middleware (`middleware.ts`) or proxy (`proxy.ts`, Next.js 16) file as far as
 * NextAuth.js is concerned: which auth guard it exports and which paths its `config.matcher` selects.
 *
 * The guards it recognises:
 * - v4: `export { default } from "next-auth/middleware"` (and `default as middleware`), `export default
 *   withAuth`, `withAuth(options)`, `withAuth(fn, options)`; the options' `pages` and `callbacks.authorized`.
 * - v5: `export { auth as middleware } from "./auth"`, `export default auth`, `auth((req) => …)`, and `auth`
 *   taken from a `NextAuth(config)` call in the file itself.
 * - any other exported function (`custom`), which is evaluated as a handler.
 *
 * `decideMiddleware` (decision.ts) then answers, for one page path, whether a signed-out visitor is redirected away from it.
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

/** A next-auth 4 middleware: `withAuth(…)` or the default export of `next-auth/middleware`. */
export type V4Middleware = Extract<MiddlewareHandler, { readonly kind: 'v4' }>;

/**
 * Whether a v4 middleware passes a `secret` of its own: the re-exported default and a `withAuth` without options
 * pass none (it then reads the env), options the model cannot read may pass one.
 */
export function withAuthSecret(handler: V4Middleware): 'present' | 'absent' | 'unknown' {
  const options = handler.options;
  if (options.state === 'unknown') return 'unknown';
  if (!options.object) return 'absent';
  return notNullish(options.object.get('secret')).state;
}

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
  } catch (error) {
    // A throw here is a bug of the model: unknown for users, rethrown with AUTH_ERRORS_DEBUG=1.
    rethrowInDebug(error);
    model = { handler: { kind: 'unknown' }, matcher: { state: 'unknown' } };
  }
  modelCache.set(program, model);
  return model;
}

// ---- the exported guard ----------------------------------------------------------------------------------

function isMiddlewareExport(name: string): name is MiddlewareExportName {
  return (MIDDLEWARE_EXPORTS as readonly string[]).includes(name);
}

function isV4Middleware(source: string, imported: string): boolean {
  return source === 'next-auth/middleware' && (imported === 'default' || imported === 'withAuth');
}

function findHandler(program: TSESTree.Program): MiddlewareHandler {
  // Re-exports first: `export { default } from "next-auth/middleware"`, `export { auth as middleware } from "./auth"`.
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || !statement.source) continue;
    for (const specifier of statement.specifiers) {
      const exported = moduleExportName(specifier.exported);
      if (!isMiddlewareExport(exported)) continue;
      const local = moduleExportName(specifier.local);
      const source = statement.source.value;
      if (isV4Middleware(source, local)) {
        return { kind: 'v4', exportName: exported, node: specifier, reexport: statement, options: noOptions() };
      }
      if (local === 'auth' && !isPackageSource(source)) {
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
      if (moduleExportName(specifier.exported) === name && specifier.local.type === AST_NODE_TYPES.Identifier) {
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
    if (imported === 'auth' && !isPackageSource(source)) return { kind: 'auth', origin: { kind: 'import', source, imported } };
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
    pages: { signIn: stringProperty(pages, 'signIn'), error: stringProperty(pages, 'error') },
    ...(pages.state === 'present' ? { pagesObject: pages.value } : {}),
    authorized: functionIn(callbacks, 'authorized'),
  };
}

// ---- where a hand-written middleware redirects to ------------------------------------------------------------

/** The leading text of a path as the code writes it: a string, a template's text before its first `${…}`. */
function pathPrefix(node: TSESTree.Node): string | undefined {
  const target = skipTypeWrappers(node);
  const literal = getLiteralString(target);
  if (literal !== undefined) return literal;
  if (target.type === AST_NODE_TYPES.TemplateLiteral) return target.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * Whether a hand-written middleware builds a redirect to an auth endpoint: `NextResponse.redirect(new
 * URL("/api/auth/guest?…", req.url))`, `Response.redirect("/api/auth/signin")`, or a `new URL("/api/auth/…")` it
 * keeps in a variable. Such a route (the library's sign-in, or the app's own guest sign-in route) may sign the
 * visitor in and send them back, so a redirect from a page says nothing about whether the page can be reached.
 */
export function redirectsToAuthEndpoint(fn: FunctionNode, basePath = ''): boolean {
  const prefixes = ['/api/auth/', `${basePath}/api/auth/`];
  let found = false;
  walkNodes(fn, (node) => {
    if (found) return false;
    let candidate: TSESTree.Node | undefined;
    if (node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'URL') {
      candidate = node.arguments[0];
    } else if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      !node.callee.computed &&
      node.callee.property.type === AST_NODE_TYPES.Identifier &&
      node.callee.property.name === 'redirect'
    ) {
      candidate = node.arguments[0];
    }
    const prefix = candidate && candidate.type !== AST_NODE_TYPES.SpreadElement ? pathPrefix(candidate) : undefined;
    if (prefix !== undefined && prefixes.some((start) => prefix.startsWith(start))) found = true;
    return undefined;
  });
  return found;
}
