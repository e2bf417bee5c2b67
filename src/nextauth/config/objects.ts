import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getLiteralString, getPropertyKeyName } from '../../util/ast';
import { rethrowInDebug } from '../../util/failures';
import { getProgramScopes, programOf, resolveIn } from '../syntax/bindings';
import type { Frame, Located } from '../syntax/bindings';
import { findReexport, memberName, moduleExportName } from '../syntax/exports';
import { isFunctionNode } from '../syntax/functions';
import type { FunctionNode } from '../syntax/functions';
import { isMaybe, isNullish } from '../syntax/values';
import { isAuthModule } from './entry-points';
import type { ImportBinding } from './imports';
import { ABSENT, unknown } from './model';
import type { FindOptions, ImportResolver, ObjectEntry, ObjectModel, SpreadOrigin, Tri } from './model';

/**
 * Objects and values as the config model reads them: an object literal with its same-file spreads followed
 * ({@link objectModel}), a value followed through `const`s and static member reads ({@link resolveValue}), what a
 * module exports under a name ({@link findExport}), and the readers of one property of an object (a string, a
 * nested object, a function, a setting). Every model (config, middleware, project) reads properties through
 * these, so they agree on what `pages: { error: ROUTES.error }` says.
 */

const MAX_DEPTH = 8;

/**
 * The expression a program exports under a name (`export const x = …`, `export default …`,
 * `export { y as x }`), resolved through its `const`s; `undefined` when it is not a plain export.
 */
export function findExport(program: TSESTree.Program, name: string): Located | undefined {
  const scopes = getProgramScopes(program);
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && name === 'default') {
      const declaration = statement.declaration;
      if (isExpression(declaration)) return resolveIn(declaration, scopes.root);
    }
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.source) continue;
    const declaration = statement.declaration;
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name && declarator.init) {
          // Through the name, so that a `const` the file writes into (or appends to) stays that name.
          return declaration.kind === 'const' ? resolveIn(declarator.id, scopes.root) : undefined;
        }
      }
    }
    for (const specifier of statement.specifiers) {
      const exported = moduleExportName(specifier.exported);
      if (exported === name && specifier.local.type === AST_NODE_TYPES.Identifier) {
        return resolveIn(specifier.local, scopes.root);
      }
    }
  }
  return undefined;
}

/**
 * Builds the model of an object literal (or a `const` holding one): `undefined` when the node is not one.
 * Exposed for rules that look at objects beside configs (`withAuth(…, { secret })`).
 */
export function objectModel(node: TSESTree.Node, frame: Frame, options: FindOptions = {}): ObjectModel | undefined {
  return new ObjectBuilder(options).build(node, frame, 0, new Set());
}

function isExpression(node: TSESTree.Node | null | undefined): node is TSESTree.Expression {
  return (
    !!node &&
    node.type !== AST_NODE_TYPES.FunctionDeclaration &&
    node.type !== AST_NODE_TYPES.ClassDeclaration &&
    node.type !== AST_NODE_TYPES.TSDeclareFunction &&
    node.type !== AST_NODE_TYPES.TSInterfaceDeclaration &&
    node.type !== AST_NODE_TYPES.TSTypeAliasDeclaration &&
    node.type !== AST_NODE_TYPES.TSEnumDeclaration &&
    node.type !== AST_NODE_TYPES.TSModuleDeclaration &&
    node.type !== AST_NODE_TYPES.VariableDeclaration
  );
}

/**
 * Like {@link resolveIn}, and also follows static member reads of same-file objects: `ROUTES.login` where
 * `const ROUTES = { login: "/login" }`, `base.providers` where `const base = { providers: […] }`. With
 * `options.resolveImport` it also follows names imported from the app's own files (`authConfig.providers` where
 * `authConfig` comes from `./auth.config`); names from the Auth.js packages themselves are never followed.
 */
export function resolveValue(node: TSESTree.Node, frame: Frame, options: FindOptions = {}): Located {
  let current = resolveIn(node, frame);
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const member = current.node;
    if (member.type === AST_NODE_TYPES.Identifier && options.resolveImport) {
      const binding = current.frame.lookup(member.name);
      if (binding?.kind !== 'import' || binding.binding.imported === '*' || isAuthModule(binding.binding.source)) {
        return current;
      }
      const other = new ObjectBuilder(options).followImport(binding.binding, depth, programOf(current.frame));
      if (!other) return current;
      current = resolveIn(other.node, other.frame);
      continue;
    }
    if (member.type !== AST_NODE_TYPES.MemberExpression) return current;
    const name = memberName(member);
    if (name === undefined) return current;
    const object = new ObjectBuilder(options).build(member.object, current.frame, 0, new Set());
    const value = object?.get(name);
    if (value?.state !== 'present') return current;
    current = resolveIn(value.node, value.frame);
  }
  return current;
}

