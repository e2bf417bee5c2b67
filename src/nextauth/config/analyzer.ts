/**
 * The static model of NextAuth.js v4 / Auth.js v5 configs, computed from one `TSESTree.Program` alone (no ESLint
 * scope manager), so rules can use it on the file being linted and on files they parse themselves.
 *
 * `findAuthConfigs(program)` returns one {@link AuthConfig} per config object literal in the file: objects passed
 * to `NextAuth(…)` (v4 `NextAuth(options)`, `NextAuth(req, res, options)`; v5 `NextAuth(config)` and the lazy
 * `NextAuth((req) => config)`), to @auth/core's `Auth(request, config)`, and objects typed as a config
 * (`: NextAuthOptions`, `: AuthOptions`, `satisfies NextAuthConfig`, `as AuthConfig`). `NextAuth`, the config
 * types and the provider factories are recognised by the module they are imported from, whatever their local
 * name. For each config it gives the version, the providers (kind, call, options), and `adapter`, the session
 * strategy, `secret` and `pages.signIn` / `pages.error` as a {@link Tri}: present (with the value's node),
 * absent, or unknown. Identifiers and `...spreads` are followed through `const`s of the same file; a spread the
 * file cannot see (an import, a call) makes the properties it could set unknown and is listed in `spreads`
 * with its module specifier, so a caller can follow `...authConfig` into `./auth.config` (or pass
 * `resolveImport` and let the model do it). Nothing here throws on odd code: what it cannot see is unknown.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getLiteralString, getPropertyKeyName, skipTypeWrappers, walkNodes } from '../../util/ast';
import { getProgramScopes, programOf, resolveIn } from '../syntax/bindings';
import type { Frame, Located, ProgramScopes } from '../syntax/bindings';
import { isAuthModule } from './entry-points';
import type { Framework } from './entry-points';
import { configTypeVersion, entryKind, moduleVersionHint, providerFactory, providerModule, secretHelper } from './imports';
import type { AuthVersion, EntryKind, ImportBinding, ProviderKind } from './imports';
import { providerSlots } from './provider-sources';
import type { MaybeOrigin } from './provider-sources';
import { isMaybe, isNullish } from '../syntax/values';

export type { AuthVersion, ProviderKind } from './imports';
export type { Frame, Located } from '../syntax/bindings';
export type { Framework } from './entry-points';
export type { MaybeOrigin } from './provider-sources';

/** A value the model found, with the node that holds it. */
export interface Present<T> {
  readonly state: 'present';
  readonly value: T;
  /** The node the value was read from, as written in the config (for a property: its value). */
  readonly node: TSESTree.Node;
  /** The property that holds the value, when there is one. */
  readonly property?: TSESTree.Property;
  /** The scope `node` sits in, to resolve it further. */
  readonly frame: Frame;
}

/** The config certainly does not set the value. */
export interface Absent {
  readonly state: 'absent';
}

/** The model cannot tell (a spread it cannot follow, a computed key, a non-literal value, a conditional, …). */
export interface Unknown {
  readonly state: 'unknown';
  /** The node that makes it unknown, when there is one. */
  readonly node?: TSESTree.Node;
}

/** Present, absent, or unknown. Rules act on `present` / `absent` only and stay silent on `unknown`. */
export type Tri<T> = Present<T> | Absent | Unknown;

/** A spread (or computed key) the model could not follow. */
export type SpreadOrigin =
  | {
      readonly kind: 'import';
      readonly node: TSESTree.SpreadElement;
      /** The module specifier of the import, as written: `./auth.config`. */
      readonly source: string;
      /** The imported name: `default` or a named export. `*` for a namespace import's member is not followed. */
      readonly imported: string;
    }
  | { readonly kind: 'unknown'; readonly node: TSESTree.Node };

/** One entry of an object literal, spreads of same-file objects inlined. */
export type ObjectEntry =
  | {
      readonly kind: 'property';
      readonly name: string;
      readonly property: TSESTree.Property;
      readonly value: TSESTree.Node;
      readonly frame: Frame;
    }
  | { readonly kind: 'unknown'; readonly origin: SpreadOrigin };

/** An object literal with its same-file spreads followed. */
export interface ObjectModel {
  /** The object literal as written. */
  readonly node: TSESTree.ObjectExpression;
  readonly frame: Frame;
  /** Entries in evaluation order (later entries win). */
  readonly entries: readonly ObjectEntry[];
  /** Spreads and computed keys the model could not follow. */
  readonly unresolved: readonly SpreadOrigin[];
  /** The value of a property: the last entry that sets it, or unknown when an unfollowed spread comes after it. */
  get(name: string): Tri<TSESTree.Node>;
}

