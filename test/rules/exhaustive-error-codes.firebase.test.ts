import * as path from 'node:path';

import rule from '../../rules/exhaustive-error-codes';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester, createTypedRuleTester, typedFixtureDir } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });
const WEB = 'Firebase Auth (web SDK) error codes';
const ADMIN = 'Firebase Admin SDK auth error codes';

function entryOf(familyId: string, code: string) {
  const found = defaultCatalog.lookup(code, familyId);
  if (!found) throw new Error(`no ${familyId} code ${code}`);
  return found.entry;
}

/** The message's list: the first three missing codes, then how many more. */
function list(familyId: string, missing: readonly string[]): string {
  const shown = missing.slice(0, 3).map((code) => `\`${code}\``);
  return missing.length > 3 ? `${shown.join(', ')} and ${missing.length - 3} more` : shown.join(', ');
}

/** Generated clauses: one `case` with the code's summary and a `break` each. */
function clauses(familyId: string, codes: readonly string[], caseIndent: string, bodyIndent: string): string {
  return codes.map((code) => `${caseIndent}case '${code}': // ${entryOf(familyId, code).summary.en}\n${bodyIndent}break;\n`).join('');
}

const DEFAULT_CLAUSE = (caseIndent: string, bodyIndent: string) =>
  `${caseIndent}default:\n${bodyIndent}// Codes not handled above, including ones the server adds later.\n${bodyIndent}break;\n`;

const missingExcept = (familyId: string, handled: readonly string[]) =>
  defaultCatalog.missingCodes(familyId, handled).map((entry) => entry.code);

/** The codes the family says a call raises (`raisedBy`), minus the handled ones, in catalog order. */
const raisedExcept = (familyId: string, call: string, handled: readonly string[]) =>
  defaultCatalog
    .missingCodes(familyId, handled)
    .filter((entry) => entry.raisedBy?.includes(call))
    .map((entry) => entry.code);

// ---------------------------------------------------------------------------------------------------------------
// A sign-in form (web SDK), cut where the `default` would go.

const LOGIN_HEAD = dedent`
  import { signInWithEmailAndPassword } from 'firebase/auth';
  import { auth } from '../firebase';

  export async function onSubmit(email: string, password: string, show: (text: string) => void) {
    try {
      await signInWithEmailAndPassword(auth, email, password);
    } catch (error: any) {
      switch (error.code) {
        case 'auth/invalid-credential':
          show('Email or password is incorrect.');
          break;
        case 'auth/user-disabled':
          show('This account has been disabled.');
          break;
        case 'auth/too-many-requests':
          show('Too many attempts. Try again later.');
          break;
`;
const LOGIN_TAIL = dedent`
      }
    }
  }
`;
const LOGIN_HANDLED = ['auth/invalid-credential', 'auth/user-disabled', 'auth/too-many-requests'];
const LOGIN_MISSING = raisedExcept('firebase-auth', 'signInWithEmailAndPassword', LOGIN_HANDLED);

// The same cases in a helper every form hands its FirebaseError to: no call is tied to the switch.
const MESSAGE_HEAD = dedent`
  import type { FirebaseError } from 'firebase/app';

  export function messageFor(error: FirebaseError): string {
    switch (error.code) {
      case 'auth/invalid-credential':
        return 'Email or password is incorrect.';
      case 'auth/user-disabled':
        return 'This account has been disabled.';
      case 'auth/too-many-requests':
        return 'Too many attempts. Try again later.';
`;
const MESSAGE_TAIL = dedent`
    }
    return error.message;
  }
`;

// An API route that verifies the session cookie (Admin SDK).
const ROUTE_HEAD = dedent`
  import { getAuth } from 'firebase-admin/auth';

  export async function GET(request: Request) {
    const cookie = request.headers.get('cookie') ?? '';
    try {
      const user = await getAuth().verifySessionCookie(cookie, true);
      return Response.json({ uid: user.uid });
    } catch (err: any) {
      switch (err.code) {
        case 'auth/session-cookie-expired':
        case 'auth/session-cookie-revoked':
          return new Response(null, { status: 401 });
        case 'auth/user-disabled':
          return new Response(null, { status: 403 });
`;
const ROUTE_TAIL = dedent`
      }
      throw err;
    }
  }
`;
const ROUTE_HANDLED = ['auth/session-cookie-expired', 'auth/session-cookie-revoked', 'auth/user-disabled'];
const ROUTE_MISSING = raisedExcept('firebase-admin-auth', 'verifySessionCookie', ROUTE_HANDLED);

