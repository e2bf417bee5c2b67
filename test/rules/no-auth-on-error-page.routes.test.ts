import { readFileSync } from 'node:fs';
import * as path from 'node:path';

import { beforeEach } from 'vitest';

import rule from '../../rules/no-auth-on-error-page';
import { defaultCatalog } from '../../src/catalog';
import { describeCode } from '../../src/catalog/switch-analysis';
import { clearProjectCaches } from '../../src/nextauth/project/files';
import { clearNextAuthProjects } from '../../src/nextauth/project/model';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

/**
 * A v4 middleware (`export { default } from "next-auth/middleware"`) takes none of the config's pages, so the
 * rule needs the config to know them. Here it is reachable only through the route: a route inside a route group
 * (`src/app/(auth)/api/auth/[...nextauth]/route.ts`) that re-exports a handler built in `src/server/auth`,
 * through the `@/*` alias that tsconfig.json inherits from tsconfig.base.json.
 */

const ruleTester = createRuleTester();

const projects = path.join(__dirname, '..', 'fixtures', 'projects');
const at = (...parts: string[]) => path.join(projects, ...parts);
const onDisk = (...parts: string[]) => readFileSync(at(...parts), 'utf8');
const file = (strings: TemplateStringsArray, ...values: unknown[]) => `${dedent(strings, ...values)}\n`;

const found = defaultCatalog.lookup('AUTH_ON_ERROR_PAGE_ERROR', 'nextauth');
if (!found) throw new Error('catalog has no AUTH_ON_ERROR_PAGE_ERROR');
const V4 = { code: 'AUTH_ON_ERROR_PAGE_ERROR', meaning: describeCode(found.entry, 'en') };

beforeEach(() => {
  clearProjectCaches();
  clearNextAuthProjects();
});

const MIDDLEWARE = at('v4-secret-broken', 'src', 'middleware.ts');
const OPTIONS = 'src/server/auth/options.ts';

ruleTester.run('no-auth-on-error-page: the config behind a route group and a re-exported handler', rule, {
  valid: [
    {
      name: 'withAuth given the config\'s pages lets both through',
      filename: MIDDLEWARE,
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        export default withAuth({ pages: { signIn: "/sign-in", error: "/sign-in/failed" } });

        export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
      `,
    },
    {
      name: 'a matcher that covers only the dashboard',
      filename: MIDDLEWARE,
      code: dedent`
        export { default } from "next-auth/middleware";

        export const config = { matcher: ["/dashboard/:path*"] };
      `,
    },
    {
      name: 'a hand-written proxy that sends signed-out visitors through a guest sign-in route and back',
      filename: at('v5-route-group', 'proxy.ts'),
      code: onDisk('v5-route-group', 'proxy.ts'),
    },
  ],
  invalid: [
    {
      name: 'a hand-written proxy that sends signed-out visitors of the sign-in page to a marketing page (v5 route group)',
      filename: at('v5-route-group', 'proxy.ts'),
      code: dedent`
        import { getToken } from "next-auth/jwt";
        import { NextResponse } from "next/server";
        import type { NextRequest } from "next/server";

        export async function proxy(request: NextRequest) {
          if (request.nextUrl.pathname.startsWith("/api/auth")) return NextResponse.next();
          const token = await getToken({ req: request, secret: process.env.AUTH_SECRET });
          if (!token) return NextResponse.redirect(new URL("/welcome", request.url));
          return NextResponse.next();
        }

        export const config = { matcher: ["/", "/login", "/chat/:id"] };
      `,
      errors: [
        {
          messageId: 'signInPageBehindMiddleware',
          line: 12,
          column: 40,
          data: { kind: 'proxy', page: '/login', where: 'app/(auth)/auth.config.ts:5' },
        },
      ],
    },
    {
      name: 'the bare default middleware in front of every page, pages found through the route group',
      filename: MIDDLEWARE,
      code: onDisk('v4-secret-broken', 'src', 'middleware.ts'),
      errors: [
        {
          messageId: 'middlewarePagesDiffer',
          line: 3,
          column: 35,
          data: { kind: 'middleware', page: '/sign-in/failed', where: `${OPTIONS}:9`, skipped: '/api/auth/error', ...V4 },
          suggestions: [
            {
              messageId: 'useWithAuth',
              data: { key: 'error', page: '/sign-in/failed' },
              output: file`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({ pages: { error: "/sign-in/failed" } });

                export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
              `,
            },
          ],
        },
        {
          messageId: 'signInPageBehindMiddleware',
          line: 3,
          column: 35,
          data: { kind: 'middleware', page: '/sign-in', where: `${OPTIONS}:9` },
          suggestions: [
            {
              messageId: 'useWithAuth',
              data: { key: 'signIn', page: '/sign-in' },
              output: file`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({ pages: { signIn: "/sign-in" } });

                export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
              `,
            },
          ],
        },
      ],
    },
  ],
});