/** One element of `providers`. */
export interface ProviderInfo {
  readonly kind: ProviderKind;
  /** The element as written: usually the factory call, or the bare factory (`providers: [GitHub]`), or an object. */
  readonly node: TSESTree.Node;
  /** The factory call, when the element is one. */
  readonly call?: TSESTree.CallExpression;
  /** The module the factory comes from: `next-auth/providers/credentials`. */
  readonly source?: string;
  /** The provider module's name: `credentials`, `nodemailer`, `github`. */
  readonly name?: string;
  /** The options object: absent when the factory is not called with any, unknown when it cannot be followed. */
  readonly options: Tri<ObjectModel>;
  /** The scope `node` sits in (which file it belongs to, when the config takes it from another file). */
  readonly frame?: Frame;
  /**
   * Set when the provider is in the list only sometimes: appended (`providers.push(X)`, usually in an `if`), in
   * a conditional spread (`...(flag ? [X] : [])`) or a conditional element (`flag && X`). Such a provider is
   * *maybe* present; one without it is in the list whenever the list is.
   */
  readonly maybe?: MaybeOrigin;
}

/** The `providers` array. */
export interface ProviderList {
  /** `present` when the array was followed, `absent` when there is no `providers`, else `unknown`. */
  readonly state: 'present' | 'absent' | 'unknown';
  /** The providers the model could see, those that are only maybe there included (see `ProviderInfo.maybe`). */
  readonly items: readonly ProviderInfo[];
  /** Whether `items` is the whole list (no spread, conditional or call it could not follow). */
  readonly complete: boolean;
  /** The `providers` property, when there is one. */
  readonly property?: TSESTree.Property;
}

/** How a config was found. */
export type ConfigSite =
  | {
      readonly kind: 'call';
      readonly call: TSESTree.CallExpression;
      readonly entry: EntryKind;
      /** The framework of the entry point (`nextjs` for `NextAuth`, `sveltekit` for `SvelteKitAuth`, …). */
      readonly framework?: Framework;
      /** Whether the config comes from a function (`NextAuth((req) => ({…}))`). */
      readonly lazy: boolean;
    }
  | {
      readonly kind: 'typed';
      /** The declarator (`const authOptions: NextAuthOptions = …`) or the `satisfies` / `as` expression. */
      readonly node: TSESTree.Node;
      /** The type's imported name: `NextAuthOptions`, `AuthOptions`, `NextAuthConfig`, `AuthConfig`. */
      readonly typeName: string;
    };

/** One NextAuth / Auth.js config. */
export interface AuthConfig {
  /** The config object literal. */
  readonly node: TSESTree.ObjectExpression;
  readonly object: ObjectModel;
  readonly version: AuthVersion;
  /** Every way the config was found; `sites[0]` is a call when there is one. */
  readonly sites: readonly ConfigSite[];
  /** A short node that names the config, to report on: the `NextAuth` callee or the declared name. */
  readonly anchor: TSESTree.Node;
  /**
   * Whether the object is a whole config: passed to `NextAuth` / `Auth` in this file, or typed as v4's
   * `NextAuthOptions`. A v5 object only typed as `NextAuthConfig` may be a piece another file extends (the
   * `auth.config.ts` split), so what it lacks proves nothing.
   */
  readonly complete: boolean;
  /** Set when this object is spread into another config of the same file, which then stands for it. */
  readonly includedIn?: AuthConfig;
  /** Whether the object literal is contextually typed as a config (so `"jwt"` needs no `as const`). */
  readonly contextuallyTyped: boolean;
  readonly providers: ProviderList;
  readonly adapter: Tri<TSESTree.Node>;
  /** The `session` object. */
  readonly session: Tri<ObjectModel>;
  /** `session.strategy`: a string (`"jwt"`, `"database"`); `null` / `undefined` count as absent. */
  readonly sessionStrategy: Tri<string>;
  /** `secret` as written (`undefined` / `null` count as absent); `secretValue` classifies it. */
  readonly secret: Tri<TSESTree.Node>;
  /** v4 only: `jwt.secret`, which next-auth v4 uses when `secret` is not set. */
  readonly jwtSecret: Tri<TSESTree.Node>;
  readonly pages: { readonly signIn: Tri<string>; readonly error: Tri<string> };
  /** Spreads (and computed keys) at the top level of the config that could not be followed. */
  readonly spreads: readonly SpreadOrigin[];
  /**
   * The program the config was found in (where its call or type annotation is). Parts of it may come from other
   * files when imports were followed: their nodes' frames belong to those files' programs.
   */
  readonly program?: TSESTree.Program;
}

/** A `NextAuth(x)` / `Auth(req, x)` call whose config could not be followed in this file. */
export interface UnresolvedConfig {
  readonly call: TSESTree.CallExpression;
  /** The argument that should be the config (missing when the call has no such argument). */
  readonly argument?: TSESTree.Node;
  /** When the argument is an imported name: where from. */
  readonly origin?: { readonly source: string; readonly imported: string };
  readonly version: AuthVersion;
}

/** All configs of a program. */
export interface ProgramAuthModel {
  readonly configs: readonly AuthConfig[];
  readonly unresolved: readonly UnresolvedConfig[];
  /** The version the file's imports point to on their own. */
  readonly fileVersion: AuthVersion;
  /** Every provider factory call of the file, inside a config or not (`Credentials({…})` anywhere). */
  readonly providerCalls: readonly ProviderInfo[];
  /** Calls of the helpers that take a `secret` (`withAuth`, `getToken`). */
  readonly secretHelpers: readonly SecretHelperCall[];
}

