import rule from '../../rules/no-unknown-error-code';
import { defaultCatalog } from '../../src/catalog';
import { describeCode } from '../../src/catalog/switch-analysis';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

// Codes an app made up: written like a family's codes, in no family, no near miss of one. Reported only when the
// value comes from an error caught from the library's own calls, in a file that imports the library.

const ruleTester = createRuleTester(undefined, { neutralProject: true });

const WEB = 'Firebase Auth (web SDK) error codes';
const ADMIN = 'Firebase Admin SDK auth error codes';

function meaning(code: string, familyId = 'firebase-auth'): string {
  return describeCode(defaultCatalog.lookup(code, familyId)!.entry, 'en');
}

const loginWith = (label: string) => dedent`
  import { signInWithEmailAndPassword } from 'firebase/auth';

  export async function login(auth: any, email: string, password: string) {
    try {
      await signInWithEmailAndPassword(auth, email, password);
    } catch (e: any) {
      if (e.code === '${label}') return 'Wrong email or password';
      throw e;
    }
    return null;
  }
`;

const SIGN_UP = dedent`
  import { createUserWithEmailAndPassword, getAuth } from 'firebase/auth';

  export function register(email: string, password: string) {
    return createUserWithEmailAndPassword(getAuth(), email, password).catch((error) => {
      switch (error.code) {
        case 'auth/email-already-in-use':
          return 'That email already has an account.';
        case 'auth/null-value':
          return 'Fill in every field.';
        case 'auth/weak-password':
          return 'Choose a longer password.';
        default:
          return 'Could not create the account.';
      }
    });
  }
`;

const ADMIN_ROUTE = dedent`
  import { getAuth } from 'firebase-admin/auth';

  const messages = {
    'auth/id-token-expired': 'Sign in again.',
    'auth/id-token-revoked': 'Your session was ended.',
    'auth/token-invalid': 'Sign in again.',
  };

  export async function whoAmI(idToken: string) {
    try {
      return await getAuth().verifyIdToken(idToken, true);
    } catch (error: any) {
      throw new Error(messages[error.code] ?? 'Unauthorized');
    }
  }
`;

