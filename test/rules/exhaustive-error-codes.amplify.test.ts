import { describe, expect, it } from 'vitest';

import rule from '../../rules/exhaustive-error-codes';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });

const FAMILY = 'Amplify Auth (Cognito) error names';

function summary(code: string): string {
  const entry = defaultCatalog.lookup(code, 'amplify-auth')?.entry;
  if (!entry) throw new Error(`no amplify-auth code ${code}`);
  return entry.summary.en;
}

/** The Amplify names still raised, minus the handled ones, in catalog order. */
function missingExcept(handled: readonly string[]): string[] {
  return defaultCatalog.missingCodes('amplify-auth', handled).map((entry) => entry.code);
}

/** The Cognito names the package says `signIn` raises (its `@throws` enums), minus the handled ones, in catalog order. */
function raisedBySignInExcept(handled: readonly string[]): string[] {
  return defaultCatalog
    .missingCodes('amplify-auth', handled)
    .filter((entry) => entry.raisedBy?.includes('signIn'))
    .map((entry) => entry.code);
}

/** The message's list: the first three names, then how many more. */
function listOf(codes: readonly string[]): string {
  const shown = codes.slice(0, 3).map((code) => `\`${code}\``);
  return codes.length > 3 ? `${shown.join(', ')} and ${codes.length - 3} more` : shown.join(', ');
}

function clauses(codes: readonly string[], caseIndent: string, bodyIndent: string): string {
  return codes.map((code) => `${caseIndent}case '${code}': // ${summary(code)}\n${bodyIndent}break;\n`).join('');
}

const DEFAULT_CLAUSE = (caseIndent: string, bodyIndent: string) =>
  `${caseIndent}default:\n${bodyIndent}// Codes not handled above, including ones the server adds later.\n${bodyIndent}break;\n`;

// ---------------------------------------------------------------------------------------------------------------
// A sign-in form that switches on the name of the AuthError.

const HANDLED = ['UserNotConfirmedException', 'PasswordResetRequiredException', 'UserNotFoundException'];

const HEAD = dedent`
  import { signIn } from 'aws-amplify/auth';

  export async function login(username: string, password: string): Promise<string> {
    let message = '';
    try {
      await signIn({ username, password });
    } catch (err) {
      if (!(err instanceof Error)) throw err;
      switch (err.name) {
        case 'UserNotConfirmedException':
          message = 'Confirm your account first.';
          break;
        case 'PasswordResetRequiredException':
          message = 'Reset your password to continue.';
          break;
        case 'UserNotFoundException':
          message = 'Wrong username or password.';
          break;
`;

const TAIL = ['    }', '  }', '  return message;', '}'].join('\n');

// The same cases in a helper that every form hands its caught error to: no call is tied to the switch.
const HELPER_HEAD = dedent`
  import { AuthError } from 'aws-amplify/auth';

  export function describeFailure(err: unknown): string {
    if (!(err instanceof AuthError)) return 'Something went wrong.';
    switch (err.name) {
      case 'UserNotConfirmedException':
        return 'Confirm your account first.';
      case 'PasswordResetRequiredException':
        return 'Reset your password to continue.';
      case 'UserNotFoundException':
        return 'Wrong username or password.';
`;
const HELPER_TAIL = ['  }', '  return err.message;', '}'].join('\n');

ruleTester.run('exhaustive-error-codes (amplify): switch on err.name', rule, {
  valid: [
    {
      name: 'the same switch with a default',
      code: `${HEAD}\n      default:\n        message = err.message;\n${TAIL}`,
    },
    {
      name: 'the same labels in a file of another AWS SDK',
      code: dedent`
        import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
        const client = new CognitoIdentityProviderClient({});
        export async function login(input: InitiateAuthCommand['input']) {
          try {
            return await client.send(new InitiateAuthCommand(input));
          } catch (err) {
            switch ((err as Error).name) {
              case 'UserNotConfirmedException':
                return 'confirm';
              case 'PasswordResetRequiredException':
                return 'reset';
              case 'UserNotFoundException':
                return 'unknown';
            }
            throw err;
          }
        }
      `,
    },
    {
      name: 'a switch of the app’s own error names in an Amplify file',
      code: dedent`
        import { fetchAuthSession } from 'aws-amplify/auth';
        export async function upload(file: File) {
          const { tokens } = await fetchAuthSession();
          try {
            return await send(file, tokens?.accessToken.toString());
          } catch (err) {
            switch ((err as Error).name) {
              case 'QuotaExceededError':
                return 'Your storage is full.';
              case 'AbortError':
                return 'Upload cancelled.';
              case 'NotAuthorizedException':
                return 'Sign in again.';
            }
            throw err;
          }
        }
        declare function send(file: File, token?: string): Promise<void>;
      `,
    },
  ],
  invalid: [
    {
      name: 'no default, in the catch of signIn: the other names signIn raises reach no branch',
      code: `${HEAD}\n${TAIL}`,
      errors: [
        {
          messageId: 'missingCallCases',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 11,
          data: { family: FAMILY, calls: '`signIn`', count: raisedBySignInExcept(HANDLED).length, list: listOf(raisedBySignInExcept(HANDLED)) },
          suggestions: [
            { messageId: 'addDefault', output: `${HEAD}\n${DEFAULT_CLAUSE('      ', '        ')}${TAIL}` },
            {
              messageId: 'addMissingCases',
              data: { count: raisedBySignInExcept(HANDLED).length },
              output: `${HEAD}\n${clauses(raisedBySignInExcept(HANDLED), '      ', '        ')}${TAIL}`,
            },
          ],
        },
      ],
    },
    {
      name: 'no default, in a helper any caught error is handed to: every other name Amplify can raise reaches no branch',
      code: `${HELPER_HEAD}\n${HELPER_TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 5,
          column: 3,
          data: { family: FAMILY, count: missingExcept(HANDLED).length, list: listOf(missingExcept(HANDLED)) },
          suggestions: [
            { messageId: 'addDefault', output: `${HELPER_HEAD}\n${DEFAULT_CLAUSE('    ', '      ')}${HELPER_TAIL}` },
            {
              messageId: 'addMissingCases',
              data: { count: missingExcept(HANDLED).length },
              output: `${HELPER_HEAD}\n${clauses(missingExcept(HANDLED), '    ', '      ')}${HELPER_TAIL}`,
            },
          ],
        },
      ],
    },
  ],
});

describe('the names an Amplify switch is asked for', () => {
  it('in the catch of signIn: the members of InitiateAuthException and RespondToAuthChallengeException only', () => {
    const raised = raisedBySignInExcept(HANDLED);
    expect(raised).toContain('NotAuthorizedException');
    expect(raised).toContain('CodeMismatchException');
    expect(raised).not.toContain('UsernameExistsException');
    expect(raised).not.toContain('EmptySignUpUsername');
  });

  it('leaves out the validation name no call raises and keeps the SDK and configuration names', () => {
    const missing = missingExcept(HANDLED);
    expect(missing).not.toContain('EmptyresendSignUpCodeUsername');
    expect(missing).toContain('EmptySignUpUsername');
    expect(missing).toContain('UserUnAuthenticatedException');
    expect(missing).toContain('AuthUserPoolException');
    expect(missing).toHaveLength(defaultCatalog.family('amplify-auth')!.entries.length - 1 - HANDLED.length);
  });
});
