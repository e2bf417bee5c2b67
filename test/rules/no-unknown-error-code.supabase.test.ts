import rule from '../../rules/no-unknown-error-code';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });

const FAMILY = 'Supabase Auth error codes';

/** How a message names a code's meaning: the catalog summary inside a sentence (lower-case start, no full stop). */
function meaning(code: string, locale: 'en' | 'ko' = 'en'): string {
  const text = defaultCatalog.lookup(code, 'supabase-auth')!.entry.summary[locale].replace(/\.$/, '');
  return locale === 'en' && /^[A-Z](?:[a-z]|\s)/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}

// ---------------------------------------------------------------------------------------------------------------
// A sign-in form that narrows with isAuthApiError and switches on the code.

/** The form's handler with these `case` labels, each returning its text. */
const SIGN_IN = (cases: readonly (readonly [string, string])[]) =>
  [
    "import { isAuthApiError } from '@supabase/supabase-js';",
    "import { supabase } from '@/lib/supabase';",
    '',
    'export async function signInWithEmail(email: string, password: string): Promise<string | null> {',
    '  const { error } = await supabase.auth.signInWithPassword({ email, password });',
    '  if (!error) return null;',
    '  if (isAuthApiError(error)) {',
    '    switch (error.code) {',
    ...cases.flatMap(([code, text]) => [`      case '${code}':`, `        return '${text}';`]),
    '      default:',
    "        return 'Sign-in failed. Please try again.';",
    '    }',
    '  }',
    "  return 'Network problem, please retry.';",
    '}',
  ].join('\n');

