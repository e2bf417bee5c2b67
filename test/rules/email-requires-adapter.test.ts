import * as path from 'node:path';

import rule from '../../rules/email-requires-adapter';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('email-requires-adapter: e-mail providers', rule, {
  valid: [
    {
      name: 'v4 Email provider with an adapter',
      code: dedent`
        import NextAuth from 'next-auth';
        import EmailProvider from 'next-auth/providers/email';
        import { PrismaAdapter } from '@next-auth/prisma-adapter';

        export default NextAuth({
          adapter: PrismaAdapter(prisma),
          providers: [EmailProvider({ server: process.env.EMAIL_SERVER, from: process.env.EMAIL_FROM })],
        });
      `,
    },
    {
      name: 'v5 Resend provider with an adapter',
      code: dedent`
        import NextAuth from "next-auth"
        import Resend from "next-auth/providers/resend"

        export const { handlers, auth } = NextAuth({ adapter: DrizzleAdapter(db), providers: [Resend] })
      `,
    },
    {
      name: 'an adapter that comes from an imported spread cannot be judged',
      code: dedent`
        import NextAuth from "next-auth"
        import Nodemailer from "next-auth/providers/nodemailer"
        import { shared } from "./shared"

        export const { handlers } = NextAuth({ ...shared, providers: [Nodemailer({ server: "" })] })
      `,
    },
    {
      name: 'an adapter that depends on the environment cannot be judged',
      code: dedent`
        import NextAuth from "next-auth"
        import Postmark from "next-auth/providers/postmark"

        export const { handlers } = NextAuth({
          adapter: process.env.DATABASE_URL ? PrismaAdapter(prisma) : undefined,
          providers: [Postmark],
        })
      `,
    },
    {
      name: 'a v5 piece (`satisfies NextAuthConfig`, not passed to NextAuth here) may get its adapter elsewhere',
      code: dedent`
        import type { NextAuthConfig } from "next-auth"
        import Sendgrid from "next-auth/providers/sendgrid"

        export default { providers: [Sendgrid] } satisfies NextAuthConfig
      `,
    },
    {
      name: 'OAuth and Credentials providers need no adapter',
      code: dedent`
        import NextAuth from "next-auth"
        import GitHub from "next-auth/providers/github"
        import Credentials from "next-auth/providers/credentials"

        export const { handlers } = NextAuth({ providers: [GitHub, Credentials({ authorize })] })
      `,
    },
    {
      name: 'an email provider created outside any config',
      code: dedent`
        import Resend from "next-auth/providers/resend"

        export const resend = Resend({ from: "auth@example.com" })
      `,
    },
  ],
  invalid: [
    {
      name: 'v4 Email provider without an adapter (authOptions typed NextAuthOptions)',
      code: dedent`
        import { NextAuthOptions } from 'next-auth';
        import EmailProvider from 'next-auth/providers/email';

        export const authOptions: NextAuthOptions = {
          providers: [
            EmailProvider({ server: process.env.EMAIL_SERVER, from: process.env.EMAIL_FROM }),
          ],
        };
      `,
      errors: [{ messageId: 'emailWithoutAdapter', line: 6, column: 5 }],
    },
    {
      name: 'v5 Resend passed bare, destructured NextAuth',
      code: dedent`
        import NextAuth from "next-auth"
        import Resend from "next-auth/providers/resend"

        export const { handlers, auth, signIn, signOut } = NextAuth({
          providers: [Resend],
        })
      `,
      errors: [{ messageId: 'emailWithoutAdapter', line: 5, column: 15 }],
    },
    {
      name: 'v5 Nodemailer from @auth/core in a lazy config',
      code: dedent`
        import NextAuth from "next-auth"
        import Nodemailer from "@auth/core/providers/nodemailer"

        export const { handlers } = NextAuth(() => ({ providers: [Nodemailer({ server: process.env.EMAIL_SERVER })] }))
      `,
      errors: [{ messageId: 'emailWithoutAdapter', line: 4, column: 59 }],
    },
    {
      name: 'v5 Passkey provider without an adapter',
      code: dedent`
        import NextAuth from "next-auth"
        import Passkey from "next-auth/providers/passkey"

        export const { handlers } = NextAuth({
          providers: [Passkey],
          experimental: { enableWebAuthn: true },
        })
      `,
      errors: [{ messageId: 'webauthnWithoutAdapter', line: 5, column: 15 }],
    },
    {
      name: 'app router handler with an email provider spread in from a const',
      code: dedent`
        import NextAuth from 'next-auth';
        import EmailProvider from 'next-auth/providers/email';
        import GoogleProvider from 'next-auth/providers/google';

        const emailProviders = [EmailProvider({ server: '', from: '' })];
        const handler = NextAuth({ providers: [GoogleProvider({ clientId: '', clientSecret: '' }), ...emailProviders] });
        export { handler as GET, handler as POST };
      `,
      errors: [{ messageId: 'emailWithoutAdapter', line: 5, column: 25 }],
    },
    {
      name: '`adapter: undefined` counts as no adapter',
      code: dedent`
        import NextAuth from "next-auth"
        import Loops from "next-auth/providers/loops"

        export const { handlers } = NextAuth({ adapter: undefined, providers: [Loops({ apiKey: "" })] })
      `,
      errors: [{ messageId: 'emailWithoutAdapter', line: 4, column: 72 }],
    },
  ],
});