/** A call of `withAuth` (next-auth v4 middleware) or `getToken` (`next-auth/jwt`, `@auth/core/jwt`). */
export interface SecretHelperCall {
  readonly name: 'withAuth' | 'getToken';
  readonly call: TSESTree.CallExpression;
  /** The callee, to report on. */
  readonly anchor: TSESTree.Node;
  readonly version: AuthVersion;
  /** Whether the helper falls back to env variables when no `secret` is passed (v4 does, @auth/core does not). */
  readonly envFallback: boolean;
  /** The options object: absent when the call passes none, unknown when it cannot be followed. */
  readonly options: Tri<ObjectModel>;
  /** `options.secret`. */
  readonly secret: Tri<TSESTree.Node>;
}

/**
 * Follows an import into another file: given the module specifier, the imported name and the importing
 * program, returns the other file's program (parsed by the caller), or `undefined`.
 */
export type ImportResolver = (
  source: string,
  imported: string,
  from: TSESTree.Program,
) => TSESTree.Program | undefined;

export interface FindOptions {
  /** Follows spreads and config arguments imported from other files. Results are then not cached. */
  readonly resolveImport?: ImportResolver;
}

const MAX_DEPTH = 8;

const EMPTY_MODEL: ProgramAuthModel = {
  configs: [],
  unresolved: [],
  fileVersion: 'unknown',
  providerCalls: [],
  secretHelpers: [],
};

// Per-process cache: the model depends only on the (immutable) program object.
const modelCache = new WeakMap<TSESTree.Program, ProgramAuthModel>();

/** The configs of a program (see the module comment). */
export function findAuthConfigs(program: TSESTree.Program, options: FindOptions = {}): readonly AuthConfig[] {
  return analyzeProgram(program, options).configs;
}

/** The configs of a program, the `NextAuth` calls whose config lives elsewhere, and the file's version. */
export function analyzeProgram(program: TSESTree.Program, options: FindOptions = {}): ProgramAuthModel {
  if (!options.resolveImport) {
    const cached = modelCache.get(program);
    if (cached) return cached;
  }
  let model: ProgramAuthModel;
  try {
    model = importsAuthModule(program) ? new Analyzer(program, options).run() : EMPTY_MODEL;
  } catch {
    // Odd code must never break linting: a program the model cannot read has no configs it can vouch for.
    model = EMPTY_MODEL;
  }
  if (!options.resolveImport) modelCache.set(program, model);
  return model;
}

/**
 * Everything the model recognises is imported from `next-auth`, `@auth/core` or a framework's Auth.js package; a
 * file that imports none of them is skipped without walking it.
 */
function importsAuthModule(program: TSESTree.Program): boolean {
  return program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration &&
      typeof statement.source.value === 'string' &&
      isAuthModule(statement.source.value),
  );
}

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

/** A literal string a node stands for, following `const`s of the same file. */
export function staticString(node: TSESTree.Node, frame: Frame): string | undefined {
  return getLiteralString(resolveValue(node, frame).node);
}

/**
 * Builds the model of an object literal (or a `const` holding one): `undefined` when the node is not one.
 * Exposed for rules that look at objects beside configs (`withAuth(…, { secret })`).
 */
export function objectModel(node: TSESTree.Node, frame: Frame, options: FindOptions = {}): ObjectModel | undefined {
  return new ObjectBuilder(options).build(node, frame, 0, new Set());
}

// ---------------------------------------------------------------------------------------------------------------

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

function moduleExportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

function isFunction(
  node: TSESTree.Node,
): node is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression {
  return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;
}

const ABSENT: Absent = { state: 'absent' };

function unknown(node?: TSESTree.Node): Unknown {
  return node ? { state: 'unknown', node } : { state: 'unknown' };
}

/** Re-export for callers that hold a frame: resolves `const`s to the expression they stand for. */
export { resolveIn };

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
    const name =
      !member.computed && member.property.type === AST_NODE_TYPES.Identifier
        ? member.property.name
        : getLiteralString(member.property);
    if (name === undefined) return current;
    const object = new ObjectBuilder(options).build(member.object, current.frame, 0, new Set());
    const value = object?.get(name);
    if (value?.state !== 'present') return current;
    current = resolveIn(value.node, value.frame);
  }
  return current;
}

class ObjectBuilder {
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
    let source = binding.source;
    let imported = binding.imported;
    let current = from;
    for (let hop = 0; hop < 4; hop++) {
      let program: TSESTree.Program | undefined;
      try {
        program = resolveImport(source, imported, current);
      } catch {
        return undefined;
      }
      if (!program) return undefined;
      const found = findExport(program, imported);
      if (found) {
        const binding2 =
          found.node.type === AST_NODE_TYPES.Identifier ? found.frame.lookup(found.node.name) : undefined;
        if (binding2?.kind !== 'import') return { ...found, program };
        source = binding2.binding.source;
        imported = binding2.binding.imported;
        current = program;
        continue;
      }
      const reexport = findReexport(program, imported);
      if (!reexport) return undefined;
      source = reexport.source;
      imported = reexport.imported;
      current = program;
    }
    return undefined;
  }
}

