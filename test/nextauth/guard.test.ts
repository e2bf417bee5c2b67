import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { evaluateGuard } from '../../src/nextauth/guard/evaluator';
import { findSessionDemands, pageFunctions } from '../../src/nextauth/guard/session-demands';
import type { GuardOptions, GuardRole } from '../../src/nextauth/guard/values';
import type { FunctionNode } from '../../src/nextauth/syntax/functions';
import { dedent } from '../dedent';
import { program } from './helpers';

/** Evaluates the function exported as `default` (the last statement's declaration). */
function evaluate(code: string, role: GuardRole, options: GuardOptions) {
  const ast = program(code);
  const last = ast.body[ast.body.length - 1] as TSESTree.ExportDefaultDeclaration;
  return evaluateGuard(last.declaration as FunctionNode, role, ast, options);
}

describe('authorized callbacks for a signed-out visit', () => {
  const v5 = (body: string, pathname: string) => evaluate(`${body}`, 'v5-authorized', { pathname });

  it('reads the common shapes', () => {
    expect(v5('export default ({ auth }) => !!auth', '/x')).toBe('deny');
    expect(v5('export default ({ auth }) => !!auth?.user', '/x')).toBe('deny');
    expect(v5('export default ({ auth }) => auth?.user != null', '/x')).toBe('deny');
    expect(v5('export default () => true', '/x')).toBe('allow');
    expect(v5('export default () => {}', '/x')).toBe('deny');
    expect(v5('export default () => NextResponse.next()', '/x')).toBe('unknown');
  });

  it('follows the nextjs-dashboard tutorial callback', () => {
    const code = dedent`
      export default function authorized({ auth, request: { nextUrl } }) {
        const isLoggedIn = !!auth?.user;
        const isOnDashboard = nextUrl.pathname.startsWith("/dashboard");
        if (isOnDashboard) {
          if (isLoggedIn) return true;
          return false;
        } else if (isLoggedIn) {
          return Response.redirect(new URL("/dashboard", nextUrl));
        }
        return true;
      }
    `;
    expect(v5(code, '/auth/error')).toBe('allow');
    expect(v5(code, '/dashboard/invoices')).toBe('deny');
  });

  it('follows module constants and array helpers', () => {
    const code = dedent`
      const publicRoutes = ["/", "/login", "/auth/error"];
      const publicPrefixes = ["/blog/"];
      export default ({ auth, request }) => {
        const { pathname } = request.nextUrl;
        if (publicRoutes.includes(pathname)) return true;
        if (publicPrefixes.some((prefix) => pathname.startsWith(prefix))) return true;
        if (/^\/docs(\/|$)/.test(pathname)) return true;
        return !!auth;
      };
    `;
    expect(v5(code, '/auth/error')).toBe('allow');
    expect(v5(code, '/blog/post')).toBe('allow');
    expect(v5(code, '/docs/intro')).toBe('allow');
    expect(v5(code, '/settings')).toBe('deny');
  });

  it('asks the caller for imported constants and stays unknown without them', () => {
    const code = dedent`
      import { publicRoutes } from "./routes";
      export default ({ auth, request }) => publicRoutes.includes(request.nextUrl.pathname) || !!auth;
    `;
    expect(v5(code, '/auth/error')).toBe('unknown');
    const withRoutes = evaluate(code, 'v5-authorized', {
      pathname: '/auth/error',
      importedValue: (binding) => (binding.imported === 'publicRoutes' ? ['/auth/error'] : undefined),
    });
    expect(withRoutes).toBe('allow');
  });

  it('gives up on what it cannot follow', () => {
    expect(v5('export default ({ auth }) => { for (const x of []) {} return !!auth; }', '/x')).toBe('unknown');
    expect(v5('export default ({ auth }) => { try { return !!auth } catch { return true } }', '/x')).toBe('unknown');
    expect(v5('export default ({ request }) => check(request)', '/x')).toBe('unknown');
    expect(v5('export default ({ auth }) => auth.user.id === "1"', '/x')).toBe('unknown');
    expect(v5('export default ({ request }) => request.headers.get("x") === "1"', '/x')).toBe('unknown');
  });

  it('v4: token is null, a falsy result denies', () => {
    expect(evaluate('export default ({ token }) => !!token', 'v4-authorized', { pathname: '/x' })).toBe('deny');
    expect(evaluate('export default ({ token }) => token?.role === "admin"', 'v4-authorized', { pathname: '/x' })).toBe('deny');
    expect(
      evaluate('export default ({ req, token }) => req.nextUrl.pathname === "/auth/error" || !!token', 'v4-authorized', {
        pathname: '/auth/error',
      }),
    ).toBe('allow');
  });

  it('signed in, the same callback allows', () => {
    expect(evaluate('export default ({ auth }) => !!auth', 'v5-authorized', { pathname: '/x', session: 'present' })).toBe('allow');
  });
});

