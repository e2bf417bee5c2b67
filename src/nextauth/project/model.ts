import { statSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getLiteralString, getPropertyKeyName, skipTypeWrappers } from '../../util/ast';
import { getProgramScopes, programOf, resolveIn } from '../syntax/bindings';
import type { Frame } from '../syntax/bindings';
import { analyzeProgram, findExport, objectModel } from '../config/analyzer';
import type { AuthConfig, AuthVersion, ImportResolver, ObjectModel, ProgramAuthModel, Tri } from '../config/analyzer';
import type { FunctionNode, StaticValue } from '../guard/evaluator';
import type { ImportBinding } from '../config/imports';
import type { RoutingOptions } from '../middleware/matcher';
import { analyzeMiddleware, functionIn, nestedObject, stringIn } from '../middleware/handler';
import type { MiddlewareModel } from '../middleware/handler';
import { findProjectRoot, parseProjectFile, readProjectFile } from './files';
import type { ParserLike } from './files';
import { findPageFiles, findRouterDirs } from './routes';
import type { DirectoryEntry, DirectoryReader, PageFile, RouterDirs } from './routes';

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

/** What the project's NextAuth config says, as far as the error-page rules need it. */
export interface AuthFacts {
  /** Whether a config was found at all. */
  readonly found: boolean;
  readonly version: AuthVersion;
  readonly signIn: PageFact;
  readonly error: PageFact;
  /** v5 `callbacks.authorized`, with the program it sits in. */
  readonly authorized: Tri<FunctionNode>;
  readonly authorizedProgram?: TSESTree.Program;
}

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
}

export interface ProjectOptions {
  /** Extra middleware file names, relative to the project root (`src/` is tried too for a bare name). */
  readonly middlewareFiles?: readonly string[];
  /** ESLint's parser, to parse other files the same way. */
  readonly parser?: ParserLike;
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

const NEXT_CONFIGS = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs', 'next.config.mts'] as const;
const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'] as const;

/** Counts of project discoveries, for benchmarks and tests ("the project is discovered once"). */
export const projectModelStats = { builds: 0, hits: 0 };

// ---- stamps ------------------------------------------------------------------------------------------------

function stampOf(target: string): string {
  try {
    const stats = statSync(target, { throwIfNoEntry: false });
    return stats ? `${stats.isDirectory() ? 'd' : 'f'}:${stats.mtimeMs}:${stats.size}` : 'missing';
  } catch {
    return 'missing';
  }
}

/** Remembers the stamp of every file and folder a discovery looked at. */
class Stamps {
  readonly seen = new Map<string, string>();

  record(target: string): string {
    let stamp = this.seen.get(target);
    if (stamp === undefined) {
      stamp = stampOf(target);
      this.seen.set(target, stamp);
    }
    return stamp;
  }

  /**
   * Whether a regular file exists. Records its folder's stamp, which changes when a file is created or deleted
   * in it, and the file's own stamp only when it exists (a missing file is covered by its folder's).
   */
  exists(file: string): boolean {
    if (this.record(path.dirname(file)) === 'missing') return false;
    const known = this.seen.get(file);
    if (known !== undefined) return known.startsWith('f:');
    const stamp = stampOf(file);
    if (stamp !== 'missing') this.seen.set(file, stamp);
    return stamp.startsWith('f:');
  }

  fresh(): boolean {
    for (const [target, stamp] of this.seen) if (stampOf(target) !== stamp) return false;
    return true;
  }
}

class RecordingReader implements DirectoryReader {
  private readonly listings = new Map<string, readonly DirectoryEntry[] | undefined>();
  constructor(private readonly stamps: Stamps) {}

  list(dir: string): readonly DirectoryEntry[] | undefined {
    if (this.listings.has(dir)) return this.listings.get(dir);
    let entries: DirectoryEntry[] | undefined;
    if (this.stamps.record(dir).startsWith('d:')) {
      try {
        entries = readdirSync(dir, { withFileTypes: true }).map((entry) => ({
          name: entry.name,
          directory: entry.isDirectory(),
        }));
      } catch {
        entries = undefined;
      }
    }
    this.listings.set(dir, entries);
    return entries;
  }
}

// ---- module resolution -------------------------------------------------------------------------------------

interface PathAliases {
  readonly baseUrl?: string;
  readonly paths: readonly { readonly prefix: string; readonly suffix: string; readonly targets: readonly string[] }[];
}

/** JSON with comments and trailing commas, as tsconfig allows. `undefined` when it does not parse. */
export function parseJsonc(text: string): unknown {
  let out = '';
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const next = text[index + 1];
    if (inString) {
      out += char;
      if (char === '\\') out += text[++index] ?? '';
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '/' && next === '/') {
      while (index < text.length && text[index] !== '\n') index++;
      out += '\n';
      continue;
    } else if (char === '/' && next === '*') {
      index = text.indexOf('*/', index + 2);
      if (index === -1) return undefined;
      index++;
      continue;
    }
    out += char;
  }
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
  } catch {
    return undefined;
  }
}

