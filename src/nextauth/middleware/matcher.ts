import { parse, tokensToRegexp } from 'path-to-regexp';

import { compileSafeRegex } from '../../util/safe-regex';
import type { SafeRegex } from '../../util/safe-regex';

/**
 * Next.js middleware / proxy matcher semantics, as a pure function of strings.
 *
 * Next.js turns every `config.matcher` source into one regular expression with path-to-regexp 6 (the family
 * this package depends on): it puts an optional `/_next/data/<build id>` prefix in front of the source, an
 * optional `.json` suffix behind it (the pages router's data requests), the locale segment when `i18n` is
 * configured, and `basePath` before everything. Only the regexp's `source` is kept, and Next.js later builds
 * `new RegExp(source)` without flags, so matching is case-sensitive even though path-to-regexp defaults to
 * case-insensitive. The trailing `[/#?]?` that path-to-regexp adds (non-strict mode) lets a path with or
 * without a trailing slash match. `has` / `missing` conditions are checked against the request afterwards.
 *
 * The patterns come from the linted project, so V8 never runs them here: a matcher like
 * `/:path((?:[\\w-]+/?)*)\\.html` backtracks exponentially on a long path. They are tested with the linear-time
 * engine of `util/safe-regex`; a pattern it refuses, or a test over its budget, makes the answer `unknown`.
 *
 * Nothing here reads files or ESLint nodes, so the language service can call the same functions.
 */

export type RouteConditionType = 'header' | 'cookie' | 'query' | 'host';

/** One `has` / `missing` condition of a matcher object. */
export interface RouteCondition {
  readonly type: RouteConditionType;
  /** Header, cookie or query name (not used for `host`). */
  readonly key?: string;
  /** A regular expression source the whole value must match; absent means "is present". */
  readonly value?: string;
}

/** A matcher object: `{ source, has, missing, locale }`. */
export interface MatcherEntry {
  readonly source: string;
  readonly has?: readonly RouteCondition[];
  readonly missing?: readonly RouteCondition[];
  /** `false` keeps the locale segment out of the compiled source. */
  readonly locale?: false;
}

/** What `config.matcher` may hold. */
export type MatcherInput = string | MatcherEntry | readonly (string | MatcherEntry)[];

/** The parts of `next.config` that change how matchers compile. */
export interface RoutingOptions {
  /** `basePath`, e.g. `/docs` (no trailing slash); `''` or absent for none. */
  readonly basePath?: string;
  /** Set when `i18n.locales` is configured. */
  readonly i18n?: { readonly locales: readonly string[]; readonly defaultLocale?: string };
}

/** A matcher ready to test paths. */
export interface CompiledMatcher {
  readonly entry: MatcherEntry;
  /** Position in the `matcher` array (0 for a single matcher). */
  readonly index: number;
  /** The regular expression Next.js would test the request's pathname with (never run: see {@link pattern}). */
  readonly regexp: RegExp;
  /** The same pattern, for testing paths in linear time. */
  readonly pattern: SafeRegex;
}

/** A yes / no answer that may be `unknown` when the outcome depends on facts a static look cannot have. */
export type Answer = 'yes' | 'no' | 'unknown';

/**
 * What is known about the request beyond its pathname, per condition type: a string is the known value,
 * `true` means present with an unknown value, `null` means known to be absent. A key not listed is unknown.
 * Header and cookie names are compared case-insensitively for headers only, as HTTP does.
 */
export interface RequestFacts {
  readonly header?: Readonly<Record<string, string | true | null>>;
  readonly cookie?: Readonly<Record<string, string | true | null>>;
  readonly query?: Readonly<Record<string, string | true | null>>;
  readonly host?: string | true | null;
}

/**
 * A top-level page load as the browser makes it after a redirect (how a visitor reaches the sign-in or error
 * page): none of the headers Next.js sends for prefetches, RSC requests or server actions.
 */
