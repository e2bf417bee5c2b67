import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { findExport, functionIn, nestedObject, objectModel } from '../../src/nextauth/config/objects';
import { decideMiddleware } from '../../src/nextauth/middleware/decision';
import type { ConfigFacts, DecideContext } from '../../src/nextauth/middleware/decision';
import { analyzeMiddleware } from '../../src/nextauth/middleware/handler';
import type { MiddlewareModel } from '../../src/nextauth/middleware/handler';
import { dedent } from '../dedent';
import { program } from './helpers';

function model(code: string): MiddlewareModel & { program: TSESTree.Program } {
  const ast = program(code);
  return { ...analyzeMiddleware(ast), program: ast };
}

function context(ast: TSESTree.Program, extra: Partial<DecideContext> = {}): DecideContext {
  return { routing: {}, program: ast, ...extra };
}

const V4_CONFIG: ConfigFacts = {
  signIn: { state: 'present', value: '/login' },
  error: { state: 'present', value: '/auth/error' },
  authorized: { state: 'absent' },
};

describe('the exported guard', () => {
  it.each([
    ['export { default } from "next-auth/middleware";', 'default'],
    ['export { default as middleware } from "next-auth/middleware";', 'middleware'],
    ['export { withAuth as proxy } from "next-auth/middleware";', 'proxy'],
    ['import withAuth from "next-auth/middleware";\nexport default withAuth;', 'default'],
    ['import { withAuth } from "next-auth/middleware";\nexport default withAuth();', 'default'],
    ['import { withAuth } from "next-auth/middleware";\nexport const middleware = withAuth(function m() {});', 'middleware'],
    ['import { withAuth as guard } from "next-auth/middleware";\nconst m = guard({});\nexport default m;', 'default'],
  ])('v4: %s', (code, exportName) => {
    const { handler } = model(code);
    expect(handler).toMatchObject({ kind: 'v4', exportName, options: { state: 'known' } });
  });

  it('reads withAuth options: pages and the authorized callback', () => {
    const { handler } = model(dedent`
      import { withAuth } from "next-auth/middleware";

      const pages = { signIn: "/login" };

      export default withAuth(function middleware(req) {}, {
        pages: { ...pages, error: "/oops" },
        callbacks: { authorized: ({ token }) => token?.role === "admin" },
      });
    `);
    expect(handler.kind).toBe('v4');
    if (handler.kind !== 'v4' || handler.options.state !== 'known') throw new Error('expected known v4 options');
    expect(handler.options.pages.signIn).toMatchObject({ state: 'present', value: '/login' });
    expect(handler.options.pages.error).toMatchObject({ state: 'present', value: '/oops' });
    expect(handler.options.authorized.state).toBe('present');
  });

  it('keeps options it cannot read unknown', () => {
    const { handler } = model(dedent`
      import { withAuth } from "next-auth/middleware";
      import { options } from "./options";

      export default withAuth(options);
    `);
    expect(handler).toMatchObject({ kind: 'v4', options: { state: 'unknown' } });
    const spread = model(dedent`
      import { withAuth } from "next-auth/middleware";
      import { pages } from "./pages";

      export default withAuth({ pages: { ...pages } });
    `);
    if (spread.handler.kind !== 'v4' || spread.handler.options.state !== 'known') throw new Error('expected known v4 options');
    expect(spread.handler.options.pages.error.state).toBe('unknown');
  });

  it.each([
    ['export { auth as middleware } from "@/auth";', { kind: 'import', source: '@/auth', imported: 'auth' }],
    ['export { auth as default } from "./auth";', { kind: 'import', source: './auth', imported: 'auth' }],
    ['import { auth } from "./auth";\nexport default auth;', { kind: 'import', source: './auth', imported: 'auth' }],
    ['import { auth as guard } from "./auth";\nexport const proxy = guard;', { kind: 'import', source: './auth', imported: 'auth' }],
  ])('v5: %s', (code, auth) => {
    expect(model(code).handler).toMatchObject({ kind: 'v5', auth });
  });

  it('v5: auth from a NextAuth call in the file itself, and the wrapped function', () => {
    const member = model('import NextAuth from "next-auth";\nimport { authConfig } from "./auth.config";\nexport default NextAuth(authConfig).auth;');
    expect(member.handler).toMatchObject({ kind: 'v5', auth: { kind: 'local' } });
    const destructured = model('import NextAuth from "next-auth";\nimport c from "./c";\nexport const { auth: middleware } = NextAuth(c);');
    expect(destructured.handler).toMatchObject({ kind: 'v5', exportName: 'middleware', auth: { kind: 'local' } });
    const wrapped = model(dedent`
      import NextAuth from "next-auth";
      import authConfig from "./auth.config";

      const { auth } = NextAuth(authConfig);

      export default auth((req) => {
        if (!req.auth) return Response.redirect(new URL("/login", req.nextUrl));
      });
    `);
    expect(wrapped.handler).toMatchObject({ kind: 'v5', auth: { kind: 'local' } });
    expect(wrapped.handler.kind === 'v5' && wrapped.handler.handler?.type).toBe('ArrowFunctionExpression');
  });

  it('a hand-written middleware is custom; other exports are none or unknown', () => {
    expect(model('export function middleware(req) { return; }').handler.kind).toBe('custom');
    expect(model('export default async function proxy(req) {}').handler.kind).toBe('custom');
    expect(model('function m(req) {}\nexport { m as middleware };').handler.kind).toBe('custom');
    expect(model('export const middleware = (req) => undefined;').handler.kind).toBe('custom');
    expect(model('export const config = { matcher: "/x" };').handler.kind).toBe('none');
    expect(model('export * from "./other";').handler.kind).toBe('unknown');
    expect(model('export { default } from "some-package";').handler.kind).toBe('unknown');
    expect(model('import chain from "./chain";\nexport default chain([a, b]);').handler.kind).toBe('unknown');
  });
});

