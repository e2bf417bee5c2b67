import NextAuth, { type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import EmailProvider from 'next-auth/providers/email';
import GitHubProvider from 'next-auth/providers/github';
import { PrismaAdapter } from '@next-auth/prisma-adapter';
import { PrismaClient } from '@prisma/client';
import { compare } from 'bcryptjs';

const prisma = new PrismaClient();

/**
 * The NextAuth.js v4 options of the app (App Router route handler). The e-mail provider is fine: it has the
 * adapter it needs. Two mistakes are left in on purpose for `npm run demo`.
 */
export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(prisma),
  providers: [
    GitHubProvider({
      clientId: process.env.GITHUB_ID ?? '',
      clientSecret: process.env.GITHUB_SECRET ?? '',
    }),
    EmailProvider({
      server: process.env.EMAIL_SERVER,
      from: process.env.EMAIL_FROM,
    }),
    // With an adapter and no `session.strategy`, sessions live in the database; a password sign-in writes a JWT
    // cookie that no session look-up reads, so the user is never signed in (auth-errors/credentials-requires-jwt).
    CredentialsProvider({
      name: 'Password',
      credentials: {
        email: { label: 'E-mail', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials) {
        if (!credentials) return null;
        const user = await prisma.user.findUnique({ where: { email: credentials.email } });
        if (!user?.passwordHash || !(await compare(credentials.password, user.passwordHash))) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  // A deployment without NEXTAUTH_SECRET signs sessions with this public string instead of failing
  // (auth-errors/require-secret).
  secret: process.env.NEXTAUTH_SECRET || 'dev-secret-change-me',
  pages: {
    signIn: '/login',
    error: '/auth/error',
  },
};

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