export class ObjectBuilder {
  constructor(private readonly options: FindOptions) {}

  build(
    node: TSESTree.Node,
    frame: Frame,
    depth: number,
    seen: Set<TSESTree.Node>,
  ): ObjectModel | undefined {
    const located = resolveValue(node, frame, this.options);
    if (located.node.type !== AST_NODE_TYPES.ObjectExpression || depth > MAX_DEPTH || seen.has(located.node)) {
      return undefined;
    }
    const object = located.node;
    const objectFrame = located.frame;
    const inner = new Set(seen).add(object);
    const entries: ObjectEntry[] = [];
    const unresolved: SpreadOrigin[] = [];
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.Property) {
        const name = getPropertyKeyName(property);
        if (name === undefined) {
          const origin: SpreadOrigin = { kind: 'unknown', node: property };
          entries.push({ kind: 'unknown', origin });
          unresolved.push(origin);
        } else {
          entries.push({ kind: 'property', name, property, value: property.value, frame: objectFrame });
        }
        continue;
      }
      const spread = this.spread(property, objectFrame, depth, inner);
      if (spread.model) {
        entries.push(...spread.model.entries);
        unresolved.push(...spread.model.unresolved);
      } else {
        entries.push({ kind: 'unknown', origin: spread.origin });
        unresolved.push(spread.origin);
      }
    }
    return makeObjectModel(object, objectFrame, entries, unresolved);
  }

  private spread(
    spread: TSESTree.SpreadElement,
    frame: Frame,
    depth: number,
    seen: Set<TSESTree.Node>,
  ): { model?: ObjectModel; origin: SpreadOrigin } {
    const model = this.build(spread.argument, frame, depth + 1, seen);
    if (model) return { model, origin: { kind: 'unknown', node: spread } };
    const target = resolveIn(spread.argument, frame);
    const binding = target.node.type === AST_NODE_TYPES.Identifier ? target.frame.lookup(target.node.name) : undefined;
    if (binding?.kind !== 'import' || binding.binding.imported === '*') return { origin: { kind: 'unknown', node: spread } };
    const origin: SpreadOrigin = {
      kind: 'import',
      node: spread,
      source: binding.binding.source,
      imported: binding.binding.imported,
    };
    const other = this.followImport(binding.binding, depth, programOf(frame));
    if (!other) return { origin };
    const followed = this.build(other.node, other.frame, depth + 1, seen);
    return followed ? { model: followed, origin } : { origin };
  }

  /** Follows an imported name through `resolveImport` (and re-exports) to the expression it stands for. */
  followImport(
    binding: ImportBinding,
    depth: number,
    from: TSESTree.Program | undefined,
  ): (Located & { program: TSESTree.Program }) | undefined {
    const resolveImport = this.options.resolveImport;
    if (!resolveImport || !from || depth > MAX_DEPTH) return undefined;
    const followed = followExport(resolveImport, binding.source, binding.imported, from, true);
    return followed?.found ? { ...followed.found, program: followed.program } : undefined;
  }
}

function makeObjectModel(
  node: TSESTree.ObjectExpression,
  frame: Frame,
  entries: readonly ObjectEntry[],
  unresolved: readonly SpreadOrigin[],
): ObjectModel {
  return {
    node,
    frame,
    entries,
    unresolved,
    get(name: string): Tri<TSESTree.Node> {
      for (let index = entries.length - 1; index >= 0; index--) {
        const entry = entries[index];
        if (!entry) continue;
        if (entry.kind === 'unknown') return unknown(entry.origin.node);
        if (entry.name !== name) continue;
        return { state: 'present', value: entry.value, node: entry.value, property: entry.property, frame: entry.frame };
      }
      return ABSENT;
    },
  };
}