describe('middleware functions', () => {
  it('reads redirects and pass-throughs', () => {
    const code = dedent`
      import { NextResponse } from "next/server";
      export default (req) => {
        if (req.nextUrl.pathname === "/login") return NextResponse.next();
        if (!req.auth) return NextResponse.redirect(new URL("/login", req.url));
        return null;
      };
    `;
    expect(evaluate(code, 'handler', { pathname: '/auth/error' })).toBe('redirect');
    expect(evaluate(code, 'handler', { pathname: '/login' })).toBe('allow');
    expect(evaluate(code, 'handler', { pathname: '/x', session: 'present' })).toBe('allow');
  });

  it('a NextResponse from somewhere else is not next/server', () => {
    const code = 'import { NextResponse } from "./fake";\nexport default () => NextResponse.redirect("/x");';
    expect(evaluate(code, 'handler', { pathname: '/x' })).toBe('unknown');
  });
});

describe('pages that demand a session', () => {
  it('finds the session read of a server component that redirects', () => {
    const ast = program(dedent`
      import { getServerSession } from "next-auth";
      import { redirect } from "next/navigation";
      export default async function Page() {
        const session = await getServerSession(authOptions);
        if (!session) redirect("/api/auth/signin");
        return <p>{session.user?.name}</p>;
      }
    `);
    const demands = findSessionDemands(ast, { pathname: '/auth/error' });
    expect(demands).toHaveLength(1);
    expect(demands[0]).toMatchObject({ kind: 'redirect', node: { loc: { start: { line: 4, column: 24 } } } });
  });

  it('v5 auth(), getServerSideProps and useSession({ required: true })', () => {
    const v5 = program(dedent`
      import { auth, signIn } from "@/auth";
      export default async function Page() {
        const session = await auth();
        if (!session) return signIn();
        return null;
      }
    `);
    expect(findSessionDemands(v5, { pathname: '/e' }).map((demand) => demand.kind)).toEqual(['redirect']);
    const gssp = program(dedent`
      import { getSession } from "next-auth/react";
      export const getServerSideProps = async (context) => {
        const session = await getSession(context);
        return session ? { props: {} } : { redirect: { destination: "/login", permanent: false } };
      };
      export default function Page() { return null; }
    `);
    expect(findSessionDemands(gssp, { pathname: '/e' }).map((demand) => demand.kind)).toEqual(['redirect']);
    const client = program(dedent`
      "use client";
      import { useSession } from "next-auth/react";
      export default function Page() {
        useSession({ required: true });
        return null;
      }
    `);
    expect(findSessionDemands(client, { pathname: '/e' }).map((demand) => demand.kind)).toEqual(['required']);
  });

  it('stays silent when the redirect does not depend on the session, or nothing redirects', () => {
    const always = program(dedent`
      import { getServerSession } from "next-auth";
      import { redirect } from "next/navigation";
      export default async function Page() {
        const session = await getServerSession();
        redirect("/elsewhere");
      }
    `);
    expect(findSessionDemands(always, { pathname: '/e' })).toEqual([]);
    const shows = program(dedent`
      import { getServerSession } from "next-auth";
      export default async function Page() {
        const session = await getServerSession();
        return <p>{session ? "signed in" : "signed out"}</p>;
      }
    `);
    expect(findSessionDemands(shows, { pathname: '/e' })).toEqual([]);
    const handled = program(dedent`
      import { useSession } from "next-auth/react";
      export default function Page() {
        useSession({ required: true, onUnauthenticated() {} });
        useSession({ required: false });
        return null;
      }
    `);
    expect(findSessionDemands(handled, { pathname: '/e' })).toEqual([]);
    const elsewhere = program('import { useSession } from "./my-session";\nexport default function P() { useSession({ required: true }); }');
    expect(findSessionDemands(elsewhere, { pathname: '/e' })).toEqual([]);
  });

  it('lists the functions Next.js renders', () => {
    const ast = program(dedent`
      function Page() { return null; }
      const getServerSideProps = async () => ({ props: {} });
      export { getServerSideProps };
      export default Page;
    `);
    expect(pageFunctions(ast).map((fn) => fn.type)).toEqual(['ArrowFunctionExpression', 'FunctionDeclaration']);
  });
});

