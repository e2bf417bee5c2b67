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

// ---------------------------------------------------------------------------------------------------------------
// Other Auth.js entry points

ruleTester.run('credentials-requires-jwt: every Auth.js entry point', rule, {
  valid: [
    {
      name: 'SvelteKitAuth with an adapter and JWT sessions',
      code: dedent`
        import { SvelteKitAuth } from "@auth/sveltekit"
        import Credentials from "@auth/sveltekit/providers/credentials"

        export const { handle } = SvelteKitAuth({
          adapter: KyselyAdapter(db),
          session: { strategy: "jwt" },
          providers: [Credentials({ authorize: checkPassword })],
        })
      `,
    },
    {
      name: 'a SvelteKitAuth of the app itself is no evidence',
      code: dedent`
        import { SvelteKitAuth } from "$lib/auth-wrapper"
        import Credentials from "@auth/sveltekit/providers/credentials"

        export const { handle } = SvelteKitAuth({ adapter: KyselyAdapter(db), providers: [Credentials({ authorize })] })
      `,
    },
    {
      name: 'SolidAuth without an adapter: sessions are JWTs',
      code: dedent`
        import { SolidAuth, type SolidAuthConfig } from "@auth/solid-start"
        import Credentials from "@auth/solid-start/providers/credentials"

        export const authOptions: SolidAuthConfig = { providers: [Credentials({ authorize: login })] }
        export const { GET, POST } = SolidAuth(authOptions)
      `,
    },
  ],
  invalid: [
    {
      name: 'SvelteKitAuth: an adapter and a Credentials provider, no strategy (the shape of the Auth.js dev app)',
      code: dedent`
        import { SvelteKitAuth } from "@auth/sveltekit"
        import Credentials from "@auth/sveltekit/providers/credentials"
        import GitHub from "@auth/sveltekit/providers/github"
        import { UnstorageAdapter } from "@auth/unstorage-adapter"

        export const { handle, signIn, signOut } = SvelteKitAuth({
          adapter: UnstorageAdapter(storage),
          providers: [
            Credentials({ credentials: { password: {} }, authorize: checkPassword }),
            GitHub,
          ],
        })
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 9,
          column: 5,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import { SvelteKitAuth } from "@auth/sveltekit"
                import Credentials from "@auth/sveltekit/providers/credentials"
                import GitHub from "@auth/sveltekit/providers/github"
                import { UnstorageAdapter } from "@auth/unstorage-adapter"

                export const { handle, signIn, signOut } = SvelteKitAuth({
                  adapter: UnstorageAdapter(storage),
                  providers: [
                    Credentials({ credentials: { password: {} }, authorize: checkPassword }),
                    GitHub,
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
      name: 'SvelteKitAuth with a lazy config per request',
      code: dedent`
        import { SvelteKitAuth } from "@auth/sveltekit"
        import Credentials from "@auth/core/providers/credentials"

        export const { handle } = SvelteKitAuth(async (event) => ({
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
                import { SvelteKitAuth } from "@auth/sveltekit"
                import Credentials from "@auth/core/providers/credentials"

                export const { handle } = SvelteKitAuth(async (event) => ({
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
      name: 'ExpressAuth mounted with app.use',
      code: dedent`
        import { ExpressAuth } from "@auth/express"
        import Credentials from "@auth/express/providers/credentials"

        app.use("/auth/*", ExpressAuth({ adapter: MongoDBAdapter(client), providers: [Credentials({ authorize })] }))
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 4,
          column: 79,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import { ExpressAuth } from "@auth/express"
                import Credentials from "@auth/express/providers/credentials"

                app.use("/auth/*", ExpressAuth({ adapter: MongoDBAdapter(client), providers: [Credentials({ authorize })], session: { strategy: "jwt" } }))
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'QwikAuth$ with its config function',
      code: dedent`
        import { QwikAuth$ } from "@auth/qwik"
        import Credentials from "@auth/qwik/providers/credentials"

        export const { onRequest, useSession } = QwikAuth$(() => ({
          adapter: DrizzleAdapter(db),
          providers: [Credentials({ authorize: verify })],
        }))
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
                import { QwikAuth$ } from "@auth/qwik"
                import Credentials from "@auth/qwik/providers/credentials"

                export const { onRequest, useSession } = QwikAuth$(() => ({
                  adapter: DrizzleAdapter(db),
                  providers: [Credentials({ authorize: verify })],
                  session: { strategy: "jwt" },
                }))
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Auth(request, config) from @auth/core',
      code: dedent`
        import { Auth } from "@auth/core"
        import Credentials from "@auth/core/providers/credentials"

        export function handler(request: Request) {
          return Auth(request, { adapter: PgAdapter(pool), providers: [Credentials({ authorize })] })
        }
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 5,
          column: 64,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import { Auth } from "@auth/core"
                import Credentials from "@auth/core/providers/credentials"

                export function handler(request: Request) {
                  return Auth(request, { adapter: PgAdapter(pool), providers: [Credentials({ authorize })], session: { strategy: "jwt" } })
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'NuxtAuthHandler with the `.default(…)` providers its server build needs',
      code: dedent`
        import { NuxtAuthHandler } from "#auth"
        import CredentialsProvider from "next-auth/providers/credentials"
        import { PrismaAdapter } from "@next-auth/prisma-adapter"

        export default NuxtAuthHandler({
          adapter: PrismaAdapter(prisma),
          providers: [
            // @ts-expect-error the provider sits on .default during SSR
            CredentialsProvider.default({ credentials: {}, authorize: login }),
          ],
        })
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 9,
          column: 5,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import { NuxtAuthHandler } from "#auth"
                import CredentialsProvider from "next-auth/providers/credentials"
                import { PrismaAdapter } from "@next-auth/prisma-adapter"

                export default NuxtAuthHandler({
                  adapter: PrismaAdapter(prisma),
                  providers: [
                    // @ts-expect-error the provider sits on .default during SSR
                    CredentialsProvider.default({ credentials: {}, authorize: login }),
                  ],
                  session: { strategy: "jwt" },
                })
              `,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Providers built in code

ruleTester.run('credentials-requires-jwt: providers built in code', rule, {
  valid: [
    {
      name: 'providers pushed under a flag, with JWT sessions',
      code: dedent`
        import NextAuth from "next-auth/next"
        import type { Provider } from "next-auth/providers"
        import CredentialsProvider from "next-auth/providers/credentials"

        const adapter = PrismaAdapter(prisma)
        const providers: Provider[] = []
        if (process.env.PASSWORD_LOGIN !== "off") {
          providers.push(CredentialsProvider({ credentials: {}, authorize: checkPassword }))
        }

        export default async function handler(req, res) {
          return NextAuth(req, res, { adapter, session: { strategy: "jwt" }, providers })
        }
      `,
    },
    {
      name: 'a strategy read from the environment cannot be judged',
      code: dedent`
        import type { NextAuthOptions } from "next-auth"
        import type { Provider } from "next-auth/providers"
        import CredentialsProvider from "next-auth/providers/credentials"

        const providers: Provider[] = []
        if (isEnabled("credentials")) providers.push(CredentialsProvider({ authorize }))

        export const getAuthOptions = (): NextAuthOptions => {
          const options: NextAuthOptions = {
            adapter: PrismaAdapter(prisma),
            providers,
            session: { strategy: env.sessionStrategy },
          }
          return options
        }
      `,
    },
    {
      name: 'a list the file also removes from is not followed',
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"

        const providers = [Credentials({ authorize })]
        if (process.env.SSO_ONLY) providers.splice(0, 1)

        export const { handlers } = NextAuth({ adapter: PrismaAdapter(prisma), providers })
      `,
    },
    {
      name: 'an adapter that may come from an imported spread is not guessed absent',
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"
        import { base } from "./base-config"

        const providers = []
        if (flags.password) providers.push(Credentials({ authorize }))

        export const { handlers } = NextAuth({ ...base, providers })
      `,
    },
    {
      name: 'an adapter the Credentials flag also switches cannot be judged',
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"

        export const { handlers } = NextAuth({
          adapter: useDatabase ? PrismaAdapter(prisma) : undefined,
          providers: [...(allowPasswords ? [Credentials({ authorize })] : [])],
        })
      `,
    },
  ],
  invalid: [
    {
      name: 'a Credentials provider pushed under an env flag, adapter, no strategy',
      code: dedent`
        import NextAuth from "next-auth/next"
        import type { Provider } from "next-auth/providers"
        import CredentialsProvider from "next-auth/providers/credentials"

        const adapter = PrismaAdapter(prisma)
        const providers: Provider[] = []
        if (process.env.PASSWORD_LOGIN !== "off") {
          providers.push(CredentialsProvider({ credentials: {}, authorize: checkPassword }))
        }
        for (const sso of ssoProviders) providers.push(sso.build())

        export default async function handler(req, res) {
          return NextAuth(req, res, { adapter, session: { maxAge: 86400 }, providers })
        }
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabaseWhenEnabled',
          data: { condition: ' (`process.env.PASSWORD_LOGIN !== "off"`)' },
          line: 8,
          column: 18,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from "next-auth/next"
                import type { Provider } from "next-auth/providers"
                import CredentialsProvider from "next-auth/providers/credentials"

                const adapter = PrismaAdapter(prisma)
                const providers: Provider[] = []
                if (process.env.PASSWORD_LOGIN !== "off") {
                  providers.push(CredentialsProvider({ credentials: {}, authorize: checkPassword }))
                }
                for (const sso of ssoProviders) providers.push(sso.build())

                export default async function handler(req, res) {
                  return NextAuth(req, res, { adapter, session: { maxAge: 86400, strategy: "jwt" }, providers })
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a conditional spread next to a base list, explicit database strategy',
      code: dedent`
        import NextAuth from "next-auth"
        import GitHub from "next-auth/providers/github"
        import Credentials from "next-auth/providers/credentials"

        const base = [GitHub]
        export const { handlers, auth } = NextAuth({
          adapter: PrismaAdapter(prisma),
          session: { strategy: "database" },
          providers: [...base, ...(process.env.DEMO ? [Credentials({ authorize: demoUser })] : [])],
        })
      `,
      errors: [
        {
          messageId: 'databaseStrategyWhenEnabled',
          line: 9,
          column: 48,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from "next-auth"
                import GitHub from "next-auth/providers/github"
                import Credentials from "next-auth/providers/credentials"

                const base = [GitHub]
                export const { handlers, auth } = NextAuth({
                  adapter: PrismaAdapter(prisma),
                  session: { strategy: "jwt" },
                  providers: [...base, ...(process.env.DEMO ? [Credentials({ authorize: demoUser })] : [])],
                })
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a static list with Credentials, extended by pushes, inside an async options factory',
      code: dedent`
        import type { NextAuthOptions } from "next-auth"
        import type { Provider } from "next-auth/providers/index"
        import CredentialsProvider from "next-auth/providers/credentials"
        import GoogleProvider from "next-auth/providers/google"

        const staticProviders: Provider[] = [CredentialsProvider({ authorize: byPassword })]
        if (env.GOOGLE_ID) staticProviders.push(GoogleProvider({ clientId: env.GOOGLE_ID, clientSecret: "" }))

        export async function getAuthOptions(): Promise<NextAuthOptions> {
          let ssoProviders: Provider[] = []
          try {
            ssoProviders = await loadSsoProviders()
          } catch {}
          const options: NextAuthOptions = {
            adapter: createAdapter(),
            providers: [...staticProviders, ...ssoProviders],
          }
          return options
        }
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 6,
          column: 38,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import type { NextAuthOptions } from "next-auth"
                import type { Provider } from "next-auth/providers/index"
                import CredentialsProvider from "next-auth/providers/credentials"
                import GoogleProvider from "next-auth/providers/google"

                const staticProviders: Provider[] = [CredentialsProvider({ authorize: byPassword })]
                if (env.GOOGLE_ID) staticProviders.push(GoogleProvider({ clientId: env.GOOGLE_ID, clientSecret: "" }))

                export async function getAuthOptions(): Promise<NextAuthOptions> {
                  let ssoProviders: Provider[] = []
                  try {
                    ssoProviders = await loadSsoProviders()
                  } catch {}
                  const options: NextAuthOptions = {
                    adapter: createAdapter(),
                    providers: [...staticProviders, ...ssoProviders],
                    session: { strategy: "jwt" },
                  }
                  return options
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a conditional element with `&&`, pushed in a helper without a condition of its own',
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"

        const providers = [allowPasswords && Credentials({ authorize })]
        function addDemo() {
          providers.push(Credentials({ id: "demo", authorize: demoUser }))
        }

        export const { handlers } = NextAuth({ adapter: PrismaAdapter(prisma), providers })
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabaseWhenEnabled',
          data: { condition: ' (`allowPasswords`)' },
          line: 4,
          column: 38,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from "next-auth"
                import Credentials from "next-auth/providers/credentials"

                const providers = [allowPasswords && Credentials({ authorize })]
                function addDemo() {
                  providers.push(Credentials({ id: "demo", authorize: demoUser }))
                }

                export const { handlers } = NextAuth({ adapter: PrismaAdapter(prisma), providers, session: { strategy: "jwt" } })
              `,
            },
          ],
        },
        {
          messageId: 'adapterDefaultsToDatabaseWhenEnabled',
          data: { condition: '' },
          line: 6,
          column: 18,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from "next-auth"
                import Credentials from "next-auth/providers/credentials"

                const providers = [allowPasswords && Credentials({ authorize })]
                function addDemo() {
                  providers.push(Credentials({ id: "demo", authorize: demoUser }))
                }

                export const { handlers } = NextAuth({ adapter: PrismaAdapter(prisma), providers, session: { strategy: "jwt" } })
              `,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Configs split across files (test/fixtures/auth-split on disk)

const splitDir = path.join(__dirname, '..', 'fixtures', 'auth-split');

ruleTester.run('credentials-requires-jwt: configs split across files', rule, {
  valid: [
    {
      name: 'the imported half brings its own JWT strategy',
      filename: path.join(splitDir, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import { PrismaAdapter } from "@auth/prisma-adapter"
        import { authConfig } from "./jwt.config"

        export const { handlers, auth } = NextAuth({ adapter: PrismaAdapter(prisma), ...authConfig })
      `,
    },
    {
      name: 'JWT sessions set after the spread',
      filename: path.join(splitDir, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import authConfig from "./auth.config"

        export const { handlers, auth } = NextAuth({
          adapter: PrismaAdapter(prisma),
          ...authConfig,
          session: { strategy: "jwt" },
        })
      `,
    },
    {
      name: 'a config the other file builds at run time stays unknown',
      filename: path.join(splitDir, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import { authConfig } from "./built.config"

        export const { handlers, auth } = NextAuth({ adapter: PrismaAdapter(prisma), ...authConfig })
      `,
    },
    {
      name: 'a module that is not there stays unknown',
      filename: path.join(splitDir, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import { authConfig } from "./missing.config"

        export const { handlers, auth } = NextAuth({ adapter: PrismaAdapter(prisma), ...authConfig })
      `,
    },
    {
      name: 'the middleware instance has no adapter: JWT sessions by default',
      filename: path.join(splitDir, 'middleware.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import authConfig from "./auth.config"

        export default NextAuth(authConfig).auth
      `,
    },
  ],
  invalid: [
    {
      name: 'auth.ts adds an adapter to the Credentials provider of auth.config.ts, no strategy',
      filename: path.join(splitDir, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import { PrismaAdapter } from "@auth/prisma-adapter"
        import authConfig from "./auth.config"

        export const { handlers, auth } = NextAuth({ adapter: PrismaAdapter(prisma), ...authConfig })
      `,
      errors: [
        {
          messageId: 'importedCredentials',
          data: { where: 'auth.config.ts:7', why: 'an `adapter` and no `session.strategy`' },
          line: 5,
          column: 35,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from "next-auth"
                import { PrismaAdapter } from "@auth/prisma-adapter"
                import authConfig from "./auth.config"

                export const { handlers, auth } = NextAuth({ adapter: PrismaAdapter(prisma), ...authConfig, session: { strategy: "jwt" } })
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'providers extended from the imported half',
      filename: path.join(splitDir, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import Google from "next-auth/providers/google"
        import authConfig from "./auth.config"

        export const { handlers, auth } = NextAuth({
          adapter: DrizzleAdapter(db),
          session: { strategy: "database" },
          providers: [...authConfig.providers, Google],
        })
      `,
      errors: [
        {
          messageId: 'importedCredentials',
          data: { where: 'auth.config.ts:7', why: '`session.strategy` is "database"' },
          line: 5,
          column: 35,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from "next-auth"
                import Google from "next-auth/providers/google"
                import authConfig from "./auth.config"

                export const { handlers, auth } = NextAuth({
                  adapter: DrizzleAdapter(db),
                  session: { strategy: "jwt" },
                  providers: [...authConfig.providers, Google],
                })
              `,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('credentials-requires-jwt: a split config with Credentials on both sides', rule, {
  valid: [],
  invalid: [
    {
      name: 'the provider written in this file carries the report; the imported one adds none',
      filename: path.join(splitDir, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"
        import authConfig from "./auth.config"

        export const { auth } = NextAuth({
          adapter: PostgresAdapter(sql),
          providers: [...authConfig.providers, Credentials({ id: "otp", authorize: checkCode })],
        })
      `,
      errors: [
        {
          messageId: 'adapterDefaultsToDatabase',
          line: 7,
          column: 40,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from "next-auth"
                import Credentials from "next-auth/providers/credentials"
                import authConfig from "./auth.config"

                export const { auth } = NextAuth({
                  adapter: PostgresAdapter(sql),
                  providers: [...authConfig.providers, Credentials({ id: "otp", authorize: checkCode })],
                  session: { strategy: "jwt" },
                })
              `,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('credentials-requires-jwt: a providers list built in another module', rule, {
  valid: [
    {
      name: 'the imported list next to JWT sessions',
      filename: path.join(splitDir, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import { providers } from "./providers"

        export const { auth } = NextAuth((req) => ({ adapter: PrismaAdapter(prisma), session: { strategy: "jwt" }, providers }))
      `,
    },
  ],
  invalid: [
    {
      name: 'the imported list appends a Credentials provider under a flag; this config adds the adapter',
      filename: path.join(splitDir, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import { providers } from "./providers"

        export const { auth } = NextAuth((req) => ({ adapter: PrismaAdapter(prisma), providers }))
      `,
      errors: [
        {
          messageId: 'importedCredentials',
          data: { where: 'providers.ts:9, added only when enabled', why: 'an `adapter` and no `session.strategy`' },
          line: 4,
          column: 25,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from "next-auth"
                import { providers } from "./providers"

                export const { auth } = NextAuth((req) => ({ adapter: PrismaAdapter(prisma), providers, session: { strategy: "jwt" } }))
              `,
            },
          ],
        },
      ],
    },
  ],
});
