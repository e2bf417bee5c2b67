import rule from '../../rules/no-unknown-error-code';
import { defaultCatalog } from '../../src/catalog';
import { describeCode } from '../../src/catalog/switch-analysis';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });

const WEB = 'Firebase Auth (web SDK) error codes';

/** How the message names a code's meaning. */
function meaning(code: string, locale: 'en' | 'ko' = 'en'): string {
  return describeCode(defaultCatalog.lookup(code, 'firebase-auth')!.entry, locale);
}

// A sign-in form's error handler; the typo goes into the `case` list.
const signInHandler = (typo: string) => dedent`
  import { signInWithEmailAndPassword, type AuthError } from 'firebase/auth';
  import { auth } from '@/lib/firebase';

  export async function submitLogin(email: string, password: string) {
    try {
      await signInWithEmailAndPassword(auth, email, password);
      return null;
    } catch (err) {
      switch ((err as AuthError).code) {
        case 'auth/invalid-credential':
        case '${typo}':
          return 'Email or password is incorrect.';
        case 'auth/too-many-requests':
          return 'Too many attempts. Try again in a few minutes.';
        default:
          return 'Could not sign in.';
      }
    }
  }
`;

ruleTester.run('no-unknown-error-code: Firebase Auth', rule, {
  valid: [
    {
      name: 'a sign-in handler whose every label is a web SDK code',
      code: signInHandler('auth/wrong-password'),
    },
    {
      name: 'a server route on Admin SDK codes',
      code: dedent`
        import { getAuth } from 'firebase-admin/auth';

        export async function requireUser(idToken: string) {
          try {
            return await getAuth().verifyIdToken(idToken, true);
          } catch (error: any) {
            if (error.code === 'auth/id-token-expired' || error.code === 'auth/id-token-revoked') return null;
            throw error;
          }
        }
      `,
    },
    {
      name: 'an Admin SDK code in client code is a different bug, never "corrected" into a web code',
      code: dedent`
        import { createUserWithEmailAndPassword } from 'firebase/auth';
        import { auth } from './firebase';

        export async function register(email: string, password: string) {
          try {
            await createUserWithEmailAndPassword(auth, email, password);
          } catch (e: any) {
            if (e.code === 'auth/email-already-exists') return 'taken';
            if (e.code === 'auth/invalid-password') return 'weak';
            throw e;
          }
        }
      `,
    },
    {
      name: 'the AuthErrorCodes constants: the compiler checks those names',
      code: dedent`
        import { AuthErrorCodes, signInWithPopup, GoogleAuthProvider } from 'firebase/auth';
        import { auth } from './firebase';

        export async function google() {
          try {
            await signInWithPopup(auth, new GoogleAuthProvider());
          } catch (e: any) {
            if (e.code === AuthErrorCodes.POPUP_CLOSED_BY_USER) return;
            if (e.code === AuthErrorCodes.EXPIRED_POPUP_REQUEST) return;
            throw e;
          }
        }
      `,
    },
    {
      name: 'a Redux slice with auth/… action types: evidence of nothing but its own actions',
      code: dedent`
        export function authReducer(state = initialState, action: { type: string }) {
          switch (action.type) {
            case 'auth/login':
              return { ...state, loggedIn: true };
            case 'auth/logout':
              return initialState;
            case 'auth/timeout':
            case 'auth/timout':
              return { ...state, expired: true };
            default:
              return state;
          }
        }
      `,
    },
    {
      name: 'no evidence of Firebase: unprefixed codes near Firebase names are the app’s own',
      code: dedent`
        export function messageFor(error: { code: string }) {
          switch (error.code) {
            case 'wrong-pasword':
            case 'user-not-found':
              return 'Check your details';
            default:
              return 'Error';
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a switch label with a letter missing: auth/wrong-pasword',
      code: signInHandler('auth/wrong-pasword'),
      errors: [
        {
          messageId: 'unknownCode',
          line: 11,
          column: 12,
          endLine: 11,
          endColumn: 32,
          data: { label: 'auth/wrong-pasword', code: 'auth/wrong-password', meaning: meaning('auth/wrong-password'), family: WEB },
          suggestions: [{ messageId: 'replaceCode', data: { code: 'auth/wrong-password' }, output: signInHandler('auth/wrong-password') }],
        },
      ],
    },
    {
      name: 'a lone comparison with the plural that Firebase never sends: auth/invalid-credentials',
      code: dedent`
        import { signInWithEmailAndPassword } from 'firebase/auth';

        export const login = async (auth: any, email: string, password: string) => {
          try {
            await signInWithEmailAndPassword(auth, email, password);
          } catch (error: any) {
            if (error.code === "auth/invalid-credentials") {
              return 'Wrong email or password';
            }
            return 'Sign-in failed';
          }
        };
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 7,
          column: 24,
          endColumn: 50,
          data: { label: 'auth/invalid-credentials', code: 'auth/invalid-credential', meaning: meaning('auth/invalid-credential'), family: WEB },
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                import { signInWithEmailAndPassword } from 'firebase/auth';

                export const login = async (auth: any, email: string, password: string) => {
                  try {
                    await signInWithEmailAndPassword(auth, email, password);
                  } catch (error: any) {
                    if (error.code === "auth/invalid-credential") {
                      return 'Wrong email or password';
                    }
                    return 'Sign-in failed';
                  }
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a code → message map read with error.code, one key misspelled',
      code: dedent`
        import { FirebaseError } from 'firebase/app';

        const AUTH_MESSAGES: Record<string, string> = {
          'auth/email-already-in-use': 'That email is already registered.',
          'auth/weak-password': 'Use at least six characters.',
          'auth/too-many-request': 'Slow down and try again later.',
        };

        export function describe(error: unknown) {
          if (error instanceof FirebaseError) return AUTH_MESSAGES[error.code] ?? error.message;
          return 'Unexpected error';
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 6,
          column: 3,
          endColumn: 26,
          data: { label: 'auth/too-many-request', code: 'auth/too-many-requests', meaning: meaning('auth/too-many-requests'), family: WEB },
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                import { FirebaseError } from 'firebase/app';

                const AUTH_MESSAGES: Record<string, string> = {
                  'auth/email-already-in-use': 'That email is already registered.',
                  'auth/weak-password': 'Use at least six characters.',
                  'auth/too-many-requests': 'Slow down and try again later.',
                };

                export function describe(error: unknown) {
                  if (error instanceof FirebaseError) return AUTH_MESSAGES[error.code] ?? error.message;
                  return 'Unexpected error';
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the compat SDK with a swapped pair of letters: auth/user-not-fuond',
      code: dedent`
        import firebase from 'firebase/compat/app';

        export function resetPassword(email: string) {
          return firebase.auth().sendPasswordResetEmail(email).catch((e) => {
            if (e.code === 'auth/invalid-email') return 'Enter a valid email.';
            if (e.code === 'auth/user-not-fuond') return 'If the address is registered, a link is on its way.';
            throw e;
          });
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 6,
          column: 20,
          endColumn: 41,
          data: { label: 'auth/user-not-fuond', code: 'auth/user-not-found', meaning: meaning('auth/user-not-found'), family: WEB },
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                import firebase from 'firebase/compat/app';

                export function resetPassword(email: string) {
                  return firebase.auth().sendPasswordResetEmail(email).catch((e) => {
                    if (e.code === 'auth/invalid-email') return 'Enter a valid email.';
                    if (e.code === 'auth/user-not-found') return 'If the address is registered, a link is on its way.';
                    throw e;
                  });
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

createRuleTester({ 'auth-errors': { locale: 'ko' } }, { neutralProject: true }).run('no-unknown-error-code: Firebase Auth in Korean', rule, {
  valid: [],
  invalid: [
    {
      name: 'the same typo with settings["auth-errors"].locale = "ko"',
      code: signInHandler('auth/wrong-pasword'),
      errors: [
        {
          messageId: 'unknownCodeKo',
          line: 11,
          column: 12,
          data: {
            label: 'auth/wrong-pasword',
            code: 'auth/wrong-password',
            meaning: meaning('auth/wrong-password', 'ko'),
            family: 'Firebase Auth(웹 SDK) 오류 코드',
          },
          suggestions: [{ messageId: 'replaceCodeKo', output: signInHandler('auth/wrong-password') }],
        },
      ],
    },
  ],
});
