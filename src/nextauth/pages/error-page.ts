import * as path from 'node:path';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { rethrowInDebug } from '../../util/failures';
import { planAddProperty, quoteStringLike } from '../config/fixes';
import type { TextEdit } from '../config/fixes';
import type { AuthVersion } from '../config/imports';
import { SESSION_READERS } from '../guard/known-calls';
import { findSessionDemands } from '../guard/session-demands';
import { decideMiddleware } from '../middleware/decision';
import type { ConfigFacts, PageSetting } from '../middleware/decision';
import { analyzeMiddleware } from '../middleware/handler';
import type { MiddlewareHandler, MiddlewareModel } from '../middleware/handler';
import { DOCUMENT_REQUEST, isInternalPath, stripSearch } from '../middleware/matcher';
import type { RequestFacts } from '../middleware/matcher';
import type { AuthFacts, PageFact } from '../project/auth-facts';
import { isMiddlewareFile, MIDDLEWARE_NAMES } from '../project/model';
import type { NextAuthProject } from '../project/model';
import { PAGE_EXTENSIONS } from '../project/routes';
import { localAuthBindings } from '../syntax/bindings';

/**
 * The decisions of `no-auth-on-error-page`, as findings the rule (and later the language service) reports:
 * a custom error page (or sign-in page) that a signed-out visitor can never reach, because the middleware
 * sends them to sign-in (cases 1 and 2, reported on the middleware) or because the page itself demands a
 * session (case 3, reported on the page or layout).
 */

export type PageKind = 'error' | 'signIn';

export type FindingKind =
  /** v4: the middleware's `pages` differ from the config's, so it does not let the error page through. */
  | 'middlewarePagesDiffer'
  /** The middleware runs on the error page and redirects signed-out visitors. */
  | 'errorPageBehindMiddleware'
  /** The same for the sign-in page. */
  | 'signInPageBehindMiddleware'
  /** The error page (or a layout around it) redirects a visitor without a session. */
  | 'errorPageRequiresSession'
  /** The same for the sign-in page. */
  | 'signInPageRequiresSession';

export interface PageFix {
  /** `addPageToWithAuth`: add (or correct) the page in `withAuth`'s options; `useWithAuth`: replace a re-export. */
  readonly kind: 'addPageToWithAuth' | 'useWithAuth';
  readonly edits: readonly TextEdit[];
}

export interface ErrorPageFinding {
  readonly kind: FindingKind;
  readonly node: TSESTree.Node;
  /** The page path. */
  readonly page: string;
  /** Which `pages` key the path comes from. */
  readonly key: PageKind;
  /** Where the path is set: `auth.config.ts:7`, or `options.errorPage`. */
  readonly where: string;
  /** The library version, for the error code to quote. */
  readonly version: AuthVersion;
  /** v4: the page the middleware lets through in its place. */
  readonly skipped?: string;
  readonly fix?: PageFix;
}

export interface CheckOptions {
  readonly errorPage?: string;
  readonly signInPage?: string;
  readonly middlewareFiles?: readonly string[];
}

interface EffectivePage {
  readonly value: string;
  readonly where: string;
}

const KEYS: readonly PageKind[] = ['error', 'signIn'];

/**
 * How a visitor reaches each page: a top-level page load after a redirect, to the error page with `?error=…`
 * (both libraries add it), to the sign-in page with `?callbackUrl=…`.
 */
const PAGE_REQUESTS: Record<PageKind, RequestFacts> = {
  error: { ...DOCUMENT_REQUEST, query: { error: true } },
  signIn: { ...DOCUMENT_REQUEST, query: { callbackUrl: true } },
};

/** The page path a check uses: the config's value, else the option; `undefined` for a default or unknown page. */
function effectivePage(fact: PageFact, option: string | undefined, optionName: string): EffectivePage | undefined {
  let page: EffectivePage | undefined;
  if (fact.state === 'present') page = { value: fact.value, where: `${fact.file}:${fact.line}` };
  else if (option !== undefined) page = { value: option, where: `options.${optionName}` };
  if (!page) return undefined;
  const bare = stripSearch(page.value);
  // NextAuth's own pages under /api/auth are never protected by its middleware, and never a user's page.
  if (!bare.startsWith('/') || bare.startsWith('/api/auth/') || bare === '/api/auth' || isInternalPath(bare)) return undefined;
  return page;
}

function pagesOf(facts: AuthFacts, options: CheckOptions): Record<PageKind, EffectivePage | undefined> {
  return {
    error: effectivePage(facts.error, options.errorPage, 'errorPage'),
    signIn: effectivePage(facts.signIn, options.signInPage, 'signInPage'),
  };
}

function setting(page: EffectivePage | undefined, fact: PageFact): PageSetting {
  if (page) return { state: 'present', value: page.value };
  return fact.state === 'absent' ? { state: 'absent' } : { state: 'unknown' };
}

const PAGE_EXTENSION_SET: ReadonlySet<string> = new Set(PAGE_EXTENSIONS);
const MIDDLEWARE_NAME_SET: ReadonlySet<string> = new Set(MIDDLEWARE_NAMES);
/** The app-router files that render a page or wrap one. */
const APP_ROUTER_FILES: ReadonlySet<string> = new Set(['page', 'layout', 'template']);

