import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getLastName, getLiteralString, walkNodes } from './ast';
import { getKeyName, unwrap } from './error-handlers';
import { scopeOf } from './scope';

/**
 * The `?error=` query parameter of a page: where a file reads it (`useSearchParams().get('error')`,
 * `searchParams.error`, `router.query.error`, nuqs' `useQueryState('error')`), and the values a file writes into
 * it itself (`redirect('/login?error=Banned')`, `url.searchParams.set('error', 'Banned')`).
 */

/** Local names of nuqs' `useQueryState` in a file (`import { useQueryState } from 'nuqs'`). */
export type QueryStateHooks = ReadonlySet<string>;
const NO_HOOKS: QueryStateHooks = new Set();

/** The modules that export `useQueryState` (nuqs, and its earlier name). */
export const QUERY_STATE_MODULES: readonly string[] = ['nuqs', 'next-usequerystate'];

/** Names of the value a `?error=` query parameter is read from. */
const QUERY_HOLDERS = /^(?:searchParams|query|params|urlParams|queryParams|urlSearchParams)$/i;
/** Names of an object whose `error` property is the query parameter itself (`searchParams.error`, `router.query.error`). */
const QUERY_OBJECTS = /^(?:searchParams|query)$/i;

/**
 * Whether a value is the `error` query parameter of the page's URL: `searchParams.get('error')`,
 * `useSearchParams().get('error')`, `searchParams.error`, `router.query.error`, or a `const` (or a destructured
 * parameter, `{ searchParams: { error } }`) holding one of those, or the state of `useQueryState('error')` when
 * `hooks` names the file's import of it.
 */
export function isErrorParamRead(
  subject: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  hooks: QueryStateHooks = NO_HOOKS,
  depth = 0,
): boolean {
  if (depth > 3) return false;
  let node = unwrap(subject);
  if (node.type === AST_NODE_TYPES.LogicalExpression && (node.operator === '??' || node.operator === '||')) node = unwrap(node.left);
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getLastName(callee) !== 'get' || getLiteralString(node.arguments[0]) !== 'error') return false;
    return isQueryHolder(callee.object);
  }
  if (node.type === AST_NODE_TYPES.MemberExpression) return getLastName(node) === 'error' && isQueryObject(node.object);
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(scopeOf(sourceCode, node), node);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return false;
  if (definition.type === 'Variable') {
    const declarator = definition.node;
    if (!declarator.init || declarator.parent.kind !== 'const') return false;
    if (declarator.id === definition.name) return isErrorParamRead(declarator.init, sourceCode, hooks, depth + 1);
    // `const [error, setError] = useQueryState('error')`
    if (declarator.id.type === AST_NODE_TYPES.ArrayPattern) return declarator.id.elements[0] === definition.name && isQueryStateOfError(declarator.init, hooks);
    return declarator.id.type === AST_NODE_TYPES.ObjectPattern && destructuresError(declarator.id, definition.name) && isQueryObject(declarator.init);
  }
  if (definition.type === 'Parameter') {
    // `({ searchParams: { error } })`
    const pattern = definition.name.parent;
    const property = pattern?.type === AST_NODE_TYPES.Property ? pattern : undefined;
    const inner = property?.parent;
    const outer = inner?.parent;
    return (
      property !== undefined &&
      getKeyName(property) === 'error' &&
      inner?.type === AST_NODE_TYPES.ObjectPattern &&
      outer?.type === AST_NODE_TYPES.Property &&
      outer.value === inner &&
      QUERY_OBJECTS.test(getKeyName(outer) ?? '')
    );
  }
  return false;
}

function destructuresError(pattern: TSESTree.ObjectPattern, identifier: TSESTree.Identifier): boolean {
  return pattern.properties.some(
    (item) => item.type === AST_NODE_TYPES.Property && getKeyName(item) === 'error' && unwrap(item.value) === identifier,
  );
}

/** `searchParams`, `props.searchParams`, `router.query`, `useSearchParams()`, `new URL(…).searchParams`, `await searchParams`. */
function isQueryHolder(node: TSESTree.Node): boolean {
  const bare = unwrap(node);
  if (bare.type === AST_NODE_TYPES.CallExpression) return getLastName(bare.callee) === 'useSearchParams';
  const name = getLastName(bare);
  return name !== undefined && QUERY_HOLDERS.test(name);
}

/** `searchParams`, `props.searchParams`, `router.query`, `await searchParams`: an object of query values. */
function isQueryObject(node: TSESTree.Node): boolean {
  const name = getLastName(unwrap(node));
  return name !== undefined && QUERY_OBJECTS.test(name);
}


function isQueryStateOfError(init: TSESTree.Expression, hooks: QueryStateHooks): boolean {
  const call = unwrap(init);
  return (
    call.type === AST_NODE_TYPES.CallExpression &&
    call.callee.type === AST_NODE_TYPES.Identifier &&
    hooks.has(call.callee.name) &&
    getLiteralString(call.arguments[0]) === 'error'
  );
}

/** `error=<value>` in a URL written as a string: `/login?error=Banned`, `…&error=Banned#top`. */
const ERROR_IN_URL = /[?&]error=([^&#\s'"`]+)/g;

/**
 * The `?error=` values a tree writes itself, as literals: in a URL string or template (`'/login?error=Banned'`),
 * set on search params (`url.searchParams.set('error', 'Banned')`, `.append(…)`), or as the `error` property of an
 * object (`new URLSearchParams({ error: 'Banned' })`, `router.push({ query: { error: 'Banned' } })`, and any other
 * `{ error: '…' }`: an app's own value of that name is reason enough to stay silent).
 */
export function writtenErrorValues(root: TSESTree.Node): Set<string> {
  const values = new Set<string>();
  const fromUrl = (text: string) => {
    for (const match of text.matchAll(ERROR_IN_URL)) values.add(decodeValue(match[1]!));
  };
  walkNodes(root, (node) => {
    if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') fromUrl(node.value);
    else if (node.type === AST_NODE_TYPES.TemplateLiteral) {
      for (const quasi of node.quasis) fromUrl(quasi.value.cooked ?? quasi.value.raw);
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrap(node.callee);
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? getLastName(callee) : undefined;
      if ((method === 'set' || method === 'append') && getLiteralString(node.arguments[0]) === 'error' && node.arguments[1]) {
        const value = getLiteralString(node.arguments[1]);
        if (value !== undefined) values.add(value);
      }
    } else if (node.type === AST_NODE_TYPES.Property && getKeyName(node) === 'error') {
      const value = getLiteralString(node.value);
      if (value !== undefined) values.add(value);
    }
  });
  return values;
}

function decodeValue(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch (error) {
    if (error instanceof URIError) return text;
    throw error;
  }
}