/** A property's value as a setting: `undefined` / `null` mean absent, a conditional or `a || b` is unknown. */
export function settable(value: Tri<TSESTree.Node>): Tri<TSESTree.Node> {
  if (value.state !== 'present') return value;
  const resolved = resolveValue(value.node, value.frame);
  if (isNullish(resolved.node, resolved.frame)) return ABSENT;
  if (isMaybe(resolved.node)) return unknown(value.node);
  return value;
}

/** A property's value with `undefined` / `null` read as absent; anything else stays as written. */
export function notNullish(value: Tri<TSESTree.Node>): Tri<TSESTree.Node> {
  if (value.state !== 'present') return value;
  const resolved = resolveValue(value.node, value.frame);
  return isNullish(resolved.node, resolved.frame) ? ABSENT : value;
}

/**
 * A string property of an object: a literal, a `const` holding one, or a member of a same-file constant object
 * (`pages: { error: ROUTES.error }`); absent when `undefined` / `null`; else unknown.
 */
export function stringProperty(object: Tri<ObjectModel>, name: string): Tri<string> {
  if (object.state !== 'present') return object;
  const value = object.value.get(name);
  if (value.state !== 'present') return value;
  const resolved = resolveValue(value.node, value.frame);
  if (isNullish(resolved.node, resolved.frame)) return ABSENT;
  const text = getLiteralString(resolved.node);
  if (text === undefined) return unknown(value.node);
  const property = value.property ? { property: value.property } : {};
  return { state: 'present', value: text, node: value.node, frame: value.frame, ...property };
}

/** A nested object property of an object (`pages`, `callbacks`, `session`); absent when `undefined` / `null`. */
export function nestedObject(object: ObjectModel, name: string, options: FindOptions = {}): Tri<ObjectModel> {
  const value = object.get(name);
  if (value.state !== 'present') return value;
  const resolved = resolveValue(value.node, value.frame);
  if (isNullish(resolved.node, resolved.frame)) return ABSENT;
  const model = objectModel(resolved.node, resolved.frame, options);
  if (!model) return unknown(value.node);
  const property = value.property ? { property: value.property } : {};
  return { state: 'present', value: model, node: value.node, frame: value.frame, ...property };
}

/** A function property of an object (`authorized() {…}`, `authorized: ({ token }) => …`). */
export function functionIn(object: Tri<ObjectModel>, name: string): Tri<FunctionNode> {
  if (object.state !== 'present') return object;
  const value = object.value.get(name);
  if (value.state !== 'present') return value;
  const resolved = resolveValue(value.node, value.frame);
  if (isNullish(resolved.node, resolved.frame)) return ABSENT;
  if (!isFunctionNode(resolved.node)) return unknown(value.node);
  return { state: 'present', value: resolved.node, node: value.node, frame: resolved.frame };
}

/** How many modules {@link followExport} passes through at most. */
const MAX_HOPS = 4;

/**
 * Where an imported name leads: from the module `source` names (as imported into `from`), through re-exports
 * (`export { a as b } from './x'`) and, with `throughImports`, through names a module imports and exports again
 * (`import { a } from './x'; export { a }`), to the program that declares it, with the name there and (with
 * `throughImports`) the expression it stands for. `undefined` when a module cannot be resolved, a resolver fails,
 * or the chain is longer than {@link MAX_HOPS}. The config model and the project model both follow imports
 * through here.
 */
export function followExport(
  resolve: ImportResolver,
  source: string,
  imported: string,
  from: TSESTree.Program,
  throughImports: boolean,
): { program: TSESTree.Program; imported: string; found?: Located } | undefined {
  let current = from;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    let program: TSESTree.Program | undefined;
    try {
      program = resolve(source, imported, current);
    } catch (error) {
      // A caller's resolver reads files through the file layer, which handles unreadable files itself.
      rethrowInDebug(error);
      return undefined;
    }
    if (!program) return undefined;
    if (throughImports) {
      const found = findExport(program, imported);
      if (found) {
        const binding = found.node.type === AST_NODE_TYPES.Identifier ? found.frame.lookup(found.node.name) : undefined;
        if (binding?.kind !== 'import') return { program, imported, found };
        source = binding.binding.source;
        imported = binding.binding.imported;
        current = program;
        continue;
      }
    }
    const reexport = findReexport(program, imported);
    if (!reexport) return throughImports ? undefined : { program, imported };
    source = reexport.source;
    imported = reexport.imported;
    current = program;
  }
  return undefined;
}
