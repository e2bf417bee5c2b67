import { withAuth } from 'next-auth/middleware';

/**
 * Route protection for the app (NextAuth.js v4 middleware): every page needs a session except the auth pages.
 * One mistake is left in on purpose for `npm run demo`: these `pages` name only the sign-in page, while the
 * auth options in `app/api/auth/[...nextauth]/route.ts` also set `error: '/auth/error'`. The middleware lets
 * through only the pages it was told about, so a signed-out visitor who lands on /auth/error after a failed
 * sign-in is sent to /login, and NextAuth.js breaks the loop with AUTH_ON_ERROR_PAGE_ERROR and its own error
 * page (auth-errors/no-auth-on-error-page).
 */
export default withAuth({
  pages: {
    signIn: '/login',
  },
});

export const config = {
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'],
};
