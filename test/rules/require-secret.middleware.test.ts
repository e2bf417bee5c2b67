import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { afterAll, beforeEach } from 'vitest';

import rule from '../../rules/require-secret';
import { clearProjectCaches } from '../../src/nextauth/project/files';
import { clearNextAuthProjects } from '../../src/nextauth/project/model';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

/**
 * next-auth 4's middleware verifies sessions with the `secret` passed to `withAuth`, else NEXTAUTH_SECRET /
 * AUTH_SECRET; it never sees the config's `secret`. A config reading `process.env.JWT_SECRET` and a middleware
 * passing nothing (next-auth #5565, #7106, #10490) sends every visitor to the error page with NO_SECRET.
 */

const ruleTester = createRuleTester();
const koreanTester = createRuleTester({ 'auth-errors': { locale: 'ko' } });

const projects = path.join(__dirname, '..', 'fixtures', 'projects');
const at = (...parts: string[]) => path.join(projects, ...parts);
const onDisk = (...parts: string[]) => readFileSync(at(...parts), 'utf8');

beforeEach(() => {
  clearProjectCaches();
  clearNextAuthProjects();
});

/** A v4 project whose only env file is a folder named `.env.local` (EISDIR): what it declares is unknown. */
const unreadableEnv = (() => {
  const root = mkdtempSync(path.join(tmpdir(), 'auth-errors-mw-secret-'));
  const files: Record<string, string> = {
    'package.json': '{ "name": "tmp", "dependencies": { "next-auth": "^4.24.7" } }',
    'lib/auth.ts': onDisk('v4-secret-in-env', 'lib', 'auth.ts'),
    'app/api/auth/[...nextauth]/route.ts': onDisk('v4-secret-in-env', 'app', 'api', 'auth', '[...nextauth]', 'route.ts'),
    'tsconfig.json': onDisk('v4-secret-in-env', 'tsconfig.json'),
    '.env.local/README': 'not a file\n',
  };
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  }
  return root;
})();
afterAll(() => rmSync(unreadableEnv, { recursive: true, force: true }));

const BROKEN_MIDDLEWARE = at('v4-secret-broken', 'src', 'middleware.ts');
const WHERE = 'src/server/auth/options.ts:8';