function readAliases(root: string, stamps: Stamps): PathAliases {
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const file = path.join(root, name);
    if (!stamps.exists(file)) continue;
    const parsed = parseJsonc(readProjectFile(file) ?? '') as
      | { compilerOptions?: { baseUrl?: unknown; paths?: unknown } }
      | undefined;
    const options = parsed?.compilerOptions;
    const baseUrl = typeof options?.baseUrl === 'string' ? path.resolve(root, options.baseUrl) : undefined;
    const paths: PathAliases['paths'][number][] = [];
    if (options?.paths && typeof options.paths === 'object') {
      for (const [pattern, targets] of Object.entries(options.paths as Record<string, unknown>)) {
        if (!Array.isArray(targets)) continue;
        const star = pattern.indexOf('*');
        paths.push({
          prefix: star === -1 ? pattern : pattern.slice(0, star),
          suffix: star === -1 ? '' : pattern.slice(star + 1),
          targets: targets
            .filter((target): target is string => typeof target === 'string')
            .map((target) => path.resolve(baseUrl ?? root, target)),
        });
      }
    }
    return { ...(baseUrl ? { baseUrl } : {}), paths };
  }
  return { paths: [] };
}

function isBareSpecifier(source: string): boolean {
  return !source.startsWith('.') && !source.startsWith('/');
}

// ---- the project -------------------------------------------------------------------------------------------

interface CachedProject {
  readonly stamps: Stamps;
  readonly project: NextAuthProject;
  readonly key: string;
}

// Per-process cache of project models, keyed by root (+ options). Never shared between workers.
const projectCache = new Map<string, CachedProject>();