/** `export { a as b } from '../x'` for the name `b`. */
function findReexport(program: TSESTree.Program, name: string): { source: string; imported: string } | undefined {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || !statement.source) continue;
    for (const specifier of statement.specifiers) {
      if (moduleExportName(specifier.exported) === name) {
        return { source: statement.source.value, imported: moduleExportName(specifier.local) };
      }
    }
  }
  return undefined;
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

interface Candidate {
  object: ObjectModel;
  sites: ConfigSite[];
  versions: Set<AuthVersion>;
  anchor: TSESTree.Node;
  called: boolean;
  fullType: boolean;
  contextuallyTyped: boolean;
}

class Analyzer {
  private readonly scopes: ProgramScopes;
  private readonly builder: ObjectBuilder;
  private readonly candidates = new Map<TSESTree.ObjectExpression, Candidate>();
  private readonly unresolved: UnresolvedConfig[] = [];
  /** `NextAuth(…)` calls whose result is destructured (`const { auth, handlers } = NextAuth(…)`): v5. */
  private readonly destructuredCalls = new Set<TSESTree.Node>();
  /** `NextAuth(…)` calls stored in a name that is exported as `GET` / `POST`: the v4 route handler. */
  private readonly handlerCalls = new Set<TSESTree.Node>();
  private readonly handlerNames = new Set<string>();
  private fileVersion: AuthVersion = 'unknown';
  private readonly providerCalls: ProviderInfo[] = [];
  private readonly secretHelpers: SecretHelperCall[] = [];

  constructor(
    private readonly program: TSESTree.Program,
    private readonly options: FindOptions,
  ) {
    this.scopes = getProgramScopes(program);
    this.builder = new ObjectBuilder(options);
  }

  run(): ProgramAuthModel {
    this.fileVersion = this.computeFileVersion();
    this.collectHandlerNames();
    this.scopes.walk((node, frame) => this.visit(node, frame));
    const configs = this.finish();
    return {
      configs,
      unresolved: this.unresolved,
      fileVersion: this.fileVersion,
      providerCalls: this.providerCalls,
      secretHelpers: this.secretHelpers,
    };
  }

  private computeFileVersion(): AuthVersion {
    const hints = new Set<AuthVersion>();
    for (const binding of this.scopes.root.bindings.values()) {
      if (binding.kind === 'import') hints.add(moduleVersionHint(binding.binding));
    }
    return decideVersion(hints);
  }

