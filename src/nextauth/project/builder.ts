import * as path from 'node:path';

import type { TSESTree } from '@typescript-eslint/utils';

import { rethrowInDebug } from '../../util/failures';
import { analyzeProgram } from '../config/analyzer';
import type { AuthVersion, ImportBinding } from '../config/imports';
import type { AuthConfig, ImportResolver, ObjectModel, ProgramAuthModel, Tri } from '../config/model';
import { findExport, followExport, functionIn, nestedObject, objectModel, stringProperty } from '../config/objects';
import { secretValue } from '../config/secret';
import type { StaticValue } from '../guard/values';
import { analyzeMiddleware } from '../middleware/handler';
import type { MiddlewareModel } from '../middleware/handler';
import { programOf } from '../syntax/bindings';
import type { Frame } from '../syntax/bindings';
import { isPackageSource } from '../syntax/exports';
import { mergeFacts, nextAuthCallFor, staticValue } from './auth-facts';
import type { AuthFacts, PageFact, SecretFact } from './auth-facts';
import { parseProjectFile } from './files';
import type { NextAuthProject, ProjectOptions } from './model';
import { ModuleResolver } from './modules';
import { readNextConfig } from './next-config';
import { routeHandlerOrigins } from './route-handlers';
import { findAuthRouteFiles, findPageFiles, findRouterDirs, isAuthRouteFile } from './routes';
import type { PageFile } from './routes';
import type { Stamps } from './stamps';
import { RecordingReader } from './stamps';

/** Middleware / proxy file names, in the order they are looked for. */
export const MIDDLEWARE_NAMES = ['middleware.ts', 'middleware.js', 'proxy.ts', 'proxy.js'] as const;

/** The conventional places of a NextAuth config, relative to the root (each also under `src/`). */
export const CONVENTIONAL_CONFIGS = [
  'auth.ts',
  'auth.js',
  'auth.config.ts',
  'auth.config.js',
  'lib/auth.ts',
  'lib/auth.js',
  'lib/auth/index.ts',
  'lib/auth/index.js',
  'server/auth.ts',
  'server/auth.js',
  'auth/index.ts',
  'auth/index.js',
  'pages/api/auth/[...nextauth].ts',
  'pages/api/auth/[...nextauth].js',
  'pages/api/auth/[...nextauth].tsx',
  'pages/api/auth/[...nextauth].jsx',
  'app/api/auth/[...nextauth]/route.ts',
  'app/api/auth/[...nextauth]/route.js',
  'app/api/auth/[...nextauth]/route.tsx',
  'app/api/auth/[...nextauth]/route.jsx',
] as const;

/** The middleware file names of a project: the standard ones at the root and in `src/`, then the extra ones. */
export function middlewareCandidates(root: string, extra: readonly string[] = []): string[] {
  const names: string[] = [];
  for (const base of [root, path.join(root, 'src')]) for (const name of MIDDLEWARE_NAMES) names.push(path.join(base, name));
  for (const name of extra) {
    names.push(path.resolve(root, name));
    if (!name.includes('/') && !name.includes('\\')) names.push(path.join(root, 'src', name));
  }
  return names;
}

/**
 * Discovers one project for the model of `model.ts`: the router folders, next.config's routing, the middleware /
 * proxy file, and the NextAuth config(s) it or the conventional places lead to, following the app's own imports
 * between them. Every file and folder it looks at goes through its {@link Stamps}, which decide when the model
 * built from them is stale.
 */
export class ProjectBuilder {
  private readonly reader: RecordingReader;
  /** The file each parsed program came from. */
  private readonly files = new WeakMap<TSESTree.Program, string>();
  private readonly modules: ModuleResolver;
  private readonly pageCache = new Map<string, readonly PageFile[]>();
  private conventional: { called: AuthFacts[]; typed: AuthFacts[] } | undefined;

  constructor(
    private readonly root: string,
    private readonly options: ProjectOptions,
    private readonly stamps: Stamps,
  ) {
    this.reader = new RecordingReader(stamps);
    this.modules = new ModuleResolver(root, stamps);
  }

  build(): NextAuthProject {
    const dirs = findRouterDirs(this.root, this.reader);
    const { routing, locale } = readNextConfig(this.root, this.stamps, (file) => this.parse(file));
    const middlewareFile = middlewareCandidates(this.root, this.options.middlewareFiles).find((file) =>
      this.stamps.exists(file),
    );
    const middlewareProgram = middlewareFile ? this.parse(middlewareFile) : undefined;
    const auth =
      middlewareProgram && middlewareFile ? this.authFor(middlewareProgram, middlewareFile) : this.conventionalFacts();
    return {
      root: this.root,
      dirs,
      routing,
      ...(locale ? { locale } : {}),
      ...(middlewareFile ? { middlewareFile } : {}),
      auth,
      pageFiles: (pagePath) => {
        let found = this.pageCache.get(pagePath);
        if (!found) {
          found = findPageFiles(pagePath, dirs, this.reader);
          this.pageCache.set(pagePath, found);
        }
        return found;
      },
      authFor: (program, file) => this.authFor(program, file),
      importedValue: (binding, program) => this.importedValue(binding, program),
      describe: (node, frame) => this.describe(node, frame),
      linkedModel: (program, file) => this.linkedModel(program, file),
      conventionalAuth: () => this.conventionalFacts(),
    };
  }