/** The project model for a file, or `undefined` when the file belongs to no project (no package.json above it). */
export function getNextAuthProject(file: string, options: ProjectOptions = {}): NextAuthProject | undefined {
  const root = findProjectRoot(path.resolve(file));
  if (!root) return undefined;
  const key = `${root}\u0000${(options.middlewareFiles ?? []).join('\u0000')}`;
  const cached = projectCache.get(key);
  if (cached && cached.stamps.fresh()) {
    projectModelStats.hits++;
    return cached.project;
  }
  projectModelStats.builds++;
  const stamps = new Stamps();
  let project: NextAuthProject;
  try {
    project = new ProjectBuilder(root, options, stamps).build();
  } catch {
    return undefined;
  }
  projectCache.set(key, { stamps, project, key });
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

const ABSENT_FACTS: AuthFacts = {
  found: false,
  version: 'unknown',
  signIn: { state: 'unknown' },
  error: { state: 'unknown' },
  authorized: { state: 'unknown' },
};

class ProjectBuilder {
  private readonly reader: RecordingReader;
  /** The file each parsed program came from. */
  private readonly files = new WeakMap<TSESTree.Program, string>();
  private aliases: PathAliases | undefined;
  private readonly pageCache = new Map<string, readonly PageFile[]>();
  private conventional: { called: AuthFacts[]; typed: AuthFacts[] } | undefined;

  constructor(
    private readonly root: string,
    private readonly options: ProjectOptions,
    private readonly stamps: Stamps,
  ) {
    this.reader = new RecordingReader(stamps);
  }

  build(): NextAuthProject {
    const dirs = findRouterDirs(this.root, this.reader);
    const { routing, locale } = this.readNextConfig();
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

  /** The file a module specifier names, from a file of the project; `undefined` for packages and missing files. */
  resolveModule(source: string, from: string): string | undefined {
    const candidates: string[] = [];
    if (!isBareSpecifier(source)) candidates.push(path.resolve(path.dirname(from), source));
    else {
      this.aliases ??= readAliases(this.root, this.stamps);
      for (const alias of this.aliases.paths) {
        if (!source.startsWith(alias.prefix) || !source.endsWith(alias.suffix)) continue;
        const middle = source.slice(alias.prefix.length, source.length - alias.suffix.length);
        for (const target of alias.targets) candidates.push(target.replace('*', middle));
      }
      if (this.aliases.paths.length === 0 && /^[@~]\//.test(source)) {
        // No tsconfig paths: try the two layouts create-next-app sets `@/*` up for.
        candidates.push(path.join(this.root, source.slice(2)), path.join(this.root, 'src', source.slice(2)));
      }
      if (this.aliases.baseUrl) candidates.push(path.join(this.aliases.baseUrl, source));
    }
    for (const candidate of candidates) {
      const found = this.withExtension(candidate);
      if (found) return found;
    }
    return undefined;
  }

  private withExtension(base: string): string | undefined {
    const stripped = base.replace(/\.(c|m)?js$/, '');
    const options = [
      ...(stripped !== base ? [] : [base]),
      ...RESOLVE_EXTENSIONS.map((extension) => `${stripped}${extension}`),
      ...RESOLVE_EXTENSIONS.map((extension) => path.join(base, `index${extension}`)),
    ];
    for (const option of options) {
      if (/\.[cm]?[jt]sx?$/.test(option) && this.stamps.exists(option)) return option;
    }
    return undefined;
  }

  private readonly resolveImport: ImportResolver = (source, _imported, from) => {
    const fromFile = this.files.get(from);
    if (!fromFile) return undefined;
    const file = this.resolveModule(source, fromFile);
    return file ? this.parse(file) : undefined;
  };

  // ---- next.config ---------------------------------------------------------------------------------------

  private readNextConfig(): { routing: RoutingOptions | undefined; locale?: string } {
    const file = NEXT_CONFIGS.map((name) => path.join(this.root, name)).find((candidate) => this.stamps.exists(candidate));
    if (!file) return { routing: {} };
    const program = this.parse(file);
    if (!program) return { routing: undefined };
    let basePath: string | undefined;
    let i18n: { locales: string[]; defaultLocale?: string } | undefined;
    let unreadable = false;
    const visit = (node: TSESTree.Node, frame: Frame): void => {
      if (node.type !== AST_NODE_TYPES.Property || node.computed) return;
      const name = getPropertyKeyName(node);
      if (name === 'basePath') {
        // Next.js puts basePath in front of both the matcher and the request's pathname, so a basePath the rule
        // cannot read changes no answer here: it is only kept when it is a literal.
        basePath = getLiteralString(resolveIn(node.value, frame).node);
      } else if (name === 'i18n') {
        const object = objectModel(node.value, frame);
        const locales = object ? arrayOfStrings(object.get('locales')) : undefined;
        const defaultLocale = object
          ? stringIn({ state: 'present', value: object, node: node.value, frame }, 'defaultLocale')
          : undefined;
        if (!locales || defaultLocale?.state !== 'present') unreadable = true;
        else i18n = { locales, defaultLocale: defaultLocale.value };
      }
    };
    getProgramScopes(program).walk(visit);
    if (unreadable) return { routing: undefined };
    const routing: RoutingOptions = { ...(basePath ? { basePath } : {}), ...(i18n ? { i18n } : {}) };
    return i18n?.defaultLocale ? { routing, locale: i18n.defaultLocale } : { routing };
  }

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
    } catch {
      facts = undefined;
    }
    return facts ?? this.conventionalFacts(version);
  }

  private factsThroughMiddleware(model: MiddlewareModel, program: TSESTree.Program): AuthFacts | undefined {
    const handler = model.handler;
    if (handler.kind !== 'v5') return undefined;
    if (handler.auth.kind === 'local') return this.factsOfCall(handler.auth.call, program);
    // `auth` imported from the app's auth module: the config is the `NextAuth(…)` call that module destructures.
    const located = this.followExport(handler.auth.source, handler.auth.imported, program);
    if (!located) return undefined;
    const call = nextAuthCallFor(located.program, handler.auth.imported);
    return call ? this.factsOfCall(call, located.program) : undefined;
  }

  /** The program that exports `imported` when following `source` from `program` (through re-exports). */
  private followExport(
    source: string,
    imported: string,
    program: TSESTree.Program,
  ): { program: TSESTree.Program } | undefined {
    let current = program;
    let specifier = source;
    let name = imported;
    for (let hop = 0; hop < 4; hop++) {
      const next = this.resolveImport(specifier, name, current);
      if (!next) return undefined;
      const reexport = reexportOf(next, name);
      if (!reexport) return { program: next };
      specifier = reexport.source;
      name = reexport.imported;
      current = next;
    }
    return undefined;
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
    const followed = this.followExport(unresolved.origin.source, unresolved.origin.imported, program);
    if (!followed) return undefined;
    const exported = findExport(followed.program, unresolved.origin.imported);
    if (!exported) return undefined;
    const object = objectModel(exported.node, exported.frame, { resolveImport: this.resolveImport });
    if (!object) return undefined;
    const other = analyzeProgram(followed.program, { resolveImport: this.resolveImport });
    const typed = other.configs.find((candidate) => candidate.node === object.node);
    const version = unresolved.version !== 'unknown' ? unresolved.version : (typed?.version ?? 'unknown');
    return this.factsOfObject(object, version, followed.program);
  }

  private factsOfConfig(config: AuthConfig, program: TSESTree.Program): AuthFacts {
    return this.factsOfObject(config.object, config.version, program);
  }

  private factsOfObject(object: ObjectModel, version: AuthVersion, program: TSESTree.Program): AuthFacts {
    const pages = nestedObject(object, 'pages');
    const callbacks = nestedObject(object, 'callbacks');
    const authorized = functionIn(callbacks, 'authorized');
    const authorizedProgram = authorized.state === 'present' ? programOf(authorized.frame) : undefined;
    return {
      found: true,
      version,
      signIn: this.pageFact(stringIn(pages, 'signIn')),
      error: this.pageFact(stringIn(pages, 'error')),
      authorized,
      ...(authorizedProgram ?? program ? { authorizedProgram: authorizedProgram ?? program } : {}),
    };
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
    for (const relative of CONVENTIONAL_CONFIGS) {
      for (const base of [this.root, path.join(this.root, 'src')]) {
        const file = path.join(base, relative);
        const program = this.parse(file);
        if (!program) continue;
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
      }
    }
    return { called, typed };
  }

  // ---- imported constants for the guard evaluator --------------------------------------------------------

  private importedValue(binding: ImportBinding, program: TSESTree.Program): StaticValue | undefined {
    if (binding.imported === '*' || binding.typeOnly) return undefined;
    const file = this.files.get(program);
    if (!file || isPackageName(binding.source)) return undefined;
    const followed = this.followExport(binding.source, binding.imported, program);
    if (!followed) return undefined;
    const exported = findExport(followed.program, binding.imported);
    return exported ? staticValue(exported.node, exported.frame, 0) : undefined;
  }
}