describe('bounded evaluation of hostile callbacks', () => {
  const v5 = (code: string, pathname: string) => evaluate(code, 'v5-authorized', { pathname });
  /** A v5 callback that lets through what a regex literal matches (one V8 backtracks on exponentially). */
  const nestedQuantifiers = dedent`
    export default function authorized({ auth, request: { nextUrl } }) {
      if (/^\/(a+)+b$/.test(nextUrl.pathname)) return true;
      return !!auth;
    }
  `;

  it('tests a regex literal with nested quantifiers in linear time, and answers', () => {
    expect(v5(nestedQuantifiers, `/${'a'.repeat(3_000)}c`)).toBe('deny');
    expect(v5(nestedQuantifiers, `/${'a'.repeat(3_000)}b`)).toBe('allow');
  });

  it('is unknown for a regex literal the linear-time engine does not follow', () => {
    const backReference = 'export default ({ auth, request }) => /^\\/(\\w+)\\/\\1$/.test(request.nextUrl.pathname) || !!auth;';
    expect(v5(backReference, '/a/a')).toBe('unknown');
    const stateful = 'const OPEN = /^\\/auth\\//g;\nexport default ({ auth, request }) => OPEN.test(request.nextUrl.pathname) || !!auth;';
    expect(v5(stateful, '/auth/error')).toBe('unknown');
  });

  it('gives up on callbacks nested over a long constant array (the step budget)', () => {
    const routes = Array.from({ length: 400 }, (_, index) => `"/section-${index}"`).join(', ');
    const code = dedent`
      const PREFIXES = [${routes}];
      export default ({ auth, request }) => {
        const path = request.nextUrl.pathname;
        const open = PREFIXES.some((a) => PREFIXES.some((b) => PREFIXES.some((c) => path === a + b + c)));
        return open || !!auth;
      };
    `;
    expect(v5(code, '/auth/error')).toBe('unknown');
  });

  it('still follows one pass over a long constant array', () => {
    const routes = Array.from({ length: 400 }, (_, index) => `"/section-${index}"`).join(', ');
    const code = dedent`
      const PREFIXES = [${routes}, "/auth/"];
      export default ({ auth, request }) => PREFIXES.some((prefix) => request.nextUrl.pathname.startsWith(prefix)) || !!auth;
    `;
    expect(v5(code, '/auth/error')).toBe('allow');
    expect(v5(code, '/settings')).toBe('deny');
  });

  it('is unknown for strings that double past the length bound', () => {
    const code = dedent`
      export default ({ auth, request }) => {
        let key = request.nextUrl.pathname;
        key = key + key; key = key + key; key = key + key; key = key + key; key = key + key;
        key = key + key; key = key + key; key = key + key; key = key + key; key = key + key;
        return key.length > 0 || !!auth;
      };
    `;
    expect(v5(code, '/auth/error')).toBe('unknown');
  });
});