ruleTester.run('no-unknown-error-code (supabase): switch after isAuthApiError', rule, {
  valid: [
    {
      name: 'every label is a Supabase Auth code',
      code: SIGN_IN([
        ['invalid_credentials', 'Wrong email or password.'],
        ['email_not_confirmed', 'Confirm your email first.'],
        ['over_request_rate_limit', 'Too many attempts, wait a minute.'],
      ]),
    },
    {
      name: 'the same codes in UPPER_SNAKE case belong to another code system: no Supabase misspelling',
      code: SIGN_IN([
        ['invalid_credentials', 'Wrong email or password.'],
        ['EMAIL_NOT_CONFIRMED', 'Confirm your email first.'],
      ]),
    },
    {
      name: 'a label far from every code is the app’s own business',
      code: SIGN_IN([
        ['invalid_credentials', 'Wrong email or password.'],
        ['maintenance_window', 'We are down for maintenance.'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'a typo of email_not_confirmed',
      code: SIGN_IN([
        ['invalid_credentials', 'Wrong email or password.'],
        ['email_not_confirmd', 'Confirm your email first.'],
      ]),
      errors: [
        {
          messageId: 'unknownCode',
          line: 11,
          column: 12,
          endLine: 11,
          endColumn: 32,
          data: { label: 'email_not_confirmd', code: 'email_not_confirmed', meaning: meaning('email_not_confirmed'), family: FAMILY },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'email_not_confirmed' },
              output: SIGN_IN([
        ['invalid_credentials', 'Wrong email or password.'],
        ['email_not_confirmed', 'Confirm your email first.'],
      ]),
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Comparisons on `error.code`.

ruleTester.run('no-unknown-error-code (supabase): comparisons', rule, {
  valid: [
    {
      name: 'the right code after signInWithPassword',
      code: dedent`
        import { createClient } from '@supabase/supabase-js';
        const supabase = createClient(url, key);
        export async function login(email: string, password: string) {
          const { error } = await supabase.auth.signInWithPassword({ email, password });
          if (error?.code === 'invalid_credentials') return 'Wrong email or password.';
          return error ? 'Sign-in failed.' : null;
        }
      `,
    },
    {
      name: 'the same typo in a file that shows no sign of Supabase (an app’s own API)',
      code: dedent`
        export function describe(error: { code: string }) {
          if (error.code === 'email_not_confirmd') return 'Confirm your email first.';
          return 'Something went wrong.';
        }
      `,
    },
    {
      name: 'invalid_grant on the OAuth error field of a token response is correct: only `code` never holds it',
      code: dedent`
        import { createClient } from '@supabase/supabase-js';
        export async function refresh(tokenUrl: string, body: URLSearchParams) {
          const response = await fetch(tokenUrl, { method: 'POST', body });
          const data = await response.json();
          if (data.error === 'invalid_grant') return 'Please sign in again.';
          return data.access_token as string;
        }
      `,
    },
    {
      name: 'a helper of the app’s own that happens to be called isAuthError is no sign of Supabase',
      code: dedent`
        import { AuthError } from 'next-auth';
        const isAuthError = (e: unknown): e is AuthError => e instanceof AuthError;
        export function label(e: unknown) {
          if (isAuthError(e) && e.code === 'invalid_credential') return 'Wrong email or password.';
          return 'Error';
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'invalid_grant compared with error.code: auth-js never puts the OAuth error there',
      code: dedent`
        import { createClient } from '@supabase/supabase-js';
        const supabase = createClient(url, key);
        export async function login(email: string, password: string) {
          const { error } = await supabase.auth.signInWithPassword({ email, password });
          if (error && error.code === 'invalid_grant') return 'Wrong email or password.';
          return error ? 'Sign-in failed.' : null;
        }
      `,
      errors: [
        {
          messageId: 'renamedCode',
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 46,
          data: { label: 'invalid_grant', code: 'invalid_credentials', meaning: meaning('invalid_credentials'), family: FAMILY },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'invalid_credentials' },
              output: dedent`
                import { createClient } from '@supabase/supabase-js';
                const supabase = createClient(url, key);
                export async function login(email: string, password: string) {
                  const { error } = await supabase.auth.signInWithPassword({ email, password });
                  if (error && error.code === 'invalid_credentials') return 'Wrong email or password.';
                  return error ? 'Sign-in failed.' : null;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a lone misspelt comparison, told by the code’s name and the AuthApiError narrowing',
      code: dedent`
        export function onSignUpError(error: unknown) {
          if (error instanceof AuthApiError && error.code === 'weak_pasword') return 'Choose a stronger password.';
          return 'Could not create the account.';
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 2,
          column: 55,
          endLine: 2,
          endColumn: 69,
          data: { label: 'weak_pasword', code: 'weak_password', meaning: meaning('weak_password'), family: FAMILY },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'weak_password' },
              output: dedent`
                export function onSignUpError(error: unknown) {
                  if (error instanceof AuthApiError && error.code === 'weak_password') return 'Choose a stronger password.';
                  return 'Could not create the account.';
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
// A code → message map read with `error.code`.

ruleTester.run('no-unknown-error-code (supabase): code → message maps', rule, {
  valid: [
    {
      name: 'a map of real codes',
      code: dedent`
        import type { AuthError } from '@supabase/supabase-js';
        const MESSAGES: Record<string, string> = {
          invalid_credentials: 'Wrong email or password.',
          over_email_send_rate_limit: 'Too many emails, try again later.',
          default: 'Something went wrong.',
        };
        export const messageFor = (error: AuthError) => (error.code && MESSAGES[error.code]) || MESSAGES.default;
      `,
    },
  ],
  invalid: [
    {
      name: 'a key one letter off, reported in Korean',
      settings: { 'auth-errors': { locale: 'ko' } },
      code: dedent`
        import type { AuthError } from '@supabase/supabase-js';
        const MESSAGES: Record<string, string> = {
          invalid_credentials: '이메일 또는 비밀번호가 올바르지 않습니다.',
          over_email_send_rate_limt: '메일을 너무 많이 보냈습니다. 잠시 후 다시 시도하세요.',
        };
        export const messageFor = (error: AuthError) => (error.code && MESSAGES[error.code]) || error.message;
      `,
      errors: [
        {
          messageId: 'unknownCodeKo',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 28,
          data: {
            label: 'over_email_send_rate_limt',
            code: 'over_email_send_rate_limit',
            meaning: meaning('over_email_send_rate_limit', 'ko'),
            family: 'Supabase Auth 오류 코드',
          },
          suggestions: [
            {
              messageId: 'replaceCodeKo',
              data: { code: 'over_email_send_rate_limit' },
              output: dedent`
                import type { AuthError } from '@supabase/supabase-js';
                const MESSAGES: Record<string, string> = {
                  invalid_credentials: '이메일 또는 비밀번호가 올바르지 않습니다.',
                  over_email_send_rate_limit: '메일을 너무 많이 보냈습니다. 잠시 후 다시 시도하세요.',
                };
                export const messageFor = (error: AuthError) => (error.code && MESSAGES[error.code]) || error.message;
              `,
            },
          ],
        },
      ],
    },
  ],
});
