import Link from 'next/link';

/**
 * The custom NextAuth.js v4 error page (`pages: { error: '/auth/error' }` in the auth options). NextAuth.js sends
 * every sign-in failure here as `?error=<value>`, including the sign-in page's own values such as
 * `OAuthAccountNotLinked` and `CredentialsSignin`.
 */
export default async function AuthErrorPage(props: { searchParams: Promise<{ error?: string }> }) {
  const searchParams = await props.searchParams;
  let message = 'Something went wrong while signing you in.';
  // No `default` and no case for OAuthAccountNotLinked or CredentialsSignin: those users get the vague text above
  // instead of being told what to do (auth-errors/exhaustive-error-codes).
  switch (searchParams.error) {
    case 'Configuration':
      message = 'Sign-in is temporarily unavailable. Please try again later.';
      break;
    case 'AccessDenied':
      message = 'This account may not sign in to this app.';
      break;
    case 'Verification':
      message = 'The sign-in link has expired or was already used. Request a new one.';
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
