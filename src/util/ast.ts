import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ParserServicesWithTypeInformation } from '@typescript-eslint/utils';

import { scopeOf } from './scope';

/**
 * Shared ESTree helpers. Every rule uses these; none copies them. Keep each one small and total: odd shapes
 * give `undefined`, never an exception.
 */

/** The string a node always evaluates to, when it is a string literal or a template literal without expressions. */
export function getLiteralString(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** Strips `x as T`, `x satisfies T`, `x!` and `<T>x` wrappers. */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        continue;
      default:
        return current;
    }
  }
}

/**
 * The variable an identifier refers to, if it is declared once with `const` and an initializer in this file.
 * Returns the initializer.
 */
export function resolveConstInitializer(
  identifier: TSESTree.Identifier,
  scope: TSESLint.Scope.Scope,
): TSESTree.Expression | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (!def || def.type !== 'Variable') return undefined;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (def.parent.kind !== 'const' || !declarator.init) return undefined;
  return declarator.init;
}

/** The static name of a property key: `a`, `'a'`, `["a"]`, `` [`a`] ``; `undefined` for computed keys. */
export function getPropertyKeyName(
  property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition,
): string | undefined {
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  if (property.key.type === AST_NODE_TYPES.Literal) {
    return typeof property.key.value === 'string' || typeof property.key.value === 'number'
      ? String(property.key.value)
      : undefined;
  }
  return getLiteralString(property.key);
}

/**
 * The last name of an expression: `errorCode` for `error.errorCode`, `error?.errorCode`, `e["errorCode"]` or a
 * bare `errorCode`; `undefined` for anything else.
 */
export function getLastName(node: TSESTree.Node): string | undefined {
  const target = skipTypeWrappers(node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    if (!target.computed && target.property.type === AST_NODE_TYPES.Identifier) return target.property.name;
    return getLiteralString(target.property);
  }
  return undefined;
}

/** Finds a non-computed / literal-keyed property of an object literal by name (last one wins, as at run time). */
export function findProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  let found: TSESTree.Property | undefined;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property && getPropertyKeyName(property) === name) found = property;
  }
  return found;
}

/** A node that writes a string down: a string literal, or a template literal without expressions. */
export type StringLiteralNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

function isStringLiteralNode(node: TSESTree.Node): node is StringLiteralNode {
  return getLiteralString(node) !== undefined;
}

/**
 * The literal a string value is written in: the node itself, or — through `as` / `satisfies` wrappers, `const`
 * aliases (`const E = 'UNAUTHORIZED'`) and members of `const` object literals (`Codes.UNAUTHORIZED`,
 * `Codes['UNAUTHORIZED']`) — the literal the constant was initialised with. A fix that edits the value edits
 * this node.
 */
