import { describe, expect, it } from 'vitest';

import {
  compileMatchers,
  conditionHolds,
  dataRequestPathname,
  DOCUMENT_REQUEST,
  middlewareRuns,
  nextMatcherSource,
  requestPathname,
  stripSearch,
} from '../../src/nextauth/middleware/matcher';
import type { Answer, MatcherInput, RequestFacts, RoutingOptions } from '../../src/nextauth/middleware/matcher';

/** Whether a middleware with `input` as its `config.matcher` runs for `pathname`. */
function runs(input: MatcherInput | undefined, pathname: string, options: RoutingOptions = {}, facts?: RequestFacts): Answer {
  const compiled = input === undefined ? undefined : compileMatchers(input, options);
  if (input !== undefined && !compiled) throw new Error(`matcher did not compile: ${JSON.stringify(input)}`);
  return middlewareRuns(compiled, pathname, facts).runs;
}

const NEGATIVE_LOOKAHEAD = '/((?!api|_next/static|_next/image|favicon.ico).*)';

describe('Next.js matcher semantics on path-to-regexp 6', () => {
  const table: readonly [MatcherInput, string, Answer][] = [
    // `:path*` matches the bare prefix, a trailing slash and any depth; matching is case-sensitive.
    ['/dashboard/:path*', '/dashboard', 'yes'],
    ['/dashboard/:path*', '/dashboard/', 'yes'],
    ['/dashboard/:path*', '/dashboard/settings', 'yes'],
    ['/dashboard/:path*', '/dashboard/a/b/c', 'yes'],
    ['/dashboard/:path*', '/dashboardx', 'no'],
    ['/dashboard/:path*', '/Dashboard', 'no'],
    ['/dashboard/:path*', '/', 'no'],
    ['/dashboard/:path+', '/dashboard', 'no'],
    ['/dashboard/:path+', '/dashboard/x', 'yes'],
    // The pages router's data requests reach the middleware as `/_next/data/<build>/<page>.json`.
    ['/dashboard/:path*', '/_next/data/build-1/dashboard.json', 'yes'],
    ['/dashboard/:path*', '/_next/data/build-1/dashboard/settings.json', 'yes'],
    ['/dashboard/:path*', '/_next/data/build-1/other.json', 'no'],
    // An exact source: with or without a trailing slash, nothing below it.
    ['/auth/error', '/auth/error', 'yes'],
    ['/auth/error', '/auth/error/', 'yes'],
    ['/auth/error', '/auth/error/details', 'no'],
    ['/auth/error', '/auth/errors', 'no'],
    // The regex-like source from the Next.js docs.
    [NEGATIVE_LOOKAHEAD, '/', 'yes'],
    [NEGATIVE_LOOKAHEAD, '/auth/error', 'yes'],
    [NEGATIVE_LOOKAHEAD, '/auth/error/', 'yes'],
    [NEGATIVE_LOOKAHEAD, '/login', 'yes'],
    [NEGATIVE_LOOKAHEAD, '/api/auth/signin', 'no'],
    [NEGATIVE_LOOKAHEAD, '/api', 'no'],
    [NEGATIVE_LOOKAHEAD, '/_next/static/chunks/main.js', 'no'],
    [NEGATIVE_LOOKAHEAD, '/_next/image', 'no'],
    [NEGATIVE_LOOKAHEAD, '/favicon.ico', 'no'],
    // The data prefix is consumed before the lookahead sees the rest.
    [NEGATIVE_LOOKAHEAD, '/_next/data/build-1/auth/error.json', 'yes'],
    // `(?!api|…)` excludes everything that merely starts with those letters.
    [NEGATIVE_LOOKAHEAD, '/apiary', 'no'],
    // The root source also matches `/index` and the root's data request.
    ['/', '/', 'yes'],
    ['/', '/index', 'yes'],
    ['/', '/_next/data/build-1/index.json', 'yes'],
    ['/', '/auth/error', 'no'],
    // Arrays: any entry.
    [['/dashboard/:path*', '/admin/:path*'], '/admin/users', 'yes'],
    [['/dashboard/:path*', '/admin/:path*'], '/auth/error', 'no'],
    // An object with a `source` only is the same as the string.
    [{ source: '/auth/:path*' }, '/auth/error', 'yes'],
    [[{ source: '/auth/:path*' }, '/admin'], '/admin/', 'yes'],
    // Regex groups inside a segment.
    ['/(auth|login)/:path*', '/login', 'yes'],
    ['/(auth|login)/:path*', '/auth/error', 'yes'],
    ['/(auth|login)/:path*', '/signup', 'no'],
  ];

  it.each(table)('%j on %s → %s', (input, pathname, expected) => {
    expect(runs(input, pathname)).toBe(expected);
  });

  it('runs everywhere without a matcher', () => {
    for (const pathname of ['/', '/auth/error', '/api/auth/signin', '/_next/static/x.js']) {
      expect(runs(undefined, pathname)).toBe('yes');
    }
  });

  it('builds the same source shape as Next.js', () => {
    expect(nextMatcherSource({ source: '/dashboard/:path*' })).toBe('/:nextData(_next/data/[^/]{1,})?/dashboard/:path*{(\\.json)}?');
    expect(nextMatcherSource({ source: '/' })).toBe('/:nextData(_next/data/[^/]{1,})?/(/?index|/?index\\.json)?');
    expect(nextMatcherSource({ source: '/x' }, { basePath: '/docs' })).toBe('/docs/:nextData(_next/data/[^/]{1,})?/x{(\\.json)}?');
    expect(nextMatcherSource({ source: '/x' }, { i18n: { locales: ['en'] } })).toBe(
      '/:nextData(_next/data/[^/]{1,})?/:nextInternalLocale((?!_next/)[^/.]{1,})/x{(\\.json)}?',
    );
    expect(nextMatcherSource({ source: '/x', locale: false }, { i18n: { locales: ['en'] } })).toBe(
      '/:nextData(_next/data/[^/]{1,})?/x{(\\.json)}?',
    );
  });

  it('reports which entry of an array selects the path', () => {
    const compiled = compileMatchers(['/dashboard/:path*', { source: '/auth/:path*' }])!;
    const result = middlewareRuns(compiled, '/auth/error');
    expect(result.runs).toBe('yes');
    expect(result.matcher?.index).toBe(1);
    expect(result.matcher?.entry).toEqual({ source: '/auth/:path*' });
  });
});

