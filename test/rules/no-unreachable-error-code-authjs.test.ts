import * as path from 'node:path';

import rule from '../../rules/no-unreachable-error-code';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

// Cause 6, the rest: messages thrown from a Credentials `authorize`, nuqs' `useQueryState('error')` and message
// maps read with the `?error=` value, and values the project writes into `?error=` itself.

const ruleTester = createRuleTester(undefined, { neutralProject: true });
const projectsDir = path.join(__dirname, '..', 'fixtures', 'projects');
const at = (project: string, ...parts: string[]) => path.join(projectsDir, project, ...parts);
/** v5: `authorize` throws `Error('No account uses this email')` (auth.ts:17) and `Error('Wrong password')` (:22). */
const v5 = (...parts: string[]) => at('v5-credentials', 'src', ...parts);

const loginForm = (first: string, second: string, provider = 'credentials') => dedent`
  'use client';
  import { signIn } from 'next-auth/react';
  import { useState } from 'react';

  export function LoginForm() {
    const [message, setMessage] = useState('');
    async function onSubmit(form: FormData) {
      const res = await signIn('${provider}', { email: form.get('email'), password: form.get('password'), redirect: false });
      if (res?.error === '${first}') setMessage('Create an account first.');
      else if (res?.error === '${second}') setMessage('Check your password.');
      else if (res?.error) setMessage('Could not sign in.');
    }
    return <form action={onSubmit}>{message}</form>;
  }
`;