describe('config.matcher', () => {
  it('reads strings, arrays, objects and consts', () => {
    expect(model('export const config = { matcher: "/dashboard/:path*" };').matcher).toMatchObject({
      state: 'present',
      sites: [{ entry: '/dashboard/:path*' }],
    });
    const array = model(dedent`
      const protectedPaths = "/admin/:path*";
      export const config = {
        matcher: [
          protectedPaths,
          { source: "/((?!api).*)", missing: [{ type: "header", key: "next-router-prefetch" }] },
          { source: "/en/:path*", locale: false, has: [{ type: "cookie", key: "session", value: "on" }] },
        ],
      };
    `).matcher;
    expect(array).toMatchObject({
      state: 'present',
      sites: [
        { entry: '/admin/:path*' },
        { entry: { source: '/((?!api).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] } },
        { entry: { source: '/en/:path*', locale: false, has: [{ type: 'cookie', key: 'session', value: 'on' }] } },
      ],
    });
  });

  it('is absent without a config or without a matcher', () => {
    expect(model('export default function middleware() {}').matcher.state).toBe('absent');
    expect(model('export const config = { runtime: "nodejs" };').matcher.state).toBe('absent');
  });

  it.each([
    'import { paths } from "./paths";\nexport const config = { matcher: paths };',
    'export const config = { matcher: [...["/a"]] };',
    'export const config = { matcher: ["/a", `/b/${x}`] };',
    'export const config = { matcher: [{ source: "/a", regexp: "^/a$" }] };',
    'export const config = { matcher: [{ source: "/a", has: [{ type: "header", key: h }] }] };',
    'export { config } from "./shared";',
    'import shared from "./shared";\nexport const config = { ...shared };',
  ])('is unknown for %s', (code) => {
    expect(model(code).matcher.state).toBe('unknown');
  });
});

describe('deciding whether a signed-out visit is redirected', () => {
  it('v4 lets through only its own pages, /api/auth, /_next and /favicon.ico', () => {
    const m = model('export { default } from "next-auth/middleware";');
    const decide = (page: string) => decideMiddleware(m, page, V4_CONFIG, context(m.program)).redirects;
    expect(decide('/auth/error')).toBe('yes');
    expect(decide('/login')).toBe('yes');
    expect(decide('/api/auth/error')).toBe('no');
    expect(decide('/api/auth/signin')).toBe('no');
    expect(decide('/_next/data/x/page.json')).toBe('no');
    expect(decide('/favicon.ico')).toBe('no');
    expect(decideMiddleware(m, '/auth/error', V4_CONFIG, context(m.program)).middlewareSkips).toBe('/api/auth/error');
  });

  it('v4 with matching pages, a matcher that excludes the page, or an authorized callback that allows it', () => {
    const same = model('import { withAuth } from "next-auth/middleware";\nexport default withAuth({ pages: { signIn: "/login", error: "/auth/error" } });');
    expect(decideMiddleware(same, '/auth/error', V4_CONFIG, context(same.program)).redirects).toBe('no');
    expect(decideMiddleware(same, '/login', V4_CONFIG, context(same.program)).redirects).toBe('no');
    const narrow = model('export { default } from "next-auth/middleware";\nexport const config = { matcher: ["/dashboard/:path*"] };');
    expect(decideMiddleware(narrow, '/auth/error', V4_CONFIG, context(narrow.program)).redirects).toBe('no');
    const allowing = model(dedent`
      import { withAuth } from "next-auth/middleware";
      export default withAuth({
        callbacks: {
          authorized({ req, token }) {
            if (req.nextUrl.pathname.startsWith("/admin")) return token?.role === "admin";
            return true;
          },
        },
      });
    `);
    expect(decideMiddleware(allowing, '/auth/error', V4_CONFIG, context(allowing.program)).redirects).toBe('no');
    expect(decideMiddleware(allowing, '/admin', V4_CONFIG, context(allowing.program)).redirects).toBe('yes');
  });

  it('names the matcher entry that selects the page, with basePath applied', () => {
    const m = model('export { default } from "next-auth/middleware";\nexport const config = { matcher: ["/dashboard/:path*", "/auth/:path*"] };');
    const decision = decideMiddleware(m, '/auth/error', V4_CONFIG, context(m.program, { routing: { basePath: '/docs' } }));
    expect(decision).toMatchObject({ redirects: 'yes', matcher: { index: 1 } });
  });

  it('stays unknown for matchers, options and callbacks it cannot read', () => {
    const unknownMatcher = model('export { default } from "next-auth/middleware";\nimport { m } from "./m";\nexport const config = { matcher: m };');
    expect(decideMiddleware(unknownMatcher, '/auth/error', V4_CONFIG, context(unknownMatcher.program)).redirects).toBe('unknown');
    const opaque = model(dedent`
      import { withAuth } from "next-auth/middleware";
      import { isAllowed } from "./rules";
      export default withAuth({ callbacks: { authorized: ({ req }) => isAllowed(req) } });
    `);
    expect(decideMiddleware(opaque, '/auth/error', V4_CONFIG, context(opaque.program)).redirects).toBe('unknown');
  });

  it('v5 bare auth: a falsy authorized result redirects everywhere but the sign-in page', () => {
    const m = model('export { auth as middleware } from "@/auth";');
    const config = (authorized: string): ConfigFacts => {
      const ast = program(`export const c = { callbacks: { ${authorized} } };`);
      const exported = findExport(ast, 'c')!;
      const object = objectModel(exported.node, exported.frame)!;
      return { ...V4_CONFIG, authorized: functionIn(nestedObject(object, 'callbacks'), 'authorized'), authorizedProgram: ast };
    };
    const denyAll = config('authorized: ({ auth }) => !!auth');
    expect(decideMiddleware(m, '/auth/error', denyAll, context(m.program)).redirects).toBe('yes');
    expect(decideMiddleware(m, '/login', denyAll, context(m.program)).redirects).toBe('no');
    const redirectAll = config('authorized: ({ auth }) => auth ? true : Response.redirect(new URL("/login", "http://x"))');
    expect(decideMiddleware(m, '/login', redirectAll, context(m.program)).redirects).toBe('yes');
    const publicPages = config('authorized: ({ auth, request }) => ["/login", "/auth/error"].includes(request.nextUrl.pathname) || !!auth');
    expect(decideMiddleware(m, '/auth/error', publicPages, context(m.program)).redirects).toBe('no');
    expect(decideMiddleware(m, '/auth/error', { ...V4_CONFIG, authorized: { state: 'absent' } }, context(m.program)).redirects).toBe('no');
    expect(decideMiddleware(m, '/auth/error', undefined, context(m.program)).redirects).toBe('unknown');
  });

  it('v5 wrapper and hand-written middleware: the function decides', () => {
    const wrapped = model(dedent`
      import { auth } from "./auth";
      export default auth((req) => {
        const isPublic = req.nextUrl.pathname === "/login";
        if (!req.auth && !isPublic) {
          return Response.redirect(new URL("/login", req.nextUrl));
        }
      });
    `);
    const config = { ...V4_CONFIG, authorized: { state: 'absent' } } as const;
    expect(decideMiddleware(wrapped, '/auth/error', config, context(wrapped.program)).redirects).toBe('yes');
    expect(decideMiddleware(wrapped, '/login', config, context(wrapped.program)).redirects).toBe('no');
    const custom = model(dedent`
      import { NextResponse } from "next/server";
      import { getToken } from "next-auth/jwt";
      export async function middleware(req) {
        const token = await getToken({ req });
        if (!token && req.nextUrl.pathname.startsWith("/dashboard")) {
          return NextResponse.redirect(new URL("/login", req.url));
        }
        return NextResponse.next();
      }
    `);
    expect(decideMiddleware(custom, '/auth/error', undefined, context(custom.program)).redirects).toBe('no');
    expect(decideMiddleware(custom, '/dashboard', undefined, context(custom.program)).redirects).toBe('yes');
  });
});

describe('a hand-written middleware that redirects through an auth endpoint', () => {
  const guarded = (target: string) => dedent`
    import { getToken } from "next-auth/jwt";
    import { NextResponse } from "next/server";

    export async function middleware(request) {
      const token = await getToken({ req: request, secret: process.env.AUTH_SECRET });
      if (!token) return NextResponse.redirect(new URL(${target}, request.url));
      return NextResponse.next();
    }
  `;

  it.each([
    ['a guest sign-in route that sends the visitor back', '`/api/auth/guest?redirectUrl=${encodeURIComponent(request.url)}`'],
    ["the library's sign-in endpoint", '"/api/auth/signin"'],
  ])('leaves the page unknown for %s', (_name, target) => {
    const m = model(guarded(target));
    expect(decideMiddleware(m, '/login', V4_CONFIG, context(m.program)).redirects).toBe('unknown');
  });

  it('still redirects when the target is an ordinary page', () => {
    const m = model(guarded('"/welcome"'));
    expect(decideMiddleware(m, '/login', V4_CONFIG, context(m.program)).redirects).toBe('yes');
  });
});
