import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getLiteralString, getPropertyKeyName, skipTypeWrappers } from '../../util/ast';
import type { AuthVersion } from '../config/imports';
import type { ProviderList, Tri } from '../config/model';
import type { StaticValue } from '../guard/values';
import { resolveIn } from '../syntax/bindings';
import type { Frame } from '../syntax/bindings';
import { moduleExportName } from '../syntax/exports';
import type { FunctionNode } from '../syntax/functions';

/**
 * What the project's NextAuth config says for the error-page rules (pages and `authorized`, with where each is
 * written), how the facts of several configs merge, and the static values read from other files.
 */

/** A page setting with where it is written. */
export type PageFact =
  | {
      readonly state: 'present';
      readonly value: string;
      /** The file that sets it, relative to the project root, with `/` separators. */
      readonly file: string;
      readonly line: number;
      readonly node: TSESTree.Node;
    }
  | { readonly state: 'absent' }
  | { readonly state: 'unknown' };

/**
 * The config's `secret`: the env variable it is read from (with where that is written), no `secret` at all, or
 * anything else (a literal, a call, a config module's value: nothing a middleware rule can compare).
 */
export type SecretFact =
  | { readonly state: 'env'; readonly name: string; readonly file: string; readonly line: number }
  | { readonly state: 'absent' }
  | { readonly state: 'unknown' };

/** What the project's NextAuth config says, as far as the middleware rules need it. */
export interface AuthFacts {
  /** Whether a config was found at all. */
  readonly found: boolean;
  readonly version: AuthVersion;
  readonly signIn: PageFact;
  readonly error: PageFact;
  /** v5 `callbacks.authorized`, with the program it sits in. */
  readonly authorized: Tri<FunctionNode>;
  readonly authorizedProgram?: TSESTree.Program;
  /** The config's `providers`, when one config gives them (`no-unreachable-error-code` reads Credentials' `authorize`). */
  readonly providers?: ProviderList;
  /** v4: the `secret` the route handler signs with (the middleware never reads it). */
  readonly secret: SecretFact;
}

export const ABSENT_FACTS: AuthFacts = {
  found: false,
  version: 'unknown',
  signIn: { state: 'unknown' },
  error: { state: 'unknown' },
  authorized: { state: 'unknown' },
  secret: { state: 'unknown' },
};

function sameSecret(a: SecretFact, b: SecretFact): boolean {
  return a.state === b.state && (a.state !== 'env' || (b.state === 'env' && a.name === b.name));
}

function samePage(a: PageFact, b: PageFact): boolean {
  if (a.state !== b.state) return false;
  return a.state !== 'present' || (b.state === 'present' && a.value === b.value);
}

/** One set of facts from several configs: a page all of them agree on, else unknown. */
export function mergeFacts(all: readonly AuthFacts[]): AuthFacts {
  const [first] = all;
  if (!first) return ABSENT_FACTS;
  if (all.length === 1) return first;
  const page = (pick: (facts: AuthFacts) => PageFact): PageFact => {
    const values = all.map(pick);
    return values.every((value) => samePage(value, values[0]!)) ? values[0]! : { state: 'unknown' };
  };
  const versions = new Set(all.map((facts) => facts.version));
  return {
    found: true,
    version: versions.size === 1 ? first.version : 'unknown',
    signIn: page((facts) => facts.signIn),
    error: page((facts) => facts.error),
    authorized: all.every((facts) => facts.authorized.state === 'absent') ? { state: 'absent' } : { state: 'unknown' },
    secret: all.every((facts) => sameSecret(facts.secret, first.secret)) ? first.secret : { state: 'unknown' },
  };
}

/**
 * The `NextAuth(…)` call whose result gives the exported `name` (`export const { auth } = NextAuth(…)`, or
 * `const { auth } = NextAuth(…); export { auth }`).
 */
export function nextAuthCallFor(program: TSESTree.Program, name: string): TSESTree.CallExpression | undefined {
  let local = name;
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.source) continue;
    for (const specifier of statement.specifiers) {
      const exported = moduleExportName(specifier.exported);
      if (exported === name && specifier.local.type === AST_NODE_TYPES.Identifier) local = specifier.local.name;
    }
  }
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of declaration.declarations) {
      if (!declarator.init) continue;
      const init = skipTypeWrappers(declarator.init);
      if (declarator.id.type === AST_NODE_TYPES.ObjectPattern && init.type === AST_NODE_TYPES.CallExpression) {
        for (const property of declarator.id.properties) {
          if (
            property.type === AST_NODE_TYPES.Property &&
            getPropertyKeyName(property) === 'auth' &&
            property.value.type === AST_NODE_TYPES.Identifier &&
            property.value.name === local
          ) {
            return init;
          }
        }
      }
      // `export const auth = NextAuth(config).auth`
      if (
        declarator.id.type === AST_NODE_TYPES.Identifier &&
        declarator.id.name === local &&
        init.type === AST_NODE_TYPES.MemberExpression &&
        !init.computed &&
        init.property.type === AST_NODE_TYPES.Identifier &&
        init.property.name === 'auth'
      ) {
        const object = skipTypeWrappers(init.object);
        if (object.type === AST_NODE_TYPES.CallExpression) return object;
      }
    }
  }
  return undefined;
}

/** A literal value (strings, numbers, booleans, arrays and objects of them), following `const`s. */
export function staticValue(node: TSESTree.Node, frame: Frame, depth: number): StaticValue | undefined {
  if (depth > 8) return undefined;
  const resolved = resolveIn(node, frame);
  const target = resolved.node;
  const text = getLiteralString(target);
  if (text !== undefined) return text;
  if (target.type === AST_NODE_TYPES.Literal) {
    if (typeof target.value === 'number' || typeof target.value === 'boolean' || target.value === null) return target.value;
    return undefined;
  }
  if (target.type === AST_NODE_TYPES.ArrayExpression) {
    const items: StaticValue[] = [];
    for (const element of target.elements) {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) return undefined;
      const item = staticValue(element, resolved.frame, depth + 1);
      if (item === undefined) return undefined;
      items.push(item);
    }
    return items;
  }
  if (target.type === AST_NODE_TYPES.ObjectExpression) {
    const result: Record<string, StaticValue> = {};
    for (const property of target.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) return undefined;
      const key = getPropertyKeyName(property);
      const value = key === undefined ? undefined : staticValue(property.value, resolved.frame, depth + 1);
      if (key === undefined || value === undefined) return undefined;
      result[key] = value;
    }
    return result;
  }
  return undefined;
}

export function arrayOfStrings(value: Tri<TSESTree.Node>): string[] | undefined {
  if (value.state !== 'present') return undefined;
  const array = resolveIn(value.node, value.frame);
  if (array.node.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const result: string[] = [];
  for (const element of array.node.elements) {
    const text =
      element && element.type !== AST_NODE_TYPES.SpreadElement
        ? getLiteralString(resolveIn(element, array.frame).node)
        : undefined;
    if (text === undefined) return undefined;
    result.push(text);
  }
  return result;
}