ruleTester.run('require-secret: the v4 middleware does not read the config\'s secret', rule, {
  valid: [
    {
      name: 'NEXTAUTH_SECRET declared in .env beside the config\'s own variable',
      filename: at('v4-secret-in-env', 'middleware.ts'),
      code: onDisk('v4-secret-in-env', 'middleware.ts'),
    },
    {
      name: 'NEXTAUTH_SECRET declared (empty) in .env.example',
      filename: at('v4-secret-in-example', 'middleware.ts'),
      code: onDisk('v4-secret-in-example', 'middleware.ts'),
    },
    {
      name: 'NEXTAUTH_SECRET required by the createEnv schema in env.mjs',
      filename: at('v4-secret-in-schema', 'middleware.ts'),
      code: onDisk('v4-secret-in-schema', 'middleware.ts'),
    },
    {
      name: 'the config reads NEXTAUTH_SECRET itself: the middleware reads the same variable',
      filename: at('v4-secret-same-name', 'middleware.ts'),
      code: onDisk('v4-secret-same-name', 'middleware.ts'),
    },
    {
      name: 'a v5 project (next-auth 5 in package.json): the v4 middleware facts do not apply',
      filename: at('v5-secret-other-name', 'middleware.ts'),
      code: onDisk('v5-secret-other-name', 'middleware.ts'),
    },
    {
      name: 'a project with no env file at all: nothing shows which variables a deployment has',
      filename: at('v4-secret-no-env-files', 'middleware.ts'),
      code: onDisk('v4-secret-no-env-files', 'middleware.ts'),
    },
    {
      name: 'an env file the rule cannot read may declare anything',
      filename: path.join(unreadableEnv, 'middleware.ts'),
      code: 'export { default } from "next-auth/middleware";\n',
    },
    {
      name: 'withAuth is given the same variable as the config',
      filename: BROKEN_MIDDLEWARE,
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        export default withAuth({ secret: process.env.JWT_SECRET });
      `,
    },
    {
      name: 'withAuth with a middleware function and options that carry the secret',
      filename: BROKEN_MIDDLEWARE,
      code: dedent`
        import { withAuth } from "next-auth/middleware";
        import { NextResponse } from "next/server";

        export default withAuth(
          function middleware(req) {
            return NextResponse.next();
          },
          { secret: process.env.JWT_SECRET, pages: { signIn: "/sign-in", error: "/sign-in/failed" } },
        );
      `,
    },
    {
      name: 'withAuth options built elsewhere: they may pass a secret',
      filename: BROKEN_MIDDLEWARE,
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        import { middlewareOptions } from "./server/auth/middleware-options";

        export default withAuth(middlewareOptions);
      `,
    },
    {
      name: 'a hand-written middleware that checks the token itself',
      filename: BROKEN_MIDDLEWARE,
      code: dedent`
        import { getToken } from "next-auth/jwt";
        import { NextResponse } from "next/server";
        import type { NextRequest } from "next/server";

        export async function middleware(req: NextRequest) {
          const token = await getToken({ req, secret: process.env.JWT_SECRET });
          return token ? NextResponse.next() : NextResponse.redirect(new URL("/sign-in", req.url));
        }
      `,
    },
    {
      name: 'a middleware.ts that Next.js does not run (not at the root or in src/) is not judged here',
      filename: at('v4-secret-broken', 'src', 'server', 'auth', 'middleware.ts'),
      code: 'export { default } from "next-auth/middleware";\n',
    },
  ],
  invalid: [
    {
      name: 'the default middleware re-exported, the config reading JWT_SECRET behind a route group',
      filename: BROKEN_MIDDLEWARE,
      code: onDisk('v4-secret-broken', 'src', 'middleware.ts'),
      errors: [
        {
          messageId: 'middlewareSecretUnset',
          line: 1,
          column: 10,
          data: { name: 'JWT_SECRET', where: WHERE, names: 'NEXTAUTH_SECRET or AUTH_SECRET', code: 'NO_SECRET' },
          suggestions: [],
        },
      ],
    },
    {
      name: 'withAuth with pages but no secret: the suggestion adds it to the options',
      filename: BROKEN_MIDDLEWARE,
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        export default withAuth({
          pages: { signIn: "/sign-in", error: "/sign-in/failed" },
        });
      `,
      errors: [
        {
          messageId: 'middlewareSecretUnset',
          line: 3,
          column: 16,
          suggestions: [
            {
              messageId: 'passSecretToWithAuth',
              data: { name: 'JWT_SECRET' },
              output: dedent`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({
                  pages: { signIn: "/sign-in", error: "/sign-in/failed" },
                  secret: process.env.JWT_SECRET,
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'withAuth wrapping a middleware function: the suggestion passes the options second',
      filename: BROKEN_MIDDLEWARE,
      code: dedent`
        import { withAuth } from "next-auth/middleware";
        import { NextResponse } from "next/server";

        export default withAuth(function middleware(req) {
          return NextResponse.next();
        });
      `,
      errors: [
        {
          messageId: 'middlewareSecretUnset',
          line: 4,
          column: 16,
          suggestions: [
            {
              messageId: 'passSecretToWithAuth',
              output: dedent`
                import { withAuth } from "next-auth/middleware";
                import { NextResponse } from "next/server";

                export default withAuth(function middleware(req) {
                  return NextResponse.next();
                }, { secret: process.env.JWT_SECRET });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Next.js 16 proxy export with withAuth() and no arguments',
      filename: at('v4-secret-broken', 'src', 'proxy.ts'),
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        export const proxy = withAuth();
      `,
      errors: [
        {
          messageId: 'middlewareSecretUnset',
          line: 3,
          column: 22,
          suggestions: [
            {
              messageId: 'passSecretToWithAuth',
              output: dedent`
                import { withAuth } from "next-auth/middleware";

                export const proxy = withAuth({ secret: process.env.JWT_SECRET });
              `,
            },
          ],
        },
      ],
    },
  ],
});

koreanTester.run('require-secret: the v4 middleware secret, in Korean', rule, {
  valid: [],
  invalid: [
    {
      name: 'the Korean twins of the message and its suggestion',
      filename: BROKEN_MIDDLEWARE,
      code: dedent`
        import { withAuth } from "next-auth/middleware";

        export default withAuth({ pages: { signIn: "/sign-in" } });
      `,
      errors: [
        {
          messageId: 'middlewareSecretUnsetKo',
          line: 3,
          column: 16,
          data: { name: 'JWT_SECRET', where: WHERE, names: 'NEXTAUTH_SECRET / AUTH_SECRET', code: 'NO_SECRET' },
          suggestions: [
            {
              messageId: 'passSecretToWithAuthKo',
              output: dedent`
                import { withAuth } from "next-auth/middleware";

                export default withAuth({ pages: { signIn: "/sign-in" }, secret: process.env.JWT_SECRET });
              `,
            },
          ],
        },
      ],
    },
  ],
});
