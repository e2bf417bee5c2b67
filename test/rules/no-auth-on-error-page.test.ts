import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';
import tsParser from '@typescript-eslint/parser';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-9';
import * as espree from 'espree';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

import rule from '../../rules/no-auth-on-error-page';
import plugin from '../../src/index';
import { clearProjectCaches, projectFileStats } from '../../src/nextauth/project/files';
import { clearNextAuthProjects, projectModelStats } from '../../src/nextauth/project/model';
import { defaultCatalog } from '../../src/catalog';
import { describeCode } from '../../src/catalog/switch-analysis';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();
const koreanTester = createRuleTester({ 'auth-errors': { locale: 'ko' } });

const projects = path.join(__dirname, '..', 'fixtures', 'projects');
/** A file of a fixture project. */
const at = (...parts: string[]) => path.join(projects, ...parts);
/** The text of a fixture file as it is on disk (the broken and fixed variants are real projects). */
const onDisk = (...parts: string[]) => readFileSync(at(...parts), 'utf8');
/** A whole file's expected text: dedented, with the final newline files on disk end with. */
const file = (strings: TemplateStringsArray, ...values: unknown[]) => `${dedent(strings, ...values)}\n`;

/** The code meanings the messages quote, as the catalog words them. */
function meaning(code: string, family: string, locale: 'en' | 'ko' = 'en'): string {
  const found = defaultCatalog.lookup(code, family);
  if (!found) throw new Error(`catalog has no ${code}`);
  return describeCode(found.entry, locale);
}
const V4 = { code: 'AUTH_ON_ERROR_PAGE_ERROR', meaning: meaning('AUTH_ON_ERROR_PAGE_ERROR', 'nextauth') };
const V5 = { code: 'ErrorPageLoop', meaning: meaning('ErrorPageLoop', 'authjs') };

// ---------------------------------------------------------------------------------------------------------------
// Case 1: v4 middleware whose `pages` differ from the config's