  private collectHandlerNames(): void {
    for (const statement of this.program.body) {
      if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.source) continue;
      for (const specifier of statement.specifiers) {
        const exported = moduleExportName(specifier.exported);
        if ((exported === 'GET' || exported === 'POST') && specifier.local.type === AST_NODE_TYPES.Identifier) {
          this.handlerNames.add(specifier.local.name);
        }
      }
    }
  }

  private visit(node: TSESTree.Node, frame: Frame): void {
    switch (node.type) {
      case AST_NODE_TYPES.VariableDeclarator:
        this.visitDeclarator(node, frame);
        break;
      case AST_NODE_TYPES.CallExpression:
        this.visitCall(node, frame);
        this.visitProviderCall(node, frame);
        this.visitSecretHelper(node, frame);
        break;
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSAsExpression:
        this.visitTyped(node, node.typeAnnotation, node.expression, frame, node);
        break;
      default:
        break;
    }
  }

  private visitDeclarator(declarator: TSESTree.VariableDeclarator, frame: Frame): void {
    if (!declarator.init) return;
    let init: TSESTree.Node = skipTypeWrappers(declarator.init);
    if (init.type === AST_NODE_TYPES.AwaitExpression) init = skipTypeWrappers(init.argument);
    if (init.type === AST_NODE_TYPES.CallExpression) {
      if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) this.destructuredCalls.add(init);
      if (declarator.id.type === AST_NODE_TYPES.Identifier && this.handlerNames.has(declarator.id.name)) {
        this.handlerCalls.add(init);
      }
    }
    const annotation = declarator.id.typeAnnotation?.typeAnnotation;
    if (declarator.id.type === AST_NODE_TYPES.Identifier && annotation) {
      this.visitTyped(declarator, annotation, declarator.init, frame, declarator.id);
    }
  }

  private visitTyped(
    site: TSESTree.Node,
    annotation: TSESTree.TypeNode,
    expression: TSESTree.Node,
    frame: Frame,
    anchor: TSESTree.Node,
  ): void {
    if (annotation.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier) {
      return;
    }
    const binding = frame.lookup(annotation.typeName.name);
    if (binding?.kind !== 'import') return;
    const version = configTypeVersion(binding.binding);
    if (!version) return;
    const direct = skipTypeWrappers(expression);
    // Only an object literal written right here is typed by the annotation.
    if (direct.type !== AST_NODE_TYPES.ObjectExpression) return;
    const object = this.builder.build(direct, frame, 0, new Set());
    if (!object) return;
    const candidate = this.candidate(object, anchor);
    candidate.sites.push({ kind: 'typed', node: site, typeName: binding.binding.imported });
    candidate.versions.add(version);
    candidate.contextuallyTyped = true;
    if (version === 'v4') candidate.fullType = true;
  }

  private visitProviderCall(call: TSESTree.CallExpression, frame: Frame): void {
    if (!this.factoryOf(call.callee, frame)) return;
    const provider = this.provider(call, frame);
    if (provider) this.providerCalls.push(provider);
  }

  private visitSecretHelper(call: TSESTree.CallExpression, frame: Frame): void {
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return;
    const binding = frame.lookup(callee.name);
    const helper = binding?.kind === 'import' ? secretHelper(binding.binding) : undefined;
    if (!helper) return;
    let version = helper.version;
    if (version === 'unknown') version = this.fileVersion;
    // `next-auth/jwt` is v4's getToken (env fallback) or, in v5, @auth/core's (none).
    const envFallback = helper.name === 'getToken' && helper.version === 'unknown' ? version !== 'v5' : helper.envFallback;
    const options = this.helperOptions(helper.name, call, frame);
    const secret = options.state === 'present' ? notNullish(options.value.get('secret')) : options;
    this.secretHelpers.push({ name: helper.name, call, anchor: callee, version, envFallback, options, secret });
  }

  /**
   * The options of `withAuth(options)`, `withAuth(middleware, options)` and `getToken(params)`. A `withAuth`
   * that only gets a middleware function has none; an argument the model cannot follow makes them unknown.
   */
  private helperOptions(name: 'withAuth' | 'getToken', call: TSESTree.CallExpression, frame: Frame): Tri<ObjectModel> {
    const args = call.arguments;
    if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return unknown(call);
    const candidates = name === 'getToken' ? args.slice(0, 1) : args;
    let sawOpaque = false;
    for (const argument of candidates) {
      const located = resolveValue(argument, frame);
      if (located.node.type === AST_NODE_TYPES.ObjectExpression) {
        const model = this.builder.build(located.node, located.frame, 0, new Set());
        return model ? { state: 'present', value: model, node: argument, frame } : unknown(argument);
      }
      if (!isFunction(located.node)) sawOpaque = true;
    }
    return sawOpaque ? unknown(call) : ABSENT;
  }

  private visitCall(call: TSESTree.CallExpression, frame: Frame): void {
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return;
    const binding = frame.lookup(callee.name);
    if (binding?.kind !== 'import') return;
    const entry = entryKind(binding.binding);
    if (!entry) return;
    const versions = new Set<AuthVersion>([entry.version]);
    let argument: TSESTree.Node | undefined;
    if (entry.kind !== 'NextAuth') argument = call.arguments[entry.configArgument];
    else if (call.arguments.length >= 3) {
      argument = call.arguments[2];
      versions.add('v4');
    } else if (call.arguments.length === 1) argument = call.arguments[0];
    if (entry.kind === 'NextAuth') {
      // What the result is used as tells `NextAuth`'s two versions apart; the other entry points say it themselves.
      if (this.destructuredCalls.has(call)) versions.add('v5');
      if (this.handlerCalls.has(call)) versions.add('v4');
    }
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) {
      this.unresolved.push({ call, ...(argument ? { argument } : {}), version: decideVersion(versions) });
      return;
    }
    let located = resolveValue(argument, frame, this.options);
    let lazy = false;
    if (isFunction(located.node)) {
      lazy = true;
      if (entry.kind === 'NextAuth') versions.add('v5');
      const returned = this.returnedExpression(located.node, located.frame);
      if (!returned) {
        this.unresolved.push({ call, argument, version: decideVersion(versions) });
        return;
      }
      located = resolveValue(returned.node, returned.frame, this.options);
    }
    const object = this.builder.build(located.node, located.frame, 0, new Set());
    if (!object) {
      const target = located.node;
      const imported = target.type === AST_NODE_TYPES.Identifier ? located.frame.lookup(target.name) : undefined;
      this.unresolved.push({
        call,
        argument,
        ...(imported?.kind === 'import'
          ? { origin: { source: imported.binding.source, imported: imported.binding.imported } }
          : {}),
        version: decideVersion(versions),
      });
      return;
    }
    const candidate = this.candidate(object, callee);
    candidate.anchor = callee;
    candidate.called = true;
    // An object written inside the call (or returned by the lazy function) is typed by NextAuth's parameter.
    if (lazy ? isDirectReturn(argument, object.node) : skipTypeWrappers(argument) === object.node) {
      candidate.contextuallyTyped = true;
    }
    for (const version of versions) candidate.versions.add(version);
    // A config object written in another file (`NextAuth(authConfig)` followed into `./auth.config`): what that
    // file's own model says about its version (`satisfies NextAuthConfig`) holds here too.
    const home = programOf(object.frame);
    if (home && home !== this.program) {
      const own = analyzeProgram(home).configs.find((config) => config.node === object.node);
      if (own && own.version !== 'unknown') candidate.versions.add(own.version);
    }
    candidate.sites.unshift({ kind: 'call', call, entry: entry.kind, framework: entry.framework, lazy });
  }

  /** The single expression a config function returns (`(req) => ({…})`, `async () => { …; return {…} }`). */
  private returnedExpression(
    fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression,
    frame: Frame,
  ): Located | undefined {
    const bodyFrame = this.scopes.functionBodyFrame(fn, frame);
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return { node: fn.body, frame: bodyFrame };
    const returns = fn.body.body.filter(
      (statement): statement is TSESTree.ReturnStatement => statement.type === AST_NODE_TYPES.ReturnStatement,
    );
    // Early returns nested in `if`s would make the config conditional: only a body with one top-level return
    // and no other return anywhere is followed.
    if (returns.length !== 1 || !returns[0]?.argument || countReturns(fn.body) !== 1) return undefined;
    return { node: returns[0].argument, frame: bodyFrame };
  }

  private candidate(object: ObjectModel, anchor: TSESTree.Node): Candidate {
    let candidate = this.candidates.get(object.node);
    if (!candidate) {
      candidate = {
        object,
        sites: [],
        versions: new Set(),
        anchor,
        called: false,
        fullType: false,
        contextuallyTyped: false,
      };
      this.candidates.set(object.node, candidate);
    }
    return candidate;
  }

  private finish(): AuthConfig[] {
    const configs = new Map<TSESTree.ObjectExpression, AuthConfig>();
    const ordered = [...this.candidates.values()].sort((a, b) => a.object.node.range[0] - b.object.node.range[0]);
    for (const candidate of ordered) {
      configs.set(candidate.object.node, this.toConfig(candidate));
    }
    // An object spread into another config stands for a piece of it: point it at the config that includes it.
    const result: AuthConfig[] = [];
    for (const config of configs.values()) {
      const container = [...configs.values()].find(
        (other) => other !== config && includesObject(other.object, config.node),
      );
      result.push(container ? { ...config, includedIn: container } : config);
    }
    return result;
  }

  private toConfig(candidate: Candidate): AuthConfig {
    const { object } = candidate;
    const providers = this.providers(object);
    const hints = new Set(candidate.versions);
    for (const provider of providers.items) {
      if (provider.source) {
        const version = providerModuleVersion(provider.source);
        if (version) hints.add(version);
      }
    }
    let version = decideVersion(hints);
    if (version === 'unknown' && !hasConflict(hints)) version = this.fileVersion;
    const session = this.objectProperty(object, 'session');
    const jwt = this.objectProperty(object, 'jwt');
    const pages = this.objectProperty(object, 'pages');
    return {
      node: object.node,
      object,
      version,
      sites: candidate.sites,
      anchor: candidate.anchor,
      complete: candidate.called || candidate.fullType,
      contextuallyTyped: candidate.contextuallyTyped,
      providers,
      adapter: settable(object.get('adapter')),
      session,
      sessionStrategy: stringOf(session, 'strategy'),
      secret: notNullish(object.get('secret')),
      jwtSecret: jwt.state === 'present' ? notNullish(jwt.value.get('secret')) : jwt,
      pages: { signIn: stringOf(pages, 'signIn'), error: stringOf(pages, 'error') },
      spreads: object.unresolved,
      program: this.program,
    };
  }

  private objectProperty(object: ObjectModel, name: string): Tri<ObjectModel> {
    const value = object.get(name);
    if (value.state !== 'present') return value;
    const resolved = resolveValue(value.node, value.frame);
    if (isNullish(resolved.node, resolved.frame)) return ABSENT;
    const model = this.builder.build(resolved.node, resolved.frame, 0, new Set());
    if (!model) return unknown(value.node);
    return { state: 'present', value: model, node: value.node, property: value.property!, frame: value.frame };
  }

  private providers(object: ObjectModel): ProviderList {
    const value = object.get('providers');
    if (value.state === 'absent') return { state: 'absent', items: [], complete: true };
    if (value.state === 'unknown') return { state: 'unknown', items: [], complete: false };
    const items: ProviderInfo[] = [];
    const complete = this.collectProviders(value.node, value.frame, items);
    return { state: complete || items.length > 0 ? 'present' : 'unknown', items, complete, property: value.property! };
  }

  /**
   * Adds the providers of a list (array literals, spreads of same-file lists, appends, conditional parts: see
   * `provider-sources.ts`); false when something was opaque.
   */
  private collectProviders(node: TSESTree.Node, frame: Frame, items: ProviderInfo[]): boolean {
    const { slots, complete } = providerSlots(node, frame, (target, at) => resolveValue(target, at, this.options));
    let all = complete;
    for (const slot of slots) {
      const provider = this.provider(slot.element, slot.frame);
      if (provider) items.push(slot.maybe ? { ...provider, maybe: slot.maybe } : provider);
      else all = false;
    }
    return all;
  }

  /** One provider element; `undefined` when it may or may not be a provider (a conditional, `cond && X`). */
  private provider(element: TSESTree.Node, frame: Frame): ProviderInfo | undefined {
    const located = this.providerInFrame(element, frame);
    return located ? { ...located, frame } : undefined;
  }

  private providerInFrame(element: TSESTree.Node, frame: Frame): Omit<ProviderInfo, 'frame'> | undefined {
    const located = resolveValue(element, frame, this.options);
    const node = located.node;
    if (isMaybe(node) || isNullish(node, located.frame)) return undefined;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const factory = this.factoryOf(node.callee, located.frame);
      if (!factory) return { kind: 'unknown', node: element, call: node, options: unknown(node) };
      const argument = node.arguments[0];
      let options: Tri<ObjectModel> = ABSENT;
      if (argument) {
        const model =
          argument.type === AST_NODE_TYPES.SpreadElement
            ? undefined
            : this.builder.build(argument, located.frame, 0, new Set());
        options = model
          ? { state: 'present', value: model, node: argument, frame: located.frame }
          : unknown(argument);
      }
      return { kind: factory.kind, node: element, call: node, source: factory.source, name: factory.name, options };
    }
    const bare = this.factoryOf(node, located.frame);
    if (bare) return { kind: bare.kind, node: element, source: bare.source, name: bare.name, options: ABSENT };
    if (node.type === AST_NODE_TYPES.ObjectExpression) {
      const model = this.builder.build(node, located.frame, 0, new Set());
      const type = model ? stringOf({ state: 'present', value: model, node, frame: located.frame }, 'type') : ABSENT;
      const kind: ProviderKind = type.state === 'present' ? providerKindOfType(type.value) : 'unknown';
      return {
        kind,
        node: element,
        options: model ? { state: 'present', value: model, node, frame: located.frame } : unknown(node),
      };
    }
    return { kind: 'unknown', node: element, options: unknown(node) };
  }

  private factoryOf(
    callee: TSESTree.Node,
    frame: Frame,
  ): { kind: ProviderKind; source: string; name: string } | undefined {
    const target = resolveIn(callee, frame);
    let binding: ImportBinding | undefined;
    if (target.node.type === AST_NODE_TYPES.Identifier) {
      const found = target.frame.lookup(target.node.name);
      if (found?.kind === 'import') binding = found.binding;
    } else if (
      target.node.type === AST_NODE_TYPES.MemberExpression &&
      !target.node.computed &&
      target.node.property.type === AST_NODE_TYPES.Identifier &&
      target.node.property.name === 'default' &&
      target.node.object.type === AST_NODE_TYPES.Identifier
    ) {
      // `import * as Credentials from "next-auth/providers/credentials"; Credentials.default({…})`, and the
      // `import Credentials from "…"; Credentials.default({…})` that Nuxt's server build needs (CommonJS interop).
      const found = target.frame.lookup(target.node.object.name);
      if (found?.kind === 'import' && (found.binding.imported === '*' || found.binding.imported === 'default')) {
        binding = { ...found.binding, imported: 'default' };
      }
    }
    const factory = providerFactory(binding);
    return factory && binding ? { kind: factory.kind, source: binding.source, name: factory.name } : undefined;
  }
}