  linkedModel(program: TSESTree.Program, file: string): ProgramAuthModel {
    this.remember(program, file);
    return analyzeProgram(program, { resolveImport: this.resolveImport });
  }

  describeNode(node: TSESTree.Node, frame: Frame): { file: string; line: number } | undefined {
    return this.describe(node, frame);
  }

  // ---- files ---------------------------------------------------------------------------------------------

  private parse(file: string): TSESTree.Program | undefined {
    if (!this.stamps.exists(file)) return undefined;
    const program = parseProjectFile(file, this.options.parser);
    if (program) this.remember(program, file);
    return program;
  }

  private remember(program: TSESTree.Program, file: string): void {
    this.files.set(program, file);
  }

  private describe(node: TSESTree.Node, frame: Frame): { file: string; line: number } | undefined {
    const program = programOf(frame);
    const file = program ? this.files.get(program) : undefined;
    return file ? { file: path.relative(this.root, file).split(path.sep).join('/'), line: node.loc.start.line } : undefined;
  }

  private readonly resolveImport: ImportResolver = (source, _imported, from) => {
    const fromFile = this.files.get(from);
    if (!fromFile) return undefined;
    const file = this.modules.resolve(source, fromFile);
    return file ? this.parse(file) : undefined;
  };

  // ---- configs -------------------------------------------------------------------------------------------

  /** The facts for a middleware program: through its imports, then the conventional places. */
  authFor(program: TSESTree.Program, file: string): AuthFacts {
    this.remember(program, file);
    let facts: AuthFacts | undefined;
    let version: AuthVersion = 'unknown';
    try {
      const model = analyzeMiddleware(program);
      if (model.handler.kind === 'v4' || model.handler.kind === 'v5') version = model.handler.kind;
      facts = this.factsThroughMiddleware(model, program);
    } catch (error) {
      rethrowInDebug(error);
      facts = undefined;
    }
    return facts ?? this.conventionalFacts(version);
  }

  private factsThroughMiddleware(model: MiddlewareModel, program: TSESTree.Program): AuthFacts | undefined {
    const handler = model.handler;
    if (handler.kind !== 'v5') return undefined;
    if (handler.auth.kind === 'local') return this.factsOfCall(handler.auth.call, program);
    // `auth` imported from the app's auth module: the config is the `NextAuth(…)` call that module destructures.
    const located = followExport(this.resolveImport, handler.auth.source, handler.auth.imported, program, false);
    if (!located) return undefined;
    const call = nextAuthCallFor(located.program, located.imported);
    return call ? this.factsOfCall(call, located.program) : undefined;
  }

  private factsOfCall(call: TSESTree.CallExpression, program: TSESTree.Program): AuthFacts | undefined {
    const model = analyzeProgram(program, { resolveImport: this.resolveImport });
    const config = model.configs.find((candidate) =>
      candidate.sites.some((site) => site.kind === 'call' && site.call === call),
    );
    if (config) return this.factsOfConfig(config, program);
    const unresolved = model.unresolved.find((candidate) => candidate.call === call);
    if (!unresolved?.origin) return undefined;
    // `NextAuth(authConfig)` with `authConfig` imported: read the object the other file exports.
    const followed = followExport(this.resolveImport, unresolved.origin.source, unresolved.origin.imported, program, false);
    if (!followed) return undefined;
    const exported = findExport(followed.program, followed.imported);
    if (!exported) return undefined;
    const object = objectModel(exported.node, exported.frame, { resolveImport: this.resolveImport });
    if (!object) return undefined;
    const other = analyzeProgram(followed.program, { resolveImport: this.resolveImport });
    const typed = other.configs.find((candidate) => candidate.node === object.node);
    const version = unresolved.version !== 'unknown' ? unresolved.version : (typed?.version ?? 'unknown');
    return this.factsOfObject(object, version, followed.program);
  }

  private factsOfConfig(config: AuthConfig, program: TSESTree.Program): AuthFacts {
    return { ...this.factsOfObject(config.object, config.version, program), providers: config.providers };
  }

  private factsOfObject(object: ObjectModel, version: AuthVersion, program: TSESTree.Program): AuthFacts {
    const pages = nestedObject(object, 'pages');
    const callbacks = nestedObject(object, 'callbacks');
    const authorized = functionIn(callbacks, 'authorized');
    const authorizedProgram = authorized.state === 'present' ? programOf(authorized.frame) : undefined;
    return {
      found: true,
      version,
      signIn: this.pageFact(stringProperty(pages, 'signIn')),
      error: this.pageFact(stringProperty(pages, 'error')),
      authorized,
      ...(authorizedProgram ?? program ? { authorizedProgram: authorizedProgram ?? program } : {}),
      secret: this.secretFact(object),
    };
  }