describe('basePath', () => {
  const options: RoutingOptions = { basePath: '/docs' };

  it.each([
    ['/dashboard/:path*', '/docs/dashboard', 'yes'],
    ['/dashboard/:path*', '/docs/dashboard/', 'yes'],
    ['/dashboard/:path*', '/dashboard', 'no'],
    ['/dashboard/:path*', '/docs/_next/data/build-1/dashboard.json', 'yes'],
    ['/dashboard/:path*', '/_next/data/build-1/dashboard.json', 'no'],
    [NEGATIVE_LOOKAHEAD, '/docs/auth/error', 'yes'],
    [NEGATIVE_LOOKAHEAD, '/docs/api/auth/error', 'no'],
    ['/', '/docs', 'yes'],
    ['/', '/docs/', 'yes'],
  ] as const)('%s on %s → %s', (input, pathname, expected) => {
    expect(runs(input, pathname, options)).toBe(expected);
  });

  it('builds request paths with the base path, the locale and the data route', () => {
    expect(requestPathname('/auth/error', options)).toBe('/docs/auth/error');
    expect(requestPathname('/auth/error?x=1', options)).toBe('/docs/auth/error');
    expect(requestPathname('/', options)).toBe('/docs/');
    expect(requestPathname('/', {})).toBe('/');
    expect(requestPathname('/auth/error', options, 'en')).toBe('/docs/en/auth/error');
    expect(requestPathname('/', {}, 'en')).toBe('/en');
    expect(dataRequestPathname('/auth/error', 'build-1', options)).toBe('/docs/_next/data/build-1/auth/error.json');
    expect(dataRequestPathname('/', 'build-1')).toBe('/_next/data/build-1/index.json');
    expect(dataRequestPathname('/auth/error', 'b', {}, 'ko')).toBe('/_next/data/b/ko/auth/error.json');
  });

  it('matches a page and its data request the same way', () => {
    for (const page of ['/auth/error', '/dashboard/settings', '/']) {
      const compiled = compileMatchers(['/dashboard/:path*'], options);
      const page1 = middlewareRuns(compiled, requestPathname(page, options)).runs;
      const data = middlewareRuns(compiled, dataRequestPathname(page, 'build-1', options)).runs;
      expect(data).toBe(page1);
    }
  });
});

describe('i18n', () => {
  const options: RoutingOptions = { i18n: { locales: ['en', 'ko'], defaultLocale: 'en' } };

  it('expects the locale segment unless the entry says locale: false', () => {
    expect(runs('/auth/:path*', '/en/auth/error', options)).toBe('yes');
    expect(runs('/auth/:path*', '/ko/auth/error', options)).toBe('yes');
    expect(runs('/auth/:path*', '/auth/error', options)).toBe('no');
    expect(runs({ source: '/auth/:path*', locale: false }, '/auth/error', options)).toBe('yes');
    expect(runs('/', '/en', options)).toBe('yes');
    expect(runs('/', '/_next/data/b/en.json', options)).toBe('yes');
  });
});

