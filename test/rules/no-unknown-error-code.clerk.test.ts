import rule from '../../rules/no-unknown-error-code';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });

const FAMILY = 'Clerk error codes';

/** How a message names a code's meaning: the catalog summary inside a sentence (lower-case start, no full stop). */
function meaning(code: string, locale: 'en' | 'ko' = 'en'): string {
  const text = defaultCatalog.lookup(code, 'clerk')!.entry.summary[locale].replace(/\.$/, '');
  return locale === 'en' && /^[A-Z](?:[a-z]|\s)/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}

// ---------------------------------------------------------------------------------------------------------------
// A custom sign-in form that narrows with isClerkAPIResponseError and switches on the first error's code.

/** The form's submit handler with these `case` labels, each setting its text. */
const SIGN_IN = (cases: readonly (readonly [string, string])[]) =>
  [
    "import { useSignIn } from '@clerk/nextjs';",
    "import { isClerkAPIResponseError } from '@clerk/nextjs/errors';",
    '',
    'export function usePasswordSignIn(setError: (text: string) => void) {',
    '  const { signIn } = useSignIn();',
    '  return async (identifier: string, password: string) => {',
    '    try {',
    '      await signIn?.create({ identifier, password });',
    '    } catch (err) {',
    '      if (!isClerkAPIResponseError(err)) throw err;',
    '      switch (err.errors[0]?.code) {',
    ...cases.flatMap(([code, text]) => [`        case '${code}':`, `          setError('${text}');`, '          break;']),
    '        default:',
    "          setError(err.errors[0]?.longMessage ?? 'Sign-in failed.');",
    '      }',
    '    }',
    '  };',
    '}',
  ].join('\n');

ruleTester.run('no-unknown-error-code (clerk): switch after isClerkAPIResponseError', rule, {
  valid: [
    {
      name: 'every label is a Clerk code',
      code: SIGN_IN([
        ['form_password_incorrect', 'That password is not right.'],
        ['form_identifier_not_found', 'No account with that email.'],
        ['user_locked', 'Too many attempts; try again later.'],
      ]),
    },
    {
      name: 'the UPPER_SNAKE key of ERROR_CODES is another convention: no Clerk misspelling',
      code: SIGN_IN([
        ['form_password_incorrect', 'That password is not right.'],
        ['FORM_IDENTIFIER_NOT_FOUND', 'No account with that email.'],
      ]),
    },
    {
      name: 'a label far from every code is the app’s own business',
      code: SIGN_IN([
        ['form_password_incorrect', 'That password is not right.'],
        ['legacy_account_migrating', 'Your account is being moved.'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'a typo of form_password_incorrect',
      code: SIGN_IN([
        ['form_password_incorect', 'That password is not right.'],
        ['form_identifier_not_found', 'No account with that email.'],
      ]),
      errors: [
        {
          messageId: 'unknownCode',
          line: 12,
          column: 14,
          endLine: 12,
          endColumn: 38,
          data: { label: 'form_password_incorect', code: 'form_password_incorrect', meaning: meaning('form_password_incorrect'), family: FAMILY },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'form_password_incorrect' },
              output: SIGN_IN([
                ['form_password_incorrect', 'That password is not right.'],
                ['form_identifier_not_found', 'No account with that email.'],
              ]),
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Comparisons on `err.errors[0].code`.

ruleTester.run('no-unknown-error-code (clerk): comparisons', rule, {
  valid: [
    {
      name: 'the right code after signUp.create',
      code: dedent`
        import { useSignUp } from '@clerk/clerk-react';
        import { isClerkAPIResponseError } from '@clerk/clerk-react/errors';
        export function useRegister() {
          const { signUp } = useSignUp();
          return async (emailAddress: string, password: string) => {
            try {
              await signUp?.create({ emailAddress, password });
              return null;
            } catch (err) {
              if (isClerkAPIResponseError(err) && err.errors[0]?.code === 'form_identifier_exists') return 'That email is taken.';
              return 'Sign-up failed.';
            }
          };
        }
      `,
    },
    {
      name: 'the same typo in a file that shows no sign of Clerk (an app’s own API)',
      code: dedent`
        export function describeFailure(failure: { errors: { code: string }[] }) {
          if (failure.errors[0]?.code === 'form_password_incorect') return 'Wrong password.';
          return 'Something went wrong.';
        }
      `,
    },
    {
      name: 'a code__field localization key compared outside any Clerk file',
      code: dedent`
        const messages: Record<string, string> = {};
        export function label(code: string) {
          if (code === 'form_identifier_exists__email_address') return messages[code];
          return code;
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a typo of form_identifier_exists, in Korean',
      settings: { 'auth-errors': { locale: 'ko' } },
      code: dedent`
        import { isClerkAPIResponseError } from '@clerk/nextjs/errors';
        export function signUpMessage(err: unknown) {
          if (isClerkAPIResponseError(err) && err.errors[0]?.code === 'form_identifer_exists') return '이미 가입된 이메일입니다.';
          return '가입하지 못했습니다.';
        }
      `,
      errors: [
        {
          messageId: 'unknownCodeKo',
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 86,
          data: { label: 'form_identifer_exists', code: 'form_identifier_exists', meaning: meaning('form_identifier_exists', 'ko'), family: 'Clerk 오류 코드' },
          suggestions: [
            {
              messageId: 'replaceCodeKo',
              data: { code: 'form_identifier_exists' },
              output: dedent`
                import { isClerkAPIResponseError } from '@clerk/nextjs/errors';
                export function signUpMessage(err: unknown) {
                  if (isClerkAPIResponseError(err) && err.errors[0]?.code === 'form_identifier_exists') return '이미 가입된 이메일입니다.';
                  return '가입하지 못했습니다.';
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
// A table of messages keyed by code.

ruleTester.run('no-unknown-error-code (clerk): message maps', rule, {
  valid: [
    {
      name: 'every key is a Clerk code, read with a fallback',
      code: dedent`
        import { isClerkAPIResponseError } from '@clerk/shared/error';
        const MESSAGES: Record<string, string> = {
          form_code_incorrect: 'That code is not right.',
          verification_expired_custom: 'Ask for a new code.',
        };
        export function codeMessage(err: unknown): string {
          if (!isClerkAPIResponseError(err)) return 'Something went wrong.';
          const code = err.errors[0]?.code ?? '';
          return MESSAGES[code] ?? err.errors[0]?.longMessage ?? 'Verification failed.';
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a key one letter off',
      code: dedent`
        import { isClerkAPIResponseError } from '@clerk/shared/error';
        const MESSAGES: Record<string, string> = {
          form_code_incorrect: 'That code is not right.',
          form_password_pwnd: 'This password was found in a data breach.',
        };
        export function codeMessage(err: unknown): string {
          if (!isClerkAPIResponseError(err)) return 'Something went wrong.';
          const code = err.errors[0]?.code ?? '';
          return MESSAGES[code] ?? 'Verification failed.';
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 21,
          data: { label: 'form_password_pwnd', code: 'form_password_pwned', meaning: meaning('form_password_pwned'), family: FAMILY },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'form_password_pwned' },
              output: dedent`
                import { isClerkAPIResponseError } from '@clerk/shared/error';
                const MESSAGES: Record<string, string> = {
                  form_code_incorrect: 'That code is not right.',
                  form_password_pwned: 'This password was found in a data breach.',
                };
                export function codeMessage(err: unknown): string {
                  if (!isClerkAPIResponseError(err)) return 'Something went wrong.';
                  const code = err.errors[0]?.code ?? '';
                  return MESSAGES[code] ?? 'Verification failed.';
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
