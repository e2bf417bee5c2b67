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
import type { RoutingOptions } from '../middleware/matcher';
import { programOf } from '../syntax/bindings';
import type { Frame } from '../syntax/bindings';
import { isPackageSource } from '../syntax/exports';
import { mergeFacts, nextAuthCallFor, staticValue } from './auth-facts';
import type { AuthFacts, PageFact, SecretFact } from './auth-facts';
import { findProjectRoot, parseProjectFile } from './files';
import type { ParserLike } from './files';
import type { LintRun } from './lint-run';
import { ModuleResolver } from './modules';
import { readNextConfig } from './next-config';
import { routeHandlerOrigins } from './route-handlers';
import { findAuthRouteFiles, findPageFiles, findRouterDirs, isAuthRouteFile } from './routes';
import type { PageFile, RouterDirs } from './routes';
import { RecordingReader, Stamps } from './stamps';



/**
 * The project model for the cross-file rules: for a file being linted, its Next.js project (nearest
 * package.json), the middleware / proxy file, the NextAuth config(s) and their `pages`, `next.config`'s
 * `basePath` / `i18n`, and the files that render the sign-in and error pages.
 *
 * Configs are found by following the middleware's own imports first (`import { auth } from "@/auth"`, a local
 * `NextAuth(authConfig)` whose `authConfig` comes from `./auth.config`), then in the conventional places. The
 * config model of `config.ts` reads each config; this module only finds files and follows imports between them.
 *
 * Files go through the project file layer (`project.ts`: read and parsed at most once per path + mtime). The
 * model itself is cached per project root and reused while the stamps (mtime + size) of every file and folder it
 * looked at are unchanged, so linting many files of one project discovers the project once.
 */

export interface NextAuthProject {
  readonly root: string;
  readonly dirs: RouterDirs;
  /** `basePath` / `i18n` of next.config; `undefined` when next.config sets `i18n` in a way that cannot be read. */
  readonly routing: RoutingOptions | undefined;
  /** The locale segment a request carries when `i18n` is configured (its `defaultLocale`). */
  readonly locale?: string;
  /** The middleware / proxy file on disk, if any. */
  readonly middlewareFile?: string;
  /** The config facts as the project on disk gives them (through the middleware on disk, then conventions). */
  readonly auth: AuthFacts;
  /** The files that render a page path, with their layouts (cached per path). */
  pageFiles(pagePath: string): readonly PageFile[];
  /** The config facts for a middleware program (the file being linted, maybe unsaved). */
  authFor(middleware: TSESTree.Program, file: string): AuthFacts;
  /** The value of an imported constant (for the guard evaluator), following the import to its file. */
  importedValue(binding: ImportBinding, program: TSESTree.Program): StaticValue | undefined;
  /** Where a node of a parsed project file sits: `auth.config.ts:7`. */
  describe(node: TSESTree.Node, frame: Frame): { file: string; line: number } | undefined;
  /**
   * The config model of a program (the file being linted) with its imports of the app's own files followed
   * (`NextAuth({ adapter, ...authConfig })`, `NextAuth(authConfig)`, `providers: [...authConfig.providers, X]`).
   * Other files go through the project's file layer, so each is read and parsed at most once.
   */
  linkedModel(program: TSESTree.Program, file: string): ProgramAuthModel;
  /** The config facts of the conventional places alone (`auth.ts`, `lib/auth.ts`, …), whatever the middleware uses. */
  conventionalAuth(): AuthFacts;
}

export interface ProjectOptions {
  /** Extra middleware file names, relative to the project root (`src/` is tried too for a bare name). */
  readonly middlewareFiles?: readonly string[];
  /** ESLint's parser, to parse other files the same way. */
  readonly parser?: ParserLike;
  /** The lint run of the file being linted: the project's stamps are checked once per run (see `lint-run.ts`). */
  readonly run?: LintRun;
}

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


/** Counts of project discoveries, for benchmarks and tests ("the project is discovered once"). */
export const projectModelStats = { builds: 0, hits: 0 };