export const DOCUMENT_REQUEST: RequestFacts = {
  header: {
    'next-router-prefetch': null,
    'next-router-state-tree': null,
    'next-action': null,
    'x-middleware-prefetch': null,
    purpose: null,
    rsc: null,
  },
};

const CONDITION_TYPES: ReadonlySet<string> = new Set<RouteConditionType>(['header', 'cookie', 'query', 'host']);
const MAX_SOURCE_LENGTH = 4096;

interface CompiledSource {
  readonly regexp: RegExp;
  readonly pattern: SafeRegex;
}

// Compiled sources, per process. The key is the final path-to-regexp source, so options are part of it.
const compiledSources = new Map<string, CompiledSource | null>();

function compileSource(source: string): CompiledSource | undefined {
  const cached = compiledSources.get(source);
  if (cached !== undefined) return cached ?? undefined;
  let compiled: CompiledSource | null = null;
  let regexp: RegExp | undefined;
  try {
    regexp = new RegExp(tokensToRegexp(parse(source)).source);
  } catch (error) {
    // path-to-regexp throws a TypeError for a source it cannot parse, V8 a SyntaxError for a bad group.
    if (!(error instanceof TypeError) && !(error instanceof SyntaxError)) throw error;
  }
  const pattern = regexp ? compileSafeRegex(regexp.source) : undefined;
  if (regexp && pattern) compiled = { regexp, pattern };
  compiledSources.set(source, compiled);
  return compiled ?? undefined;
}

function isValidCondition(condition: RouteCondition): boolean {
  if (!CONDITION_TYPES.has(condition.type)) return false;
  if (condition.type !== 'host' && (typeof condition.key !== 'string' || condition.key === '')) return false;
  if (condition.type === 'host' && typeof condition.value !== 'string') return false;
  return condition.value === undefined || typeof condition.value === 'string';
}

function normalizeEntry(raw: string | MatcherEntry): MatcherEntry | undefined {
  const entry = typeof raw === 'string' ? { source: raw } : raw;
  if (typeof entry.source !== 'string' || !entry.source.startsWith('/')) return undefined;
  if (entry.source.length > MAX_SOURCE_LENGTH) return undefined;
  for (const condition of [...(entry.has ?? []), ...(entry.missing ?? [])]) {
    if (!isValidCondition(condition)) return undefined;
  }
  return entry;
}

/** The path-to-regexp source Next.js builds for one matcher (before compiling). */
export function nextMatcherSource(entry: MatcherEntry, options: RoutingOptions = {}): string {
  let source = entry.source;
  const isRoot = source === '/';
  if (options.i18n && entry.locale !== false) {
    source = `/:nextInternalLocale((?!_next/)[^/.]{1,})${isRoot ? '' : source}`;
  }
  source = `/:nextData(_next/data/[^/]{1,})?${source}${
    isRoot ? `(${options.i18n ? '|\\.json|' : ''}/?index|/?index\\.json)?` : '{(\\.json)}?'
  }`;
  if (options.basePath) source = `${options.basePath}${source}`;
  return source;
}

/**
 * Compiles `config.matcher` the way Next.js does. `undefined` when any entry is not a valid matcher (Next.js
 * refuses to build such a middleware, so nothing can be said about it) or uses regex syntax the linear-time
 * engine does not follow (a back-reference, a lookbehind).
 */
export function compileMatchers(input: MatcherInput, options: RoutingOptions = {}): CompiledMatcher[] | undefined {
  const list: readonly (string | MatcherEntry)[] = Array.isArray(input) ? input : [input as string | MatcherEntry];
  const compiled: CompiledMatcher[] = [];
  for (const [index, raw] of list.entries()) {
    const entry = normalizeEntry(raw);
    if (!entry) return undefined;
    const source = compileSource(nextMatcherSource(entry, options));
    if (!source) return undefined;
    compiled.push({ entry, index, ...source });
  }
  return compiled;
}

