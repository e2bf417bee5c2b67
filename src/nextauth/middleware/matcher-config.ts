import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getLiteralString } from '../../util/ast';
import { findExport, objectModel } from '../config/objects';
import { resolveIn } from '../syntax/bindings';
import type { Frame } from '../syntax/bindings';
import { moduleExportName } from '../syntax/exports';
import type { MatcherEntry, RouteCondition } from './matcher';

/**
 * A middleware's `export const config = { matcher }` as written: the entries (strings or `{ source, has,
 * missing, locale }` objects) with the nodes they come from, or unknown when any part is not a literal.
 */

/** One entry of `config.matcher` with the node it was read from. */
export interface MatcherSite {
  readonly entry: string | MatcherEntry;
  readonly node: TSESTree.Node;
}

export type MiddlewareMatcher =
  | { readonly state: 'absent' }
  | { readonly state: 'present'; readonly node: TSESTree.Node; readonly sites: readonly MatcherSite[] }
  | { readonly state: 'unknown'; readonly node?: TSESTree.Node };

export function readMatcher(program: TSESTree.Program): MiddlewareMatcher {
  const reexported = program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration &&
      statement.source &&
      statement.specifiers.some((specifier) => moduleExportName(specifier.exported) === 'config'),
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