ruleTester.run('email-requires-adapter: database sessions', rule, {
  valid: [
    {
      name: 'a database strategy with an adapter',
      code: dedent`
        import NextAuth from "next-auth"
        import GitHub from "next-auth/providers/github"

        export const { handlers } = NextAuth({ adapter: PrismaAdapter(prisma), session: { strategy: "database" }, providers: [GitHub] })
      `,
    },
  ],
  invalid: [
    {
      name: 'a database strategy with no adapter: suggest JWT sessions',
      code: dedent`
        import NextAuth from "next-auth"
        import GitHub from "next-auth/providers/github"

        export const { handlers } = NextAuth({
          session: { strategy: "database" },
          providers: [GitHub],
        })
      `,
      errors: [
        {
          messageId: 'databaseWithoutAdapter',
          line: 5,
          column: 24,
          suggestions: [
            {
              messageId: 'useJwtStrategy',
              output: dedent`
                import NextAuth from "next-auth"
                import GitHub from "next-auth/providers/github"

                export const { handlers } = NextAuth({
                  session: { strategy: "jwt" },
                  providers: [GitHub],
                })
              `,
            },
          ],
        },
      ],
    },
  ],
});

createRuleTester({ 'auth-errors': { locale: 'ko' } }).run('email-requires-adapter: Korean', rule, {
  valid: [],
  invalid: [
    {
      name: 'the Korean twins of the messages',
      code: dedent`
        import NextAuth from "next-auth"
        import Resend from "next-auth/providers/resend"
        import Passkey from "next-auth/providers/passkey"

        export const { handlers } = NextAuth({ providers: [Resend, Passkey], session: { strategy: "database" } })
      `,
      errors: [
        { messageId: 'emailWithoutAdapterKo', line: 5, column: 52 },
        { messageId: 'webauthnWithoutAdapterKo', line: 5, column: 60 },
        {
          messageId: 'databaseWithoutAdapterKo',
          line: 5,
          column: 91,
          suggestions: [
            {
              messageId: 'useJwtStrategyKo',
              output: dedent`
                import NextAuth from "next-auth"
                import Resend from "next-auth/providers/resend"
                import Passkey from "next-auth/providers/passkey"

                export const { handlers } = NextAuth({ providers: [Resend, Passkey], session: { strategy: "jwt" } })
              `,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('email-requires-adapter: other entry points and providers built in code', rule, {
  valid: [
    {
      name: 'SvelteKitAuth with a Nodemailer provider and an adapter',
      code: dedent`
        import { SvelteKitAuth } from "@auth/sveltekit"
        import Nodemailer from "@auth/sveltekit/providers/nodemailer"

        export const { handle } = SvelteKitAuth({ adapter: PrismaAdapter(prisma), providers: [Nodemailer({ server })] })
      `,
    },
    {
      name: 'an e-mail provider pushed under a flag next to an adapter',
      code: dedent`
        import NextAuth from "next-auth/next"
        import EmailProvider from "next-auth/providers/email"

        const providers = []
        if (process.env.EMAIL_SERVER) providers.push(EmailProvider({ server: process.env.EMAIL_SERVER }))

        export default NextAuth({ adapter: PrismaAdapter(prisma), providers })
      `,
    },
    {
      name: 'an adapter added by a function of the app cannot be ruled out',
      code: dedent`
        import NextAuth from "next-auth"
        import Resend from "next-auth/providers/resend"

        const providers = []
        if (mailEnabled) providers.push(Resend)

        export const { handlers } = NextAuth(withDatabase({ providers }))
      `,
    },
  ],
  invalid: [
    {
      name: 'ExpressAuth with an e-mail provider and no adapter',
      code: dedent`
        import { ExpressAuth } from "@auth/express"
        import Postmark from "@auth/express/providers/postmark"

        app.use("/auth/*", ExpressAuth({ providers: [Postmark({ from: "auth@example.com" })] }))
      `,
      errors: [{ messageId: 'emailWithoutAdapter', line: 4, column: 46 }],
    },
    {
      name: 'NuxtAuthHandler with `EmailProvider.default(…)`',
      code: dedent`
        import { NuxtAuthHandler } from "#auth"
        import EmailProvider from "next-auth/providers/email"

        export default NuxtAuthHandler({
          secret: useRuntimeConfig().authSecret,
          providers: [EmailProvider.default({ server: process.env.SMTP_URL, from: "login@example.com" })],
        })
      `,
      errors: [{ messageId: 'emailWithoutAdapter', line: 6, column: 15 }],
    },
    {
      name: 'an e-mail provider pushed under a flag, no adapter',
      code: dedent`
        import NextAuth from "next-auth/next"
        import type { Provider } from "next-auth/providers"
        import GitHubProvider from "next-auth/providers/github"
        import EmailProvider from "next-auth/providers/email"

        const providers: Provider[] = [GitHubProvider({ clientId: "", clientSecret: "" })]
        if (process.env.EMAIL_SERVER && process.env.EMAIL_FROM) {
          providers.push(EmailProvider({ server: process.env.EMAIL_SERVER, from: process.env.EMAIL_FROM }))
        }

        export default NextAuth({ providers })
      `,
      errors: [
        {
          messageId: 'emailWithoutAdapterWhenEnabled',
          line: 8,
          column: 18,
        },
      ],
    },
    {
      name: 'a conditional passkey element in a v5 config',
      code: dedent`
        import NextAuth from "next-auth"
        import GitHub from "next-auth/providers/github"
        import Passkey from "next-auth/providers/passkey"

        export const { handlers } = NextAuth({
          experimental: { enableWebAuthn: true },
          providers: [GitHub, process.env.PASSKEYS === "on" ? Passkey : undefined],
        })
      `,
      errors: [{ messageId: 'webauthnWithoutAdapterWhenEnabled', line: 7, column: 55 }],
    },
  ],
});

const splitDir = path.join(__dirname, '..', 'fixtures', 'auth-split');

ruleTester.run('email-requires-adapter: configs split across files', rule, {
  valid: [
    {
      name: 'auth.ts adds the adapter to the e-mail provider of the imported half',
      filename: path.join(splitDir, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import { authConfig } from "./email.config"

        export const { handlers, auth } = NextAuth({ adapter: PrismaAdapter(prisma), ...authConfig })
      `,
    },
    {
      name: 'a middleware instance whose imported half has only OAuth providers',
      filename: path.join(splitDir, 'middleware.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import { authConfig } from "./oauth.config"

        export const { auth: middleware } = NextAuth(authConfig)
      `,
    },
    {
      name: 'a middleware instance of a config built at run time stays unknown',
      filename: path.join(splitDir, 'middleware.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import { authConfig } from "./built.config"

        export const { auth: middleware } = NextAuth(authConfig)
      `,
    },
  ],
  invalid: [
    {
      name: 'the middleware builds its own instance from a half with an e-mail provider and no adapter',
      filename: path.join(splitDir, 'middleware.ts'),
      code: dedent`
        import NextAuth from "next-auth"
        import { authConfig } from "./email.config"

        export const { auth: middleware } = NextAuth(authConfig)
      `,
      errors: [{ messageId: 'importedWithoutAdapter', line: 4, column: 37 }],
    },
  ],
});
