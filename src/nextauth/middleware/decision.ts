import type { TSESTree } from '@typescript-eslint/utils';

import type { Tri } from '../config/model';
import { evaluateGuard } from '../guard/evaluator';
import type { GuardOptions, GuardOutcome } from '../guard/values';
import type { FunctionNode } from '../syntax/functions';
import { redirectsToAuthEndpoint } from './handler';
import type { MiddlewareModel } from './handler';
import { compileMatchers, DOCUMENT_REQUEST, middlewareRuns, requestPathname, stripSearch } from './matcher';
import type { Answer, CompiledMatcher, RequestFacts, RoutingOptions } from './matcher';

/**
 * For one page path, whether the middleware redirects a signed-out visitor away from it: the matcher first,
 * then the guard the middleware exports (v4 `withAuth`, v5 `auth`, or a hand-written handler), evaluated by the
 * guard evaluator.
 */

/** A page path as a config sets it: a value, certainly not set (the default page), or unknown. */
export type PageSetting =
  | { readonly state: 'present'; readonly value: string }
  | { readonly state: 'absent' }
  | { readonly state: 'unknown' };

/** The pages and guard of the NextAuth config the middleware works with (v5, or v4 for comparison). */
export interface ConfigFacts {
  readonly signIn: PageSetting;
  readonly error: PageSetting;
  /** v5 `callbacks.authorized` of the config `auth` comes from. */
  readonly authorized: Tri<FunctionNode>;
  /** The program `authorized` sits in (to resolve the names it uses). */
  readonly authorizedProgram?: TSESTree.Program;
}

export interface DecideContext {
  readonly routing: RoutingOptions;
  /** Locale prefix of the request, when `i18n` is configured. */
  readonly locale?: string;
  /** The program of the middleware file (for evaluating functions written in it). */
  readonly program: TSESTree.Program;
  readonly importedValue?: GuardOptions['importedValue'];
  readonly facts?: RequestFacts;
}

/** Why a page is (or is not) protected. */
export interface MiddlewareDecision {
  /** Whether a signed-out visitor to the page is redirected away from it by the middleware. */
  readonly redirects: Answer;
  /** The matcher entry that selects the page, when the middleware has a matcher. */
  readonly matcher?: CompiledMatcher;
  /** v4: the page the middleware skips in its place (its own `pages` value or the default). */
  readonly middlewareSkips?: string;
}

const V4_DEFAULT_PAGES = { signIn: '/api/auth/signin', error: '/api/auth/error' } as const;
const V4_PUBLIC_PREFIXES = ['/_next', '/favicon.ico'];
const AUTH_BASE_PATH = '/api/auth';

function runs(model: MiddlewareModel, page: string, context: DecideContext): { runs: Answer; matcher?: CompiledMatcher } {
  if (model.matcher.state === 'unknown') return { runs: 'unknown' };
  const pathname = requestPathname(page, context.routing, context.locale);
  if (model.matcher.state === 'absent') return middlewareRuns(undefined, pathname);
  const compiled = compileMatchers(
    model.matcher.sites.map((site) => site.entry),
    context.routing,
  );
  if (!compiled) return { runs: 'unknown' };
  return middlewareRuns(compiled, pathname, context.facts ?? DOCUMENT_REQUEST);
}

function fromOutcome(outcome: GuardOutcome, denyRedirects: boolean): Answer {
  switch (outcome) {
    case 'redirect':
      return 'yes';
    case 'deny':
      return denyRedirects ? 'yes' : 'no';
    case 'allow':
      return 'no';
    case 'unknown':
      return 'unknown';
  }
}

/**
 * Whether the middleware redirects a signed-out visitor away from `page` (a path without `basePath`), and
 * what makes it do so. `config` describes the NextAuth config the middleware's `auth` comes from (v5) and
 * holds the pages for the v4 default; `undefined` when it could not be found.
 */