export function resolveStringLiteralNode(
  node: TSESTree.Node | null | undefined,
  scope: TSESLint.Scope.Scope,
): StringLiteralNode | undefined {
  let current: TSESTree.Node | null | undefined = node;
  for (let depth = 0; current && depth < 6; depth++) {
    current = skipTypeWrappers(current);
    if (isStringLiteralNode(current)) return current;
    if (current.type === AST_NODE_TYPES.Identifier) {
      current = resolveConstInitializer(current, scope);
      continue;
    }
    if (current.type === AST_NODE_TYPES.MemberExpression && current.object.type === AST_NODE_TYPES.Identifier) {
      const key = current.computed ? getLiteralString(current.property) : getLastName(current);
      const initializer = resolveConstInitializer(current.object, scope);
      const object = initializer && skipTypeWrappers(initializer);
      if (key === undefined || object?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      current = findProperty(object, key)?.value;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The name a compared or switched-on value goes by: its last name (`errorCode` for `error?.errorCode`), or the
 * key read from a `URLSearchParams`-like `get` call (`error` for `searchParams.get('error')`).
 */
export function getValueName(node: TSESTree.Node): string | undefined {
  const target = skipTypeWrappers(node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node);
  if (
    target.type === AST_NODE_TYPES.CallExpression &&
    target.arguments.length === 1 &&
    target.callee.type === AST_NODE_TYPES.MemberExpression &&
    getLastName(target.callee) === 'get'
  ) {
    return getLiteralString(target.arguments[0]);
  }
  return getLastName(target);
}

/**
 * The names of the keys a `const` map is read with: `errorCode` for `const messages = {…}` read as
 * `messages[error.errorCode]` or `messages[res?.errorCode]` anywhere in its scope. Empty when the object is not a
 * `const` initializer or is never read by a computed key.
 */
export function getMapReadNames(node: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): string[] {
  return (getMapReads(node, sourceCode)?.keyed ?? []).flatMap((read) => (read.name === undefined ? [] : [read.name]));
}

/** How a `const` map is used in its scope. */
export interface MapReads {
  /** The variable the map is declared as. */
  readonly id: TSESTree.Identifier;
  /** Reads by a computed key (`messages[error]`), with the name of the key's value when it has one. */
  readonly keyed: readonly { readonly name: string | undefined; readonly node: TSESTree.MemberExpression }[];
  /** Properties read by name (`messages.default`). */
  readonly named: ReadonlySet<string>;
  /** Whether the map is also used in a way not listed above (passed on, spread, iterated): its reads are unknown. */
  readonly escapes: boolean;
}

/** The reads of a map declared as `const X = {…}` (through `as` / `satisfies`), or `undefined` for any other object. */
export function getMapReads(node: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): MapReads | undefined {
  let holder: TSESTree.Node = node;
  while (holder.parent && isTypeWrapper(holder.parent)) holder = holder.parent;
  const declarator = holder.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== holder) return undefined;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.kind !== 'const') return undefined;
  const variable = ASTUtils.findVariable(scopeOf(sourceCode, declarator), declarator.id);
  if (!variable) return undefined;
  const keyed: { name: string | undefined; node: TSESTree.MemberExpression }[] = [];
  const named = new Set<string>();
  let escapes = false;
  for (const reference of variable.references) {
    if (reference.init) continue;
    const read = reference.identifier.parent;
    if (read?.type !== AST_NODE_TYPES.MemberExpression || read.object !== reference.identifier) {
      escapes = true;
      continue;
    }
    const key = read.computed ? getLiteralString(read.property) : getLastName(read);
    if (key !== undefined) named.add(key);
    else if (read.computed) keyed.push({ name: getValueName(read.property), node: read });
    else escapes = true;
  }
  return { id: declarator.id, keyed, named, escapes };
}

function isTypeWrapper(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion
  );
}

/** One `case` label of a switch with the value it stands for, when that can be told. */
export interface CaseLabel {
  readonly clause: TSESTree.SwitchCase;
  /** The label expression. */
  readonly test: TSESTree.Expression;
  /** Its string or number value; `undefined` when it cannot be told. */
  readonly value: string | number | undefined;
  /** The literal the string value is written in (see {@link resolveStringLiteralNode}), when there is one. */
  readonly literal: StringLiteralNode | undefined;
}

/**
 * The `case` labels of a switch (the `default` clause has none). Strings are read from literals, template
 * literals without expressions, constants and `const` object members; numbers from numeric literals. With
 * `typeValue` (type information), a label whose type is a single string literal type is read from its type.
 */
export function getCaseLabels(
  node: TSESTree.SwitchStatement,
  scope: TSESLint.Scope.Scope,
  typeValue?: (node: TSESTree.Node) => string | undefined,
): CaseLabel[] {
  const labels: CaseLabel[] = [];
  for (const clause of node.cases) {
    const test = clause.test;
    if (!test) continue;
    const literal = resolveStringLiteralNode(test, scope);
    let value: string | number | undefined = literal ? getLiteralString(literal) : undefined;
    if (value === undefined) {
      const bare = skipTypeWrappers(test);
      if (bare.type === AST_NODE_TYPES.Literal && typeof bare.value === 'number') value = bare.value;
      else value = typeValue?.(test);
    }
    labels.push({ clause, test, value, literal });
  }
  return labels;
}

/** What type information says about string values, when the parser provides it. */
export interface StringTypeFacts {
  /** The members of a node's type when it is a union of string literals (`null` / `undefined` dropped). */
  readonly literalUnion: (node: TSESTree.Node) => string[] | undefined;
  /** The value of a node whose type is one string literal type. */
  readonly literalValue: (node: TSESTree.Node) => string | undefined;
}

/**
 * String facts from type information, or `undefined` when the lint run has none (type information is never
 * required; callers fall back to what the source says).
 */
export function getStringTypeFacts(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): StringTypeFacts | undefined {
  const services = context.sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
  const { program, esTreeNodeToTSNodeMap } = services as ParserServicesWithTypeInformation;
  const checker = program.getTypeChecker();
  const typeOf = (node: TSESTree.Node) => {
    const tsNode = esTreeNodeToTSNodeMap.get(node);
    return tsNode ? checker.getTypeAtLocation(tsNode) : undefined;
  };
  return {
    literalUnion(node) {
      const type = typeOf(node);
      if (!type) return undefined;
      const nonNullable = checker.getNonNullableType(type);
      const members = nonNullable.isUnion() ? nonNullable.types : [nonNullable];
      const values: string[] = [];
      for (const member of members) {
        if (!member.isStringLiteral()) return undefined;
        values.push(member.value);
      }
      return values.length > 0 ? values : undefined;
    },
    literalValue(node) {
      const type = typeOf(node);
      return type?.isStringLiteral() ? type.value : undefined;
    },
  };
}

/**
 * Visits a node and its descendants in source order, without `parent` links (so it also works on trees a rule
 * parsed itself). `enter` returning `false` skips the node's children.
 */
export function walkNodes(node: TSESTree.Node, enter: (node: TSESTree.Node) => boolean | void): void {
  if (enter(node) === false) return;
  for (const key of Object.keys(node)) {
    if (key === 'parent' || key === 'loc' || key === 'range') continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isEstreeNode(item)) walkNodes(item, enter);
    } else if (isEstreeNode(value)) {
      walkNodes(value, enter);
    }
  }
}

function isEstreeNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The identifier an expression is rooted at: `x` for `x`, `x.a.b`, `x["a"]`, `x?.a`, `(x as T).a`. */
export function getRootIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current = skipTypeWrappers(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.Identifier) return current;
    if (current.type === AST_NODE_TYPES.MemberExpression) current = skipTypeWrappers(current.object);
    else if (current.type === AST_NODE_TYPES.ChainExpression) current = current.expression;
    else return undefined;
  }
}