  /** The config's `secret` as an env read with its place; a v4 `jwt.secret` beside a missing one is unknown. */
  private secretFact(object: ObjectModel): SecretFact {
    const secret = object.get('secret');
    if (secret.state === 'absent') {
      const jwt = nestedObject(object, 'jwt');
      return jwt.state === 'absent' || (jwt.state === 'present' && jwt.value.get('secret').state === 'absent')
        ? { state: 'absent' }
        : { state: 'unknown' };
    }
    if (secret.state !== 'present') return { state: 'unknown' };
    const value = secretValue(secret.node, secret.frame);
    const where = value.kind === 'env' ? this.describe(value.env.node, secret.frame) : undefined;
    return value.kind === 'env' && where ? { state: 'env', name: value.env.name, ...where } : { state: 'unknown' };
  }

  private pageFact(value: Tri<string>): PageFact {
    if (value.state !== 'present') return value.state === 'absent' ? { state: 'absent' } : { state: 'unknown' };
    const where = this.describe(value.node, value.frame);
    if (!where) return { state: 'unknown' };
    return { state: 'present', value: value.value, file: where.file, line: where.line, node: value.node };
  }

  /**
   * The facts from the conventional config files. The config NextAuth runs with is the one passed to
   * `NextAuth(…)`, so configs found at a call win over objects that are only typed as a config; a middleware of
   * one version goes with the configs of that version (an app migrating from v4 to v5 has both); when the
   * remaining configs disagree on a page, that page is unknown.
   */
  private conventionalFacts(version: AuthVersion = 'unknown'): AuthFacts {
    this.conventional ??= this.collectConventional();
    const { called, typed } = this.conventional;
    const pool = called.length > 0 ? called : typed;
    const sameVersion = version === 'unknown' ? [] : pool.filter((facts) => facts.version === version);
    return mergeFacts(sameVersion.length > 0 ? sameVersion : pool);
  }

  private collectConventional(): { called: AuthFacts[]; typed: AuthFacts[] } {
    const called: AuthFacts[] = [];
    const typed: AuthFacts[] = [];
    const read = new Set<TSESTree.Program>();
    const collect = (program: TSESTree.Program): void => {
      if (read.has(program)) return;
      read.add(program);
      const model = analyzeProgram(program, { resolveImport: this.resolveImport });
      for (const config of model.configs) {
        if (config.includedIn) continue;
        const isCall = config.sites.some((site) => site.kind === 'call');
        (isCall ? called : typed).push(this.factsOfConfig(config, program));
      }
      for (const unresolved of model.unresolved) {
        if (!unresolved.origin) continue;
        const facts = this.factsOfCall(unresolved.call, program);
        if (facts) called.push(facts);
      }
    };
    const files = new Set<string>();
    for (const relative of CONVENTIONAL_CONFIGS) {
      for (const base of [this.root, path.join(this.root, 'src')]) files.add(path.join(base, relative));
    }
    // Route files inside route groups or below `api/v1/auth`, which the fixed list cannot name.
    const routes = findAuthRouteFiles(findRouterDirs(this.root, this.reader), this.reader);
    for (const file of routes) files.add(file);
    for (const file of files) {
      const program = this.parse(file);
      if (!program) continue;
      collect(program);
      // A route that only re-exports a handler built elsewhere (`export { handler as GET } from "@/server/auth"`).
      if (isAuthRouteFile(file)) for (const built of this.handlerModules(program)) collect(built);
    }
    return { called, typed };
  }

  /** The modules a route file's handlers (`GET`, `POST`, `default`) come from, through re-exports and imports. */
  private handlerModules(program: TSESTree.Program): TSESTree.Program[] {
    const found: TSESTree.Program[] = [];
    for (const origin of routeHandlerOrigins(program)) {
      const followed =
        followExport(this.resolveImport, origin.source, origin.imported, program, true) ??
        followExport(this.resolveImport, origin.source, origin.imported, program, false);
      if (followed && followed.program !== program && !found.includes(followed.program)) found.push(followed.program);
    }
    return found;
  }

  // ---- imported constants for the guard evaluator --------------------------------------------------------

  private importedValue(binding: ImportBinding, program: TSESTree.Program): StaticValue | undefined {
    if (binding.imported === '*' || binding.typeOnly) return undefined;
    const file = this.files.get(program);
    if (!file || isPackageSource(binding.source)) return undefined;
    const followed = followExport(this.resolveImport, binding.source, binding.imported, program, false);
    if (!followed) return undefined;
    const exported = findExport(followed.program, followed.imported);
    return exported ? staticValue(exported.node, exported.frame, 0) : undefined;
  }
}