function isPackageName(source: string): boolean {
  return isBareSpecifier(source) && !/^[@~#]\//.test(source) && !source.startsWith('src/');
}

function arrayOfStrings(value: Tri<TSESTree.Node>): string[] | undefined {
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

/** A literal value (strings, numbers, booleans, arrays and objects of them), following `const`s. */
function staticValue(node: TSESTree.Node, frame: Frame, depth: number): StaticValue | undefined {
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

function exportedName(specifier: TSESTree.ExportSpecifier): string {
  return specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
}

/** `export { a as b } from '../x'` for the name `b`. */
function reexportOf(program: TSESTree.Program, name: string): { source: string; imported: string } | undefined {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || !statement.source) continue;
    for (const specifier of statement.specifiers) {
      const exported = exportedName(specifier);
      if (exported === name) {
        const local = specifier.local.type === AST_NODE_TYPES.Identifier ? specifier.local.name : specifier.local.value;
        return { source: statement.source.value, imported: local };
      }
    }
  }
  return undefined;
}

/**
 * The `NextAuth(…)` call whose result gives the exported `name` (`export const { auth } = NextAuth(…)`, or
 * `const { auth } = NextAuth(…); export { auth }`).
 */
function nextAuthCallFor(program: TSESTree.Program, name: string): TSESTree.CallExpression | undefined {
  let local = name;
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.source) continue;
    for (const specifier of statement.specifiers) {
      const exported = exportedName(specifier);
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

function samePage(a: PageFact, b: PageFact): boolean {
  if (a.state !== b.state) return false;
  return a.state !== 'present' || (b.state === 'present' && a.value === b.value);
}

/** One set of facts from several configs: a page all of them agree on, else unknown. */
function mergeFacts(all: readonly AuthFacts[]): AuthFacts {
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
  };
}

/** Whether a file is one of the project's middleware / proxy files. */
export function isMiddlewareFile(project: NextAuthProject, file: string, extra: readonly string[] = []): boolean {
  const absolute = path.resolve(file);
  return middlewareCandidates(project.root, extra).includes(absolute);
}
