import * as path from 'node:path';

import rule from '../../rules/no-unreachable-error-code';
import { dedent } from '../dedent';
import { createRuleTester, neutralProjectDir } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });
const projectsDir = path.join(__dirname, '..', 'fixtures', 'projects');
const at = (project: string, ...parts: string[]) => path.join(projectsDir, project, ...parts);
const neutral = (name: string) => path.join(neutralProjectDir, name);
/** Lines of code for a template below, indented by `depth` spaces of the code plus the template's own two. */
const lines = (depth: number, ...items: string[]) => items.map((item) => `${' '.repeat(depth + 2)}${item}`).join('\n');

// ---------------------------------------------------------------------------------------------------------------
// 1. Firebase email-enumeration protection

const firebaseLogin = (branches: string) => dedent`
  import { signInWithEmailAndPassword } from 'firebase/auth';
  import { auth } from '@/lib/firebase';

  export async function logIn(email: string, password: string) {
    try {
      await signInWithEmailAndPassword(auth, email, password);
      return null;
    } catch (error: any) {
${branches}
      return 'Sign-in failed. Try again.';
    }
  }
`;

const OLD_BRANCHES = lines(
  4,
  "if (error.code === 'auth/user-not-found') return 'No account uses this email.';",
  "if (error.code === 'auth/wrong-password') return 'That password is not right.';",
);

