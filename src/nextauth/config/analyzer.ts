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
 *
 * This file walks the program and finds the sites (calls of the entry points, typed objects, provider calls,
 * secret helpers); assembly.ts turns the objects found there into configs.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { rethrowInDebug } from '../../util/failures';
import { skipTypeWrappers } from '../../util/ast';
import { getProgramScopes, programOf } from '../syntax/bindings';
import type { Frame, Located, ProgramScopes } from '../syntax/bindings';
import { moduleExportName } from '../syntax/exports';
import { countReturns, isDirectReturn, isFunctionExpression } from '../syntax/functions';
import { isAuthModule } from './entry-points';
import { assembleConfigs } from './assembly';
import type { Candidate } from './assembly';
import { configTypeVersion, decideVersion, entryKind, moduleVersionHint, secretHelper } from './imports';
import type { AuthVersion } from './imports';
import { ABSENT, unknown } from './model';
import type {
  AuthConfig,
  FindOptions,
  ObjectModel,
  ProgramAuthModel,
  ProviderInfo,
  SecretHelperCall,
  Tri,
  UnresolvedConfig,
} from './model';
import { notNullish, ObjectBuilder, resolveValue } from './objects';
import { ProviderReader } from './providers';

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
  } catch (error) {
    // Odd code must never break linting: a program the model cannot read has no configs it can vouch for. A
    // throw here is a bug of the model, which the debug switch shows.
    rethrowInDebug(error);
    model = EMPTY_MODEL;
  }
  if (!options.resolveImport) modelCache.set(program, model);
  return model;
}

/**
 * The client module of next-auth (`signIn`, `useSession`, `SessionProvider`): it exports no config entry point,
 * config type, provider or secret helper, so importing it gives the model nothing to read. Most files of an app
 * that import next-auth import only this.
 */
const CLIENT_MODULE = 'next-auth/react';

/**
 * Everything the model recognises is imported from `next-auth`, `@auth/core` or a framework's Auth.js package; a
 * file that imports none of them (or only the client module) is skipped without walking it.
 */
function importsAuthModule(program: TSESTree.Program): boolean {
  return program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration &&
      typeof statement.source.value === 'string' &&
      statement.source.value !== CLIENT_MODULE &&
      isAuthModule(statement.source.value),
  );
}

class Analyzer {
  private readonly scopes: ProgramScopes;
  private readonly builder: ObjectBuilder;
  private readonly providerReader: ProviderReader;
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
    this.providerReader = new ProviderReader(this.builder, options);
  }

  run(): ProgramAuthModel {
    this.fileVersion = this.computeFileVersion();
    this.collectHandlerNames();
    this.scopes.walk((node, frame) => this.visit(node, frame));
    const configs = assembleConfigs(this.candidates.values(), {
      program: this.program,
      fileVersion: this.fileVersion,
      options: this.options,
      providers: this.providerReader,
    });
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
    if (!this.providerReader.factoryOf(call.callee, frame)) return;
    const provider = this.providerReader.provider(call, frame);
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
      if (!isFunctionExpression(located.node)) sawOpaque = true;
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
    if (isFunctionExpression(located.node)) {
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
}
