import rule from '../../rules/no-unknown-error-code';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });

const FAMILY = 'Better Auth error codes';

/** How a message names a code's meaning: the catalog summary inside a sentence (lower-case start, no full stop). */
function meaning(code: string, locale: 'en' | 'ko' = 'en'): string {
  const text = defaultCatalog.lookup(code, 'better-auth')!.entry.summary[locale].replace(/\.$/, '');
  return locale === 'en' && /^[A-Z](?:[a-z]|\s)/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparisons on the client's `error.code`.

ruleTester.run('no-unknown-error-code (better-auth): comparisons', rule, {
  valid: [
    {
      name: 'the sign-up form compares with the code Better Auth sends for a taken email',
      code: dedent`
        import { authClient } from '@/lib/auth-client';
        import { createAuthClient } from 'better-auth/react';
        export async function register(email: string, password: string, name: string) {
          const { error } = await authClient.signUp.email({ email, password, name });
          if (error?.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') return 'That email is taken.';
          if (error?.code === 'PASSWORD_TOO_SHORT') return 'Use a longer password.';
          return error ? 'Could not sign up.' : null;
        }
      `,
    },
    {
      name: 'the $ERROR_CODES object read for its code',
      code: dedent`
        import { authClient } from '@/lib/auth-client';
        export async function signIn(email: string, password: string) {
          const { error } = await authClient.signIn.email({ email, password });
          if (error?.code === authClient.$ERROR_CODES.INVALID_EMAIL_OR_PASSWORD.code) return 'Wrong email or password.';
          return null;
        }
      `,
    },
    {
      name: 'a typo in a file that shows no sign of Better Auth (an app’s own API codes)',
      code: dedent`
        export function describe(error: { code: string }) {
          if (error.code === 'INVALID_EMAIL_OR_PASWORD') return 'Wrong email or password.';
          return 'Something went wrong.';
        }
      `,
    },
    {
      name: 'a lower_snake spelling is another code system, not a Better Auth typo',
      code: dedent`
        import { createAuthClient } from 'better-auth/client';
        export function fromQuery(params: URLSearchParams) {
          if (params.get('error') === 'invalid_email_or_password') return 'Wrong email or password.';
          return null;
        }
      `,
    },
    {
      name: 'a code another built-in plugin defines is no misspelling of a near one (OTP vs TOTP)',
      code: dedent`
        import { twoFactorClient } from 'better-auth/client/plugins';
        export function twoFactorMessage(error: { code?: string }) {
          if (error.code === 'OTP_NOT_CONFIGURED') return 'Codes by email are not available.';
          if (error.code === 'TOTP_NOT_CONFIGURED') return 'Authenticator apps are not available.';
          return 'Two-factor failed.';
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'USER_ALREADY_EXISTS: declared, but sign-up sends USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL',
      code: dedent`
        import { authClient } from '@/lib/auth-client';
        import { createAuthClient } from 'better-auth/react';
        export async function register(email: string, password: string, name: string) {
          const { error } = await authClient.signUp.email({ email, password, name });
          if (error?.code === 'USER_ALREADY_EXISTS') return 'That email is taken.';
          return error ? 'Could not sign up.' : null;
        }
      `,
      errors: [
        {
          messageId: 'renamedCode',
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 44,
          data: {
            label: 'USER_ALREADY_EXISTS',
            code: 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL',
            meaning: meaning('USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL'),
            family: FAMILY,
          },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL' },
              output: dedent`
                import { authClient } from '@/lib/auth-client';
                import { createAuthClient } from 'better-auth/react';
                export async function register(email: string, password: string, name: string) {
                  const { error } = await authClient.signUp.email({ email, password, name });
                  if (error?.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') return 'That email is taken.';
                  return error ? 'Could not sign up.' : null;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a typo of a two-factor code, in a file that uses $ERROR_CODES',
      code: dedent`
        export function verifyMessage(code: string | undefined, codes: typeof authClient.$ERROR_CODES) {
          if (code === 'INVALID_BACKUP_COD') return 'That backup code does not work.';
          return codes.INVALID_CODE.message;
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 36,
          data: { label: 'INVALID_BACKUP_COD', code: 'INVALID_BACKUP_CODE', meaning: meaning('INVALID_BACKUP_CODE'), family: FAMILY },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'INVALID_BACKUP_CODE' },
              output: dedent`
                export function verifyMessage(code: string | undefined, codes: typeof authClient.$ERROR_CODES) {
                  if (code === 'INVALID_BACKUP_CODE') return 'That backup code does not work.';
                  return codes.INVALID_CODE.message;
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
// A switch in an organization screen.

ruleTester.run('no-unknown-error-code (better-auth): switch', rule, {
  valid: [
    {
      name: 'tRPC error codes in a file that also imports Better Auth are not Better Auth codes',
      code: dedent`
        import { betterAuth } from 'better-auth';
        import { TRPCError } from '@trpc/server';
        export function statusOf(error: TRPCError) {
          switch (error.code) {
            case 'UNAUTHORIZED':
              return 401;
            case 'FORBIDDEN':
              return 403;
            case 'NOT_FOUND':
              return 404;
            default:
              return 500;
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a slug code with a letter missing, reported in Korean',
      settings: { 'auth-errors': { locale: 'ko' } },
      code: dedent`
        import { organizationClient } from 'better-auth/client/plugins';
        export function orgError(code: string | undefined): string {
          switch (code) {
            case 'ORGANIZATION_SLUG_ALREADY_TAKN':
              return '이미 쓰이는 주소입니다.';
            case 'YOU_HAVE_REACHED_THE_MAXIMUM_NUMBER_OF_ORGANIZATIONS':
              return '조직을 더 만들 수 없습니다.';
            default:
              return '조직을 만들지 못했습니다.';
          }
        }
      `,
      errors: [
        {
          messageId: 'unknownCodeKo',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 42,
          data: {
            label: 'ORGANIZATION_SLUG_ALREADY_TAKN',
            code: 'ORGANIZATION_SLUG_ALREADY_TAKEN',
            meaning: meaning('ORGANIZATION_SLUG_ALREADY_TAKEN', 'ko'),
            family: 'Better Auth 오류 코드',
          },
          suggestions: [
            {
              messageId: 'replaceCodeKo',
              data: { code: 'ORGANIZATION_SLUG_ALREADY_TAKEN' },
              output: dedent`
                import { organizationClient } from 'better-auth/client/plugins';
                export function orgError(code: string | undefined): string {
                  switch (code) {
                    case 'ORGANIZATION_SLUG_ALREADY_TAKEN':
                      return '이미 쓰이는 주소입니다.';
                    case 'YOU_HAVE_REACHED_THE_MAXIMUM_NUMBER_OF_ORGANIZATIONS':
                      return '조직을 더 만들 수 없습니다.';
                    default:
                      return '조직을 만들지 못했습니다.';
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
// A code → message map, next to the BaaS family's codes.

ruleTester.run('no-unknown-error-code (better-auth): maps', rule, {
  valid: [
    {
      name: 'a BaaS body (`result: "FAIL"`, `errorCode`) with BaaS codes is not read as Better Auth',
      code: dedent`
        const TEXT: Record<string, string> = {
          USER_ALREADY_EXISTS: 'That ID is taken.',
          PASSWORD_TOO_SHORT: 'Use at least 8 characters.',
        };
        export function show(body: { result: string; errorCode: string }) {
          if (body.result === 'FAIL') return TEXT[body.errorCode];
          return '';
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a map of Better Auth codes with one typo',
      code: dedent`
        import { createAuthClient } from 'better-auth/react';
        export const authClient = createAuthClient();
        const TEXT: Record<string, string> = {
          INVALID_EMAIL_OR_PASSWORD: 'Wrong email or password.',
          EMAIL_NOT_VERIFED: 'Verify your email first.',
        };
        export const textFor = (error: { code?: string }) => (error.code && TEXT[error.code]) || 'Sign-in failed.';
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 20,
          data: { label: 'EMAIL_NOT_VERIFED', code: 'EMAIL_NOT_VERIFIED', meaning: meaning('EMAIL_NOT_VERIFIED'), family: FAMILY },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'EMAIL_NOT_VERIFIED' },
              output: dedent`
                import { createAuthClient } from 'better-auth/react';
                export const authClient = createAuthClient();
                const TEXT: Record<string, string> = {
                  INVALID_EMAIL_OR_PASSWORD: 'Wrong email or password.',
                  EMAIL_NOT_VERIFIED: 'Verify your email first.',
                };
                export const textFor = (error: { code?: string }) => (error.code && TEXT[error.code]) || 'Sign-in failed.';
              `,
            },
          ],
        },
      ],
    },
  ],
});
