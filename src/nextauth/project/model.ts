import * as path from 'node:path';

import type { TSESTree } from '@typescript-eslint/utils';

import { rethrowInDebug } from '../../util/failures';
import type { ImportBinding } from '../config/imports';
import type { ProgramAuthModel } from '../config/model';
import type { StaticValue } from '../guard/values';
import type { RoutingOptions } from '../middleware/matcher';
import type { Frame } from '../syntax/bindings';
import type { AuthFacts } from './auth-facts';
import { middlewareCandidates, ProjectBuilder } from './builder';
import { findProjectRoot } from './files';
import type { ParserLike } from './files';
import type { LintRun } from './lint-run';
import type { PageFile, RouterDirs } from './routes';
import { Stamps } from './stamps';

export { CONVENTIONAL_CONFIGS, MIDDLEWARE_NAMES, middlewareCandidates } from './builder';

/**
 * The project model for the cross-file rules: for a file being linted, its Next.js project (nearest
 * package.json), the middleware / proxy file, the NextAuth config(s) and their `pages`, `next.config`'s
 * `basePath` / `i18n`, and the files that render the sign-in and error pages.
 *
 * Configs are found by following the middleware's own imports first (`import { auth } from "@/auth"`, a local
 * `NextAuth(authConfig)` whose `authConfig` comes from `./auth.config`), then in the conventional places. The
 * config model (`config/analyzer.ts`) reads each config; `builder.ts` only finds files and follows imports between
 * them, and this module caches what it built.
 *
 * Files go through the project file layer (`files.ts`: read and parsed at most once per path + mtime). The
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
