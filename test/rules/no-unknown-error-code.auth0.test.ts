import rule from '../../rules/no-unknown-error-code';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });

const FAMILY = 'Auth0 error codes';

/** How a message names a code's meaning: the catalog summary inside a sentence (lower-case start, no full stop). */
function meaning(code: string, locale: 'en' | 'ko' = 'en'): string {
  const text = defaultCatalog.lookup(code, 'auth0')!.entry.summary[locale].replace(/\.$/, '');
  return locale === 'en' && /^[A-Z](?:[a-z]|\s)/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}

// ---------------------------------------------------------------------------------------------------------------
// A silent token read in a single-page app that switches on the GenericError's `error`.

/** The token helper with these `case` labels, each returning its action. */
const GET_TOKEN = (cases: readonly (readonly [string, string])[]) =>
  [
    "import { GenericError, type Auth0Client } from '@auth0/auth0-spa-js';",
    '',
    'export async function tokenOrAction(client: Auth0Client): Promise<string> {',
    '  try {',
    '    return await client.getTokenSilently();',
    '  } catch (e) {',
    '    if (!(e instanceof GenericError)) throw e;',
    '    switch (e.error) {',
    ...cases.flatMap(([code, action]) => [`      case '${code}':`, `        return '${action}';`]),
    '      default:',
    "        return 'retry';",
    '    }',
    '  }',
    '}',
  ].join('\n');

ruleTester.run('no-unknown-error-code (auth0): switch on e.error', rule, {
  valid: [
    {
      name: 'every label is an Auth0 code',
      code: GET_TOKEN([
        ['login_required', 'redirect'],
        ['consent_required', 'popup'],
        ['missing_refresh_token', 'redirect'],
      ]),
    },
    {
      name: 'a label far from every code is the app’s own business',
      code: GET_TOKEN([
        ['login_required', 'redirect'],
        ['tenant_suspended_locally', 'contact-support'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'a typo of login_required',
      code: GET_TOKEN([
        ['login_requried', 'redirect'],
        ['consent_required', 'popup'],
      ]),
      errors: [
        {
          messageId: 'unknownCode',
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 28,
          data: { label: 'login_requried', code: 'login_required', meaning: meaning('login_required'), family: FAMILY },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'login_required' },
              output: GET_TOKEN([
                ['login_required', 'redirect'],
                ['consent_required', 'popup'],
              ]),
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Comparisons on `e.code` (nextjs-auth0) and `e.error` (auth0-spa-js).

ruleTester.run('no-unknown-error-code (auth0): comparisons', rule, {
  valid: [
    {
      name: 'the right code after getAccessToken, as a string and as the enum member',
      code: dedent`
        import { AccessTokenError, AccessTokenErrorCode } from '@auth0/nextjs-auth0/errors';
        import { auth0 } from '@/lib/auth0';
        export async function token() {
          try {
            return (await auth0.getAccessToken()).token;
          } catch (e) {
            if (e instanceof AccessTokenError && e.code === 'missing_session') return null;
            if (e instanceof AccessTokenError && e.code === AccessTokenErrorCode.SESSION_EXPIRED) return null;
            throw e;
          }
        }
      `,
    },
    {
      name: 'a lone comparison with a misspelt generic word (missing_session) is not enough to call it a typo',
      code: dedent`
        import { AccessTokenError } from '@auth0/nextjs-auth0/errors';
        export function isSignedOut(e: unknown) {
          return e instanceof AccessTokenError && e.code === 'missing_sesion';
        }
      `,
    },
    {
      name: 'the same typo in a file that shows no sign of Auth0 (another OAuth client)',
      code: dedent`
        import { UserManager } from 'oidc-client-ts';
        export async function renew(manager: UserManager) {
          try {
            return await manager.signinSilent();
          } catch (e) {
            if ((e as { error?: string }).error === 'login_requried') return manager.signinRedirect();
            throw e;
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a typo of failed_to_refresh_token, in Korean',
      settings: { 'auth-errors': { locale: 'ko' } },
      code: dedent`
        import { AccessTokenError } from '@auth0/nextjs-auth0/errors';
        export function mustSignInAgain(e: unknown) {
          return e instanceof AccessTokenError && e.code === 'failed_to_refresh_tokn';
        }
      `,
      errors: [
        {
          messageId: 'unknownCodeKo',
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 78,
          data: { label: 'failed_to_refresh_tokn', code: 'failed_to_refresh_token', meaning: meaning('failed_to_refresh_token', 'ko'), family: 'Auth0 오류 코드' },
          suggestions: [
            {
              messageId: 'replaceCodeKo',
              data: { code: 'failed_to_refresh_token' },
              output: dedent`
                import { AccessTokenError } from '@auth0/nextjs-auth0/errors';
                export function mustSignInAgain(e: unknown) {
                  return e instanceof AccessTokenError && e.code === 'failed_to_refresh_token';
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

ruleTester.run('no-unknown-error-code (auth0): message maps', rule, {
  valid: [
    {
      name: 'every key is an Auth0 code, read with a fallback',
      code: dedent`
        import { useAuth0 } from '@auth0/auth0-react';
        const MESSAGES: Record<string, string> = {
          access_denied: 'You declined to share your profile.',
          consent_required: 'Please approve the requested access.',
        };
        export function useSignInProblem(): string | null {
          const { error } = useAuth0();
          const code = (error as { error?: string } | undefined)?.error ?? '';
          return MESSAGES[code] ?? error?.message ?? null;
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a key one letter off',
      code: dedent`
        import { useAuth0 } from '@auth0/auth0-react';
        const MESSAGES: Record<string, string> = {
          login_required: 'Please sign in again.',
          interaction_requird: 'Finish signing in in the window we open.',
        };
        export function useSignInProblem(): string | null {
          const { error } = useAuth0();
          const code = (error as { error?: string } | undefined)?.error ?? '';
          return MESSAGES[code] ?? null;
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 22,
          data: { label: 'interaction_requird', code: 'interaction_required', meaning: meaning('interaction_required'), family: FAMILY },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'interaction_required' },
              output: dedent`
                import { useAuth0 } from '@auth0/auth0-react';
                const MESSAGES: Record<string, string> = {
                  login_required: 'Please sign in again.',
                  interaction_required: 'Finish signing in in the window we open.',
                };
                export function useSignInProblem(): string | null {
                  const { error } = useAuth0();
                  const code = (error as { error?: string } | undefined)?.error ?? '';
                  return MESSAGES[code] ?? null;
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