function factFor(condition: RouteCondition, facts: RequestFacts): string | true | null | undefined {
  switch (condition.type) {
    case 'host':
      return facts.host;
    case 'header': {
      const key = condition.key?.toLowerCase() ?? '';
      const headers = facts.header ?? {};
      for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() === key) return value;
      return undefined;
    }
    case 'cookie':
      return facts.cookie?.[condition.key ?? ''];
    case 'query':
      return facts.query?.[condition.key ?? ''];
  }
}

/** Whether a condition holds for the request, as Next.js's `matchHas` decides it. */
export function conditionHolds(condition: RouteCondition, facts: RequestFacts): Answer {
  const fact = factFor(condition, facts);
  if (fact === undefined) return 'unknown';
  if (fact === null) return 'no';
  if (condition.value === undefined) return 'yes';
  if (fact === true) return 'unknown';
  const matched = compileSafeRegex(`^${condition.value}$`)?.test(fact);
  return matched === undefined ? 'unknown' : matched ? 'yes' : 'no';
}

function and(values: readonly Answer[]): Answer {
  if (values.includes('no')) return 'no';
  return values.includes('unknown') ? 'unknown' : 'yes';
}

function not(value: Answer): Answer {
  return value === 'yes' ? 'no' : value === 'no' ? 'yes' : 'unknown';
}

/** Whether one compiled matcher selects the request. */
export function matcherSelects(matcher: CompiledMatcher, pathname: string, facts: RequestFacts = {}): Answer {
  const selects = matcher.pattern.test(pathname);
  if (selects === undefined) return 'unknown';
  if (!selects) return 'no';
  const has = (matcher.entry.has ?? []).map((condition) => conditionHolds(condition, facts));
  const missing = (matcher.entry.missing ?? []).map((condition) => not(conditionHolds(condition, facts)));
  return and([...has, ...missing]);
}

export interface MatchResult {
  /** Whether the middleware runs for the request. */
  readonly runs: Answer;
  /** The first matcher that surely selects the request, when `runs` is `yes` because of one. */
  readonly matcher?: CompiledMatcher;
}

/**
 * Whether a middleware with these matchers runs for a request. `undefined` matchers mean the middleware has no
 * `matcher` and runs for every request. `pathname` is the request's full pathname (with `basePath` and locale,
 * see {@link requestPathname}).
 */
export function middlewareRuns(
  matchers: readonly CompiledMatcher[] | undefined,
  pathname: string,
  facts: RequestFacts = {},
): MatchResult {
  if (!matchers) return { runs: 'yes' };
  let unknown = false;
  for (const matcher of matchers) {
    const verdict = matcherSelects(matcher, pathname, facts);
    if (verdict === 'yes') return { runs: 'yes', matcher };
    if (verdict === 'unknown') unknown = true;
  }
  return { runs: unknown ? 'unknown' : 'no' };
}

/** A page path without its query string or hash: `/auth/error?x=1` → `/auth/error`. */
export function stripSearch(page: string): string {
  const end = page.search(/[?#]/);
  return end === -1 ? page : page.slice(0, end);
}

/** The pathname a browser requests for a page: `basePath`, then the locale segment, then the page. */
export function requestPathname(page: string, options: RoutingOptions = {}, locale?: string): string {
  const path = stripSearch(page);
  const prefix = locale ? `/${locale}` : '';
  const body = prefix && path === '/' ? '' : path;
  return `${options.basePath ?? ''}${prefix}${body}` || '/';
}

/** The pathname of the pages router's data request for a page: `/_next/data/<build>/<page>.json`. */
export function dataRequestPathname(page: string, buildId: string, options: RoutingOptions = {}, locale?: string): string {
  const path = stripSearch(page);
  const prefix = locale ? `/${locale}` : '';
  return `${options.basePath ?? ''}/_next/data/${buildId}${prefix}${path === '/' ? '/index' : path}.json`;
}

/** Whether a page path is one Next.js serves itself (never a user's page): `/_next/…`. */
export function isInternalPath(page: string): boolean {
  return page === '/_next' || page.startsWith('/_next/');
}