/** What a file can be for the rule, by its path: a middleware / proxy file, a page (or layout, template) file. */
export type FileRole = 'middleware' | 'page';

/**
 * Whether the rule can report anything in a file, decided from its path alone (no file system, no project):
 * a middleware / proxy file (by its name, or the name of one of `middlewareFiles`), a `page` / `layout` /
 * `template` file below a folder named `app`, or a page file below a folder named `pages`. Every file
 * {@link checkFile} reports in is one of these, so the rule skips the project model for all others.
 */
export function mayReportIn(file: string, middlewareFiles: readonly string[] = []): boolean {
  return fileRole(file, middlewareFiles) !== undefined;
}

/** The role {@link mayReportIn} gives a file by its path, or `undefined` when the rule reports nothing there. */
export function fileRole(file: string, middlewareFiles: readonly string[] = []): FileRole | undefined {
  // Called for every linted file, so it stays a few string searches.
  const normalized = file.includes('\\') ? file.replaceAll('\\', '/') : file;
  const slash = normalized.lastIndexOf('/');
  const base = normalized.slice(slash + 1);
  if (MIDDLEWARE_NAME_SET.has(base)) return 'middleware';
  if (middlewareFiles.some((name) => name === base || name.endsWith(`/${base}`) || name.endsWith(`\\${base}`))) return 'middleware';
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || !PAGE_EXTENSION_SET.has(base.slice(dot + 1))) return undefined;
  const folders = `/${normalized.slice(0, slash + 1)}`;
  if (folders.includes('/pages/')) return 'page';
  return folders.includes('/app/') && APP_ROUTER_FILES.has(base.slice(0, dot)) ? 'page' : undefined;
}

/**
 * The imported names a page needs before {@link findSessionDemands} can find anything in it: a session read is a
 * call of one of the known readers or of an imported `auth`, and `useSession` is the other demand.
 */
const SESSION_IMPORTS: ReadonlySet<string> = new Set([...SESSION_READERS.map((reader) => reader.imported), 'auth', 'useSession']);

/**
 * Whether a page file (one that is no middleware) can demand a session, from its top-level statements alone: it
 * imports a name of {@link SESSION_IMPORTS} (under any source, type-only or not: this only has to be wide enough),
 * or binds `auth` from a call (`const { auth } = NextAuth(…)`). A page that does neither needs no project model.
 */
export function mayDemandSession(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
      const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      if (SESSION_IMPORTS.has(imported)) return true;
    }
  }
  return localAuthBindings(program).size > 0;
}

/** Everything to report for one linted file. Never throws. */
export function checkFile(
  project: NextAuthProject,
  program: TSESTree.Program,
  file: string,
  text: string,
  options: CheckOptions,
): ErrorPageFinding[] {
  try {
    if (isMiddlewareFile(project, file, options.middlewareFiles)) return checkMiddleware(project, program, file, text, options);
    return checkPage(project, program, file, options);
  } catch (error) {
    // Never break linting on a bug of the model; with AUTH_ERRORS_DEBUG=1 it surfaces instead.
    rethrowInDebug(error);
    return [];
  }
}

function versionOf(handler: MiddlewareHandler, facts: AuthFacts): AuthVersion {
  if (handler.kind === 'v4') return 'v4';
  if (handler.kind === 'v5') return 'v5';
  return facts.version;
}

function checkMiddleware(
  project: NextAuthProject,
  program: TSESTree.Program,
  file: string,
  text: string,
  options: CheckOptions,
): ErrorPageFinding[] {
  const model = analyzeMiddleware(program);
  const handler = model.handler;
  if (handler.kind === 'none' || handler.kind === 'unknown' || !project.routing) return [];
  const facts = project.authFor(program, file);
  const pages = pagesOf(facts, options);
  const config: ConfigFacts | undefined =
    facts.found || pages.error || pages.signIn
      ? {
          signIn: setting(pages.signIn, facts.signIn),
          error: setting(pages.error, facts.error),
          authorized: facts.authorized,
          ...(facts.authorizedProgram ? { authorizedProgram: facts.authorizedProgram } : {}),
        }
      : undefined;
  const findings: ErrorPageFinding[] = [];
  for (const key of KEYS) {
    const page = pages[key];
    if (!page) continue;
    if (key === 'signIn' && pages.error && stripSearch(pages.error.value) === stripSearch(page.value)) continue;
    const decision = decideMiddleware(model, page.value, config, {
      routing: project.routing,
      ...(project.locale ? { locale: project.locale } : {}),
      program,
      importedValue: project.importedValue,
      facts: PAGE_REQUESTS[key],
    });
    if (decision.redirects !== 'yes') continue;
    const site =
      decision.matcher && model.matcher.state === 'present' ? model.matcher.sites[decision.matcher.index] : undefined;
    let kind: FindingKind = 'signInPageBehindMiddleware';
    if (key === 'error') kind = handler.kind === 'v4' ? 'middlewarePagesDiffer' : 'errorPageBehindMiddleware';
    const fix = handler.kind === 'v4' ? planWithAuthFix(program, model, key, stripSearch(page.value), text) : undefined;
    findings.push({
      kind,
      node: site?.node ?? handler.node,
      page: page.value,
      key,
      where: page.where,
      version: versionOf(handler, facts),
      ...(decision.middlewareSkips !== undefined ? { skipped: decision.middlewareSkips } : {}),
      ...(fix ? { fix } : {}),
    });
  }
  return findings;
}