export function decideMiddleware(
  model: MiddlewareModel,
  page: string,
  config: ConfigFacts | undefined,
  context: DecideContext,
): MiddlewareDecision {
  const handler = model.handler;
  if (handler.kind === 'none' || handler.kind === 'unknown') return { redirects: 'unknown' };
  const path = stripSearch(page);
  const selected = runs(model, path, context);
  if (selected.runs === 'no') return { redirects: 'no' };
  const withMatcher = (redirects: Answer, extra: Partial<MiddlewareDecision> = {}): MiddlewareDecision => {
    const verdict: Answer = redirects === 'no' ? 'no' : selected.runs === 'unknown' ? 'unknown' : redirects;
    return { redirects: verdict, ...(selected.matcher ? { matcher: selected.matcher } : {}), ...extra };
  };
  const guardOptions: GuardOptions = {
    pathname: path,
    ...(context.importedValue ? { importedValue: context.importedValue } : {}),
  };

  switch (handler.kind) {
    case 'v4': {
      const options = handler.options;
      if (options.state === 'unknown') return { redirects: 'unknown' };
      const signIn = pageValue(options.pages.signIn, V4_DEFAULT_PAGES.signIn);
      const error = pageValue(options.pages.error, V4_DEFAULT_PAGES.error);
      if (signIn === undefined || error === undefined) return { redirects: 'unknown' };
      const own = page === error || path === error ? error : page === signIn || path === signIn ? signIn : undefined;
      if (own !== undefined) return { redirects: 'no' };
      const full = `${context.routing.basePath ?? ''}${path}`;
      if (full.startsWith(AUTH_BASE_PATH) || V4_PUBLIC_PREFIXES.some((prefix) => path.startsWith(prefix))) {
        return { redirects: 'no' };
      }
      let redirects: Answer = 'yes';
      if (options.authorized.state === 'unknown') redirects = 'unknown';
      else if (options.authorized.state === 'present') {
        redirects = fromOutcome(
          evaluateGuard(options.authorized.value, 'v4-authorized', context.program, guardOptions),
          true,
        );
      }
      const skips = isTarget(page, config?.error) ? error : isTarget(page, config?.signIn) ? signIn : undefined;
      return withMatcher(redirects, skips !== undefined ? { middlewareSkips: skips } : {});
    }
    case 'v5': {
      if (!config) return { redirects: 'unknown' };
      const signIn = pageValue(config.signIn, V4_DEFAULT_PAGES.signIn);
      let fromCallback: Answer = 'no';
      if (config.authorized.state === 'unknown') fromCallback = 'unknown';
      else if (config.authorized.state === 'present') {
        const program = config.authorizedProgram ?? context.program;
        const outcome = evaluateGuard(config.authorized.value, 'v5-authorized', program, guardOptions);
        // Without a wrapped function, a falsy result sends the visitor to sign-in (except on the sign-in page
        // itself); with one, only a `Response` the callback returns counts and the function decides the rest.
        if (outcome === 'redirect') fromCallback = 'yes';
        else if (outcome === 'deny') {
          if (handler.handler) fromCallback = 'no';
          else fromCallback = signIn === undefined ? 'unknown' : signIn === path ? 'no' : 'yes';
        }
        else fromCallback = fromOutcome(outcome, false);
      }
      if (fromCallback === 'yes' || !handler.handler) return withMatcher(fromCallback);
      const fromHandler = fromOutcome(
        evaluateGuard(handler.handler, 'handler', context.program, guardOptions),
        false,
      );
      return withMatcher(fromCallback === 'unknown' && fromHandler !== 'yes' ? 'unknown' : fromHandler);
    }
    case 'custom': {
      const redirects = fromOutcome(evaluateGuard(handler.fn, 'handler', context.program, guardOptions), false);
      // Sent through an auth endpoint (a guest sign-in route, the library's sign-in), the visitor may come back
      // signed in: whether the page stays out of reach is then unknown.
      const throughAuth = redirects === 'yes' && redirectsToAuthEndpoint(handler.fn, context.routing.basePath);
      return withMatcher(throughAuth ? 'unknown' : redirects);
    }
  }
}

function pageValue(setting: PageSetting | undefined, fallback: string): string | undefined {
  if (!setting || setting.state === 'absent') return fallback;
  return setting.state === 'present' ? stripSearch(setting.value) : undefined;
}

function isTarget(page: string, setting: PageSetting | undefined): boolean {
  return setting?.state === 'present' && stripSearch(setting.value) === stripSearch(page);
}
