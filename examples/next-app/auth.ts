import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Resend from 'next-auth/providers/resend';

/**
 * The Auth.js v5 config the app is migrating to (next-auth@5 keeps the package name; the v4 route handler in
 * `app/api/auth/[...nextauth]/route.ts` still serves requests). Two mistakes are left in on purpose for
 * `npm run demo`.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  providers: [
    GitHub,
    // Magic links need a database adapter to keep their verification tokens, and this config has none:
    // Auth.js stops with MissingAdapter (auth-errors/email-requires-adapter).
    Resend({ from: 'sign-in@example.com' }),
    // The one-time-code form is declared, but nothing checks it: without `authorize` every attempt fails with
    // CredentialsSignin (auth-errors/credentials-requires-authorize).
    Credentials({
      id: 'one-time-code',
      credentials: {
        email: { label: 'E-mail', type: 'email' },
        code: { label: 'Code', type: 'text' },
      },
    }),
  ],
  pages: {
    signIn: '/login',
    error: '/auth/error',
  },
});