ruleTester.run('no-auth-on-error-page: v4 middleware pages differ from the config (case 1)', rule, {
  valid: [
    {
      name: 'fixed pages-router app: withAuth has the config\'s pages',
      filename: at('v4-pages-fixed', 'middleware.ts'),
      code: onDisk('v4-pages-fixed', 'middleware.ts'),
    },
    {
      name: 'fixed app-router app: same pages, and a matcher that only covers the dashboard',
      filename: at('v4-app-fixed', 'middleware.ts'),
      code: onDisk('v4-app-fixed', 'middleware.ts'),
    },
    {
      name: 'a matcher that leaves the error page and the sign-in page out',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: dedent`
        export { default } from "next-auth/middleware";

        export const config = { matcher: ["/dashboard/:path*", "/settings"] };
      `,
    },
    {
      name: 'the default pages (no `pages` in the config) are always let through',
      filename: at('default-pages', 'middleware.ts'),
      code: onDisk('default-pages', 'middleware.ts'),
    },
    {
      name: 'a matcher the rule cannot read',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: dedent`
        import { protectedPaths } from "./lib/paths";

        export { default } from "next-auth/middleware";

        export const config = { matcher: protectedPaths };
      `,
    },
    {
      name: 'a matcher that depends on a cookie the rule cannot know',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: dedent`
        export { default } from "next-auth/middleware";

        export const config = { matcher: [{ source: "/(.*)", has: [{ type: "cookie", key: "beta" }] }] };
      `,
    },
    {
      name: 'withAuth options the rule cannot read',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        import { middlewareOptions } from "./lib/middleware-options";

        export default withAuth(middlewareOptions);
      `,
    },
    {
      name: 'an authorized callback that lets the auth pages through',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        const openPaths = ["/login", "/auth/error"];

        export default withAuth({
          callbacks: {
            authorized: ({ req, token }) => openPaths.includes(req.nextUrl.pathname) || !!token,
          },
        });
      `,
    },
    {
      name: 'a config file that does not parse: silent',
      filename: at('unparsable', 'middleware.ts'),
      code: onDisk('unparsable', 'middleware.ts'),
    },
    {
      name: 'i18n the rule cannot read: silent',
      filename: at('unknown-i18n', 'middleware.ts'),
      code: onDisk('unknown-i18n', 'middleware.ts'),
    },
    {
      name: 'not a middleware file: the same code elsewhere is not checked',
      filename: at('v4-app-broken', 'lib', 'guard.ts'),
      code: 'export { default } from "next-auth/middleware";',
    },
    {
      name: 'a file outside NextAuth projects',
      filename: at('v4-app-broken', 'lib', 'auth.ts'),
      code: onDisk('v4-app-broken', 'lib', 'auth.ts'),
    },
  ],
  invalid: [
    {
      name: 'broken pages-router app (basePath /portal): withAuth knows only the sign-in page',
      filename: at('v4-pages-broken', 'middleware.ts'),
      code: onDisk('v4-pages-broken', 'middleware.ts'),
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 10,
          column: 13,
          data: { kind: 'middleware', page: '/auth/error', where: 'pages/api/auth/[...nextauth].ts:14', skipped: '/api/auth/error', ...V4 },
          suggestions: [
            {
              messageId: 'addPageToWithAuth',
              data: { key: 'error', page: '/auth/error' },
              output: file`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({
                  pages: {
                    signIn: "/auth/signin",
                    error: "/auth/error",
                  },
                });

                export const config = {
                  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'broken app-router app: the bare default middleware, no matcher, custom pages in lib/auth.ts',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: onDisk('v4-app-broken', 'middleware.ts'),
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 1,
          column: 10,
          data: { kind: 'middleware', page: '/auth/error', where: 'lib/auth.ts:13', skipped: '/api/auth/error', ...V4 },
          suggestions: [
            {
              messageId: 'useWithAuth',
              data: { key: 'error', page: '/auth/error' },
              output: file`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({ pages: { error: "/auth/error" } });
              `,
            },
          ],
        },
        {
          messageId: 'signInPageBehindMiddleware',
          line: 1,
          column: 10,
          data: { kind: 'middleware', page: '/login', where: 'lib/auth.ts:12' },
          suggestions: [
            {
              messageId: 'useWithAuth',
              data: { key: 'signIn', page: '/login' },
              output: file`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({ pages: { signIn: "/login" } });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a named re-export becomes a named withAuth middleware',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: dedent`
        export { default as middleware } from 'next-auth/middleware';

        export const config = { matcher: ['/auth/:path*', '/dashboard/:path*'] };
      `,
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 3,
          column: 35,
          suggestions: [
            {
              messageId: 'useWithAuth',
              output: dedent`
                import { withAuth } from 'next-auth/middleware';

                export const middleware = withAuth({ pages: { error: '/auth/error' } });

                export const config = { matcher: ['/auth/:path*', '/dashboard/:path*'] };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'withAuth() with no arguments',
      filename: at('v4-pages-broken', 'middleware.ts'),
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        export default withAuth();

        export const config = { matcher: ["/auth/error"] };
      `,
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 5,
          column: 35,
          suggestions: [
            {
              messageId: 'addPageToWithAuth',
              output: dedent`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({ pages: { error: "/auth/error" } });

                export const config = { matcher: ["/auth/error"] };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'bare `export default withAuth`',
      filename: at('v4-pages-broken', 'middleware.ts'),
      code: dedent`
        import withAuth from "next-auth/middleware";

        export default withAuth;

        export const config = { matcher: "/auth/:path*" };
      `,
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 5,
          column: 34,
          suggestions: [
            {
              messageId: 'addPageToWithAuth',
              output: dedent`
                import withAuth from "next-auth/middleware";

                export default withAuth({ pages: { error: "/auth/error" } });

                export const config = { matcher: "/auth/:path*" };
              `,
            },
          ],
        },
        {
          messageId: 'signInPageBehindMiddleware',
          line: 5,
          column: 34,
          suggestions: [
            {
              messageId: 'addPageToWithAuth',
              output: dedent`
                import withAuth from "next-auth/middleware";

                export default withAuth({ pages: { signIn: "/auth/signin" } });

                export const config = { matcher: "/auth/:path*" };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'withAuth(fn) without options: the options argument is added',
      filename: at('v4-pages-broken', 'middleware.ts'),
      code: dedent`
        import { withAuth } from "next-auth/middleware";
        import { NextResponse } from "next/server";

        export default withAuth(function middleware(req) {
          return NextResponse.next();
        });

        export const config = { matcher: ["/dashboard/:path*", "/auth/error"] };
      `,
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 8,
          column: 56,
          suggestions: [
            {
              messageId: 'addPageToWithAuth',
              output: dedent`
                import { withAuth } from "next-auth/middleware";
                import { NextResponse } from "next/server";

                export default withAuth(function middleware(req) {
                  return NextResponse.next();
                }, { pages: { error: "/auth/error" } });

                export const config = { matcher: ["/dashboard/:path*", "/auth/error"] };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'options without pages get a pages property',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        export default withAuth({
          callbacks: { authorized: ({ token }) => !!token },
        });

        export const config = { matcher: ["/((?!api|_next|login).*)"] };
      `,
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 7,
          column: 35,
          suggestions: [
            {
              messageId: 'addPageToWithAuth',
              output: dedent`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({
                  callbacks: { authorized: ({ token }) => !!token },
                  pages: { error: "/auth/error" },
                });

                export const config = { matcher: ["/((?!api|_next|login).*)"] };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a `has` condition on the `error` query parameter holds for the error page (it is always sent)',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        export default withAuth({ pages: { signIn: "/login" } });

        export const config = { matcher: [{ source: "/auth/:path*", has: [{ type: "query", key: "error" }] }] };
      `,
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 5,
          column: 35,
          suggestions: [
            {
              messageId: 'addPageToWithAuth',
              output: dedent`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({ pages: { signIn: "/login", error: "/auth/error" } });

                export const config = { matcher: [{ source: "/auth/:path*", has: [{ type: "query", key: "error" }] }] };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a different error page in withAuth is corrected',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        export default withAuth({ pages: { signIn: "/login", error: "/error" } });
      `,
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 3,
          column: 16,
          data: { kind: 'middleware', page: '/auth/error', where: 'lib/auth.ts:13', skipped: '/error', ...V4 },
          suggestions: [
            {
              messageId: 'addPageToWithAuth',
              output: dedent`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({ pages: { signIn: "/login", error: "/auth/error" } });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a matcher object whose conditions hold for a page load',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        export default withAuth({ pages: { signIn: "/login" } });

        export const config = {
          matcher: [
            {
              source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
              missing: [
                { type: "header", key: "next-router-prefetch" },
                { type: "header", key: "purpose", value: "prefetch" },
              ],
            },
          ],
        };
      `,
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: 'addPageToWithAuth',
              output: dedent`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({ pages: { signIn: "/login", error: "/auth/error" } });

                export const config = {
                  matcher: [
                    {
                      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
                      missing: [
                        { type: "header", key: "next-router-prefetch" },
                        { type: "header", key: "purpose", value: "prefetch" },
                      ],
                    },
                  ],
                };
              `,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Case 2: a middleware that runs on the page in front of an auth check that redirects

ruleTester.run('no-auth-on-error-page: middleware in front of an auth check (case 2)', rule, {
  valid: [
    {
      name: 'fixed v5 split: the authorized callback lets the auth pages through',
      filename: at('v5-split-fixed', 'src', 'middleware.ts'),
      code: onDisk('v5-split-fixed', 'src', 'middleware.ts'),
    },
    {
      name: 'v5: a falsy authorized result on the sign-in page itself is not redirected by the library',
      filename: at('v5-split-broken', 'src', 'middleware.ts'),
      code: dedent`
        import NextAuth from "next-auth";

        import { authConfig } from "./auth.config";

        export default NextAuth(authConfig).auth;

        export const config = { matcher: ["/login", "/dashboard/:path*"] };
      `,
    },
    {
      name: 'v5: a matcher that excludes the error page',
      filename: at('v5-split-broken', 'src', 'middleware.ts'),
      code: dedent`
        export { auth as middleware } from "@/auth";

        export const config = { matcher: ["/((?!api|auth|_next/static|_next/image|favicon.ico).*)"] };
      `,
    },
    {
      name: 'v5 wrapper that only redirects the dashboard',
      filename: at('v5-split-broken', 'src', 'middleware.ts'),
      code: dedent`
        import { NextResponse } from "next/server";

        import { auth } from "@/auth";

        export default auth((req) => {
          if (!req.auth && req.nextUrl.pathname.startsWith("/dashboard")) {
            return NextResponse.redirect(new URL("/login", req.nextUrl));
          }
          return NextResponse.next();
        });
      `,
    },
    {
      name: 'a hand-written middleware whose decision the rule cannot follow',
      filename: at('v5-split-broken', 'src', 'middleware.ts'),
      code: dedent`
        import { NextResponse } from "next/server";

        import { isProtected } from "./lib/access";

        export function middleware(req) {
          if (isProtected(req)) return NextResponse.redirect(new URL("/login", req.url));
        }
      `,
    },
    {
      name: 'a middleware that is not an auth guard',
      filename: at('v5-split-broken', 'src', 'middleware.ts'),
      code: dedent`
        import { NextResponse } from "next/server";

        export function middleware() {
          return NextResponse.next();
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'broken v5 split (src/): authorized denies everyone signed out, the matcher covers the error page',
      filename: at('v5-split-broken', 'src', 'middleware.ts'),
      code: onDisk('v5-split-broken', 'src', 'middleware.ts'),
      errors: [
        {
          messageId: 'errorPageBehindMiddleware',
          line: 8,
          column: 13,
          data: { kind: 'middleware', page: '/auth/error', where: 'src/auth.config.ts:6', ...V5 },
        },
      ],
    },
    {
      name: 'v5: `export { auth as middleware }` with no matcher, through auth.ts and its spread of auth.config.ts',
      filename: at('v5-split-broken', 'src', 'middleware.ts'),
      code: 'export { auth as middleware } from "@/auth";',
      errors: [{ messageId: 'errorPageBehindMiddleware', line: 1, column: 10, data: { kind: 'middleware', page: '/auth/error', where: 'src/auth.config.ts:6', ...V5 } }],
    },
    {
      name: 'Next.js 16 proxy.ts',
      filename: at('v5-split-broken', 'src', 'proxy.ts'),
      code: 'export { auth as proxy } from "./auth";',
      errors: [
        {
          messageId: 'errorPageBehindMiddleware',
          line: 1,
          column: 10,
          data: { kind: 'proxy', page: '/auth/error', where: 'src/auth.config.ts:6', ...V5 },
        },
      ],
    },
    {
      name: 'v5 wrapper that redirects every signed-out request, sign-in page included',
      filename: at('v5-split-broken', 'src', 'middleware.ts'),
      code: dedent`
        import { auth } from "@/auth";

        export default auth((req) => {
          if (!req.auth) {
            return Response.redirect(new URL("/login", req.nextUrl));
          }
        });
      `,
      errors: [
        { messageId: 'errorPageBehindMiddleware', line: 3, column: 16 },
        { messageId: 'signInPageBehindMiddleware', line: 3, column: 16, data: { kind: 'middleware', page: '/login', where: 'src/auth.config.ts:5' } },
      ],
    },
    {
      name: 'a hand-written middleware that checks the token itself',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: dedent`
        import { getToken } from "next-auth/jwt";
        import { NextResponse } from "next/server";

        export async function middleware(req) {
          const token = await getToken({ req });
          if (!token && req.nextUrl.pathname !== "/login") {
            return NextResponse.redirect(new URL("/login", req.url));
          }
          return NextResponse.next();
        }

        export const config = { matcher: ["/auth/:path*", "/dashboard/:path*"] };
      `,
      errors: [
        { messageId: 'errorPageBehindMiddleware', line: 12, column: 35, data: { kind: 'middleware', page: '/auth/error', where: 'lib/auth.ts:13', ...V4 } },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Case 3: the page (or a layout around it) demands a session

ruleTester.run('no-auth-on-error-page: the page itself demands a session (case 3)', rule, {
  valid: [
    {
      name: 'fixed app-router error page: no session check',
      filename: at('v4-app-fixed', 'app', '(public)', 'auth', 'error', 'page.tsx'),
      code: onDisk('v4-app-fixed', 'app', '(public)', 'auth', 'error', 'page.tsx'),
    },
    {
      name: 'fixed sign-in page: useSession without required',
      filename: at('v4-app-fixed', 'app', '(public)', 'login', 'page.tsx'),
      code: onDisk('v4-app-fixed', 'app', '(public)', 'login', 'page.tsx'),
    },
    {
      name: 'fixed pages-router error page',
      filename: at('v4-pages-fixed', 'pages', 'auth', 'error.tsx'),
      code: onDisk('v4-pages-fixed', 'pages', 'auth', 'error.tsx'),
    },
    {
      name: 'fixed v5 error page: reads the session only to show it',
      filename: at('v5-split-fixed', 'src', 'app', 'auth', 'error', 'page.tsx'),
      code: onDisk('v5-split-fixed', 'src', 'app', 'auth', 'error', 'page.tsx'),
    },
    {
      name: 'a protected dashboard layout does not wrap the error page',
      filename: at('v4-app-broken', 'app', 'dashboard', 'layout.tsx'),
      code: onDisk('v4-app-broken', 'app', 'dashboard', 'layout.tsx'),
    },
    {
      name: 'the same session check on a page that is not an auth page',
      filename: at('v4-pages-broken', 'pages', 'dashboard.tsx'),
      code: onDisk('v4-pages-broken', 'pages', 'dashboard.tsx'),
    },
    {
      name: 'an error page that redirects whatever the session',
      filename: at('v4-app-broken', 'app', '(public)', 'auth', 'error', 'page.tsx'),
      code: dedent`
        import { getServerSession } from "next-auth";
        import { redirect } from "next/navigation";

        export default async function AuthErrorPage() {
          const session = await getServerSession();
          redirect(session ? "/dashboard" : "/");
        }
      `,
    },
    {
      name: 'the default error page: the config has no pages, so no file of the app is it',
      filename: at('default-pages', 'app', 'auth', 'error', 'page.tsx'),
      code: dedent`
        import { getServerSession } from "next-auth";
        import { redirect } from "next/navigation";

        export default async function Page() {
          if (!(await getServerSession())) redirect("/api/auth/signin");
          return null;
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'broken app-router error page (in a route group): getServerSession then redirect',
      filename: at('v4-app-broken', 'app', '(public)', 'auth', 'error', 'page.tsx'),
      code: onDisk('v4-app-broken', 'app', '(public)', 'auth', 'error', 'page.tsx'),
      errors: [{ messageId: 'errorPageRequiresSession', line: 7, column: 25, data: { page: '/auth/error', where: 'lib/auth.ts:13', ...V4 } }],
    },
    {
      name: 'broken sign-in page: useSession({ required: true })',
      filename: at('v4-app-broken', 'app', '(public)', 'login', 'page.tsx'),
      code: onDisk('v4-app-broken', 'app', '(public)', 'login', 'page.tsx'),
      errors: [{ messageId: 'signInPageRequiresSession', line: 6, column: 22, data: { page: '/login', where: 'lib/auth.ts:12' } }],
    },
    {
      name: 'broken pages-router error page: getServerSideProps redirects without a session',
      filename: at('v4-pages-broken', 'pages', 'auth', 'error.tsx'),
      code: onDisk('v4-pages-broken', 'pages', 'auth', 'error.tsx'),
      errors: [{ messageId: 'errorPageRequiresSession', line: 7, column: 25 }],
    },
    {
      name: 'broken v5 error page: auth() then redirect',
      filename: at('v5-split-broken', 'src', 'app', 'auth', 'error', 'page.tsx'),
      code: onDisk('v5-split-broken', 'src', 'app', 'auth', 'error', 'page.tsx'),
      errors: [{ messageId: 'errorPageRequiresSession', line: 6, column: 25, data: { page: '/auth/error', where: 'src/auth.config.ts:6', ...V5 } }],
    },
    {
      name: 'a layout of the route group that wraps both auth pages demands a session: reported once',
      filename: at('v4-app-broken', 'app', '(public)', 'layout.tsx'),
      code: dedent`
        import { getServerSession } from "next-auth";
        import { redirect } from "next/navigation";

        import { authOptions } from "@/lib/auth";

        export default async function PublicLayout({ children }) {
          const session = await getServerSession(authOptions);
          if (!session) redirect("/login");
          return <main>{children}</main>;
        }
      `,
      errors: [{ messageId: 'errorPageRequiresSession', line: 7, column: 25 }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Options and locale

ruleTester.run('no-auth-on-error-page: options', rule, {
  valid: [
    {
      name: 'without options and without a readable config, nothing is known',
      filename: at('options-only', 'middleware.ts'),
      code: onDisk('options-only', 'middleware.ts'),
    },
    {
      name: 'errorPage under /api/auth is NextAuth.js\'s own page',
      filename: at('options-only', 'middleware.ts'),
      code: onDisk('options-only', 'middleware.ts'),
      options: [{ errorPage: '/api/auth/error' }],
    },
    {
      name: 'middlewareFiles: other names are only checked when listed',
      filename: at('options-only', 'edge', 'guard.ts'),
      code: onDisk('options-only', 'middleware.ts'),
      options: [{ errorPage: '/oops', middlewareFiles: ['src/guard.ts'] }],
    },
    {
      name: 'a config value wins over the option',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        export default withAuth({ pages: { signIn: "/login", error: "/auth/error" } });
      `,
      options: [{ errorPage: '/somewhere-else', signInPage: '/elsewhere' }],
    },
  ],
  invalid: [
    {
      name: 'errorPage and signInPage state the paths the config does not show',
      filename: at('options-only', 'middleware.ts'),
      code: onDisk('options-only', 'middleware.ts'),
      options: [{ errorPage: '/oops', signInPage: '/enter' }],
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 1,
          column: 10,
          data: { kind: 'middleware', page: '/oops', where: 'options.errorPage', skipped: '/api/auth/error', ...V4 },
          suggestions: [
            {
              messageId: 'useWithAuth',
              output: file`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({ pages: { error: "/oops" } });
              `,
            },
          ],
        },
        {
          messageId: 'signInPageBehindMiddleware',
          line: 1,
          column: 10,
          data: { kind: 'middleware', page: '/enter', where: 'options.signInPage' },
          suggestions: [
            {
              messageId: 'useWithAuth',
              output: file`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({ pages: { signIn: "/enter" } });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'errorPage also finds the page file for case 3',
      filename: at('options-only', 'app', 'oops', 'page.tsx'),
      code: dedent`
        "use client";

        import { useSession } from "next-auth/react";

        export default function Oops() {
          useSession({ required: true });
          return <p>Something went wrong.</p>;
        }
      `,
      options: [{ errorPage: '/oops' }],
      errors: [
        {
          messageId: 'errorPageRequiresSession',
          line: 6,
          column: 3,
          // No config to say which library: both codes are named.
          data: { page: '/oops', where: 'options.errorPage', code: 'AUTH_ON_ERROR_PAGE_ERROR / ErrorPageLoop', meaning: V4.meaning },
        },
      ],
    },
    {
      name: 'signInPage finds the sign-in page file',
      filename: at('options-only', 'app', 'enter', 'page.tsx'),
      code: dedent`
        import { getServerSession } from "next-auth";
        import { redirect } from "next/navigation";

        export default async function Enter() {
          const session = await getServerSession();
          if (session === null) redirect("/");
          return null;
        }
      `,
      options: [{ signInPage: '/enter' }],
      errors: [{ messageId: 'signInPageRequiresSession', line: 5, column: 25 }],
    },
    {
      name: 'middlewareFiles: a listed name is checked as a middleware',
      filename: at('options-only', 'src', 'guard.ts'),
      code: 'export { default as middleware } from "next-auth/middleware";',
      options: [{ errorPage: '/oops', middlewareFiles: ['guard.ts'] }],
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 1,
          column: 10,
          suggestions: [
            {
              messageId: 'useWithAuth',
              output: dedent`
                import { withAuth } from "next-auth/middleware";

                export const middleware = withAuth({ pages: { error: "/oops" } });
              `,
            },
          ],
        },
      ],
    },
  ],
});

// ESLint's default parser cannot read the TypeScript config files: the rule reads them with typescript-eslint's.
const espreeTester = new RuleTester({ languageOptions: { parser: espree as never, sourceType: 'module' } });

espreeTester.run('no-auth-on-error-page: a JavaScript middleware linted with espree', rule, {
  valid: [
    {
      name: 'the fixed middleware, as JavaScript',
      filename: at('v4-app-fixed', 'middleware.js'),
      code: 'import { withAuth } from "next-auth/middleware";\nexport default withAuth({ pages: { signIn: "/login", error: "/auth/error" } });',
    },
  ],
  invalid: [
    {
      name: 'the TypeScript config in lib/auth.ts is still read',
      filename: at('v4-app-broken', 'middleware.js'),
      code: 'import { withAuth } from "next-auth/middleware";\nexport default withAuth({ pages: { signIn: "/login" } });',
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 2,
          column: 16,
          data: { kind: 'middleware', page: '/auth/error', where: 'lib/auth.ts:13', skipped: '/api/auth/error', ...V4 },
          suggestions: [
            {
              messageId: 'addPageToWithAuth',
              output: 'import { withAuth } from "next-auth/middleware";\nexport default withAuth({ pages: { signIn: "/login", error: "/auth/error" } });',
            },
          ],
        },
      ],
    },
  ],
});

koreanTester.run('no-auth-on-error-page: Korean messages', rule, {
  valid: [],
  invalid: [
    {
      name: 'the Korean twin of each message id',
      filename: at('v5-split-broken', 'src', 'middleware.ts'),
      code: onDisk('v5-split-broken', 'src', 'middleware.ts'),
      errors: [
        {
          messageId: 'errorPageBehindMiddlewareKo',
          line: 8,
          column: 13,
          data: { kind: 'middleware', page: '/auth/error', where: 'src/auth.config.ts:6', code: 'ErrorPageLoop', meaning: meaning('ErrorPageLoop', 'authjs', 'ko') },
        },
      ],
    },
    {
      name: 'suggestions are Korean too',
      filename: at('v4-app-broken', 'middleware.ts'),
      code: 'export { default } from "next-auth/middleware";\nexport const config = { matcher: "/auth/error" };',
      errors: [
        {
          messageId: 'middlewarePagesDifferKo',
          line: 2,
          column: 34,
          suggestions: [
            {
              messageId: 'useWithAuthKo',
              output: 'import { withAuth } from "next-auth/middleware";\n\nexport default withAuth({ pages: { error: "/auth/error" } });\nexport const config = { matcher: "/auth/error" };',
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Hostile inputs: each lint finishes with a verdict (V8 never runs the project's patterns; the evaluator has a
// step budget), and what cannot be decided within the bounds is unknown, so the rule is silent.

/** A matcher for static `.html` pages whose custom group V8 backtracks on exponentially. */
const HTML_MATCHER_MIDDLEWARE = dedent`
  export { default } from "next-auth/middleware";

  export const config = { matcher: ["/:path((?:[\\w-]+/?)*)\\.html"] };
`;
const LONG_ERROR_PAGE = `/${'account-recovery-help-'.repeat(40)}error`;
const LONG_HTML_ERROR_PAGE = `/${'help-center/'.repeat(40)}error.html`;
/** A v5 middleware with its config in the same file; `authorized` opens what a regex literal matches. */
const regexGuardMiddleware = (errorPage: string) => dedent`
  import NextAuth from "next-auth";

  export const { auth: middleware } = NextAuth({
    pages: { error: "${errorPage}" },
    callbacks: {
      authorized({ auth, request: { nextUrl } }) {
        if (/^\/(a+)+b$/.test(nextUrl.pathname)) return true;
        return !!auth;
      },
    },
    providers: [],
  });
`;

ruleTester.run('no-auth-on-error-page: hostile inputs', rule, {
  valid: [
    {
      name: 'a matcher V8 backtracks on, and a long error page it does not select',
      filename: at('options-only', 'middleware.ts'),
      code: HTML_MATCHER_MIDDLEWARE,
      options: [{ errorPage: LONG_ERROR_PAGE }],
    },
    {
      name: 'a regex literal with nested quantifiers that lets the long error page through',
      filename: at('options-only', 'middleware.ts'),
      code: regexGuardMiddleware(`/${'a'.repeat(2_000)}b`),
    },
    {
      name: 'callbacks nested three deep over a 400-entry array: past the step budget, unknown',
      filename: at('options-only', 'middleware.ts'),
      code: dedent`
        import NextAuth from "next-auth";

        const SECTIONS = [${Array.from({ length: 400 }, (_, index) => `"/s${index}"`).join(', ')}];

        export const { auth: middleware } = NextAuth({
          pages: { error: "/auth/error" },
          callbacks: {
            authorized({ auth, request: { nextUrl } }) {
              const open = SECTIONS.some((a) => SECTIONS.some((b) => SECTIONS.some((c) => nextUrl.pathname === a + b + c)));
              return open || !!auth;
            },
          },
          providers: [],
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'the same matcher selects a long error page that ends in .html',
      filename: at('options-only', 'middleware.ts'),
      code: HTML_MATCHER_MIDDLEWARE,
      options: [{ errorPage: LONG_HTML_ERROR_PAGE }],
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 3,
          column: 35,
          data: { kind: 'middleware', page: LONG_HTML_ERROR_PAGE, where: 'options.errorPage', skipped: '/api/auth/error', ...V4 },
          suggestions: [
            {
              messageId: 'useWithAuth',
              output: dedent`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({ pages: { error: "${LONG_HTML_ERROR_PAGE}" } });

                export const config = { matcher: ["/:path((?:[\\w-]+/?)*)\\.html"] };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the regex literal does not match the long error page: authorized denies it',
      filename: at('options-only', 'middleware.ts'),
      code: regexGuardMiddleware(`/${'a'.repeat(2_000)}c`),
      errors: [
        {
          messageId: 'errorPageBehindMiddleware',
          line: 3,
          column: 16,
          data: { kind: 'middleware', page: `/${'a'.repeat(2_000)}c`, where: 'middleware.ts:4', ...V5 },
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// `pages` values read through a same-file constant object, as the config model reads them

ruleTester.run('no-auth-on-error-page: pages from a constant object', rule, {
  valid: [
    {
      name: 'the constant object holds a page the authorized callback lets through',
      filename: at('options-only', 'middleware.ts'),
      code: dedent`
        import NextAuth from "next-auth";

        const ROUTES = { signIn: "/login", error: "/auth/error" };

        export const { auth: middleware } = NextAuth({
          pages: { signIn: ROUTES.signIn, error: ROUTES.error },
          callbacks: {
            authorized: ({ auth, request }) => request.nextUrl.pathname.startsWith("/auth/") || !!auth,
          },
          providers: [],
        });
      `,
    },
    {
      name: 'a member the object does not have stays unknown',
      filename: at('options-only', 'middleware.ts'),
      code: dedent`
        import NextAuth from "next-auth";

        const ROUTES = { signIn: "/login" };

        export const { auth: middleware } = NextAuth({
          pages: { error: ROUTES.error },
          callbacks: { authorized: ({ auth }) => !!auth },
          providers: [],
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'pages.error is ROUTES.error and authorized denies every signed-out request',
      filename: at('options-only', 'middleware.ts'),
      code: dedent`
        import NextAuth from "next-auth";

        const ROUTES = { signIn: "/login", error: "/auth/error" } as const;

        export const { auth: middleware } = NextAuth({
          pages: {
            signIn: ROUTES.signIn,
            error: ROUTES.error,
          },
          callbacks: { authorized: ({ auth }) => !!auth },
          providers: [],
        });
      `,
      errors: [
        {
          messageId: 'errorPageBehindMiddleware',
          line: 5,
          column: 16,
          data: { kind: 'middleware', page: '/auth/error', where: 'middleware.ts:8', ...V5 },
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Whole lint runs: each project is discovered once and each of its other files read at most once.

describe('a lint run over a fixture project', () => {
  beforeEach(() => {
    clearProjectCaches();
    clearNextAuthProjects();
  });

  async function lintProject(ESLintClass: typeof ESLint10 | typeof ESLint9, name: string) {
    const cwd = at(name);
    const eslint = new ESLintClass({
      cwd,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.{js,ts,tsx}'],
          languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        },
        // This rule alone: the read counts below are its own (the other rules read the files they need too).
        { plugins: plugin.configs.recommended.plugins, rules: { 'auth-errors/no-auth-on-error-page': 'error' } },
      ] as never,
    });
    const results = await eslint.lintFiles(['.']);
    return results
      .flatMap((result) =>
        result.messages
          .filter((message) => message.ruleId === 'auth-errors/no-auth-on-error-page' || message.fatal)
          .map((message) => `${path.relative(cwd, result.filePath).split(path.sep).join('/')}:${message.line}:${message.column} ${message.messageId ?? message.message}`),
      )
      .sort();
  }

  it.each([
    [
      'v4-pages-broken',
      ['middleware.ts:10:13 middlewarePagesDiffer', 'pages/auth/error.tsx:7:25 errorPageRequiresSession'],
      // middleware.ts, next.config.js, pages/api/auth/[...nextauth].ts
      3,
    ],
    [
      'v4-app-broken',
      [
        'app/(public)/auth/error/page.tsx:7:25 errorPageRequiresSession',
        'app/(public)/login/page.tsx:6:22 signInPageRequiresSession',
        'middleware.ts:1:10 middlewarePagesDiffer',
        'middleware.ts:1:10 signInPageBehindMiddleware',
      ],
      // middleware.ts, tsconfig.json, app/api/auth/[...nextauth]/route.ts, lib/auth.ts
      4,
    ],
    [
      'v5-split-broken',
      ['src/app/auth/error/page.tsx:6:25 errorPageRequiresSession', 'src/middleware.ts:8:13 errorPageBehindMiddleware'],
      // src/middleware.ts and src/auth.config.ts: the middleware's own import leads to the config, no search needed
      2,
    ],
    ['v4-pages-fixed', [], 3],
    ['v4-app-fixed', [], 4],
    ['v5-split-fixed', [], 2],
  ] as const)('%s', async (name, expected, reads) => {
    expect(await lintProject(ESLint10, name)).toEqual(expected);
    expect(projectModelStats.builds).toBe(1);
    expect(projectFileStats.reads).toBe(reads);
    const readsAfterFirstRun = projectFileStats.reads;
    // A second run in the same process (the language server, `--cache` misses) reads nothing again.
    expect(await lintProject(ESLint9, name)).toEqual(expected);
    expect(projectModelStats.builds).toBe(1);
    expect(projectFileStats.reads).toBe(readsAfterFirstRun);
  });

  it.each(['v4-pages-broken', 'v4-app-broken', 'v5-split-broken'])('%s: the whole strict preset reads each file once per process', async (name) => {
    const cwd = at(name);
    const lint = () =>
      new ESLint10({
        cwd,
        overrideConfigFile: true,
        overrideConfig: [
          { files: ['**/*.{js,ts,tsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
          plugin.configs.strict,
        ] as never,
      }).lintFiles(['.']);
    await lint();
    const reads = projectFileStats.reads;
    expect(reads).toBeGreaterThan(0);
    await lint();
    expect(projectFileStats.reads).toBe(reads);
  });

  it('does no project work for files that can be neither a page nor a middleware', async () => {
    // v5-split-broken has six source files; the auth modules and the route handler are skipped by name, and the
    // login page because it imports nothing that reads the session: only the middleware and the error page ask.
    expect(await lintProject(ESLint10, 'v5-split-broken')).toHaveLength(2);
    expect(projectModelStats.builds + projectModelStats.hits).toBe(2);
  });

  describe('a long-lived lint process (an editor server)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'auth-errors-error-page-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (relative: string, text: string, mtime: number) => {
      const target = path.join(dir, relative);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      utimesSync(target, mtime, mtime);
    };
    const config = (errorPage: string) => dedent`
      import NextAuth from "next-auth";

      export const { auth, handlers } = NextAuth({ providers: [], pages: { error: "${errorPage}" } });
    `;
    const page = dedent`
      import { redirect } from "next/navigation";

      import { auth } from "@/auth";

      export default async function ProblemPage() {
        const session = await auth();
        if (!session) redirect("/login");
        return <p>Sign-in failed.</p>;
      }
    `;

    it('sees a changed config when it lints a page again, though it never lints the config', async () => {
      write('package.json', '{ "name": "long-lived", "private": true }', 1_000);
      write('auth.ts', config('/problem'), 1_000);
      write('app/problem/page.tsx', page, 1_000);
      const eslint = new ESLint10({
        cwd: dir,
        overrideConfigFile: true,
        overrideConfig: [
          {
            files: ['**/*.{ts,tsx}'],
            languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
          },
          plugin.configs.recommended,
        ] as never,
      });
      const lintPage = async () => {
        const [result] = await eslint.lintText(page, { filePath: path.join(dir, 'app', 'problem', 'page.tsx') });
        return result!.messages.filter((message) => message.ruleId === 'auth-errors/no-auth-on-error-page').map((message) => message.messageId);
      };
      expect(await lintPage()).toEqual(['errorPageRequiresSession']);
      write('auth.ts', config('/oops'), 2_000);
      expect(await lintPage()).toEqual([]);
      write('auth.ts', config('/problem'), 3_000);
      expect(await lintPage()).toEqual(['errorPageRequiresSession']);
    });
  });
});