describe('has / missing', () => {
  const prefetchFree = {
    source: NEGATIVE_LOOKAHEAD,
    missing: [
      { type: 'header', key: 'next-router-prefetch' },
      { type: 'header', key: 'purpose', value: 'prefetch' },
    ],
  } as const;

  it('a document request has none of the prefetch headers', () => {
    expect(runs(prefetchFree, '/auth/error', {}, DOCUMENT_REQUEST)).toBe('yes');
  });

  it('is unknown when nothing is known about the request', () => {
    expect(runs(prefetchFree, '/auth/error', {}, {})).toBe('unknown');
  });

  it('is no when a missing condition holds', () => {
    expect(runs(prefetchFree, '/auth/error', {}, { header: { 'Next-Router-Prefetch': '1', purpose: null } })).toBe('no');
    expect(runs(prefetchFree, '/auth/error', {}, { header: { 'next-router-prefetch': null, purpose: 'prefetch' } })).toBe('no');
  });

  it('still says no when the path does not match, whatever the conditions', () => {
    expect(runs(prefetchFree, '/api/auth/error', {}, {})).toBe('no');
  });

  it('checks has conditions by presence and by value pattern', () => {
    const byQuery = { source: '/auth/:path*', has: [{ type: 'query', key: 'error' }] } as const;
    expect(runs(byQuery, '/auth/error', {}, { query: { error: true } })).toBe('yes');
    expect(runs(byQuery, '/auth/error', {}, { query: { error: null } })).toBe('no');
    expect(runs(byQuery, '/auth/error', {}, {})).toBe('unknown');
    const byCookie = { source: '/auth/:path*', has: [{ type: 'cookie', key: 'role', value: 'admin|staff' }] } as const;
    expect(runs(byCookie, '/auth/error', {}, { cookie: { role: 'staff' } })).toBe('yes');
    expect(runs(byCookie, '/auth/error', {}, { cookie: { role: 'staffer' } })).toBe('no');
    expect(runs(byCookie, '/auth/error', {}, { cookie: { role: true } })).toBe('unknown');
    const byHost = { source: '/auth/:path*', has: [{ type: 'host', value: 'example\\.com' }] } as const;
    expect(runs(byHost, '/auth/error', {}, { host: 'example.com' })).toBe('yes');
    expect(runs(byHost, '/auth/error', {}, { host: 'other.com' })).toBe('no');
  });

  it('is yes as soon as one entry surely matches, even when another is unknown', () => {
    const compiled = compileMatchers([{ source: '/auth/:path*', has: [{ type: 'cookie', key: 'x' }] }, '/auth/error'])!;
    const result = middlewareRuns(compiled, '/auth/error', {});
    expect(result).toMatchObject({ runs: 'yes', matcher: { index: 1 } });
  });

  it('evaluates one condition on its own', () => {
    expect(conditionHolds({ type: 'header', key: 'rsc' }, DOCUMENT_REQUEST)).toBe('no');
    expect(conditionHolds({ type: 'header', key: 'x-custom' }, DOCUMENT_REQUEST)).toBe('unknown');
    expect(conditionHolds({ type: 'query', key: 'a', value: '(' }, { query: { a: 'x' } })).toBe('unknown');
  });
});

describe('shapes Next.js rejects', () => {
  it.each([
    ['dashboard'],
    ['/(unclosed'],
    ['/:path**'],
    [{ source: '/x', has: [{ type: 'bogus', key: 'a' }] }],
    [{ source: '/x', has: [{ type: 'header' }] }],
    [{ source: '/x', has: [{ type: 'host' }] }],
    [['/ok', 'not-a-path']],
    [{ source: `/${'a'.repeat(5000)}` }],
  ] as const)('%j does not compile', (input) => {
    expect(compileMatchers(input as MatcherInput)).toBeUndefined();
  });

  it('strips a query string or hash from a page path', () => {
    expect(stripSearch('/auth/error?error=Configuration')).toBe('/auth/error');
    expect(stripSearch('/auth/error#top')).toBe('/auth/error');
    expect(stripSearch('/auth/error')).toBe('/auth/error');
  });
});

describe('patterns V8 would backtrack on', () => {
  // A plausible matcher for static `.html` pages whose custom group repeats a repeated class: V8 backtracks
  // exponentially on a long path that does not end in `.html`.
  const HTML_PAGES = '/:path((?:[\\w-]+/?)*)\\.html';
  const longPath = `/${'account-recovery-help-'.repeat(200)}error`;

  it('answers for a long path without running V8 on the pattern', () => {
    expect(runs(HTML_PAGES, longPath)).toBe('no');
    expect(runs(HTML_PAGES, `${longPath}.html`)).toBe('yes');
    expect(runs(HTML_PAGES, '/help/error.html')).toBe('yes');
  });

  it('answers for a has value with nested quantifiers', () => {
    const byCookie = { source: '/auth/:path*', has: [{ type: 'cookie', key: 'role', value: '(a+)+b' }] } as const;
    expect(runs(byCookie, '/auth/error', {}, { cookie: { role: `${'a'.repeat(3_000)}c` } })).toBe('no');
    expect(runs(byCookie, '/auth/error', {}, { cookie: { role: 'aab' } })).toBe('yes');
  });

  it('is unknown for a pattern the linear-time engine does not follow', () => {
    // A lookbehind: valid for V8, but not something the engine runs.
    expect(compileMatchers('/((?<!api)/.*)')).toBeUndefined();
    expect(conditionHolds({ type: 'cookie', key: 'a', value: '(x)\\1' }, { cookie: { a: 'xx' } })).toBe('unknown');
  });

  it('is unknown when testing the path would pass the work budget', () => {
    expect(runs('/dashboard/:path*', `/dashboard/${'a/'.repeat(60_000)}`)).toBe('unknown');
  });
});
