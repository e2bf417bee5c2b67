import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import type { Rule } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import rule from '../../rules/require-secret';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

/** A file in one of the env fixture projects (`test/fixtures/env/<project>`); the file itself need not exist. */
function inProject(project: string, file = 'auth.ts'): string {
  return path.join(__dirname, '..', 'fixtures', 'env', project, file);
}

/** A file with no package.json in any folder above it. */
const outsideAnyProject = path.join(path.parse(process.cwd()).root, 'auth-errors-no-project', 'auth.ts');

// ---------------------------------------------------------------------------------------------------------------
// Hard-coded secrets

ruleTester.run('require-secret: hard-coded secrets', rule, {
  valid: [
    {
      name: 'v4 secret read from env',
      filename: inProject('no-secret'),
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = { providers: [], secret: process.env.NEXTAUTH_SECRET };
      `,
    },
    {
      name: 'an empty-string fallback is only there for the types: the env read decides',
      filename: inProject('no-secret'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [], secret: process.env.AUTH_SECRET ?? "" })
      `,
    },
    {
      name: 'a secret from a config module',
      filename: inProject('no-secret'),
      code: dedent`
        import NextAuth from "next-auth"
        import { env } from "./env"

        export const { handlers } = NextAuth({ providers: [], secret: env.AUTH_SECRET })
      `,
    },
    {
      name: 'getToken and withAuth with env secrets',
      filename: inProject('no-secret', 'middleware.ts'),
      code: dedent`
        import { withAuth } from 'next-auth/middleware';
        import { getToken } from 'next-auth/jwt';

        export default withAuth(async (req) => {
          const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
        }, { secret: process.env.NEXTAUTH_SECRET });
      `,
    },
  ],
  invalid: [
    {
      name: 'v4 string literal',
      filename: inProject('v4-nextauth-secret'),
      code: dedent`
        import NextAuth from 'next-auth';

        export default NextAuth({ providers: [], secret: 'super-secret-value' });
      `,
      errors: [
        {
          messageId: 'hardcodedSecret',
          line: 3,
          column: 50,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              data: { name: 'NEXTAUTH_SECRET' },
              output: dedent`
                import NextAuth from 'next-auth';

                export default NextAuth({ providers: [], secret: process.env.NEXTAUTH_SECRET });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'v5 template literal without expressions: AUTH_SECRET is the v5 name',
      filename: inProject('no-secret'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers, auth } = NextAuth({ providers: [], secret: \`not-so-secret\` })
      `,
      errors: [
        {
          messageId: 'hardcodedSecret',
          line: 3,
          column: 69,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              data: { name: 'AUTH_SECRET' },
              output: dedent`
                import NextAuth from "next-auth"

                export const { handlers, auth } = NextAuth({ providers: [], secret: process.env.AUTH_SECRET })
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an env read with a `||` fallback',
      filename: inProject('v4-nextauth-secret'),
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = {
          providers: [],
          secret: process.env.NEXTAUTH_SECRET || 'dev-secret',
        };
      `,
      errors: [
        {
          messageId: 'hardcodedFallback',
          line: 5,
          column: 11,
          data: { name: 'NEXTAUTH_SECRET', code: 'NO_SECRET', summary: 'No `secret` is configured (a warning in development, an error in production)' },
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              output: dedent`
                import type { NextAuthOptions } from 'next-auth';

                export const authOptions: NextAuthOptions = {
                  providers: [],
                  secret: process.env.NEXTAUTH_SECRET,
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an env read with a `??` fallback in a const',
      filename: inProject('local-auth-secret'),
      code: dedent`
        import NextAuth from "next-auth"

        const secret = process.env.AUTH_SECRET ?? "fallback-secret"
        export const { handlers } = NextAuth({ providers: [], secret })
      `,
      errors: [
        {
          messageId: 'hardcodedFallback',
          line: 4,
          column: 55,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              output: dedent`
                import NextAuth from "next-auth"

                const secret = process.env.AUTH_SECRET ?? "fallback-secret"
                export const { handlers } = NextAuth({ providers: [], secret: process.env.AUTH_SECRET })
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a production-only env read with a development literal',
      filename: inProject('v4-nextauth-secret'),
      code: dedent`
        import NextAuth from 'next-auth/next';

        export default NextAuth({
          providers: [],
          secret: process.env.NODE_ENV === 'production' ? process.env.NEXTAUTH_SECRET : 'dev-only',
        });
      `,
      errors: [
        {
          messageId: 'hardcodedFallback',
          line: 5,
          column: 11,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              output: dedent`
                import NextAuth from 'next-auth/next';

                export default NextAuth({
                  providers: [],
                  secret: process.env.NEXTAUTH_SECRET,
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a const holding a literal',
      filename: inProject('v4-nextauth-secret'),
      code: dedent`
        import NextAuth, { type NextAuthOptions } from 'next-auth';

        const SECRET = 'abc123';
        export const authOptions: NextAuthOptions = { providers: [], secret: SECRET };
      `,
      errors: [
        {
          messageId: 'hardcodedSecret',
          line: 4,
          column: 70,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              output: dedent`
                import NextAuth, { type NextAuthOptions } from 'next-auth';

                const SECRET = 'abc123';
                export const authOptions: NextAuthOptions = { providers: [], secret: process.env.NEXTAUTH_SECRET };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an empty string is no secret at all',
      filename: inProject('v4-nextauth-secret'),
      code: dedent`
        import NextAuth from 'next-auth';

        export default NextAuth({ providers: [], secret: '' });
      `,
      errors: [
        {
          messageId: 'emptySecret',
          line: 3,
          column: 50,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              output: dedent`
                import NextAuth from 'next-auth';

                export default NextAuth({ providers: [], secret: process.env.NEXTAUTH_SECRET });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'v4 `jwt.secret` written in the code',
      filename: inProject('v4-nextauth-secret'),
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = { providers: [], jwt: { secret: 'jwt-secret' } };
      `,
      errors: [
        {
          messageId: 'hardcodedSecret',
          line: 3,
          column: 77,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              output: dedent`
                import type { NextAuthOptions } from 'next-auth';

                export const authOptions: NextAuthOptions = { providers: [], jwt: { secret: process.env.NEXTAUTH_SECRET } };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'getToken and withAuth with hard-coded secrets',
      filename: inProject('v4-nextauth-secret', 'middleware.ts'),
      code: dedent`
        import { withAuth } from 'next-auth/middleware';
        import { getToken } from 'next-auth/jwt';

        export default withAuth(async (req) => {
          const token = await getToken({ req, secret: 'token-secret' });
        }, { secret: process.env.NEXTAUTH_SECRET || 'middleware-secret' });
      `,
      errors: [
        {
          messageId: 'hardcodedSecret',
          line: 5,
          column: 47,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              output: dedent`
                import { withAuth } from 'next-auth/middleware';
                import { getToken } from 'next-auth/jwt';

                export default withAuth(async (req) => {
                  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
                }, { secret: process.env.NEXTAUTH_SECRET || 'middleware-secret' });
              `,
            },
          ],
        },
        {
          messageId: 'hardcodedFallback',
          line: 6,
          column: 14,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              output: dedent`
                import { withAuth } from 'next-auth/middleware';
                import { getToken } from 'next-auth/jwt';

                export default withAuth(async (req) => {
                  const token = await getToken({ req, secret: 'token-secret' });
                }, { secret: process.env.NEXTAUTH_SECRET });
              `,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// No secret in the config: the project's env files decide

ruleTester.run('require-secret: configs without a secret', rule, {
  valid: [
    {
      name: 'v4: NEXTAUTH_SECRET in .env',
      filename: inProject('v4-nextauth-secret'),
      code: dedent`
        import NextAuth, { type NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = { providers: [] };
        export default NextAuth(authOptions);
      `,
    },
    {
      name: 'v5: AUTH_SECRET in .env.local',
      filename: inProject('local-auth-secret'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers, auth, signIn, signOut } = NextAuth({ providers: [] })
      `,
    },
    {
      name: 'v5: AUTH_SECRET in .env.local.example (the Auth.js example app names its template so)',
      filename: inProject('local-example-template'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers, auth } = NextAuth({ providers: [] })
      `,
    },
    {
      name: 'v5: an empty AUTH_SECRET= line in .env.example documents it',
      filename: inProject('example-only'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
    },
    {
      name: 'v5: a rotation key AUTH_SECRET_1 counts',
      filename: inProject('rotation'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
    },
    {
      name: 'v4: `jwt.secret` is used when `secret` is missing',
      filename: inProject('no-secret'),
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = { providers: [], jwt: { secret: process.env.JWT_SECRET } };
      `,
    },
    {
      name: 'no package.json above the file: the project is unknown',
      filename: outsideAnyProject,
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
    },
    {
      name: 'a v5 piece may get its secret in the file that spreads it',
      filename: inProject('no-secret', 'auth.config.ts'),
      code: dedent`
        import type { NextAuthConfig } from "next-auth"

        export default { providers: [] } satisfies NextAuthConfig
      `,
    },
    {
      name: 'an imported spread may bring the secret',
      filename: inProject('no-secret'),
      code: dedent`
        import NextAuth from "next-auth"
        import authConfig from "./auth.config"

        export const { handlers } = NextAuth({ ...authConfig })
      `,
    },
    {
      name: 'a broken .env (binary junk, unterminated quotes) still declares AUTH_SECRET as dotenv reads it',
      filename: inProject('broken'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
    },
    {
      name: 'getToken and withAuth without a secret in a v4 project with NEXTAUTH_SECRET',
      filename: inProject('v4-nextauth-secret', 'middleware.ts'),
      code: dedent`
        import { withAuth } from 'next-auth/middleware';
        import { getToken } from 'next-auth/jwt';

        export default withAuth(async (req) => {
          await getToken({ req });
        });
      `,
    },
    {
      name: 'option envFiles: a custom env file declares the secret',
      filename: inProject('custom-files'),
      options: [{ envFiles: ['config/app.env'] }],
      code: dedent`
        import NextAuth from 'next-auth';

        export default NextAuth({ providers: [] });
      `,
    },
    {
      name: 'option requireExplicit: false (the default) with the secret in env',
      filename: inProject('v4-nextauth-secret'),
      options: [{ requireExplicit: false }],
      code: dedent`
        import NextAuth from 'next-auth';

        export default NextAuth({ providers: [] });
      `,
    },
  ],
  invalid: [
    {
      name: 'v4 authOptions with no env file declaring a secret',
      filename: inProject('no-secret'),
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = { providers: [] };
      `,
      errors: [
        {
          messageId: 'missingSecret',
          line: 3,
          column: 14,
          data: {
            code: 'NO_SECRET',
            summary: 'No `secret` is configured (a warning in development, an error in production)',
            names: 'NEXTAUTH_SECRET or AUTH_SECRET',
            name: 'NEXTAUTH_SECRET',
            files: '.env, .env.example',
          },
        },
      ],
    },
    {
      name: 'a project with no env file at all',
      filename: inProject('no-env-files'),
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = { providers: [] };
      `,
      errors: [
        {
          messageId: 'missingSecret',
          line: 3,
          column: 14,
          data: {
            code: 'NO_SECRET',
            summary: 'No `secret` is configured (a warning in development, an error in production)',
            names: 'NEXTAUTH_SECRET or AUTH_SECRET',
            name: 'NEXTAUTH_SECRET',
            files: 'none found',
          },
        },
      ],
    },
    {
      name: 'v5 destructured NextAuth: reported on the NextAuth call',
      filename: inProject('no-secret'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers, auth } = NextAuth({ providers: [] })
      `,
      errors: [{ messageId: 'missingSecret', line: 3, column: 35 }],
    },
    {
      name: 'a quoted multi-line value in .env only seems to declare AUTH_SECRET',
      filename: inProject('broken-multiline'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
      errors: [{ messageId: 'missingSecret', line: 3, column: 29 }],
    },
    {
      name: 'v4 does not read the rotation keys',
      filename: inProject('rotation'),
      code: dedent`
        import NextAuth from 'next-auth';

        const handler = NextAuth({ providers: [] });
        export { handler as GET, handler as POST };
      `,
      errors: [{ messageId: 'missingSecret', line: 3, column: 17 }],
    },
    {
      name: 'option envFiles: the file that declares the secret is not in the list',
      filename: inProject('v4-nextauth-secret'),
      options: [{ envFiles: ['.env.local', '.env.production'] }],
      code: dedent`
        import NextAuth from 'next-auth';

        export default NextAuth({ providers: [] });
      `,
      errors: [
        {
          messageId: 'missingSecret',
          line: 3,
          column: 16,
          data: {
            code: 'NO_SECRET / MissingSecret',
            summary: 'No `secret` is configured (a warning in development, an error in production)',
            names: 'AUTH_SECRET or NEXTAUTH_SECRET',
            name: 'AUTH_SECRET',
            // Neither listed file exists, so the message names none.
            files: 'none found',
          },
        },
      ],
    },
    {
      name: 'option requireExplicit: reported although .env declares the secret',
      filename: inProject('v4-nextauth-secret'),
      options: [{ requireExplicit: true }],
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = {
          providers: [],
        };
      `,
      errors: [
        {
          messageId: 'secretRequired',
          line: 3,
          column: 14,
          suggestions: [
            {
              messageId: 'addSecretFromEnv',
              data: { name: 'NEXTAUTH_SECRET' },
              output: dedent`
                import type { NextAuthOptions } from 'next-auth';

                export const authOptions: NextAuthOptions = {
                  providers: [],
                  secret: process.env.NEXTAUTH_SECRET,
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'option requireExplicit: also without any package.json',
      filename: outsideAnyProject,
      options: [{ requireExplicit: true }],
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
      errors: [
        {
          messageId: 'secretRequired',
          line: 3,
          column: 29,
          suggestions: [
            {
              messageId: 'addSecretFromEnv',
              data: { name: 'AUTH_SECRET' },
              output: dedent`
                import NextAuth from "next-auth"

                export const { handlers } = NextAuth({ providers: [], secret: process.env.AUTH_SECRET })
              `,
            },
          ],
        },
      ],
    },
    {
      name: "@auth/core's getToken never reads env: a secret must be passed",
      filename: inProject('local-auth-secret', 'proxy.ts'),
      code: dedent`
        import { getToken } from "@auth/core/jwt"

        export async function readToken(req: Request) {
          return getToken({ req })
        }
      `,
      errors: [
        {
          messageId: 'getTokenWithoutSecret',
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'addSecretFromEnv',
              data: { name: 'AUTH_SECRET' },
              output: dedent`
                import { getToken } from "@auth/core/jwt"

                export async function readToken(req: Request) {
                  return getToken({ req, secret: process.env.AUTH_SECRET })
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

/** The data of a missing-secret message for a config of the given version, naming the env files the rule read. */
function missingData(version: 'v4' | 'v5', files: string): Record<string, string> {
  return version === 'v4'
    ? {
        code: 'NO_SECRET',
        summary: 'No `secret` is configured (a warning in development, an error in production)',
        names: 'NEXTAUTH_SECRET or AUTH_SECRET',
        name: 'NEXTAUTH_SECRET',
        files,
      }
    : { code: 'MissingSecret', summary: 'No secret is configured', names: 'AUTH_SECRET or NEXTAUTH_SECRET', name: 'AUTH_SECRET', files };
}

// ---------------------------------------------------------------------------------------------------------------
// Monorepos: the workspace root's env files

ruleTester.run('require-secret: monorepos', rule, {
  valid: [
    {
      name: 'an app with no env files of its own: the template at the workspace root declares the secret',
      filename: inProject('monorepo-root-template', 'apps/web/pages/api/auth/[...nextauth].ts'),
      code: dedent`
        import NextAuth, { type NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = { providers: [] };
        export default NextAuth(authOptions);
      `,
    },
    {
      name: "the root's scripts run the app through dotenv: the root template counts next to the app's own",
      filename: inProject('monorepo-root-loader', 'apps/web/lib/auth.ts'),
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = { providers: [] };
      `,
    },
    {
      name: "the app's next.config loads an env file from the workspace root",
      filename: inProject('monorepo-own-template', 'apps/admin/auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers, auth } = NextAuth({ providers: [] })
      `,
    },
    {
      name: "the app's dev script loads an env file from the workspace root (dotenv -e ../../…)",
      filename: inProject('monorepo-own-template', 'apps/api/src/auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers, auth } = NextAuth({ providers: [] })
      `,
    },
  ],
  invalid: [
    {
      name: "an app with its own template and no root loader is judged by its own files (the root's is for docker)",
      filename: inProject('monorepo-own-template', 'apps/status/src/lib/auth/index.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers, signIn, signOut, auth } = NextAuth({ providers: [] })
      `,
      errors: [
        {
          messageId: 'missingSecret',
          line: 3,
          column: 52,
          data: missingData('v5', '.env.example'),
        },
      ],
    },
    {
      name: 'the root template is read but declares no secret either: the message names it',
      filename: inProject('monorepo-no-secret', 'apps/web/auth.ts'),
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = { providers: [] };
      `,
      errors: [
        {
          messageId: 'missingSecret',
          line: 3,
          column: 14,
          data: missingData('v4', '../../.env.example'),
        },
      ],
    },
    {
      name: 'option envFiles replaces the defaults: the root template is not read unless listed',
      filename: inProject('monorepo-root-template', 'apps/web/auth.ts'),
      options: [{ envFiles: ['.env.example'] }],
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = { providers: [] };
      `,
      errors: [{ messageId: 'missingSecret', line: 3, column: 14, data: missingData('v4', 'none found') }],
    },
  ],
});

ruleTester.run('require-secret: option envFiles with a root template', rule, {
  valid: [
    {
      name: 'a listed root template counts',
      filename: inProject('monorepo-root-template', 'apps/web/auth.ts'),
      options: [{ envFiles: ['.env.example', '../../.env.sample'] }],
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = { providers: [] };
      `,
    },
  ],
  invalid: [],
});

// ---------------------------------------------------------------------------------------------------------------
// Env schemas

ruleTester.run('require-secret: env schemas', rule, {
  valid: [
    {
      name: "a createEnv schema (src/env.js) requires AUTH_SECRET although .env.example lacks it",
      filename: inProject('t3-schema', 'src/server/auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers, auth } = NextAuth({ providers: [] })
      `,
    },
    {
      name: 'a zod object in lib/env.ts names NEXTAUTH_SECRET',
      filename: inProject('zod-schema', 'pages/api/auth/[...nextauth].ts'),
      code: dedent`
        import NextAuth from 'next-auth';

        export default NextAuth({ providers: [] });
      `,
    },
  ],
  invalid: [
    {
      name: 'a createEnv schema that validates other variables only',
      filename: inProject('schema-without-secret', 'src/server/auth.ts'),
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const authOptions: NextAuthOptions = { providers: [] };
      `,
      errors: [{ messageId: 'missingSecret', line: 3, column: 14, data: missingData('v4', '.env.example') }],
    },
    {
      name: 'an env.ts that only reads process.env is no schema: it declares nothing to a deployment',
      filename: inProject('plain-env-module', 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
      errors: [{ messageId: 'missingSecret', line: 3, column: 29, data: missingData('v5', '.env.example') }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// One missing-secret report per project: at the config, not at each helper call

ruleTester.run('require-secret: one report per project', rule, {
  valid: [
    {
      name: 'v4 getToken without a secret: the config reports the missing secret, not each call',
      filename: inProject('no-secret', 'pages/api/token.ts'),
      code: dedent`
        import { getToken } from 'next-auth/jwt';

        export default async function handler(req, res) {
          res.json(await getToken({ req }));
        }
      `,
    },
    {
      name: 'several getToken calls and a withAuth in one file, all falling back to the env',
      filename: inProject('no-secret', 'middleware.ts'),
      code: dedent`
        import { withAuth } from 'next-auth/middleware';
        import { getToken } from 'next-auth/jwt';

        export async function readToken(req) {
          return (await getToken({ req })) ?? (await getToken({ req, cookieName: 'legacy-session' }));
        }

        export default withAuth({ pages: { signIn: '/login' } });
      `,
    },
  ],
  invalid: [
    {
      name: 'the config in the same project still gets its one report',
      filename: inProject('no-secret', 'pages/api/auth/[...nextauth].ts'),
      code: dedent`
        import NextAuth from 'next-auth';
        import { getToken } from 'next-auth/jwt';

        export default NextAuth({ providers: [] });
        export const token = (req) => getToken({ req });
      `,
      errors: [{ messageId: 'missingSecret', line: 4, column: 16 }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Test files

ruleTester.run('require-secret: test files', rule, {
  valid: [
    {
      name: 'a literal secret in a __tests__ folder signs only test tokens',
      filename: inProject('no-secret', 'src/__tests__/server/auth-route.servertest.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        const handler = NextAuth({ providers: [], secret: "test-secret-for-unit-tests" })
      `,
    },
    {
      name: 'a *.test.ts file next to the code',
      filename: inProject('v4-nextauth-secret', 'lib/auth.test.ts'),
      code: dedent`
        import { getToken } from 'next-auth/jwt';

        it('reads the session token', async () => {
          expect(await getToken({ req, secret: 'unit-test-secret' })).toBeNull();
        });
      `,
    },
    {
      name: 'a *.spec.ts file in an e2e folder, with no secret and no env',
      filename: inProject('no-secret', 'e2e/login.spec.ts'),
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';

        export const testOptions: NextAuthOptions = { providers: [] };
      `,
    },
  ],
  invalid: [
    {
      name: 'option checkTestFiles: test files are checked too',
      filename: inProject('no-secret', 'src/__tests__/server/auth-route.servertest.ts'),
      options: [{ checkTestFiles: true }],
      code: dedent`
        import NextAuth from "next-auth"

        const handler = NextAuth({ providers: [], secret: "test-secret-for-unit-tests" })
      `,
      errors: [
        {
          messageId: 'hardcodedSecret',
          line: 3,
          column: 51,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              output: dedent`
                import NextAuth from "next-auth"

                const handler = NextAuth({ providers: [], secret: process.env.AUTH_SECRET })
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a route folder named test under app/ is deployed code, not a test',
      filename: inProject('no-secret', 'app/api/test/route.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        const handler = NextAuth({ providers: [], secret: "preview-secret" })
        export { handler as GET, handler as POST }
      `,
      errors: [
        {
          messageId: 'hardcodedSecret',
          line: 3,
          column: 51,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              output: dedent`
                import NextAuth from "next-auth"

                const handler = NextAuth({ providers: [], secret: process.env.NEXTAUTH_SECRET })
                export { handler as GET, handler as POST }
              `,
            },
          ],
        },
      ],
    },
    {
      name: "a file named like a test folder's content but outside one (testing.ts) is checked",
      filename: inProject('no-secret', 'lib/testing.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { auth } = NextAuth({ providers: [], secret: "staging-secret" })
      `,
      errors: [
        {
          messageId: 'hardcodedSecret',
          line: 3,
          column: 59,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              output: dedent`
                import NextAuth from "next-auth"

                export const { auth } = NextAuth({ providers: [], secret: process.env.AUTH_SECRET })
              `,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Env files the linter cannot read: unknown, so silent

/** A throw-away project in the temp folder with the given entries next to its package.json. */
function scratchProject(setup: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'auth-errors-require-secret-'));
  scratchDirs.push(dir);
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "scratch", "private": true }');
  setup(dir);
  return dir;
}
const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

const folderNamedEnv = scratchProject((dir) => {
  writeFileSync(path.join(dir, '.env.example'), 'DATABASE_URL=\n');
  mkdirSync(path.join(dir, '.env.local'));
});
const symlinkLoop = scratchProject((dir) => {
  writeFileSync(path.join(dir, '.env.example'), 'DATABASE_URL=\n');
  symlinkSync('.env', path.join(dir, '.env'));
});
const danglingLink = scratchProject((dir) => {
  writeFileSync(path.join(dir, '.env.example'), 'DATABASE_URL=\n');
  symlinkSync('shared/.env', path.join(dir, '.env'));
});

const manyTemplates = scratchProject((dir) => {
  for (const stage of ['ci', 'dev', 'docker', 'preview', 'prod', 'staging', 'test']) {
    writeFileSync(path.join(dir, `.env.${stage}.example`), 'DATABASE_URL=\n');
  }
});

ruleTester.run('require-secret: a long list of env files', rule, {
  valid: [],
  invalid: [
    {
      name: 'the message names five env files and counts the rest',
      filename: path.join(manyTemplates, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
      errors: [
        {
          messageId: 'missingSecret',
          line: 3,
          column: 29,
          data: missingData('v5', '.env.ci.example, .env.dev.example, .env.docker.example, .env.preview.example, .env.prod.example and 2 more'),
        },
      ],
    },
  ],
});

ruleTester.run('require-secret: unreadable env files', rule, {
  valid: [
    {
      name: 'a folder named .env.local (EISDIR) may hold anything: unknown',
      filename: path.join(folderNamedEnv, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
    },
    {
      name: 'a .env that is a symlink loop (ELOOP): unknown',
      filename: path.join(symlinkLoop, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
    },
  ],
  invalid: [
    {
      name: 'a dangling symlink is no file: it is not named in the message',
      filename: path.join(danglingLink, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
      errors: [{ messageId: 'missingSecret', line: 3, column: 29, data: missingData('v5', '.env.example') }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Korean messages

createRuleTester({ 'auth-errors': { locale: 'ko' } }).run('require-secret: Korean', rule, {
  valid: [],
  invalid: [
    {
      name: 'the Korean twins of a message and its suggestion',
      filename: inProject('no-secret'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [], secret: "hard-coded" })
      `,
      errors: [
        {
          messageId: 'hardcodedSecretKo',
          line: 3,
          column: 63,
          suggestions: [
            {
              messageId: 'readSecretFromEnvKo',
              output: dedent`
                import NextAuth from "next-auth"

                export const { handlers } = NextAuth({ providers: [], secret: process.env.AUTH_SECRET })
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the Korean twin of the missing-secret message',
      filename: inProject('no-secret'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
      errors: [{ messageId: 'missingSecretKo', line: 3, column: 29 }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// The rendered messages never contain the secret

describe('require-secret: rendered messages', () => {
  const linter = new Linter({ configType: 'flat' });
  const config = (locale: 'en' | 'ko') => [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { 'auth-errors': { rules: { 'require-secret': rule as unknown as Rule.RuleModule } } },
      settings: { 'auth-errors': { locale } },
      rules: { 'auth-errors/require-secret': 'error' as const },
    },
  ];
  const code = dedent`
    import NextAuth from 'next-auth';
    import { getToken } from 'next-auth/jwt';

    export default NextAuth({ providers: [], secret: process.env.NEXTAUTH_SECRET || 'Sup3r-S3cret-Fallback' });
    export const token = getToken({ req, secret: 'T0ken-S3cret' });
  `;

  it.each(['en', 'ko'] as const)('names the env variable and the error, never the value (%s)', (locale) => {
    const messages = linter.verify(code, config(locale), inProject('v4-nextauth-secret'));
    expect(messages.map((message) => message.ruleId)).toEqual(['auth-errors/require-secret', 'auth-errors/require-secret']);
    for (const message of messages) {
      expect(message.message).not.toMatch(/S3cret|\{\{/);
      expect(message.message).toContain('NEXTAUTH_SECRET');
      for (const suggestion of message.suggestions ?? []) expect(suggestion.desc).not.toMatch(/S3cret|\{\{/);
    }
    expect(messages[0]?.message).toContain('NO_SECRET');
  });
});
