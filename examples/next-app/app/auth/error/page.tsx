import Link from 'next/link';

/**
 * The custom NextAuth.js v4 error page (`pages: { error: '/auth/error' }` in the auth options). NextAuth.js sends
 * three values here as `?error=<value>`: `Configuration`, `AccessDenied` and `Verification`; the sign-in errors
 * (`OAuthAccountNotLinked`, `CredentialsSignin`, …) go to the sign-in page instead.
 */
export default async function AuthErrorPage(props: { searchParams: Promise<{ error?: string }> }) {
  const searchParams = await props.searchParams;
  let message = 'Something went wrong while signing you in.';
  // The app signs in by e-mail link, but an expired or used link (`Verification`) has no case and no `default`:
  // those users read the vague text above instead of "request a new link" (auth-errors/exhaustive-error-codes).
  switch (searchParams.error) {
    case 'Configuration':
      message = 'Sign-in is temporarily unavailable. Please try again later.';
      break;
    case 'AccessDenied':
      message = 'This account may not sign in to this app.';
      break;
  }

  return (
    <main>
      <h1>Sign-in problem</h1>
      <p role="alert">{message}</p>
      <Link href="/login">Back to sign in</Link>
    </main>
  );
}