/** The `return` statements of a function body, not counting those of nested functions. */
function countReturns(body: TSESTree.BlockStatement): number {
  let count = 0;
  for (const statement of body.body) {
    walkNodes(statement, (node) => {
      if (node.type === AST_NODE_TYPES.ReturnStatement) count++;
      return !isFunction(node) && node.type !== AST_NODE_TYPES.FunctionDeclaration;
    });
  }
  return count;
}

function isDirectReturn(argument: TSESTree.Node, object: TSESTree.ObjectExpression): boolean {
  const fn = skipTypeWrappers(argument);
  if (!isFunction(fn)) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return skipTypeWrappers(fn.body) === object;
  return fn.body.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ReturnStatement &&
      !!statement.argument &&
      skipTypeWrappers(statement.argument) === object,
  );
}

function includesObject(container: ObjectModel, object: TSESTree.ObjectExpression): boolean {
  if (container.node === object) return false;
  return container.entries.some(
    (entry) =>
      entry.kind === 'property' &&
      entry.property.range[0] >= object.range[0] &&
      entry.property.range[1] <= object.range[1],
  );
}

function providerModuleVersion(source: string): AuthVersion | undefined {
  const version = providerModule(source)?.version ?? moduleVersionHint({ source, imported: 'default' } as ImportBinding);
  return version === 'unknown' ? undefined : version;
}