// A password-reset form whose labels are codes both SDKs send.
const RESET_HEAD = dedent`
  import { sendPasswordResetEmail } from 'firebase/auth';

  export async function forgot(auth: any, email: string) {
    try {
      await sendPasswordResetEmail(auth, email);
    } catch (e: any) {
      switch (e.code) {
        case 'auth/invalid-email':
          return 'Enter a valid email address.';
        case 'auth/user-not-found':
          return 'If the address is registered, a link is on its way.';
`;
const RESET_TAIL = dedent`
      }
    }
    return null;
  }
`;
const RESET_MISSING = missingExcept('firebase-auth', ['auth/invalid-email', 'auth/user-not-found']).filter((code) =>
  defaultCatalog.lookup(code, 'firebase-admin-auth'),
);

ruleTester.run('exhaustive-error-codes: Firebase Auth', rule, {
  valid: [
    {
      name: 'the sign-in form with a default branch',
      code: `${LOGIN_HEAD}\n        default:\n          show('Could not sign in.');\n${LOGIN_TAIL}`,
    },
    {
      name: 'the session route with a default branch',
      code: `${ROUTE_HEAD}\n        default:\n          return new Response(null, { status: 500 });\n${ROUTE_TAIL}`,
    },
    {
      name: 'AuthErrorCodes members without type information: what is covered is unknown, so nothing is said',
      code: dedent`
        import { AuthErrorCodes } from 'firebase/auth';

        export function label(code: string) {
          switch (code) {
            case AuthErrorCodes.INVALID_LOGIN_CREDENTIALS:
              return 'Wrong email or password';
            case AuthErrorCodes.USER_DISABLED:
              return 'Account disabled';
          }
          return 'Error';
        }
      `,
    },
    {
      name: 'a Redux slice with auth/… action types is no switch over Firebase codes',
      code: dedent`
        export function reducer(state: State, action: { type: string }) {
          switch (action.type) {
            case 'auth/login':
              return { ...state, user: action.payload };
            case 'auth/timeout':
              return { ...state, user: null };
          }
          return state;
        }
      `,
    },
    {
      name: 'a switch with a label of the app’s own next to Firebase codes is over another set of codes',
      code: dedent`
        import { FirebaseError } from 'firebase/app';

        export function toMessage(error: FirebaseError | { code: 'offline' }) {
          switch (error.code) {
            case 'offline':
              return 'You are offline.';
            case 'auth/network-request-failed':
              return 'Network problem.';
          }
          return 'Error';
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'the sign-in form without a default: the other codes signInWithEmailAndPassword raises reach no branch',
      code: `${LOGIN_HEAD}\n${LOGIN_TAIL}`,
      errors: [
        {
          messageId: 'missingCallCases',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 11,
          data: { family: WEB, calls: '`signInWithEmailAndPassword`', count: LOGIN_MISSING.length, list: list('firebase-auth', LOGIN_MISSING) },
          suggestions: [
            { messageId: 'addDefault', output: `${LOGIN_HEAD}\n${DEFAULT_CLAUSE('      ', '        ')}${LOGIN_TAIL}` },
            {
              messageId: 'addMissingCases',
              data: { count: LOGIN_MISSING.length },
              output: `${LOGIN_HEAD}\n${clauses('firebase-auth', LOGIN_MISSING, '      ', '        ')}${LOGIN_TAIL}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the same cases in a helper without a default: every other web SDK code reaches no branch',
      code: `${MESSAGE_HEAD}\n${MESSAGE_TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 4,
          column: 3,
          data: { family: WEB, count: 105, list: list('firebase-auth', missingExcept('firebase-auth', LOGIN_HANDLED)) },
          suggestions: [
            { messageId: 'addDefault', output: `${MESSAGE_HEAD}\n${DEFAULT_CLAUSE('    ', '      ')}${MESSAGE_TAIL}` },
            {
              messageId: 'addMissingCases',
              data: { count: 105 },
              output: `${MESSAGE_HEAD}\n${clauses('firebase-auth', missingExcept('firebase-auth', LOGIN_HANDLED), '    ', '      ')}${MESSAGE_TAIL}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the session route without a default: the Admin SDK family, told apart by its own codes, narrowed to verifySessionCookie',
      code: `${ROUTE_HEAD}\n${ROUTE_TAIL}`,
      errors: [
        {
          messageId: 'missingCallCases',
          line: 9,
          column: 5,
          data: { family: ADMIN, calls: '`verifySessionCookie`', count: ROUTE_MISSING.length, list: list('firebase-admin-auth', ROUTE_MISSING) },
          suggestions: [
            { messageId: 'addDefault', output: `${ROUTE_HEAD}\n${DEFAULT_CLAUSE('      ', '        ')}${ROUTE_TAIL}` },
            {
              messageId: 'addMissingCases',
              output: `${ROUTE_HEAD}\n${clauses('firebase-admin-auth', ROUTE_MISSING, '      ', '        ')}${ROUTE_TAIL}`,
            },
          ],
        },
      ],
    },
    {
      name: 'labels both SDKs share: only the codes missing under both are demanded',
      code: `${RESET_HEAD}\n${RESET_TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 7,
          column: 5,
          data: { family: `${WEB} / ${ADMIN}`, count: 22, list: list('firebase-auth', RESET_MISSING) },
          suggestions: [
            { messageId: 'addDefault', output: `${RESET_HEAD}\n${DEFAULT_CLAUSE('      ', '        ')}${RESET_TAIL}` },
            { messageId: 'addMissingCases', output: `${RESET_HEAD}\n${clauses('firebase-auth', RESET_MISSING, '      ', '        ')}${RESET_TAIL}` },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// With type information, `case AuthErrorCodes.X:` reads as the string the constant holds.

const typedFile = path.join(typedFixtureDir, 'exhaustive-error-codes.firebase.ts');
const POPUP_HEAD = dedent`
  import { AuthErrorCodes, type AuthError } from 'firebase/auth';

  export function label(error: AuthError): string {
    switch (error.code) {
      case AuthErrorCodes.POPUP_CLOSED_BY_USER:
      case AuthErrorCodes.EXPIRED_POPUP_REQUEST:
        return '';
`;
const POPUP_TAIL = dedent`
    }
    return error.message;
  }
`;
const POPUP_MISSING = missingExcept('firebase-auth', ['auth/popup-closed-by-user', 'auth/cancelled-popup-request']);

createTypedRuleTester().run('exhaustive-error-codes: AuthErrorCodes with type information', rule, {
  valid: [
    {
      name: 'AuthErrorCodes members with a default',
      filename: typedFile,
      code: dedent`
        import { AuthErrorCodes, type AuthError } from 'firebase/auth';

        export function label(error: AuthError): string {
          switch (error.code) {
            case AuthErrorCodes.POPUP_CLOSED_BY_USER:
            case AuthErrorCodes.EXPIRED_POPUP_REQUEST:
              return '';
            default:
              return error.message;
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'AuthErrorCodes members without a default',
      filename: typedFile,
      code: `${POPUP_HEAD}\n${POPUP_TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 4,
          column: 3,
          data: { family: WEB, count: 106, list: list('firebase-auth', POPUP_MISSING) },
          suggestions: [
            { messageId: 'addDefault', output: `${POPUP_HEAD}\n${DEFAULT_CLAUSE('    ', '      ')}${POPUP_TAIL}` },
            { messageId: 'addMissingCases', output: `${POPUP_HEAD}\n${clauses('firebase-auth', POPUP_MISSING, '    ', '      ')}${POPUP_TAIL}` },
          ],
        },
      ],
    },
  ],
});