ruleTester.run('no-unreachable-error-code: Firebase email enumeration protection', rule, {
  valid: [
    {
      name: 'the handler also handles auth/invalid-credential',
      code: firebaseLogin(lines(4, "if (error.code === 'auth/invalid-credential' || error.code === 'auth/wrong-password') return 'Email or password is wrong.';")),
    },
    {
      name: "the SDK's constant for auth/invalid-credential next to an old code",
      code: dedent`
        import { AuthErrorCodes, signInWithEmailAndPassword } from 'firebase/auth';
        import { auth } from './firebase';

        export async function logIn(email: string, password: string) {
          try {
            await signInWithEmailAndPassword(auth, email, password);
          } catch (err: any) {
            if (err.code === AuthErrorCodes.INVALID_LOGIN_CREDENTIALS || err.code === AuthErrorCodes.INVALID_PASSWORD) return 'Email or password is wrong.';
          }
        }
      `,
    },
    {
      name: 'a project without enumeration protection says so',
      code: firebaseLogin(OLD_BRANCHES),
      options: [{ firebaseEmailEnumerationProtection: false }],
    },
    {
      name: 'a password reset is no password sign-in',
      code: dedent`
        import { sendPasswordResetEmail } from 'firebase/auth';
        import { auth } from './firebase';

        export async function resetPassword(email: string) {
          try {
            await sendPasswordResetEmail(auth, email);
          } catch (err: any) {
            if (err.code === 'auth/user-not-found') return 'No account uses this email.';
            throw err;
          }
        }
      `,
    },
    {
      name: "a call to the app's own sign-in helper: nothing ties the handler to Firebase",
      code: dedent`
        import { login } from '@/services/session';

        export async function submit(email: string, password: string) {
          try {
            await login(email, password);
          } catch (e: any) {
            if (e.code === 'auth/user-not-found') return 'No account uses this email.';
            return 'Could not sign in.';
          }
        }
      `,
    },
    {
      name: 'a try block that throws errors of its own',
      code: dedent`
        import { signInWithEmailAndPassword } from 'firebase/auth';
        import { auth } from './firebase';

        export async function logIn(email: string, password: string) {
          try {
            if (!email.includes('@')) throw { code: 'auth/user-not-found' };
            await signInWithEmailAndPassword(auth, email, password);
          } catch (e: any) {
            if (e.code === 'auth/user-not-found') return 'No account uses this email.';
            return 'Could not sign in.';
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'both old codes, no auth/invalid-credential',
      code: firebaseLogin(OLD_BRANCHES),
      errors: [
        { messageId: 'firebaseEnumeration', line: 9, column: 24, data: { code: 'auth/user-not-found', instead: 'auth/invalid-credential' } },
        { messageId: 'firebaseEnumeration', line: 10, column: 24, data: { code: 'auth/wrong-password', instead: 'auth/invalid-credential' } },
      ],
    },
    {
      name: 'a switch on the code of a `.catch()` callback',
      code: dedent`
        import { signInWithEmailAndPassword, type AuthError } from 'firebase/auth';
        import { auth } from '../firebase';

        export function logIn(email: string, password: string, show: (text: string) => void) {
          return signInWithEmailAndPassword(auth, email, password).catch((err: AuthError) => {
            switch (err.code) {
              case 'auth/wrong-password':
                show('That password is not right.');
                break;
              default:
                show('Could not sign in.');
            }
          });
        }
      `,
      errors: [{ messageId: 'firebaseEnumeration', line: 7, column: 12, data: { code: 'auth/wrong-password', instead: 'auth/invalid-credential' } }],
    },
    {
      name: "the SDK's own constants for the old codes",
      code: dedent`
        import { AuthErrorCodes, signInWithEmailAndPassword } from 'firebase/auth';
        import { auth } from './firebase';

        export async function logIn(email: string, password: string) {
          try {
            await signInWithEmailAndPassword(auth, email, password);
          } catch (err: any) {
            switch (err.code) {
              case AuthErrorCodes.USER_DELETED:
              case AuthErrorCodes.INVALID_PASSWORD:
                return 'Email or password is wrong.';
            }
            return 'Could not sign in.';
          }
        }
      `,
      errors: [
        { messageId: 'firebaseEnumeration', line: 9, column: 12, data: { code: 'auth/user-not-found', instead: 'auth/invalid-credential' } },
        { messageId: 'firebaseEnumeration', line: 10, column: 12, data: { code: 'auth/wrong-password', instead: 'auth/invalid-credential' } },
      ],
    },
    {
      name: 'a method of the AngularFire compat service, which wraps the web SDK',
      code: dedent`
        import { AngularFireAuth } from '@angular/fire/compat/auth';

        export class SessionService {
          constructor(private readonly auth: AngularFireAuth) {}

          async logIn(email: string, password: string) {
            try {
              await this.auth.signInWithEmailAndPassword(email, password);
            } catch (error) {
              if ((error as { code?: string }).code === 'auth/user-not-found') return 'No account uses this email.';
              return 'Could not sign in.';
            }
          }
        }
      `,
      errors: [{ messageId: 'firebaseEnumeration', line: 10, column: 49, data: { code: 'auth/user-not-found', instead: 'auth/invalid-credential' } }],
    },
    {
      name: 'a list of codes read with `includes`, in Korean',
      code: dedent`
        import { signInWithEmailAndPassword } from 'firebase/auth';
        import { auth } from './firebase';

        export async function logIn(email: string, password: string) {
          try {
            await signInWithEmailAndPassword(auth, email, password);
          } catch (e: any) {
            if (['auth/user-not-found', 'auth/too-many-requests'].includes(e.code)) return '로그인할 수 없습니다.';
          }
        }
      `,
      settings: { 'auth-errors': { locale: 'ko' } },
      errors: [{ messageId: 'firebaseEnumerationKo', line: 8, column: 10, data: { code: 'auth/user-not-found', instead: 'auth/invalid-credential' } }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Firebase Admin codes in client code

const signUpForm = (code: string) => dedent`
  import { createUserWithEmailAndPassword } from 'firebase/auth';
  import { auth } from '@/lib/firebase';

  export async function register(email: string, password: string) {
    try {
      await createUserWithEmailAndPassword(auth, email, password);
    } catch (err: any) {
      switch (err.code) {
        case '${code}':
          return 'This email is already registered.';
        case 'auth/weak-password':
          return 'Choose a longer password.';
        default:
          return 'Could not create the account.';
      }
    }
  }
`;

ruleTester.run('no-unreachable-error-code: Firebase Admin codes in client code', rule, {
  valid: [
    { name: 'the web SDK code', code: signUpForm('auth/email-already-in-use') },
    {
      name: 'the Admin SDK on a server',
      code: dedent`
        import { getAuth } from 'firebase-admin/auth';
        import { initializeApp } from 'firebase/app';

        export async function createAccount(email: string) {
          try {
            return await getAuth().createUser({ email });
          } catch (err: any) {
            if (err.code === 'auth/email-already-exists') return null;
            throw err;
          }
        }
      `,
    },
    {
      name: "a client that also awaits the app's own server, which may forward an Admin code",
      code: dedent`
        import { signInWithCustomToken } from 'firebase/auth';
        import { auth } from './firebase';

        export async function register(email: string) {
          try {
            const res = await fetch('/api/register', { method: 'POST', body: JSON.stringify({ email }) });
            await signInWithCustomToken(auth, (await res.json()).token);
          } catch (err: any) {
            if (err.code === 'auth/email-already-exists') return 'This email is already registered.';
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'the Admin name of a taken email, with its web twin as the suggestion',
      code: signUpForm('auth/email-already-exists'),
      errors: [
        {
          messageId: 'firebaseAdminCode',
          line: 9,
          column: 12,
          data: { code: 'auth/email-already-exists', instead: 'auth/email-already-in-use' },
          suggestions: [{ messageId: 'replaceCode', data: { code: 'auth/email-already-in-use' }, output: signUpForm('auth/email-already-in-use') }],
        },
      ],
    },
    {
      name: 'an Admin code with no web twin',
      code: signUpForm('auth/uid-already-exists'),
      errors: [{ messageId: 'firebaseAdminOnlyCode', line: 9, column: 12, data: { code: 'auth/uid-already-exists' }, suggestions: [] }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Supabase: session_not_found, and user_not_found after a password sign-in

const supabaseSignIn = (code: string) => dedent`
  import { createClient } from '@supabase/supabase-js';

  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);

  export async function signIn(email: string, password: string) {
    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error?.code === '${code}') return 'Email or password is wrong.';
    return error ? error.message : null;
  }
`;

ruleTester.run('no-unreachable-error-code: Supabase', rule, {
  valid: [
    { name: 'the code a password sign-in answers', code: supabaseSignIn('invalid_credentials') },
    {
      name: 'user_not_found from the admin API',
      code: dedent`
        import { createClient } from '@supabase/supabase-js';

        const admin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

        export async function findUser(id: string) {
          const { data, error } = await admin.auth.admin.getUserById(id);
          if (error?.code === 'user_not_found') return null;
          return data.user;
        }
      `,
    },
    {
      name: 'the missing session tested with its guard',
      code: dedent`
        import { isAuthSessionMissingError } from '@supabase/supabase-js';
        import { createClient } from '@/utils/supabase/server';

        export async function currentUser() {
          const supabase = await createClient();
          const { data, error } = await supabase.auth.getUser();
          if (isAuthSessionMissingError(error)) return null;
          return data.user;
        }
      `,
    },
    {
      name: 'a file with no sign of Supabase',
      code: dedent`
        import { api } from './api';

        export async function currentUser() {
          const { error } = await api.auth.getUser();
          return error?.code === 'session_not_found' ? null : error;
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'user_not_found after signInWithPassword',
      code: supabaseSignIn('user_not_found'),
      errors: [
        {
          messageId: 'supabaseUserNotFound',
          line: 7,
          column: 23,
          data: { code: 'user_not_found', instead: 'invalid_credentials' },
          suggestions: [{ messageId: 'replaceCode', data: { code: 'invalid_credentials' }, output: supabaseSignIn('invalid_credentials') }],
        },
      ],
    },
    {
      name: 'session_not_found on the error of getUser, through a renamed binding',
      code: dedent`
        import { createClient } from '@/utils/supabase/server';
        import type { AuthError } from '@supabase/supabase-js';

        export async function currentUser() {
          const supabase = await createClient();
          const { data, error: userError } = await supabase.auth.getUser();
          if ((userError as AuthError | null)?.code === 'session_not_found') return null;
          return data.user;
        }
      `,
      errors: [{ messageId: 'supabaseSessionMissing', line: 7, column: 49, data: { code: 'session_not_found' } }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// 4. Amplify v6 errors carry `name`; 8. Cognito PreventUserExistenceErrors

const amplifyLogin = (property: string, codes: string) => dedent`
  import { signIn } from 'aws-amplify/auth';

  export async function logIn(username: string, password: string) {
    try {
      return await signIn({ username, password });
    } catch (err: any) {
${codes.replace(/PROPERTY/g, property)}
      return 'Could not sign in.';
    }
  }
`;

const CONFIRM_BRANCH = lines(4, "if (err.PROPERTY === 'UserNotConfirmedException') return 'Confirm your email first.';");
const NOT_FOUND_BRANCH = lines(4, "if (err.PROPERTY === 'UserNotFoundException') return 'No account with this username.';");

ruleTester.run('no-unreachable-error-code: Amplify and Cognito', rule, {
  valid: [
    { name: 'v6 read on `name`', code: amplifyLogin('name', CONFIRM_BRANCH) },
    {
      name: 'v5 `Auth.signIn` errors carry `code`',
      code: dedent`
        import { Auth } from 'aws-amplify';

        export async function logIn(username: string, password: string) {
          try {
            return await Auth.signIn(username, password);
          } catch (err: any) {
            if (err.code === 'UserNotConfirmedException') return 'Confirm your email first.';
          }
        }
      `,
    },
    { name: 'UserNotFoundException while the pool setting is not said to be on', code: amplifyLogin('name', NOT_FOUND_BRANCH) },
    {
      name: 'both the old and the folded exception',
      code: amplifyLogin('name', `${NOT_FOUND_BRANCH}\n${lines(4, "if (err.name === 'NotAuthorizedException') return 'Wrong username or password.';")}`),
      options: [{ cognitoPreventUserExistenceErrors: true }],
    },
  ],
  invalid: [
    {
      name: 'a v5-style `err.code` after a v6 call',
      code: amplifyLogin('code', CONFIRM_BRANCH),
      errors: [
        {
          messageId: 'amplifyCodeProperty',
          line: 7,
          column: 22,
          data: { code: 'UserNotConfirmedException' },
          suggestions: [{ messageId: 'readProperty', data: { property: 'name' }, output: amplifyLogin('name', CONFIRM_BRANCH) }],
        },
      ],
    },
    {
      name: 'UserNotFoundException alone when the pool hides unknown users',
      code: amplifyLogin('name', NOT_FOUND_BRANCH),
      options: [{ cognitoPreventUserExistenceErrors: true }],
      errors: [{ messageId: 'cognitoUserExistence', line: 7, column: 22, data: { code: 'UserNotFoundException', instead: 'NotAuthorizedException' } }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// 5. Better Auth `$ERROR_CODES` values are objects

const betterAuthForm = (compared: string) => dedent`
  import { authClient } from '@/lib/auth-client';

  export async function logIn(email: string, password: string) {
    const { error } = await authClient.signIn.email({ email, password });
    if (error?.code === ${compared}) return 'No account uses this email.';
    return error?.message ?? null;
  }
`;

ruleTester.run('no-unreachable-error-code: Better Auth $ERROR_CODES', rule, {
  valid: [
    { name: 'the code of the entry', code: betterAuthForm('authClient.$ERROR_CODES.USER_NOT_FOUND.code'), filename: at('better-auth-1-5', 'login.ts') },
    { name: 'a release whose values are strings', code: betterAuthForm('authClient.$ERROR_CODES.USER_NOT_FOUND'), filename: at('better-auth-1-3', 'login.ts') },
    { name: 'a project whose version cannot be read', code: betterAuthForm('authClient.$ERROR_CODES.USER_NOT_FOUND'), filename: neutral('login.ts') },
    {
      name: 'a loose comparison, which converts the entry with its toString',
      code: betterAuthForm('authClient.$ERROR_CODES.USER_NOT_FOUND').replace('===', '=='),
      filename: at('better-auth-1-5', 'login.ts'),
    },
  ],
  invalid: [
    {
      name: 'a string compared with the entry',
      code: betterAuthForm('authClient.$ERROR_CODES.USER_NOT_FOUND'),
      filename: at('better-auth-1-5', 'login.ts'),
      errors: [
        {
          messageId: 'betterAuthCodeObject',
          line: 5,
          column: 23,
          data: { key: 'USER_NOT_FOUND' },
          suggestions: [{ messageId: 'compareCode', output: betterAuthForm('authClient.$ERROR_CODES.USER_NOT_FOUND.code') }],
        },
      ],
    },
    {
      name: 'an entry as a case label',
      code: dedent`
        import { authClient } from './auth-client';

        export function messageFor(code: string | undefined) {
          switch (code) {
            case authClient.$ERROR_CODES.INVALID_EMAIL_OR_PASSWORD:
              return 'Email or password is wrong.';
            default:
              return 'Could not sign in.';
          }
        }
      `,
      filename: at('better-auth-1-5', 'messages.ts'),
      errors: [
        {
          messageId: 'betterAuthCodeObject',
          line: 5,
          column: 10,
          data: { key: 'INVALID_EMAIL_OR_PASSWORD' },
          suggestions: [
            {
              messageId: 'compareCode',
              output: dedent`
                import { authClient } from './auth-client';

                export function messageFor(code: string | undefined) {
                  switch (code) {
                    case authClient.$ERROR_CODES.INVALID_EMAIL_OR_PASSWORD.code:
                      return 'Email or password is wrong.';
                    default:
                      return 'Could not sign in.';
                  }
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// 6. Auth.js v5 page values

const pageError = (first: string, second: string) => dedent`
  'use client';
  import { useSearchParams } from 'next/navigation';

  export function SignInError() {
    const error = useSearchParams().get('error');
    if (error === '${first}') return <p>The provider sign-in failed. Try again.</p>;
    if (error === '${second}') return <p>Sign in with the provider you used before.</p>;
    return null;
  }
`;

ruleTester.run('no-unreachable-error-code: Auth.js page values', rule, {
  valid: [
    { name: 'the v5 name in a v5 project', code: pageError('OAuthCallbackError', 'OAuthAccountNotLinked'), filename: at('v5-split-fixed', 'src', 'components', 'sign-in-error.tsx') },
    { name: 'the v4 name in a v4 project', code: pageError('OAuthCallback', 'OAuthAccountNotLinked'), filename: at('v4-app-fixed', 'lib', 'sign-in-error.tsx') },
    { name: 'a project whose major is unknown', code: pageError('OAuthCallback', 'OAuthAccountNotLinked'), filename: neutral('sign-in-error.tsx') },
    {
      name: 'a value that is not the query parameter',
      code: dedent`
        export async function action(formData: FormData) {
          const error = formData.get('error');
          if (error === 'OAuthCallback') return 'retry';
          if (error === 'EmailSignin') return 'resend';
        }
      `,
      filename: at('v5-split-fixed', 'src', 'lib', 'action.ts'),
    },
    {
      name: 'a generic word alone says nothing about Auth.js',
      code: dedent`
        export default async function Page({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
          const { error } = await searchParams;
          return error === 'Callback' ? <p>Callback failed.</p> : null;
        }
      `,
      filename: at('v5-split-fixed', 'src', 'app', 'settings', 'page.tsx'),
    },
    {
      name: 'a sign-in page value on the sign-in page',
      code: pageError('CredentialsSignin', 'OAuthAccountNotLinked'),
      filename: at('v5-split-fixed', 'src', 'app', 'login', 'sign-in-error.tsx'),
    },
  ],
  invalid: [
    {
      name: 'the v4 name of the OAuth callback failure in a v5 project',
      code: pageError('OAuthCallback', 'OAuthAccountNotLinked'),
      filename: at('v5-split-fixed', 'src', 'components', 'sign-in-error.tsx'),
      errors: [
        {
          messageId: 'authjsRenamedValue',
          line: 6,
          column: 17,
          data: { code: 'OAuthCallback', instead: 'OAuthCallbackError' },
          suggestions: [{ messageId: 'replaceCode', data: { code: 'OAuthCallbackError' }, output: pageError('OAuthCallbackError', 'OAuthAccountNotLinked') }],
        },
      ],
    },
    {
      name: 'a v4 value that v5 folds into Configuration, read from the page props',
      code: dedent`
        export default async function ErrorNotice({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
          const { error } = await searchParams;
          switch (error) {
            case 'EmailSignin':
              return <p>The email could not be sent.</p>;
            case 'OAuthAccountNotLinked':
              return <p>Use the provider you signed up with.</p>;
          }
          return null;
        }
      `,
      filename: at('v5-split-fixed', 'src', 'components', 'error-notice.tsx'),
      errors: [{ messageId: 'authjsV4Value', line: 4, column: 10, data: { code: 'EmailSignin' } }],
    },
    {
      name: 'an error-page value on the sign-in page the config names',
      code: pageError('Verification', 'OAuthAccountNotLinked'),
      filename: at('v5-split-fixed', 'src', 'app', 'login', 'sign-in-error.tsx'),
      errors: [{ messageId: 'authjsWrongPage', line: 6, column: 17, data: { code: 'Verification', page: 'sign-in page', otherPage: 'error page' } }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// 7. Clerk strict user enumeration protection

const clerkForm = (branches: string) => dedent`
  import { useSignIn } from '@clerk/nextjs';
  import { isClerkAPIResponseError } from '@clerk/nextjs/errors';

  export function useLogin() {
    const { signIn } = useSignIn();
    return async (identifier: string, password: string) => {
      try {
        await signIn?.create({ identifier, password });
      } catch (err) {
        if (!isClerkAPIResponseError(err)) throw err;
        const code = err.errors[0]?.code;
${branches}
        return 'Could not sign in.';
      }
    };
  }
`;

const CLERK_OLD = lines(
  6,
  "if (code === 'form_password_incorrect') return 'That password is not right.';",
  "if (code === 'form_identifier_not_found') return 'No account uses this email.';",
);

ruleTester.run('no-unreachable-error-code: Clerk strict enumeration protection', rule, {
  valid: [
    { name: 'the default options: the dashboard setting is not known', code: clerkForm(CLERK_OLD) },
    {
      name: 'the combined code handled too',
      code: clerkForm(`${CLERK_OLD}\n${lines(6, "if (code === 'form_password_or_identifier_incorrect') return 'Email or password is wrong.';")}`),
      options: [{ clerkStrictEnumeration: true }],
    },
  ],
  invalid: [
    {
      name: 'the two codes strict protection folds, with the setting on',
      code: clerkForm(CLERK_OLD),
      options: [{ clerkStrictEnumeration: true }],
      errors: [
        { messageId: 'clerkEnumeration', line: 12, column: 20, data: { code: 'form_password_incorrect', instead: 'form_password_or_identifier_incorrect' } },
        { messageId: 'clerkEnumeration', line: 13, column: 20, data: { code: 'form_identifier_not_found', instead: 'form_password_or_identifier_incorrect' } },
      ],
    },
    {
      name: 'a code read in a callback over the errors array',
      code: dedent`
        import { isClerkAPIResponseError } from '@clerk/clerk-react/errors';

        export async function logIn(signIn: { create(params: object): Promise<unknown> }, identifier: string, password: string) {
          try {
            await signIn.create({ identifier, password });
          } catch (err) {
            if (isClerkAPIResponseError(err) && err.errors.some((e) => e.code === 'form_identifier_not_found')) return 'No account.';
          }
        }
      `,
      options: [{ clerkStrictEnumeration: true }],
      errors: [{ messageId: 'clerkEnumeration', line: 7, column: 75, data: { code: 'form_identifier_not_found', instead: 'form_password_or_identifier_incorrect' } }],
    },
  ],
});
