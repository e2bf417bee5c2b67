import rule from '../../rules/credentials-requires-authorize';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('credentials-requires-authorize: providers in configs', rule, {
  valid: [
    {
      name: 'v4 provider with an `authorize` arrow function',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        export default NextAuth({
          providers: [
            CredentialsProvider({
              name: 'Credentials',
              credentials: { username: { label: 'Username', type: 'text' } },
              authorize: async (credentials) => findUser(credentials),
            }),
          ],
        });
      `,
    },
    {
      name: 'v5 provider with an `authorize` method',
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"

        export const { handlers, auth } = NextAuth({
          providers: [
            Credentials({
              credentials: { email: {}, password: {} },
              async authorize(credentials) {
                return getUserFromDb(credentials)
              },
            }),
          ],
        })
      `,
    },
    {
      name: 'options built elsewhere cannot be judged',
      code: dedent`
        import Credentials from "next-auth/providers/credentials"
        import { credentialsOptions } from "./credentials-options"

        export const providers = [Credentials(credentialsOptions)]
      `,
    },
    {
      name: 'options with a spread of an import may bring `authorize`',
      code: dedent`
        import Credentials from "next-auth/providers/credentials"
        import { base } from "./base"

        export const provider = Credentials({ ...base, name: "Password" })
      `,
    },
    {
      name: '`authorize` from a same-file spread',
      code: dedent`
        import Credentials from "next-auth/providers/credentials"

        const withAuthorize = { authorize: async () => null }
        export const provider = Credentials({ ...withAuthorize, name: "Password" })
      `,
    },
    {
      name: 'a local function called Credentials',
      code: dedent`
        function Credentials(options: object) {
          return options
        }
        export const provider = Credentials({ name: "Password" })
      `,
    },
    {
      name: 'an OAuth provider needs no `authorize`',
      code: dedent`
        import GitHub from "next-auth/providers/github"

        export const providers = [GitHub({ clientId: "", clientSecret: "" })]
      `,
    },
  ],
  invalid: [
    {
      name: 'v4 provider with credentials but no `authorize`',
      code: dedent`
        import NextAuth from 'next-auth';
        import CredentialsProvider from 'next-auth/providers/credentials';

        export default NextAuth({
          providers: [
            CredentialsProvider({
              name: 'Credentials',
              credentials: { username: { label: 'Username', type: 'text' } },
            }),
          ],
        });
      `,
      errors: [{ messageId: 'missingAuthorize', line: 6, column: 5 }],
    },
    {
      name: 'v5 factory passed without a call (`providers: [Credentials]`)',
      code: dedent`
        import NextAuth from "next-auth"
        import GitHub from "next-auth/providers/github"
        import Credentials from "next-auth/providers/credentials"

        export const { handlers } = NextAuth({ providers: [GitHub, Credentials] })
      `,
      errors: [{ messageId: 'missingAuthorize', line: 5, column: 60 }],
    },
    {
      name: 'a call without options, outside any config',
      code: dedent`
        import Credentials from "@auth/core/providers/credentials"

        export const password = Credentials()
      `,
      errors: [{ messageId: 'missingAuthorize', line: 3, column: 25 }],
    },
    {
      name: 'options kept in a const, factory renamed',
      code: dedent`
        import Password from "next-auth/providers/credentials"

        const options = { name: "Password", credentials: { password: {} } }
        export const providers = [Password(options)]
      `,
      errors: [{ messageId: 'missingAuthorize', line: 4, column: 27 }],
    },
    {
      name: 'a hand-written credentials provider object (the library raises its error for these)',
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({
          providers: [{ id: "password", name: "Password", type: "credentials", credentials: {} }],
        })
      `,
      errors: [{ messageId: 'missingAuthorize', line: 4, column: 15 }],
    },
    {
      name: 'a namespace import called through `.default`',
      code: dedent`
        import * as CredentialsModule from "next-auth/providers/credentials"

        export const provider = CredentialsModule.default({ name: "Password" })
      `,
      errors: [{ messageId: 'missingAuthorize', line: 3, column: 25 }],
    },
    {
      name: 'a provider in a config and in a const array is reported once',
      code: dedent`
        import NextAuth from "next-auth"
        import Credentials from "next-auth/providers/credentials"

        const providers = [Credentials({ name: "Password" })]
        export const { handlers } = NextAuth({ providers })
      `,
      errors: [{ messageId: 'missingAuthorize', line: 4, column: 20 }],
    },
  ],
});

createRuleTester({ 'auth-errors': { locale: 'ko' } }).run('credentials-requires-authorize: Korean', rule, {
  valid: [],
  invalid: [
    {
      name: 'the Korean twin of the message',
      code: dedent`
        import CredentialsProvider from "next-auth/providers/credentials"

        export const provider = CredentialsProvider({ name: "Password" })
      `,
      errors: [{ messageId: 'missingAuthorizeKo', line: 3, column: 25 }],
    },
  ],
});

ruleTester.run('credentials-requires-authorize: other entry points', rule, {
  valid: [
    {
      name: 'a SvelteKit Credentials provider with authorize',
      code: dedent`
        import { SvelteKitAuth } from "@auth/sveltekit"
        import Credentials from "@auth/sveltekit/providers/credentials"

        export const { handle } = SvelteKitAuth({ providers: [Credentials({ authorize: checkPassword })] })
      `,
    },
  ],
  invalid: [
    {
      name: 'a Solid Start Credentials provider without authorize',
      code: dedent`
        import { SolidAuth } from "@auth/solid-start"
        import Credentials from "@auth/solid-start/providers/credentials"

        export const { GET, POST } = SolidAuth({ providers: [Credentials({ credentials: { pin: {} } })] })
      `,
      errors: [{ messageId: 'missingAuthorize', line: 4, column: 54 }],
    },
    {
      name: 'a Nuxt `.default(…)` Credentials provider pushed under a flag, without authorize',
      code: dedent`
        import { NuxtAuthHandler } from "#auth"
        import CredentialsProvider from "next-auth/providers/credentials"

        const providers = []
        if (useRuntimeConfig().passwordLogin) providers.push(CredentialsProvider.default({ name: "Password" }))

        export default NuxtAuthHandler({ providers })
      `,
      errors: [{ messageId: 'missingAuthorize', line: 5, column: 54 }],
    },
  ],
});