function checkPage(
  project: NextAuthProject,
  program: TSESTree.Program,
  file: string,
  options: CheckOptions,
): ErrorPageFinding[] {
  const facts = project.auth;
  const pages = pagesOf(facts, options);
  const absolute = path.resolve(file);
  const findings: ErrorPageFinding[] = [];
  const reported = new Set<TSESTree.Node>();
  for (const key of KEYS) {
    const page = pages[key];
    if (!page) continue;
    const renders = project
      .pageFiles(stripSearch(page.value))
      .some((candidate) => candidate.file === absolute || candidate.wrappers.includes(absolute));
    if (!renders) continue;
    const demands = findSessionDemands(program, {
      pathname: stripSearch(page.value),
      importedValue: project.importedValue,
    });
    for (const demand of demands) {
      if (reported.has(demand.node)) continue;
      reported.add(demand.node);
      findings.push({
        kind: key === 'error' ? 'errorPageRequiresSession' : 'signInPageRequiresSession',
        node: demand.node,
        page: page.value,
        key,
        where: page.where,
        version: facts.version,
      });
    }
  }
  return findings;
}

// ---- the suggestion ---------------------------------------------------------------------------------------

function withAuthBound(program: TSESTree.Program): boolean {
  return program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration &&
      statement.specifiers.some((specifier) => specifier.local.name === 'withAuth'),
  );
}

/**
 * The edit that makes v4's middleware skip the config's page: set `pages.<key>` in `withAuth`'s options, or
 * turn `export { default } from "next-auth/middleware"` into `withAuth({ pages: { … } })`. Only the middleware
 * file changes, and only the one option: nothing else about the middleware's behaviour moves.
 */
export function planWithAuthFix(
  program: TSESTree.Program,
  model: MiddlewareModel,
  key: PageKind,
  page: string,
  text: string,
): PageFix | undefined {
  const handler = model.handler;
  if (handler.kind !== 'v4') return undefined;
  const options = handler.options;
  if (options.state !== 'known') return undefined;
  const pagesLiteral = (quoteFrom?: TSESTree.Node) => `{ ${key}: ${quoteStringLike(text, page, quoteFrom)} }`;

  if (handler.reexport) {
    const statement = handler.reexport;
    if (statement.specifiers.length !== 1 || statement.exportKind === 'type') return undefined;
    if (withAuthBound(program)) return undefined;
    const source = quoteStringLike(text, 'next-auth/middleware', statement.source ?? undefined);
    const call = `withAuth({ pages: ${pagesLiteral()} })`;
    const exported =
      handler.exportName === 'default' ? `export default ${call};` : `export const ${handler.exportName} = ${call};`;
    return {
      kind: 'useWithAuth',
      edits: [{ range: statement.range, text: `import { withAuth } from ${source};\n\n${exported}` }],
    };
  }
  const call = handler.call;
  if (!call) {
    // `export default withAuth`: call it with the options.
    const node = handler.node;
    if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
    return { kind: 'addPageToWithAuth', edits: [{ range: node.range, text: `${node.name}({ pages: ${pagesLiteral()} })` }] };
  }
  if (!options.node) {
    const [first] = call.arguments;
    if (!first) {
      const close = call.range[1] - 1;
      if (text[close] !== ')') return undefined;
      return { kind: 'addPageToWithAuth', edits: [{ range: [close, close], text: `{ pages: ${pagesLiteral()} }` }] };
    }
    if (call.arguments.length !== 1) return undefined;
    const end = first.range[1];
    return { kind: 'addPageToWithAuth', edits: [{ range: [end, end], text: `, { pages: ${pagesLiteral()} }` }] };
  }
  const object = options.object;
  if (!object || !inText(object.node, call)) return undefined;
  const value = options.pages[key];
  if (options.pagesObject && inText(options.pagesObject.node, call)) {
    if (value.state === 'present' && value.property && value.property.value === value.node && !value.property.shorthand) {
      return {
        kind: 'addPageToWithAuth',
        edits: [{ range: value.node.range, text: quoteStringLike(text, page, value.node) }],
      };
    }
    if (value.state !== 'absent') return undefined;
    const edits = planAddProperty(options.pagesObject, `${key}: ${quoteStringLike(text, page)}`, text);
    return edits ? { kind: 'addPageToWithAuth', edits } : undefined;
  }
  const pagesEntry = object.get('pages');
  if (pagesEntry.state !== 'absent') return undefined;
  const edits = planAddProperty(object, `pages: ${pagesLiteral()}`, text);
  return edits ? { kind: 'addPageToWithAuth', edits } : undefined;
}

/** Whether a node is written inside another (so an edit to it stays in the linted file). */
function inText(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}