function providerKindOfType(type: string): ProviderKind {
  switch (type) {
    case 'credentials':
      return 'credentials';
    case 'email':
      return 'email';
    case 'webauthn':
      return 'webauthn';
    case 'oauth':
    case 'oidc':
      return 'oauth';
    default:
      return 'unknown';
  }
}

/** One version when the hints agree on it, else `unknown`. */
function decideVersion(hints: ReadonlySet<AuthVersion>): AuthVersion {
  const definite = [...hints].filter((hint) => hint !== 'unknown');
  const unique = new Set(definite);
  return unique.size === 1 ? (definite[0] ?? 'unknown') : 'unknown';
}

function hasConflict(hints: ReadonlySet<AuthVersion>): boolean {
  return hints.has('v4') && hints.has('v5');
}

/** A property's value as a setting: `undefined` / `null` mean absent, a conditional or `a || b` is unknown. */
function settable(value: Tri<TSESTree.Node>): Tri<TSESTree.Node> {
  if (value.state !== 'present') return value;
  const resolved = resolveValue(value.node, value.frame);
  if (isNullish(resolved.node, resolved.frame)) return ABSENT;
  if (isMaybe(resolved.node)) return unknown(value.node);
  return value;
}

/** A property's value with `undefined` / `null` read as absent; anything else stays as written. */
function notNullish(value: Tri<TSESTree.Node>): Tri<TSESTree.Node> {
  if (value.state !== 'present') return value;
  const resolved = resolveValue(value.node, value.frame);
  return isNullish(resolved.node, resolved.frame) ? ABSENT : value;
}