// ---- the project -------------------------------------------------------------------------------------------

interface CachedProject {
  readonly stamps: Stamps;
  readonly project: NextAuthProject;
  readonly key: string;
  /** The lint run ({@link LintRun.id}) that last found the stamps unchanged. */
  checkedIn?: number;
}

// Per-process cache of project models, keyed by root (+ options). Never shared between workers.
const projectCache = new Map<string, CachedProject>();

/** The project model for a file, or `undefined` when the file belongs to no project (no package.json above it). */
export function getNextAuthProject(file: string, options: ProjectOptions = {}): NextAuthProject | undefined {
  const run = options.run;
  const root = findProjectRoot(path.resolve(file), run);
  if (!root) return undefined;
  const key = `${root}\u0000${(options.middlewareFiles ?? []).join('\u0000')}`;
  const cached = projectCache.get(key);
  // In a lint run, the stamps are checked by the first file that asks; the others of the run reuse that answer.
  if (cached && ((run !== undefined && cached.checkedIn === run.id) || cached.stamps.fresh(run))) {
    projectModelStats.hits++;
    if (run) cached.checkedIn = run.id;
    return cached.project;
  }
  projectModelStats.builds++;
  const stamps = new Stamps();
  let project: NextAuthProject;
  try {
    project = new ProjectBuilder(root, options, stamps).build();
  } catch (error) {
    // Files that cannot be read or parsed are handled by the file layer; a throw here is a bug of the model.
    rethrowInDebug(error);
    return undefined;
  }
  projectCache.set(key, { stamps, project, key, ...(run ? { checkedIn: run.id } : {}) });
  return project;
}

/** Empties the project cache (tests only). */
export function clearNextAuthProjects(): void {
  projectCache.clear();
  projectModelStats.builds = 0;
  projectModelStats.hits = 0;
}

/** A config model with the app's own imports followed, and where its nodes sit (see {@link linkedAuthModel}). */
export interface LinkedAuthModel {
  readonly model: ProgramAuthModel;
  /** Where a node of a followed file sits: `auth.config.ts:7`. */
  describe(node: TSESTree.Node, frame: Frame): { file: string; line: number } | undefined;
}

/**
 * The config model of a program (the file being linted) with its imports of the app's own files followed
 * (`NextAuth({ adapter, ...authConfig })`, `NextAuth(authConfig)`, `providers: [...authConfig.providers]`),
 * without discovering the rest of the project (middleware, pages, next.config): only module resolution (the
 * project's `tsconfig` / `jsconfig` `paths`) and the file layer, so each followed file is read and parsed at most
 * once per process while it is unchanged. `undefined` when the file belongs to no project.
 */
export function linkedAuthModel(program: TSESTree.Program, file: string, options: ProjectOptions = {}): LinkedAuthModel | undefined {
  const root = findProjectRoot(path.resolve(file));
  if (!root) return undefined;
  const builder = new ProjectBuilder(root, options, new Stamps());
  const model = builder.linkedModel(program, path.resolve(file));
  return { model, describe: (node, frame) => builder.describeNode(node, frame) };
}

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

class ProjectBuilder {
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

/** Whether a file is one of the project's middleware / proxy files. */
export function isMiddlewareFile(project: NextAuthProject, file: string, extra: readonly string[] = []): boolean {
  // Asked for every page file of a lint run: the candidates are joined once per project and extra names.
  let byExtra = middlewareSets.get(project);
  if (!byExtra) {
    byExtra = new Map();
    middlewareSets.set(project, byExtra);
  }
  const key = extra.join('\u0000');
  let candidates = byExtra.get(key);
  if (!candidates) {
    candidates = new Set(middlewareCandidates(project.root, extra));
    byExtra.set(key, candidates);
  }
  return candidates.has(path.resolve(file));
}

const middlewareSets = new WeakMap<NextAuthProject, Map<string, ReadonlySet<string>>>();
