import * as path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import type { Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import credentialsRequiresAuthorize from '../../rules/credentials-requires-authorize';
import credentialsRequiresJwt from '../../rules/credentials-requires-jwt';
import emailRequiresAdapter from '../../rules/email-requires-adapter';
import requireSecret from '../../rules/require-secret';
import { dedent } from '../dedent';

/**
 * The four config rules together on configs written the way the NextAuth.js v4 and Auth.js v5 guides show them:
 * the correct ones stay silent, the classic mistakes give exactly one finding each.
 */

const linter = new Linter({ configType: 'flat' });
const rules = {
  'credentials-requires-authorize': credentialsRequiresAuthorize,
  'credentials-requires-jwt': credentialsRequiresJwt,
  'email-requires-adapter': emailRequiresAdapter,
  'require-secret': requireSecret,
} as unknown as Record<string, Rule.RuleModule>;
const config = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
    plugins: { 'auth-errors': { rules } },
    rules: Object.fromEntries(Object.keys(rules).map((name) => [`auth-errors/${name}`, 'error' as const])),
  },
];

/** A project whose `.env.example` declares `AUTH_SECRET=`, and one whose `.env` declares `NEXTAUTH_SECRET`. */
const v5Project = path.join(__dirname, '..', 'fixtures', 'env', 'example-only');
const v4Project = path.join(__dirname, '..', 'fixtures', 'env', 'v4-nextauth-secret');

function lint(code: string, file: string): string[] {
  return linter.verify(code, config, file).map((message) => `${message.line}:${message.ruleId}:${message.messageId}`);
}

describe('NextAuth.js v4 configs as its guides write them', () => {
  it('pages/api/auth/[...nextauth].ts with GitHub and a Credentials provider, no database: silent', () => {
    const code = dedent`
      import NextAuth, { type NextAuthOptions } from 'next-auth';
      import GithubProvider from 'next-auth/providers/github';
      import CredentialsProvider from 'next-auth/providers/credentials';

      export const authOptions: NextAuthOptions = {
        providers: [
          GithubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! }),
          CredentialsProvider({
            name: 'Credentials',
            credentials: {
              username: { label: 'Username', type: 'text' },
              password: { label: 'Password', type: 'password' },
            },
            async authorize(credentials, req) {
              const res = await fetch('/your/endpoint', { method: 'POST', body: JSON.stringify(credentials) });
              const user = await res.json();
              return res.ok && user ? user : null;
            },
          }),
        ],
      };

      export default NextAuth(authOptions);
    `;
    expect(lint(code, path.join(v4Project, 'pages', 'api', 'auth', '[...nextauth].ts'))).toEqual([]);
  });

  it('the Prisma adapter guide plus a Credentials provider: the silent null session is reported', () => {
    const code = dedent`
      import NextAuth from 'next-auth';
      import { PrismaAdapter } from '@next-auth/prisma-adapter';
      import EmailProvider from 'next-auth/providers/email';
      import CredentialsProvider from 'next-auth/providers/credentials';
      import { PrismaClient } from '@prisma/client';

      const prisma = new PrismaClient();

      export default NextAuth({
        adapter: PrismaAdapter(prisma),
        providers: [
          EmailProvider({ server: process.env.EMAIL_SERVER, from: process.env.EMAIL_FROM }),
          CredentialsProvider({ credentials: {}, authorize: async () => null }),
        ],
      });
    `;
    expect(lint(code, path.join(v4Project, 'pages', 'api', 'auth', '[...nextauth].ts'))).toEqual([
      '13:auth-errors/credentials-requires-jwt:adapterDefaultsToDatabase',
    ]);
  });

  it('middleware with withAuth and an API route with getToken, secrets from env: silent', () => {
    const middleware = dedent`
      import { withAuth } from 'next-auth/middleware';

      export default withAuth({ callbacks: { authorized: ({ token }) => token?.role === 'admin' } });
      export const config = { matcher: ['/admin'] };
    `;
    expect(lint(middleware, path.join(v4Project, 'middleware.ts'))).toEqual([]);
    const route = dedent`
      import { getToken } from 'next-auth/jwt';

      const secret = process.env.NEXTAUTH_SECRET;
      export default async function handler(req, res) {
        res.json(await getToken({ req, secret }));
      }
    `;
    expect(lint(route, path.join(v4Project, 'pages', 'api', 'jwt.ts'))).toEqual([]);
  });
});