/** A string property of an object: present with its string, absent, or unknown when not a literal. */
function stringOf(object: Tri<ObjectModel>, name: string): Tri<string> {
  if (object.state !== 'present') return object;
  const value = object.value.get(name);
  if (value.state !== 'present') return value;
  const resolved = resolveValue(value.node, value.frame);
  if (isNullish(resolved.node, resolved.frame)) return ABSENT;
  const text = getLiteralString(resolved.node);
  if (text === undefined) return unknown(value.node);
  return { state: 'present', value: text, node: value.node, property: value.property!, frame: value.frame };
}

/** What a `secret` value is, as far as the file shows. */
export type SecretValue =
  /** A string written in the code (a literal, a template without expressions, or a `const` holding one). */
  | { readonly kind: 'hardcoded'; readonly node: TSESTree.Node }
  /** An empty string: the library treats it as no secret at all. */
  | { readonly kind: 'empty'; readonly node: TSESTree.Node }
  /**
   * An env read with a hard-coded fallback (`process.env.X || "dev"`, `?? "dev"`, `cond ? process.env.X : "dev"`).
   * `env` is the env read, when one side is one.
   */
  | {
      readonly kind: 'fallback';
      readonly node: TSESTree.Node;
      readonly fallback: TSESTree.Node;
      readonly env?: EnvRead;
    }
  /** A plain env read (`process.env.X`, `process.env.X!`, `process.env.X ?? ""`). */
  | { readonly kind: 'env'; readonly env: EnvRead }
  /** Anything else: a call, a config module's value, … */
  | { readonly kind: 'dynamic' };

/** A `process.env.NAME` read (also `process.env["NAME"]`). */
export interface EnvRead {
  readonly node: TSESTree.Node;
  readonly name: string;
}

/** `process.env.NAME` / `process.env["NAME"]` / `process.env.NAME!`, else `undefined`. */
export function envRead(node: TSESTree.Node, frame: Frame): EnvRead | undefined {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name =
    !target.computed && target.property.type === AST_NODE_TYPES.Identifier
      ? target.property.name
      : getLiteralString(target.property);
  if (name === undefined) return undefined;
  const object = skipTypeWrappers(target.object);
  if (
    object.type !== AST_NODE_TYPES.MemberExpression ||
    object.computed ||
    object.property.type !== AST_NODE_TYPES.Identifier ||
    object.property.name !== 'env' ||
    object.object.type !== AST_NODE_TYPES.Identifier ||
    object.object.name !== 'process' ||
    frame.lookup('process')
  ) {
    return undefined;
  }
  return { node: target, name };
}

/**
 * Classifies a `secret` value. Follows `const`s of the same file, so `const SECRET = "…"` is hard-coded too;
 * the returned nodes are as written in the config when the value is written there.
 */
export function secretValue(node: TSESTree.Node, frame: Frame): SecretValue {
  const written = skipTypeWrappers(node);
  const resolved = resolveValue(written, frame);
  const value = resolved.node;
  const literal = getLiteralString(value);
  if (literal !== undefined) return literal === '' ? { kind: 'empty', node: written } : { kind: 'hardcoded', node: written };
  const env = envRead(value, resolved.frame);
  if (env) return { kind: 'env', env };
  if (value.type === AST_NODE_TYPES.LogicalExpression && (value.operator === '||' || value.operator === '??')) {
    const left = envRead(value.left, resolved.frame);
    const fallback = resolveValue(value.right, resolved.frame);
    const fallbackText = getLiteralString(fallback.node);
    if (fallbackText === '' && left) return { kind: 'env', env: left };
    if (fallbackText !== undefined) {
      return { kind: 'fallback', node: value, fallback: value.right, ...(left ? { env: left } : {}) };
    }
    return { kind: 'dynamic' };
  }
  if (value.type === AST_NODE_TYPES.ConditionalExpression) {
    for (const [branch, other] of [
      [value.consequent, value.alternate],
      [value.alternate, value.consequent],
    ] as const) {
      const text = getLiteralString(resolveValue(branch, resolved.frame).node);
      if (text !== undefined && text !== '') {
        const env = envRead(other, resolved.frame);
        return { kind: 'fallback', node: value, fallback: branch, ...(env ? { env } : {}) };
      }
    }
  }
  return { kind: 'dynamic' };
}
