import rule from '../../rules/no-unknown-error-code';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });

const FAMILY = 'Amplify Auth (Cognito) error names';

/** How a message names a code's meaning: the catalog summary inside a sentence (lower-case start, no full stop). */
function meaning(code: string, locale: 'en' | 'ko' = 'en'): string {
  const text = defaultCatalog.lookup(code, 'amplify-auth')!.entry.summary[locale].replace(/\.$/, '');
  return locale === 'en' && /^[A-Z](?:[a-z]|\s)/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}

// ---------------------------------------------------------------------------------------------------------------
// A sign-in form that switches on the name of the AuthError.

/** The form's handler with these `case` labels, each returning its text. */
const SIGN_IN = (cases: readonly (readonly [string, string])[]) =>
  [
    "import { AuthError, signIn } from 'aws-amplify/auth';",
    '',
    'export async function login(username: string, password: string): Promise<string | null> {',
    '  try {',
    '    await signIn({ username, password });',
    '    return null;',
    '  } catch (err) {',
    '    if (!(err instanceof AuthError)) throw err;',
    '    switch (err.name) {',
    ...cases.flatMap(([code, text]) => [`      case '${code}':`, `        return '${text}';`]),
    '      default:',
    '        return err.message;',
    '    }',
    '  }',
    '}',
  ].join('\n');

ruleTester.run('no-unknown-error-code (amplify): switch on err.name', rule, {
  valid: [
    {
      name: 'every label is an Amplify or Cognito name',
      code: SIGN_IN([
        ['UserNotConfirmedException', 'Confirm your account first.'],
        ['NotAuthorizedException', 'Wrong username or password.'],
        ['EmptySignInUsername', 'Enter your username.'],
      ]),
    },
    {
      name: 'a typo next to AWS-wide names only: no sign that the switch is about Amplify’s names',
      code: SIGN_IN([
        ['UserNotConfirmedExeption', 'Confirm your account first.'],
        ['NotAuthorizedException', 'Wrong username or password.'],
      ]),
    },
    {
      name: 'a label far from every name is the app’s own business',
      code: SIGN_IN([
        ['UserNotConfirmedException', 'Confirm your account first.'],
        ['MaintenanceModeError', 'We are down for maintenance.'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'a typo of UserNotConfirmedException',
      code: SIGN_IN([
        ['UserNotConfirmedExeption', 'Confirm your account first.'],
        ['NotAuthorizedException', 'Wrong username or password.'],
        ['PasswordResetRequiredException', 'Reset your password to continue.'],
      ]),
      errors: [
        {
          messageId: 'unknownCode',
          line: 10,
          column: 12,
          endLine: 10,
          endColumn: 38,
          data: { label: 'UserNotConfirmedExeption', code: 'UserNotConfirmedException', meaning: meaning('UserNotConfirmedException'), family: FAMILY },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'UserNotConfirmedException' },
              output: SIGN_IN([
                ['UserNotConfirmedException', 'Confirm your account first.'],
                ['NotAuthorizedException', 'Wrong username or password.'],
                ['PasswordResetRequiredException', 'Reset your password to continue.'],
              ]),
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Comparisons on `err.name`.

ruleTester.run('no-unknown-error-code (amplify): comparisons', rule, {
  valid: [
    {
      name: 'the right name after signUp',
      code: dedent`
        import { signUp } from 'aws-amplify/auth';
        export async function register(username: string, password: string, email: string) {
          try {
            await signUp({ username, password, options: { userAttributes: { email } } });
            return 'Check your inbox for the code.';
          } catch (err) {
            if (err instanceof Error && err.name === 'UsernameExistsException') return 'That username is taken.';
            return 'Sign-up failed.';
          }
        }
      `,
    },
    {
      name: 'the same typo in a file of another AWS SDK: not Amplify',
      code: dedent`
        import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
        const client = new DynamoDBClient({});
        export async function load(key: string) {
          try {
            return await client.send(new GetItemCommand({ TableName: 'users', Key: { id: { S: key } } }));
          } catch (err) {
            if (err instanceof Error && err.name === 'ResourceNotFoundExeption') return undefined;
            throw err;
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a typo of UsernameExistsException, in Korean',
      settings: { 'auth-errors': { locale: 'ko' } },
      code: dedent`
        import { signUp } from 'aws-amplify/auth';
        export async function register(username: string, password: string) {
          try {
            await signUp({ username, password });
            return null;
          } catch (err) {
            if (err instanceof Error && err.name === 'UsernameExistException') return '이미 쓰이는 사용자 이름입니다.';
            return '가입하지 못했습니다.';
          }
        }
      `,
      errors: [
        {
          messageId: 'unknownCodeKo',
          line: 7,
          column: 46,
          endLine: 7,
          endColumn: 70,
          data: { label: 'UsernameExistException', code: 'UsernameExistsException', meaning: meaning('UsernameExistsException', 'ko'), family: 'Amplify Auth(Cognito) 오류 이름' },
          suggestions: [
            {
              messageId: 'replaceCodeKo',
              data: { code: 'UsernameExistsException' },
              output: dedent`
                import { signUp } from 'aws-amplify/auth';
                export async function register(username: string, password: string) {
                  try {
                    await signUp({ username, password });
                    return null;
                  } catch (err) {
                    if (err instanceof Error && err.name === 'UsernameExistsException') return '이미 쓰이는 사용자 이름입니다.';
                    return '가입하지 못했습니다.';
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
// A table of messages keyed by name.

ruleTester.run('no-unknown-error-code (amplify): message maps', rule, {
  valid: [
    {
      name: 'every key is an Amplify name, read with a fallback',
      code: dedent`
        import { confirmSignUp } from 'aws-amplify/auth';
        const MESSAGES: Record<string, string> = {
          CodeMismatchException: 'That code is not right.',
          ExpiredCodeException: 'That code has expired; we sent a new one.',
        };
        export async function confirm(username: string, confirmationCode: string) {
          try {
            await confirmSignUp({ username, confirmationCode });
            return null;
          } catch (err) {
            return (err instanceof Error && MESSAGES[err.name]) || 'Confirmation failed.';
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a key one letter off',
      code: dedent`
        import { confirmSignUp } from 'aws-amplify/auth';
        const MESSAGES: Record<string, string> = {
          CodeMismatchException: 'That code is not right.',
          ExpiredCodeExeption: 'That code has expired; we sent a new one.',
        };
        export async function confirm(username: string, confirmationCode: string) {
          try {
            await confirmSignUp({ username, confirmationCode });
            return null;
          } catch (err) {
            return (err instanceof Error && MESSAGES[err.name]) || 'Confirmation failed.';
          }
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 22,
          data: { label: 'ExpiredCodeExeption', code: 'ExpiredCodeException', meaning: meaning('ExpiredCodeException'), family: FAMILY },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'ExpiredCodeException' },
              output: dedent`
                import { confirmSignUp } from 'aws-amplify/auth';
                const MESSAGES: Record<string, string> = {
                  CodeMismatchException: 'That code is not right.',
                  ExpiredCodeException: 'That code has expired; we sent a new one.',
                };
                export async function confirm(username: string, confirmationCode: string) {
                  try {
                    await confirmSignUp({ username, confirmationCode });
                    return null;
                  } catch (err) {
                    return (err instanceof Error && MESSAGES[err.name]) || 'Confirmation failed.';
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