describe('Auth.js v5 configs as its guides write them', () => {
  it('the split auth.config.ts / auth.ts / middleware.ts of the edge-compatibility guide: silent', () => {
    const authConfig = dedent`
      import GitHub from "next-auth/providers/github"
      import type { NextAuthConfig } from "next-auth"

      export default { providers: [GitHub] } satisfies NextAuthConfig
    `;
    const auth = dedent`
      import NextAuth from "next-auth"
      import { PrismaAdapter } from "@auth/prisma-adapter"
      import { PrismaClient } from "@prisma/client"
      import authConfig from "./auth.config"

      const prisma = new PrismaClient()

      export const { handlers, auth, signIn, signOut } = NextAuth({
        adapter: PrismaAdapter(prisma),
        session: { strategy: "jwt" },
        ...authConfig,
      })
    `;
    const middleware = dedent`
      import authConfig from "./auth.config"
      import NextAuth from "next-auth"

      const { auth } = NextAuth(authConfig)
      export default auth(async function middleware(req) {})
    `;
    expect(lint(authConfig, path.join(v5Project, 'auth.config.ts'))).toEqual([]);
    expect(lint(auth, path.join(v5Project, 'auth.ts'))).toEqual([]);
    expect(lint(middleware, path.join(v5Project, 'middleware.ts'))).toEqual([]);
  });

  it('the credentials guide: silent; the same with a database adapter and no strategy: reported', () => {
    const credentials = dedent`
      import NextAuth from "next-auth"
      import Credentials from "next-auth/providers/credentials"

      export const { handlers, signIn, signOut, auth } = NextAuth({
        providers: [
          Credentials({
            credentials: { email: {}, password: {} },
            authorize: async (credentials) => {
              const user = await getUserFromDb(credentials.email, await saltAndHashPassword(credentials.password))
              if (!user) throw new Error("Invalid credentials.")
              return user
            },
          }),
        ],
      })
    `;
    expect(lint(credentials, path.join(v5Project, 'auth.ts'))).toEqual([]);
    const withAdapter = credentials.replace('NextAuth({\n', 'NextAuth({\n  adapter: PrismaAdapter(prisma),\n');
    expect(lint(withAdapter, path.join(v5Project, 'auth.ts'))).toEqual([
      '7:auth-errors/credentials-requires-jwt:adapterDefaultsToDatabase',
    ]);
  });

  it('the Resend magic-link guide: silent with its adapter, reported without one', () => {
    const resend = dedent`
      import NextAuth from "next-auth"
      import Resend from "next-auth/providers/resend"

      export const { handlers, auth, signIn, signOut } = NextAuth({
        adapter: PrismaAdapter(prisma),
        providers: [Resend({ from: "auth@app.company.com" })],
      })
    `;
    expect(lint(resend, path.join(v5Project, 'auth.ts'))).toEqual([]);
    expect(lint(resend.replace('  adapter: PrismaAdapter(prisma),\n', ''), path.join(v5Project, 'auth.ts'))).toEqual([
      '5:auth-errors/email-requires-adapter:emailWithoutAdapter',
    ]);
  });

  it('no env file declares AUTH_SECRET: the one config of the project is reported once', () => {
    const code = dedent`
      import NextAuth from "next-auth"
      import GitHub from "next-auth/providers/github"

      export const { handlers, auth, signIn, signOut } = NextAuth({ providers: [GitHub] })
    `;
    expect(lint(code, path.join(__dirname, '..', 'fixtures', 'env', 'no-secret', 'auth.ts'))).toEqual([
      '4:auth-errors/require-secret:missingSecret',
    ]);
  });
});