ruleTester.run('no-unknown-error-code: invented codes', rule, {
  valid: [
    {
      name: 'a Firebase file calling a method on an object it was handed (an auth interop), not a function imported from Firebase Auth',
      code: dedent`
        import { getApp } from '@firebase/app';
        import { FirebaseError } from '@firebase/util';

        export const app = getApp();

        export class TokenSource {
          constructor(private readonly auth: { getToken(refresh: boolean): Promise<string | null> }) {}

          token(refresh: boolean) {
            return this.auth.getToken(refresh).catch((error: FirebaseError) => {
              if (error.code === 'auth/token-not-initialized') return null;
              throw error;
            });
          }
        }
      `,
    },
    {
      name: 'a helper the app hands its own codes to (it calls it with auth/null-value itself)',
      code: dedent`
        import { getAuth } from 'firebase/auth';

        export const auth = getAuth();

        export function resolveAuthError(code: string): string {
          switch (code) {
            case 'auth/user-not-found':
              return 'No account with that email.';
            case 'auth/null-value':
              return 'Fill in every field.';
            default:
              return 'Something went wrong.';
          }
        }
      `,
    },
    {
      name: 'the try block throws the code itself before calling Firebase',
      code: dedent`
        import { signInWithEmailAndPassword } from 'firebase/auth';

        export async function login(auth: any, email: string, password: string) {
          try {
            if (!email || !password) throw { code: 'auth/null-value' };
            await signInWithEmailAndPassword(auth, email, password);
          } catch (e: any) {
            if (e.code === 'auth/null-value') return 'Fill in every field.';
            throw e;
          }
          return null;
        }
      `,
    },
    {
      name: 'the awaited call is the app’s own module, which may throw codes of its own',
      code: dedent`
        import type { FirebaseError } from 'firebase/app';
        import { login } from '../lib/session';

        export async function submit(email: string, password: string) {
          try {
            await login(email, password);
          } catch (e) {
            if ((e as FirebaseError).code === 'auth/null-value') return 'Fill in every field.';
          }
          return null;
        }
      `,
    },
    {
      name: 'a file with auth/… strings that imports nothing from Firebase',
      code: dedent`
        export async function submit(signIn: (email: string) => Promise<void>, email: string) {
          try {
            await signIn(email);
          } catch (e: any) {
            if (e.code === 'auth/invalid-login') return 'Wrong email or password';
          }
          return null;
        }
      `,
    },
    {
      name: 'Clerk lists only some of the codes its API sends: an unlisted Clerk-style code is left alone',
      code: dedent`
        import { useSignUp } from '@clerk/nextjs';

        export function useRegister() {
          const { signUp } = useSignUp();
          return async (emailAddress: string, password: string) => {
            try {
              await signUp!.create({ emailAddress, password });
            } catch (err: any) {
              const code = err.errors?.[0]?.code;
              if (code === 'form_identifier_exists' || code === 'too_many_requests') return 'taken-or-busy';
            }
            return null;
          };
        }
      `,
    },
    {
      name: 'a plain switch over a value the app computed, in a Firebase file',
      code: dedent`
        import { getAuth } from 'firebase/auth';

        export function screenFor(step: string) {
          switch (step) {
            case 'auth/login':
              return 'Login';
            case 'auth/register':
              return 'Register';
          }
          return getAuth().currentUser ? 'Home' : 'Login';
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'auth/invalid-login in the catch of signInWithEmailAndPassword: the code that holds INVALID_LOGIN_CREDENTIALS is meant',
      code: loginWith('auth/invalid-login'),
      errors: [
        {
          messageId: 'unknownCode',
          line: 7,
          column: 20,
          data: { label: 'auth/invalid-login', family: WEB, code: 'auth/invalid-credential', meaning: meaning('auth/invalid-credential') },
          suggestions: [{ messageId: 'replaceCode', data: { code: 'auth/invalid-credential' }, output: loginWith('auth/invalid-credential') }],
        },
      ],
    },
    {
      name: 'auth/null-value in .catch on createUserWithEmailAndPassword: no code shares its words',
      code: SIGN_UP,
      errors: [{ messageId: 'inventedCode', line: 8, column: 12, data: { label: 'auth/null-value', family: WEB } }],
    },
    {
      name: 'a message map read with the code of verifyIdToken’s error (Admin SDK)',
      code: ADMIN_ROUTE,
      errors: [{ messageId: 'inventedCode', line: 6, column: 3, data: { label: 'auth/token-invalid', family: ADMIN } }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Members of the libraries' constant maps, read without type information.

const popupHandler = (key: string) => dedent`
  import { AuthErrorCodes, signInWithPopup, type Auth, type AuthProvider } from 'firebase/auth';

  export async function popup(auth: Auth, provider: AuthProvider) {
    try {
      await signInWithPopup(auth, provider);
    } catch (e: any) {
      if (e.code === AuthErrorCodes.${key}) return null;
      throw e;
    }
    return 'ok';
  }
`;

ruleTester.run('no-unknown-error-code: members a constant map lacks', rule, {
  valid: [
    { name: 'a member AuthErrorCodes has', code: popupHandler('POPUP_CLOSED_BY_USER') },
    {
      name: 'an object of the same name that is the app’s own',
      code: dedent`
        const AuthErrorCodes = { POPUP_CLOSED: 'popup-closed' } as const;
        export const closed = (code: string) => code === AuthErrorCodes.POPUP_CLOSED;
      `,
    },
    {
      name: 'AuthErrorCodes imported from the app’s own module',
      code: dedent`
        import { AuthErrorCodes } from './codes';
        export const closed = (code: string) => code === AuthErrorCodes.POPUP_CLOSED;
      `,
    },
    {
      name: 'a member the Admin SDK’s AuthErrorCode has',
      code: dedent`
        import { AuthErrorCode } from 'firebase-admin/auth';
        export const expired = (code: string) => code === AuthErrorCode.ID_TOKEN_EXPIRED;
      `,
    },
  ],
  invalid: [
    {
      name: 'a typo in an AuthErrorCodes member',
      code: popupHandler('POPUP_CLOSED_BY_USR'),
      errors: [
        {
          messageId: 'unknownConstantNear',
          line: 7,
          column: 35,
          data: { object: 'AuthErrorCodes', module: 'firebase/auth', key: 'POPUP_CLOSED_BY_USR', suggestion: 'POPUP_CLOSED_BY_USER' },
          suggestions: [{ messageId: 'replaceCode', data: { code: 'AuthErrorCodes.POPUP_CLOSED_BY_USER' }, output: popupHandler('POPUP_CLOSED_BY_USER') }],
        },
      ],
    },
    {
      name: 'a member no key of AuthErrorCodes is close to',
      code: popupHandler('LOGIN_FAILED'),
      errors: [{ messageId: 'unknownConstant', line: 7, column: 35, data: { object: 'AuthErrorCodes', module: 'firebase/auth', key: 'LOGIN_FAILED' } }],
    },
    {
      name: 'a typo in a member of the Admin SDK’s AuthErrorCode',
      code: dedent`
        import { AuthErrorCode } from 'firebase-admin/auth';
        export const expired = (code: string) => code === AuthErrorCode.ID_TOKEN_EXPIRD;
      `,
      errors: [
        {
          messageId: 'unknownConstantNear',
          line: 2,
          column: 65,
          data: { object: 'AuthErrorCode', module: 'firebase-admin/auth', key: 'ID_TOKEN_EXPIRD', suggestion: 'ID_TOKEN_EXPIRED' },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'AuthErrorCode.ID_TOKEN_EXPIRED' },
              output: dedent`
                import { AuthErrorCode } from 'firebase-admin/auth';
                export const expired = (code: string) => code === AuthErrorCode.ID_TOKEN_EXPIRED;
              `,
            },
          ],
        },
      ],
    },
  ],
});
