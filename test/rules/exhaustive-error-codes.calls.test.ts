import rule from '../../rules/exhaustive-error-codes';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

// A switch (or map) over the codes of one call is checked against what that call raises, where the family says so.

const ruleTester = createRuleTester(undefined, { neutralProject: true });
const WEB = 'Firebase Auth (web SDK) error codes';
const AMPLIFY = 'Amplify Auth (Cognito) error names';

function entryOf(familyId: string, code: string) {
  const found = defaultCatalog.lookup(code, familyId);
  if (!found) throw new Error(`no ${familyId} code ${code}`);
  return found.entry;
}

/** The codes the family says one of the calls raises, minus the handled ones, in catalog order. */
function raisedExcept(familyId: string, calls: readonly string[], handled: readonly string[]): string[] {
  return defaultCatalog
    .missingCodes(familyId, handled)
    .filter((entry) => entry.raisedBy?.some((call) => calls.includes(call)))
    .map((entry) => entry.code);
}

function list(familyId: string, codes: readonly string[]): string {
  const shown = codes.slice(0, 3).map((code) => `\`${code}\``);
  if (codes.length > 3) return `${shown.join(', ')} and ${codes.length - 3} more`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function clauses(familyId: string, codes: readonly string[], caseIndent: string, bodyIndent: string): string {
  return codes.map((code) => `${caseIndent}case '${code}': // ${entryOf(familyId, code).summary.en}\n${bodyIndent}break;\n`).join('');
}

const DEFAULT_CLAUSE = (caseIndent: string, bodyIndent: string) =>
  `${caseIndent}default:\n${bodyIndent}// Codes not handled above, including ones the server adds later.\n${bodyIndent}break;\n`;

// ---------------------------------------------------------------------------------------------------------------
// `.catch(…)` on the sign-up promise, the handler switching on a destructured `code`.

const SIGNUP_HEAD = dedent`
  import { createUserWithEmailAndPassword, getAuth } from 'firebase/auth';

  export function register(email: string, password: string, fail: (text: string) => void) {
    return createUserWithEmailAndPassword(getAuth(), email, password)
      .then((credential) => credential.user.uid)
      .catch((error) => {
        const { code } = error;
        switch (code) {
          case 'auth/email-already-in-use':
            fail('That email already has an account.');
            break;
          case 'auth/weak-password':
            fail('Choose a longer password.');
            break;
`;
const SIGNUP_TAIL = ['    }', '    return undefined;', '  });', '}'].join('\n');
const SIGNUP_MISSING = raisedExcept('firebase-auth', ['createUserWithEmailAndPassword'], ['auth/email-already-in-use', 'auth/weak-password']);

// An Amplify sign-up: both calls are awaited in the try block, and the import is renamed.
const CONFIRM_HEAD = dedent`
  import { confirmSignUp, signUp as amplifySignUp } from 'aws-amplify/auth';

  export async function createAccount(username: string, password: string, code: string) {
    try {
      await amplifySignUp({ username, password });
      await confirmSignUp({ username, confirmationCode: code });
    } catch (err) {
      const name = (err as Error).name;
      switch (name) {
        case 'UsernameExistsException':
          return 'taken';
        case 'CodeMismatchException':
          return 'wrong-code';
        case 'InvalidPasswordException':
          return 'weak';
`;
const CONFIRM_TAIL = ['    }', '    throw err;', '  }', '}'].join('\n');
const CONFIRM_HANDLED = ['UsernameExistsException', 'CodeMismatchException', 'InvalidPasswordException'];
const CONFIRM_MISSING = raisedExcept('amplify-auth', ['signUp', 'confirmSignUp'], CONFIRM_HANDLED);

// A message map read with the code of the sign-up's error.
const MAP_CODE = dedent`
  import { createUserWithEmailAndPassword, type Auth } from 'firebase/auth';

  const signUpMessages = {
    'auth/email-already-in-use': 'That email already has an account.',
    'auth/invalid-email': 'Enter a valid email address.',
    'auth/weak-password': 'Choose a longer password.',
  };

  export async function register(auth: Auth, email: string, password: string) {
    try {
      await createUserWithEmailAndPassword(auth, email, password);
      return null;
    } catch (error: any) {
      return signUpMessages[error.code];
    }
  }
`;
const MAP_MISSING = raisedExcept('firebase-auth', ['createUserWithEmailAndPassword'], ['auth/email-already-in-use', 'auth/invalid-email', 'auth/weak-password']);

// The same Amplify cases after a call the family names no code for: the whole family is asked for.
const SIGNOUT_HEAD = dedent`
  import { signOut } from 'aws-amplify/auth';

  export async function leave() {
    try {
      await signOut({ global: true });
    } catch (err) {
      switch ((err as Error).name) {
        case 'UserNotConfirmedException':
          return 'unconfirmed';
        case 'PasswordResetRequiredException':
          return 'reset';
`;
const SIGNOUT_TAIL = ['    }', '    throw err;', '  }', '}'].join('\n');
const SIGNOUT_MISSING = defaultCatalog
  .missingCodes('amplify-auth', ['UserNotConfirmedException', 'PasswordResetRequiredException'])
  .map((entry) => entry.code);

// A call of the app's own wrapper: it is not known what it raises, so the whole family is asked for.
const WRAPPER_HEAD = dedent`
  import { signInWithEmailAndPassword, type Auth } from 'firebase/auth';

  async function login(auth: Auth, email: string, password: string) {
    return signInWithEmailAndPassword(auth, email, password);
  }

  export async function submit(auth: Auth, email: string, password: string) {
    try {
      await login(auth, email, password);
    } catch (e: any) {
      switch (e.code) {
        case 'auth/wrong-password':
          return 'wrong';
        case 'auth/too-many-requests':
          return 'later';
`;
const WRAPPER_TAIL = ['    }', '  }', '  return null;', '}'].join('\n');
const WRAPPER_MISSING = defaultCatalog
  .missingCodes('firebase-auth', ['auth/wrong-password', 'auth/too-many-requests'])
  .map((entry) => entry.code);

ruleTester.run('exhaustive-error-codes: the codes of the call a switch is tied to', rule, {
  valid: [
    {
      name: 'a switch in the catch of signInWithEmailAndPassword that covers every code that call raises',
      code: dedent`
        import { signInWithEmailAndPassword, type Auth } from 'firebase/auth';

        export async function login(auth: Auth, email: string, password: string) {
          try {
            await signInWithEmailAndPassword(auth, email, password);
          } catch (error: any) {
            switch (error.code) {
              ${raisedExcept('firebase-auth', ['signInWithEmailAndPassword'], [])
                .map((code) => `case '${code}':`)
                .join('\n        ')}
                return 'Sign-in failed.';
            }
          }
          return null;
        }
      `,
    },
    {
      name: 'a map read in the catch of createUserWithEmailAndPassword that has every code the call raises',
      code: dedent`
        import { createUserWithEmailAndPassword, type Auth } from 'firebase/auth';

        const signUpMessages: Record<string, string> = {
          ${raisedExcept('firebase-auth', ['createUserWithEmailAndPassword'], [])
            .map((code) => `'${code}': 'Could not create the account.',`)
            .join('\n    ')}
        };

        export async function register(auth: Auth, email: string, password: string) {
          try {
            await createUserWithEmailAndPassword(auth, email, password);
          } catch (error: any) {
            return signUpMessages[error.code];
          }
          return null;
        }
      `,
    },
  ],
  invalid: [
    {
      name: '.catch on the sign-up promise, through .then and a destructured code',
      code: `${SIGNUP_HEAD}\n${SIGNUP_TAIL}`,
      errors: [
        {
          messageId: 'missingCallCases',
          line: 8,
          column: 7,
          data: { family: WEB, calls: '`createUserWithEmailAndPassword`', count: SIGNUP_MISSING.length, list: list('firebase-auth', SIGNUP_MISSING) },
          suggestions: [
            { messageId: 'addDefault', output: `${SIGNUP_HEAD}\n${DEFAULT_CLAUSE('        ', '          ')}${SIGNUP_TAIL}` },
            {
              messageId: 'addMissingCases',
              data: { count: SIGNUP_MISSING.length },
              output: `${SIGNUP_HEAD}\n${clauses('firebase-auth', SIGNUP_MISSING, '        ', '          ')}${SIGNUP_TAIL}`,
            },
          ],
        },
      ],
    },
    {
      name: 'two awaited calls, one of them renamed on import: what either raises is asked for',
      code: `${CONFIRM_HEAD}\n${CONFIRM_TAIL}`,
      errors: [
        {
          messageId: 'missingCallCases',
          line: 9,
          column: 5,
          data: { family: AMPLIFY, calls: '`signUp` and `confirmSignUp`', count: CONFIRM_MISSING.length, list: list('amplify-auth', CONFIRM_MISSING) },
          suggestions: [
            { messageId: 'addDefault', output: `${CONFIRM_HEAD}\n${DEFAULT_CLAUSE('      ', '        ')}${CONFIRM_TAIL}` },
            {
              messageId: 'addMissingCases',
              data: { count: CONFIRM_MISSING.length },
              output: `${CONFIRM_HEAD}\n${clauses('amplify-auth', CONFIRM_MISSING, '      ', '        ')}${CONFIRM_TAIL}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a map read in the catch of createUserWithEmailAndPassword',
      code: MAP_CODE,
      errors: [
        {
          messageId: 'missingCallMapKeys',
          line: 3,
          column: 7,
          data: { family: WEB, calls: '`createUserWithEmailAndPassword`', count: MAP_MISSING.length, list: list('firebase-auth', MAP_MISSING) },
        },
      ],
    },
    {
      name: 'after a call the family names no code for (signOut), the whole family is asked for',
      code: `${SIGNOUT_HEAD}\n${SIGNOUT_TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 7,
          column: 5,
          data: { family: AMPLIFY, count: SIGNOUT_MISSING.length, list: list('amplify-auth', SIGNOUT_MISSING) },
          suggestions: [
            { messageId: 'addDefault', output: `${SIGNOUT_HEAD}\n${DEFAULT_CLAUSE('      ', '        ')}${SIGNOUT_TAIL}` },
            {
              messageId: 'addMissingCases',
              output: `${SIGNOUT_HEAD}\n${clauses('amplify-auth', SIGNOUT_MISSING, '      ', '        ')}${SIGNOUT_TAIL}`,
            },
          ],
        },
      ],
    },
    {
      name: 'after a call of the file’s own wrapper, the whole family is asked for',
      code: `${WRAPPER_HEAD}\n${WRAPPER_TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 11,
          column: 5,
          data: { family: WEB, count: WRAPPER_MISSING.length, list: list('firebase-auth', WRAPPER_MISSING) },
          suggestions: [
            { messageId: 'addDefault', output: `${WRAPPER_HEAD}\n${DEFAULT_CLAUSE('      ', '        ')}${WRAPPER_TAIL}` },
            {
              messageId: 'addMissingCases',
              output: `${WRAPPER_HEAD}\n${clauses('firebase-auth', WRAPPER_MISSING, '      ', '        ')}${WRAPPER_TAIL}`,
            },
          ],
        },
      ],
    },
  ],
});
