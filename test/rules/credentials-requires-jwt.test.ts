import * as path from 'node:path';

import rule from '../../rules/credentials-requires-jwt';
import { dedent } from '../dedent';
import { createRuleTester, createTypedRuleTester, typedFixtureDir } from '../rule-tester';

const ruleTester = createRuleTester();

// ---------------------------------------------------------------------------------------------------------------
// NextAuth.js v4

ruleTester.run('credentials-requires-jwt: NextAuth v4 configs', rule, {
  valid: [
    {
      name: 'adapter with an explicit JWT strategy (the fix the errors page gives)',
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';
        import { PrismaAdapter } from '@next-auth/prisma-adapter';

        export const authOptions: NextAuthOptions = {
          adapter: PrismaAdapter(prisma),
          session: { strategy: 'jwt' },
          providers: [CredentialsProvider({ credentials: {}, authorize: async () => null })],
        };
      `,
    },
    {
      name: 'no adapter: sessions default to JWT',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        export default NextAuth({
          providers: [CredentialsProvider({ credentials: {}, authorize: async () => null })],
        });
      `,
    },
    {
      name: 'database strategy with OAuth providers only',
      code: dedent`
        import NextAuth from 'next-auth';
        import GitHubProvider from 'next-auth/providers/github';

        export default NextAuth({
          adapter: PrismaAdapter(prisma),
          session: { strategy: 'database' },
          providers: [GitHubProvider({ clientId: '', clientSecret: '' })],
        });
      `,
    },
    {
      name: 'a strategy read from env cannot be judged',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        export default NextAuth({
          adapter: PrismaAdapter(prisma),
          session: { strategy: process.env.SESSION_STRATEGY },
          providers: [CredentialsProvider({ authorize: async () => null })],
        });
      `,
    },
    {
      name: 'an adapter that is only there in some environments cannot be judged',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        export default NextAuth({
          adapter: process.env.DATABASE_URL ? PrismaAdapter(prisma) : undefined,
          providers: [CredentialsProvider({ authorize: async () => null })],
        });
      `,
    },
    {
      name: 'a config the file writes into later cannot be judged',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        const authOptions = {
          adapter: PrismaAdapter(prisma),
          providers: [CredentialsProvider({ authorize: async () => null })],
        };
        authOptions.session = { strategy: 'jwt' };
        export default NextAuth(authOptions);
      `,
    },
    {
      name: 'a `Credentials` that is not the next-auth provider',
      code: dedent`
        import NextAuth from 'next-auth';
        import { Credentials } from './my-providers';

        export default NextAuth({ adapter: PrismaAdapter(prisma), providers: [Credentials({})] });
      `,
    },
    {
      name: 'a `NextAuth` that is not next-auth',
      code: dedent`
        import NextAuth from './not-next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        export default NextAuth({ adapter: PrismaAdapter(prisma), providers: [CredentialsProvider({})] });
      `,
    },
    {
      name: 'session settings imported from another file cannot be judged',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';
        import { session } from './session';

        export default NextAuth({
          adapter: PrismaAdapter(prisma),
          session,
          providers: [CredentialsProvider({ authorize: async () => null })],
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'authOptions typed NextAuthOptions: adapter and no strategy',
      code: dedent`
        import type { NextAuthOptions } from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';
        import { PrismaAdapter } from '@next-auth/prisma-adapter';

        export const authOptions: NextAuthOptions = {
          adapter: PrismaAdapter(prisma),
          providers: [
            CredentialsProvider({
              credentials: { email: {}, password: {} },
              authorize: async (credentials) => findUser(credentials),
            }),
          ],
        };
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 8,
          column: 5,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import type { NextAuthOptions } from 'next-auth';
                import CredentialsProvider from 'next-auth/providers/credentials';
                import { PrismaAdapter } from '@next-auth/prisma-adapter';

                export const authOptions: NextAuthOptions = {
                  adapter: PrismaAdapter(prisma),
                  providers: [
                    CredentialsProvider({
                      credentials: { email: {}, password: {} },
                      authorize: async (credentials) => findUser(credentials),
                    }),
                  ],
                  session: { strategy: 'jwt' },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'explicit database strategy: the literal is changed, quotes kept',
      code: dedent`
        import NextAuth, { AuthOptions } from "next-auth"
        import CredentialsProvider from "next-auth/providers/credentials"

        export const authOptions: AuthOptions = {
          session: { strategy: "database", maxAge: 3600 },
          providers: [CredentialsProvider({ authorize: async () => null })],
        }
        export default NextAuth(authOptions)
      `,
      errors: [
        {
          messageId: 'databaseStrategy',
          line: 6,
          column: 15,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth, { AuthOptions } from "next-auth"
                import CredentialsProvider from "next-auth/providers/credentials"

                export const authOptions: AuthOptions = {
                  session: { strategy: "jwt", maxAge: 3600 },
                  providers: [CredentialsProvider({ authorize: async () => null })],
                }
                export default NextAuth(authOptions)
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'pages router NextAuth(req, res, options): strategy added to the session object',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        export default async function auth(req, res) {
          return await NextAuth(req, res, {
            adapter: MongoDBAdapter(clientPromise),
            session: {
              maxAge: 30 * 24 * 60 * 60,
            },
            providers: [CredentialsProvider({ authorize: async () => null })],
          });
        }
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 10,
          column: 17,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from 'next-auth';
                import CredentialsProvider from 'next-auth/providers/credentials';

                export default async function auth(req, res) {
                  return await NextAuth(req, res, {
                    adapter: MongoDBAdapter(clientPromise),
                    session: {
                      maxAge: 30 * 24 * 60 * 60,
                      strategy: 'jwt',
                    },
                    providers: [CredentialsProvider({ authorize: async () => null })],
                  });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'app router handler exported as GET / POST, on one line',
      code: dedent`
        import NextAuth from 'next-auth';
        import Credentials from 'next-auth/providers/credentials';

        const handler = NextAuth({ adapter: PrismaAdapter(prisma), providers: [Credentials({ authorize })] });
        export { handler as GET, handler as POST };
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 4,
          column: 72,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from 'next-auth';
                import Credentials from 'next-auth/providers/credentials';

                const handler = NextAuth({ adapter: PrismaAdapter(prisma), providers: [Credentials({ authorize })], session: { strategy: 'jwt' } });
                export { handler as GET, handler as POST };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an untyped config passed by name gets `as const` so the literal keeps its type',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        const options = {
          adapter: PrismaAdapter(prisma),
          providers: [CredentialsProvider({ authorize: async () => null })]
        };
        export default NextAuth(options);
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 6,
          column: 15,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from 'next-auth';
                import CredentialsProvider from 'next-auth/providers/credentials';

                const options = {
                  adapter: PrismaAdapter(prisma),
                  providers: [CredentialsProvider({ authorize: async () => null })],
                  session: { strategy: 'jwt' as const },
                };
                export default NextAuth(options);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the same in a JavaScript file: no `as const`',
      filename: 'pages/api/auth/[...nextauth].js',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        const options = {
          adapter: PrismaAdapter(prisma),
          providers: [CredentialsProvider({ authorize: async () => null })],
        };
        export default NextAuth(options);
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 6,
          column: 15,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from 'next-auth';
                import CredentialsProvider from 'next-auth/providers/credentials';

                const options = {
                  adapter: PrismaAdapter(prisma),
                  providers: [CredentialsProvider({ authorize: async () => null })],
                  session: { strategy: 'jwt' },
                };
                export default NextAuth(options);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'providers from a const array, factory renamed, next to an OAuth provider',
      code: dedent`
        import NextAuth from 'next-auth/next';
        import Creds from 'next-auth/providers/credentials';
        import GitHub from 'next-auth/providers/github';

        const providers = [GitHub({ clientId: '', clientSecret: '' }), Creds({ authorize: async () => null })];

        export default NextAuth({ adapter: PrismaAdapter(prisma), session: { strategy: 'database' }, providers });
      `,
      errors: [
        {
          messageId: 'databaseStrategy',
          line: 5,
          column: 64,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from 'next-auth/next';
                import Creds from 'next-auth/providers/credentials';
                import GitHub from 'next-auth/providers/github';

                const providers = [GitHub({ clientId: '', clientSecret: '' }), Creds({ authorize: async () => null })];

                export default NextAuth({ adapter: PrismaAdapter(prisma), session: { strategy: 'jwt' }, providers });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a session object kept in a const: `as const` on the added strategy',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        const session = { maxAge: 3600 };
        export default NextAuth({
          adapter: PrismaAdapter(prisma),
          session,
          providers: [CredentialsProvider({ authorize: async () => null })],
        });
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 8,
          column: 15,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from 'next-auth';
                import CredentialsProvider from 'next-auth/providers/credentials';

                const session = { maxAge: 3600, strategy: 'jwt' as const };
                export default NextAuth({
                  adapter: PrismaAdapter(prisma),
                  session,
                  providers: [CredentialsProvider({ authorize: async () => null })],
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a shorthand `strategy` from a const is replaced whole',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        const strategy = 'database';
        export default NextAuth({ session: { strategy }, providers: [CredentialsProvider({ authorize })] });
      `,
      errors: [
        {
          messageId: 'databaseStrategy',
          line: 5,
          column: 62,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from 'next-auth';
                import CredentialsProvider from 'next-auth/providers/credentials';

                const strategy = 'database';
                export default NextAuth({ session: { strategy: 'jwt' }, providers: [CredentialsProvider({ authorize })] });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a strategy named by a const: the reference is replaced in the file\'s quote style',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        const STRATEGY = 'database';
        export default NextAuth({ session: { strategy: STRATEGY }, providers: [CredentialsProvider({ authorize })] });
      `,
      errors: [
        {
          messageId: 'databaseStrategy',
          line: 5,
          column: 72,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from 'next-auth';
                import CredentialsProvider from 'next-auth/providers/credentials';

                const STRATEGY = 'database';
                export default NextAuth({ session: { strategy: 'jwt' }, providers: [CredentialsProvider({ authorize })] });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'two Credentials providers: each is reported',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        export default NextAuth({
          session: { strategy: 'database' },
          providers: [
            CredentialsProvider({ id: 'password', authorize: byPassword }),
            CredentialsProvider({ id: 'otp', authorize: byOtp }),
          ],
        });
      `,
      errors: [
        {
          messageId: 'databaseStrategy',
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from 'next-auth';
                import CredentialsProvider from 'next-auth/providers/credentials';

                export default NextAuth({
                  session: { strategy: 'jwt' },
                  providers: [
                    CredentialsProvider({ id: 'password', authorize: byPassword }),
                    CredentialsProvider({ id: 'otp', authorize: byOtp }),
                  ],
                });
              `,
            },
          ],
        },
        {
          messageId: 'databaseStrategy',
          line: 8,
          column: 5,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from 'next-auth';
                import CredentialsProvider from 'next-auth/providers/credentials';

                export default NextAuth({
                  session: { strategy: 'jwt' },
                  providers: [
                    CredentialsProvider({ id: 'password', authorize: byPassword }),
                    CredentialsProvider({ id: 'otp', authorize: byOtp }),
                  ],
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Auth.js v5

ruleTester.run('credentials-requires-jwt: Auth.js v5 configs', rule, {
  valid: [
    {
      name: 'the split auth.ts of the Auth.js docs: adapter before an imported spread cannot be judged',
      code: dedent`
        import NextAuth from "next-auth"
        import { PrismaAdapter } from "@auth/prisma-adapter"
        import authConfig from "./auth.config"

        export const { auth, handlers, signIn, signOut } = NextAuth({
          adapter: PrismaAdapter(prisma),
          session: { strategy: "jwt" },
          ...authConfig,
        })
      `,
    },
    {
      name: 'adapter with an explicit JWT strategy',
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"

        export const { handlers, auth } = NextAuth({
          adapter: PrismaAdapter(prisma),
          session: { strategy: "jwt" },
          providers: [Credentials({ authorize: async () => null })],
        })
      `,
    },
    {
      name: 'providers imported from another file cannot be judged',
      code: dedent`
        import NextAuth from "next-auth"
        import { providers } from "./providers"

        export const { handlers, auth } = NextAuth({ adapter: PrismaAdapter(prisma), providers })
      `,
    },
    {
      name: 'a lazy config with an early return cannot be judged',
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"

        export const { handlers, auth } = NextAuth((req) => {
          if (req?.headers.get("x-preview")) return { providers: [] }
          return { adapter: PrismaAdapter(prisma), providers: [Credentials({ authorize })] }
        })
      `,
    },
  ],
  invalid: [
    {
      name: 'destructured NextAuth({…}) with an adapter and no strategy',
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"
        import { PrismaAdapter } from "@auth/prisma-adapter"

        export const { handlers, auth, signIn, signOut } = NextAuth({
          adapter: PrismaAdapter(prisma),
          providers: [
            Credentials({
              authorize: async (credentials) => getUser(credentials),
            }),
          ],
        })
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 8,
          column: 5,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from "next-auth"
                import Credentials from "next-auth/providers/credentials"
                import { PrismaAdapter } from "@auth/prisma-adapter"

                export const { handlers, auth, signIn, signOut } = NextAuth({
                  adapter: PrismaAdapter(prisma),
                  providers: [
                    Credentials({
                      authorize: async (credentials) => getUser(credentials),
                    }),
                  ],
                  session: { strategy: "jwt" },
                })
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'lazy NextAuth((req) => ({…})) with a database strategy',
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "@auth/core/providers/credentials"

        export const { handlers, auth } = NextAuth((req) => ({
          session: { strategy: "database" },
          providers: [Credentials({ authorize })],
        }))
      `,
      errors: [
        {
          messageId: 'databaseStrategy',
          line: 6,
          column: 15,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from "next-auth"
                import Credentials from "@auth/core/providers/credentials"

                export const { handlers, auth } = NextAuth((req) => ({
                  session: { strategy: "jwt" },
                  providers: [Credentials({ authorize })],
                }))
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a config object `satisfies NextAuthConfig` with a database strategy',
      code: dedent`
        import type { NextAuthConfig } from "next-auth"
        import Credentials from "next-auth/providers/credentials"

        export default {
          session: { strategy: "database" },
          providers: [Credentials({ authorize })],
        } satisfies NextAuthConfig
      `,
      errors: [
        {
          messageId: 'databaseStrategy',
          line: 6,
          column: 15,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import type { NextAuthConfig } from "next-auth"
                import Credentials from "next-auth/providers/credentials"

                export default {
                  session: { strategy: "jwt" },
                  providers: [Credentials({ authorize })],
                } satisfies NextAuthConfig
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a same-file config piece spread into NextAuth: the outer config is reported once',
      code: dedent`
        import NextAuth, { type NextAuthConfig } from "next-auth"
        import Credentials from "next-auth/providers/credentials"

        const authConfig = {
          providers: [Credentials({ authorize })],
        } satisfies NextAuthConfig

        export const { handlers, auth } = NextAuth({ ...authConfig, adapter: PrismaAdapter(prisma) })
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 5,
          column: 15,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth, { type NextAuthConfig } from "next-auth"
                import Credentials from "next-auth/providers/credentials"

                const authConfig = {
                  providers: [Credentials({ authorize })],
                } satisfies NextAuthConfig

                export const { handlers, auth } = NextAuth({ ...authConfig, adapter: PrismaAdapter(prisma), session: { strategy: "jwt" } })
              `,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Korean messages

createRuleTester({ 'auth-errors': { locale: 'ko' } }).run('credentials-requires-jwt: Korean', rule, {
  valid: [],
  invalid: [
    {
      name: 'the Korean twins of the message and the suggestion',
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"

        export const { handlers } = NextAuth({ session: { strategy: "database" }, providers: [Credentials({ authorize })] })
      `,
      errors: [
        {
          messageId: 'databaseStrategyKo',
          line: 4,
          column: 87,
          suggestions: [
            {
              messageId: 'useJwtStrategyKo',
              output: dedent`
                import NextAuth from "next-auth"
                import Credentials from "next-auth/providers/credentials"

                export const { handlers } = NextAuth({ session: { strategy: "jwt" }, providers: [Credentials({ authorize })] })
              `,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// With type information (never required; the result is the same)

createTypedRuleTester().run('credentials-requires-jwt: with type information', rule, {
  valid: [
    {
      name: 'a JWT strategy, typed run',
      filename: path.join(typedFixtureDir, 'credentials-requires-jwt.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"

        export const { handlers } = NextAuth({ session: { strategy: "jwt" }, providers: [Credentials({ authorize: async () => null })] })
      `,
    },
  ],
  invalid: [
    {
      name: 'a database strategy, typed run',
      filename: path.join(typedFixtureDir, 'credentials-requires-jwt.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"

        export const { handlers } = NextAuth({ session: { strategy: "database" }, providers: [Credentials({ authorize: async () => null })] })
      `,
      errors: [
        {
          messageId: 'databaseStrategy',
          line: 4,
          column: 87,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from "next-auth"
                import Credentials from "next-auth/providers/credentials"

                export const { handlers } = NextAuth({ session: { strategy: "jwt" }, providers: [Credentials({ authorize: async () => null })] })
              `,
            },
          ],
        },
      ],
    },
  ],
});