ruleTester.run('no-unreachable-error-code: messages thrown from authorize', rule, {
  valid: [
    {
      name: 'the CredentialsSignin subclass read through code',
      code: dedent`
        'use client';
        import { signIn } from 'next-auth/react';

        export async function logIn(email: string, password: string) {
          const res = await signIn('credentials', { email, password, redirect: false });
          if (res?.error === 'CredentialsSignin' && res.code === 'account_locked') return 'This account is locked.';
          return res?.error ? 'Email or password is wrong.' : null;
        }
      `,
      filename: v5('components', 'login.ts'),
    },
    {
      name: 'a v4 project passes the message on as error',
      code: loginForm('No account uses this email', 'Wrong password'),
      filename: at('v4-credentials', 'components', 'login-form.tsx'),
    },
    {
      name: 'a message authorize never throws',
      code: loginForm('Invalid input', 'Too many attempts'),
      filename: v5('components', 'login-form.tsx'),
    },
    {
      name: 'a message thrown and caught inside authorize',
      code: loginForm('Attempt log unavailable', 'Too many attempts'),
      filename: v5('components', 'login-form.tsx'),
    },
    {
      name: 'the result of another provider',
      code: loginForm('No account uses this email', 'Wrong password', 'github'),
      filename: v5('components', 'login-form.tsx'),
    },
    {
      name: "the app's own signIn wrapper",
      code: dedent`
        import { signIn } from '@/lib/auth-client';

        export async function logIn(email: string, password: string) {
          const res = await signIn('credentials', { email, password });
          if (res?.error === 'Wrong password') return 'Check your password.';
          return null;
        }
      `,
      filename: v5('components', 'login.ts'),
    },
    {
      name: 'a file that writes the value into ?error= itself',
      code: dedent`
        'use client';
        import { useRouter, useSearchParams } from 'next/navigation';

        export function PasswordNotice() {
          const router = useRouter();
          const error = useSearchParams().get('error');
          const retry = () => router.replace('/login?error=Wrong%20password');
          return error === 'Wrong password' ? <button onClick={retry}>Try again</button> : null;
        }
      `,
      filename: v5('components', 'password-notice.tsx'),
    },
    {
      name: 'a page whose file forwards computed values into ?error=',
      code: dedent`
        import { redirect } from 'next/navigation';

        export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string; reason?: string }> }) {
          const { error, reason } = await searchParams;
          if (reason) redirect(\`/login?error=\${encodeURIComponent(reason)}\`);
          return error === 'Wrong password' ? <p>Check your password.</p> : null;
        }
      `,
      filename: v5('app', 'login', 'page.tsx'),
    },
    {
      name: "a page's ?error= compared with a thrown message: another file (a server action catching signIn's AuthError) may forward the message there",
      code: dedent`
        export default async function AuthError({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
          const { error } = await searchParams;
          switch (error) {
            case 'Wrong password':
              return <p>Check your password.</p>;
            case 'Configuration':
              return <p>Something is wrong on our side.</p>;
          }
          return null;
        }
      `,
      filename: v5('app', 'auth', 'error', 'page.tsx'),
    },
  ],
  invalid: [
    {
      name: 'res.error compared with the messages authorize throws',
      code: loginForm('No account uses this email', 'Wrong password'),
      filename: v5('components', 'login-form.tsx'),
      errors: [
        { messageId: 'authjsThrownMessage', line: 9, column: 24, data: { code: 'No account uses this email', where: 'src/auth.ts:17' } },
        { messageId: 'authjsThrownMessage', line: 10, column: 29, data: { code: 'Wrong password', where: 'src/auth.ts:22' } },
      ],
    },
    {
      name: 'a destructured error of the result, inside then',
      code: dedent`
        'use client';
        import { signIn } from 'next-auth/react';

        export function submit(email: string, password: string, show: (text: string) => void) {
          return signIn('credentials', { email, password, redirect: false }).then((result) => {
            if (result?.error === 'Wrong password') show('Check your password.');
          });
        }

        export async function submitAgain(email: string, password: string) {
          const { error } = await signIn('credentials', { email, password, redirect: false });
          return error === 'No account uses this email' ? 'Create an account first.' : null;
        }
      `,
      filename: v5('components', 'submit.ts'),
      errors: [
        { messageId: 'authjsThrownMessage', line: 6, column: 27, data: { code: 'Wrong password', where: 'src/auth.ts:22' } },
        { messageId: 'authjsThrownMessage', line: 12, column: 20, data: { code: 'No account uses this email', where: 'src/auth.ts:17' } },
      ],
    },
    {
      name: "the auth.config.ts split: the middleware's piece has no providers, auth.ts has the Credentials provider",
      code: loginForm('Email or password is wrong', 'Too many attempts'),
      filename: at('v5-credentials-split', 'src', 'app', 'login', 'login-form.tsx'),
      errors: [{ messageId: 'authjsThrownMessage', line: 9, column: 24, data: { code: 'Email or password is wrong', where: 'src/auth.ts:14' } }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// nuqs' `useQueryState('error')` and message maps

const nuqsNotice = dedent`
  'use client';
  import { useQueryState } from 'nuqs';

  const MESSAGES: Record<string, string> = {
    OAuthSignin: 'Could not start the provider sign-in.',
    OAuthCallback: 'The provider sign-in failed.',
    OAuthAccountNotLinked: 'Sign in with the provider you used before.',
    default: 'Something went wrong.',
  };

  export function SignInNotice() {
    const [error, setError] = useQueryState('error');
    if (!error) return null;
    if (error === 'EmailSignin') return <p>The email could not be sent.</p>;
    return <p onClick={() => setError(null)}>{MESSAGES[error] ?? MESSAGES.default}</p>;
  }
`;

ruleTester.run('no-unreachable-error-code: useQueryState and message maps', rule, {
  valid: [
    { name: 'the same notice in a v4 project', code: nuqsNotice, filename: at('v4-credentials', 'components', 'sign-in-notice.tsx') },
    {
      name: 'a map read with a prop: nothing in the file says it holds ?error=',
      code: dedent`
        const MESSAGES: Record<string, string> = {
          OAuthSignin: 'Could not start the provider sign-in.',
          OAuthCallback: 'The provider sign-in failed.',
          OAuthAccountNotLinked: 'Sign in with the provider you used before.',
        };

        export function SignInError({ error }: { error: string }) {
          return MESSAGES[error] ? <p>{MESSAGES[error]}</p> : null;
        }
      `,
      filename: v5('components', 'sign-in-error.tsx'),
    },
    {
      name: "a useQueryState of the app's own",
      code: dedent`
        import { useQueryState } from '@/hooks/query-state';

        export function SignInNotice() {
          const [error] = useQueryState('error');
          if (error === 'OAuthCallback') return <p>The provider sign-in failed.</p>;
          if (error === 'OAuthAccountNotLinked') return <p>Use the provider you used before.</p>;
          return null;
        }
      `,
      filename: at('v5-split-fixed', 'src', 'components', 'sign-in-notice.tsx'),
    },
    {
      name: 'a value the config writes into ?error= itself (callbacks.signIn returns /login?error=EmailSignin)',
      code: dedent`
        'use client';
        import { useSearchParams } from 'next/navigation';

        export function EmailNotice() {
          const error = useSearchParams().get('error');
          if (error === 'EmailSignin') return <p>Your account has no email address.</p>;
          if (error === 'OAuthAccountNotLinked') return <p>Use the provider you used before.</p>;
          return null;
        }
      `,
      filename: v5('components', 'email-notice.tsx'),
    },
    {
      name: 'a v4 name the file sends to its own page',
      code: dedent`
        'use client';
        import { useRouter, useSearchParams } from 'next/navigation';

        export function ProviderNotice({ linked }: { linked: boolean }) {
          const router = useRouter();
          const error = useSearchParams().get('error');
          if (!linked) router.push('/login?error=OAuthCallback');
          if (error === 'OAuthCallback') return <p>Link your provider account first.</p>;
          if (error === 'OAuthAccountNotLinked') return <p>Use the provider you used before.</p>;
          return null;
        }
      `,
      filename: at('v5-split-fixed', 'src', 'components', 'provider-notice.tsx'),
    },
  ],
  invalid: [
    {
      name: 'v4 keys and a v4 value in a v5 project, read through useQueryState',
      code: nuqsNotice,
      filename: at('v5-split-fixed', 'src', 'components', 'sign-in-notice.tsx'),
      errors: [
        { messageId: 'authjsV4Value', line: 5, column: 3, data: { code: 'OAuthSignin' } },
        {
          messageId: 'authjsRenamedValue',
          line: 6,
          column: 3,
          data: { code: 'OAuthCallback', instead: 'OAuthCallbackError' },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'OAuthCallbackError' },
              output: nuqsNotice.replace("OAuthCallback: 'The provider", "OAuthCallbackError: 'The provider"),
            },
          ],
        },
        { messageId: 'authjsV4Value', line: 14, column: 17, data: { code: 'EmailSignin' } },
      ],
    },
  ],
});
