import * as path from 'node:path';

import rule from '../../rules/exhaustive-error-codes';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester, createTypedRuleTester, typedFixtureDir } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });
// A file that does not exist on disk: the project service lints it in its default project (the fixture's
// tsconfig). The fixture's own `file.ts` is part of that project and clashes with `allowDefaultProject`.
const typedFile = path.join(typedFixtureDir, 'exhaustive-error-codes.ts');

/** The catalog's one-sentence meaning of a code, as the generated `case` comments spell it. */
function summary(familyId: string, code: string, locale: 'en' | 'ko' = 'en'): string {
  const entry = defaultCatalog.lookup(code, familyId)?.entry;
  if (!entry) throw new Error(`no ${familyId} code ${code}`);
  return entry.summary[locale];
}

/** Generated clauses for `codes`, one `case` with its meaning and a `break` each. */
function clauses(familyId: string, codes: readonly string[], caseIndent: string, bodyIndent: string): string {
  return codes.map((code) => `${caseIndent}case '${code}': // ${summary(familyId, code)}\n${bodyIndent}break;\n`).join('');
}

/** The codes of a built-in family the library sends, minus the handled ones, in catalog order. */
function emittedExcept(familyId: string, handled: readonly string[]): string[] {
  return defaultCatalog.missingCodes(familyId, handled).map((entry) => entry.code);
}

const DEFAULT_CLAUSE = (caseIndent: string, bodyIndent: string) =>
  `${caseIndent}default:\n${bodyIndent}// Codes not handled above, including ones the server adds later.\n${bodyIndent}break;\n`;

// ---------------------------------------------------------------------------------------------------------------
// The seed's React hook (BaaS `ServiceException` body).

const SEED_HOOK_CASES = dedent`
  export const useApiErrorHandler = () => {
    const [error, setError] = useState<string | null>(null);
    const handleError = (error: ApiError, status: number) => {
      let message = '';
      switch (error.errorCode) {
        case 'UNAUTHORIZED':
          message = 'Please sign in.';
          window.location.href = '/login';
          break;
        case 'USER_ALREADY_EXISTS':
          message = 'That ID is taken.';
          break;
        case 'PASSWORD_TOO_SHORT':
          message = 'Use at least 8 characters.';
          break;
        case 'VALIDATION_ERROR':
          message = error.detail?.map((d) => d.reason).join(', ') || 'Check the form.';
          break;
        case 'RATE_LIMIT_EXCEEDED':
          message = 'Too many requests. Try again later.';
          break;
`;
const SEED_HOOK_TAIL = dedent`
      }
      setError(message);
      return message;
    };
    return { error, handleError };
  };
`;
const SEED_HOOK_HANDLED = ['UNAUTHORIZED', 'USER_ALREADY_EXISTS', 'PASSWORD_TOO_SHORT', 'VALIDATION_ERROR', 'RATE_LIMIT_EXCEEDED'];

ruleTester.run('exhaustive-error-codes: the seed useApiErrorHandler switch', rule, {
  valid: [
    {
      name: 'the seed hook as written, with its default',
      code: `${SEED_HOOK_CASES}\n      default:\n        message = error.message || 'Something went wrong.';\n${SEED_HOOK_TAIL}`,
    },
  ],
  invalid: [
    {
      name: 'the seed hook with its default removed',
      code: `${SEED_HOOK_CASES}\n${SEED_HOOK_TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 11,
          data: {
            family: 'BaaS auth API error codes',
            count: 18,
            list:
              `\`INVALID_USER\`, \`INVALID_REQUEST\`, \`MISSING_REQUIRED_FIELD\` and 15 more`,
          },
          suggestions: [
            { messageId: 'addDefault', output: `${SEED_HOOK_CASES}\n${DEFAULT_CLAUSE('      ', '        ')}${SEED_HOOK_TAIL}` },
            {
              messageId: 'addMissingCases',
              data: { count: 18 },
              output: `${SEED_HOOK_CASES}\n${clauses('baas', emittedExcept('baas', SEED_HOOK_HANDLED), '      ', '        ')}${SEED_HOOK_TAIL}`,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Auth.js v5: `error.type` in a server action.

const SERVER_ACTION_HEAD = dedent`
  'use server';
  import { AuthError } from 'next-auth';
  import { signIn } from '@/auth';

  export async function authenticate(_state: string | undefined, formData: FormData) {
    try {
      await signIn('credentials', formData);
    } catch (error) {
      if (error instanceof AuthError) {
        switch (error.type) {
          case 'CredentialsSignin':
            return 'Invalid credentials.';
          case 'CallbackRouteError':
            return 'Sign-in failed. Try again.';
`;
const SERVER_ACTION_TAIL = dedent`
        }
      }
      throw error;
    }
  }
`;

ruleTester.run('exhaustive-error-codes: Auth.js error.type in a server action', rule, {
  valid: [
    {
      name: 'the Auth.js guide pattern with a default',
      code: `${SERVER_ACTION_HEAD}\n          default:\n            return 'Something went wrong.';\n${SERVER_ACTION_TAIL}`,
    },
  ],
  invalid: [
    {
      name: 'two types handled, no default',
      code: `${SERVER_ACTION_HEAD}\n${SERVER_ACTION_TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 10,
          column: 7,
          suggestions: [
            { messageId: 'addDefault', output: `${SERVER_ACTION_HEAD}\n${DEFAULT_CLAUSE('        ', '          ')}${SERVER_ACTION_TAIL}` },
            {
              messageId: 'addMissingCases',
              output: `${SERVER_ACTION_HEAD}\n${clauses('authjs', emittedExcept('authjs', ['CredentialsSignin', 'CallbackRouteError']), '        ', '          ')}${SERVER_ACTION_TAIL}`,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// NextAuth.js v4 custom error page.

ruleTester.run('exhaustive-error-codes: a v4 custom error page on searchParams.error', rule, {
  valid: [
    {
      name: 'a page with a default branch',
      code: dedent`
        export default function AuthErrorPage({ searchParams }: { searchParams: { error?: string } }) {
          switch (searchParams.error) {
            case 'Configuration':
              return <p>The server is misconfigured.</p>;
            case 'AccessDenied':
              return <p>You may not sign in.</p>;
            default:
              return <p>Sign-in failed.</p>;
          }
        }
      `,
    },
    {
      name: 'an error page that handles the three values the error page receives is complete (v4 and v5 alike)',
      code: dedent`
        export default function AuthErrorPage({ searchParams }: { searchParams: { error?: string } }) {
          switch (searchParams.error) {
            case 'Configuration':
              return <p>The server is misconfigured.</p>;
            case 'AccessDenied':
              return <p>You may not sign in.</p>;
            case 'Verification':
              return <p>The sign-in link has expired.</p>;
          }
        }
      `,
    },
    {
      name: 'values compared in lower case (the way the built-in page reads them) are no page codes',
      code: dedent`
        export default function AuthErrorPage({ searchParams }: { searchParams: { error?: string } }) {
          switch (searchParams.error?.toLowerCase()) {
            case 'configuration':
              return <p>Server problem.</p>;
            case 'accessdenied':
              return <p>Denied.</p>;
            case 'verification':
              return <p>Link expired.</p>;
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'an error page without `Configuration` is asked for it, and for no sign-in error',
      code: dedent`
        export default function AuthErrorPage({ searchParams }: { searchParams: { error?: string } }) {
          switch (searchParams.error) {
            case 'AccessDenied':
              return <p>This account may not sign in here.</p>;
            case 'Verification':
              return <p>The link has expired; ask for a new one.</p>;
          }
          return <p>Something went wrong.</p>;
        }
      `,
      errors: [
        {
          messageId: 'missingPageCases',
          line: 2,
          column: 3,
          data: {
            family: 'NextAuth.js v4 page error values / Auth.js v5 error types',
            page: 'error page',
            count: 1,
            list: `\`Configuration\``,
          },
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                export default function AuthErrorPage({ searchParams }: { searchParams: { error?: string } }) {
                  switch (searchParams.error) {
                    case 'AccessDenied':
                      return <p>This account may not sign in here.</p>;
                    case 'Verification':
                      return <p>The link has expired; ask for a new one.</p>;
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
                  }
                  return <p>Something went wrong.</p>;
                }
              `,
            },
            {
              messageId: 'addMissingCases',
              output: dedent`
                export default function AuthErrorPage({ searchParams }: { searchParams: { error?: string } }) {
                  switch (searchParams.error) {
                    case 'AccessDenied':
                      return <p>This account may not sign in here.</p>;
                    case 'Verification':
                      return <p>The link has expired; ask for a new one.</p>;
                    case 'Configuration': // ${summary('nextauth-pages', 'Configuration')}
                      break;
                  }
                  return <p>Something went wrong.</p>;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a client sign-in page reading useSearchParams().get("error") with v4-only values: only sign-in values are demanded',
      code: dedent`
        'use client';
        export function SignInError() {
          const error = useSearchParams().get('error');
          switch (error) {
            case 'OAuthSignin':
            case 'OAuthCallback':
              return 'Try another provider.';
            case 'EmailSignin':
              return 'The email could not be sent.';
            case 'CredentialsSignin':
              return 'Check your details.';
          }
          return null;
        }
      `,
      errors: [
        {
          messageId: 'missingPageCases',
          line: 4,
          column: 3,
          data: {
            family: 'NextAuth.js v4 page error values',
            page: 'sign-in page',
            count: 5,
            list: `\`OAuthCreateAccount\`, \`EmailCreateAccount\`, \`Callback\` and 2 more`,
          },
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                'use client';
                export function SignInError() {
                  const error = useSearchParams().get('error');
                  switch (error) {
                    case 'OAuthSignin':
                    case 'OAuthCallback':
                      return 'Try another provider.';
                    case 'EmailSignin':
                      return 'The email could not be sent.';
                    case 'CredentialsSignin':
                      return 'Check your details.';
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
                  }
                  return null;
                }
              `,
            },
            {
              messageId: 'addMissingCases',
              output: `${dedent`
                'use client';
                export function SignInError() {
                  const error = useSearchParams().get('error');
                  switch (error) {
                    case 'OAuthSignin':
                    case 'OAuthCallback':
                      return 'Try another provider.';
                    case 'EmailSignin':
                      return 'The email could not be sent.';
                    case 'CredentialsSignin':
                      return 'Check your details.';
              `}\n${clauses(
                'nextauth-pages',
                ['OAuthCreateAccount', 'EmailCreateAccount', 'Callback', 'OAuthAccountNotLinked', 'SessionRequired'],
                '    ',
                '      ',
              )}  }\n  return null;\n}`,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Type information: a union of string literals is the set to cover.

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('exhaustive-error-codes: string-literal unions with type information', rule, {
  valid: [
    {
      name: 'an Auth.js ErrorPageParam switch that handles every member, without default',
      filename: typedFile,
      code: dedent`
        import type { ErrorPageParam } from '@auth/core/types';
        export function message(error: ErrorPageParam): string {
          switch (error) {
            case 'Configuration':
              return 'Server problem.';
            case 'AccessDenied':
              return 'Denied.';
            case 'Verification':
              return 'Link expired.';
          }
        }
      `,
    },
    {
      name: "the user's own union of ordinary words",
      filename: typedFile,
      code: dedent`
        type Theme = 'light' | 'dark' | 'system';
        export function label(theme: Theme): string {
          switch (theme) {
            case 'light':
              return 'Light';
            case 'dark':
              return 'Dark';
          }
          return 'System';
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'an Auth.js ErrorPageParam switch missing one member',
      filename: typedFile,
      code: dedent`
        import type { ErrorPageParam } from '@auth/core/types';
        export function message(error: ErrorPageParam | undefined): string {
          switch (error) {
            case 'Configuration':
              return 'Server problem.';
            case 'AccessDenied':
              return 'Denied.';
          }
          return '';
        }
      `,
      errors: [
        {
          messageId: 'missingCases',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                import type { ErrorPageParam } from '@auth/core/types';
                export function message(error: ErrorPageParam | undefined): string {
                  switch (error) {
                    case 'Configuration':
                      return 'Server problem.';
                    case 'AccessDenied':
                      return 'Denied.';
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
                  }
                  return '';
                }
              `,
            },
            {
              messageId: 'addMissingCases',
              output: dedent`
                import type { ErrorPageParam } from '@auth/core/types';
                export function message(error: ErrorPageParam | undefined): string {
                  switch (error) {
                    case 'Configuration':
                      return 'Server problem.';
                    case 'AccessDenied':
                      return 'Denied.';
                    case 'Verification': // ${summary('nextauth-pages', 'Verification')}
                      break;
                  }
                  return '';
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: "next-auth v4's SignInErrorTypes: the union's own members are demanded, `default` included",
      filename: typedFile,
      code: dedent`
        import type { SignInErrorTypes } from '../../../node_modules/next-auth/core/pages/signin';
        export function hint(error: SignInErrorTypes): string {
          switch (error) {
            case 'OAuthSignin':
            case 'OAuthCallback':
            case 'OAuthCreateAccount':
            case 'EmailCreateAccount':
            case 'Callback':
              return 'Try signing in with a different account.';
            case 'OAuthAccountNotLinked':
              return 'Sign in with the account you used before.';
            case 'EmailSignin':
              return 'The email could not be sent.';
            case 'CredentialsSignin':
              return 'Check your details.';
            case 'SessionRequired':
              return 'Please sign in to see this page.';
          }
          return 'Unable to sign in.';
        }
      `,
      errors: [
        {
          messageId: 'missingCases',
          line: 3,
          column: 3,
          data: {
            family: 'NextAuth.js v4 page error values',
            count: 2,
            list: `\`Signin\` and \`default\``,
          },
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                import type { SignInErrorTypes } from '../../../node_modules/next-auth/core/pages/signin';
                export function hint(error: SignInErrorTypes): string {
                  switch (error) {
                    case 'OAuthSignin':
                    case 'OAuthCallback':
                    case 'OAuthCreateAccount':
                    case 'EmailCreateAccount':
                    case 'Callback':
                      return 'Try signing in with a different account.';
                    case 'OAuthAccountNotLinked':
                      return 'Sign in with the account you used before.';
                    case 'EmailSignin':
                      return 'The email could not be sent.';
                    case 'CredentialsSignin':
                      return 'Check your details.';
                    case 'SessionRequired':
                      return 'Please sign in to see this page.';
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
                  }
                  return 'Unable to sign in.';
                }
              `,
            },
            {
              messageId: 'addMissingCases',
              output: dedent`
                import type { SignInErrorTypes } from '../../../node_modules/next-auth/core/pages/signin';
                export function hint(error: SignInErrorTypes): string {
                  switch (error) {
                    case 'OAuthSignin':
                    case 'OAuthCallback':
                    case 'OAuthCreateAccount':
                    case 'EmailCreateAccount':
                    case 'Callback':
                      return 'Try signing in with a different account.';
                    case 'OAuthAccountNotLinked':
                      return 'Sign in with the account you used before.';
                    case 'EmailSignin':
                      return 'The email could not be sent.';
                    case 'CredentialsSignin':
                      return 'Check your details.';
                    case 'SessionRequired':
                      return 'Please sign in to see this page.';
                    case 'Signin': // ${summary('nextauth-pages', 'Signin')}
                      break;
                    case 'default':
                      break;
                  }
                  return 'Unable to sign in.';
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: "Auth.js AuthError['type']: the real ErrorType union, not the catalog's page-only `Configuration`",
      filename: typedFile,
      code: dedent`
        import { AuthError } from '@auth/core/errors';
        export function explain(error: AuthError): string {
          switch (error.type) {
            case 'CredentialsSignin':
              return 'Invalid credentials.';
            case 'OAuthAccountNotLinked':
              return 'Use the provider you signed up with.';
          }
          return 'Something went wrong.';
        }
      `,
      errors: [
        {
          messageId: 'missingCases',
          line: 3,
          column: 3,
          data: {
            family: 'Auth.js v5 error types',
            count: 30,
            list: `\`AccessDenied\`, \`AdapterError\`, \`CallbackRouteError\` and 27 more`,
          },
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                import { AuthError } from '@auth/core/errors';
                export function explain(error: AuthError): string {
                  switch (error.type) {
                    case 'CredentialsSignin':
                      return 'Invalid credentials.';
                    case 'OAuthAccountNotLinked':
                      return 'Use the provider you signed up with.';
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
                  }
                  return 'Something went wrong.';
                }
              `,
            },
            {
              messageId: 'addMissingCases',
              output: `${dedent`
                import { AuthError } from '@auth/core/errors';
                export function explain(error: AuthError): string {
                  switch (error.type) {
                    case 'CredentialsSignin':
                      return 'Invalid credentials.';
                    case 'OAuthAccountNotLinked':
                      return 'Use the provider you signed up with.';
              `}\n${clauses(
                'authjs',
                [
                  'AccessDenied', 'AdapterError', 'CallbackRouteError', 'ErrorPageLoop', 'EventError', 'InvalidCallbackUrl',
                  'InvalidEndpoints', 'InvalidCheck', 'JWTSessionError', 'MissingAdapter', 'MissingAdapterMethods', 'MissingAuthorize',
                  'MissingSecret', 'OAuthCallbackError', 'OAuthProfileParseError', 'SessionTokenError', 'OAuthSignInError',
                  'EmailSignInError', 'SignOutError', 'UnknownAction', 'UnsupportedStrategy', 'InvalidProvider', 'UntrustedHost',
                  'Verification', 'MissingCSRF', 'AccountNotLinked', 'DuplicateConditionalUI', 'MissingWebAuthnAutocomplete',
                  'WebAuthnVerificationError', 'ExperimentalFeatureNotEnabled',
                ],
                '    ',
                '      ',
              )}  }\n  return 'Something went wrong.';\n}`,
            },
          ],
        },
      ],
    },
    {
      name: "the user's own union of BaaS codes: a member the catalog does not know is demanded too",
      filename: typedFile,
      code: dedent`
        type LoginError = 'UNAUTHORIZED' | 'TOKEN_EXPIRED' | 'ACCOUNT_LOCKED';
        declare const codes: { readonly expired: 'TOKEN_EXPIRED' };
        export function react(errorCode: LoginError) {
          switch (errorCode) {
            case 'UNAUTHORIZED':
              return 'login';
            case codes.expired:
              return 'refresh';
          }
        }
      `,
      errors: [
        {
          messageId: 'missingCases',
          line: 4,
          column: 3,
          data: { family: 'BaaS auth API error codes', count: 1, list: '`ACCOUNT_LOCKED`' },
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                type LoginError = 'UNAUTHORIZED' | 'TOKEN_EXPIRED' | 'ACCOUNT_LOCKED';
                declare const codes: { readonly expired: 'TOKEN_EXPIRED' };
                export function react(errorCode: LoginError) {
                  switch (errorCode) {
                    case 'UNAUTHORIZED':
                      return 'login';
                    case codes.expired:
                      return 'refresh';
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
                  }
                }
              `,
            },
            {
              messageId: 'addMissingCases',
              output: dedent`
                type LoginError = 'UNAUTHORIZED' | 'TOKEN_EXPIRED' | 'ACCOUNT_LOCKED';
                declare const codes: { readonly expired: 'TOKEN_EXPIRED' };
                export function react(errorCode: LoginError) {
                  switch (errorCode) {
                    case 'UNAUTHORIZED':
                      return 'login';
                    case codes.expired:
                      return 'refresh';
                    case 'ACCOUNT_LOCKED':
                      break;
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
// A user-defined family from settings.

const paymentsSettings = {
  'auth-errors': {
    catalogs: [
      {
        name: 'payments',
        codes: [
          { code: 'CARD_DECLINED', summary: 'The card issuer refused the payment.' },
          { code: 'CARD_EXPIRED', summary: { en: 'The card is past its expiry date.', ko: '카드 유효기간이 지났습니다.' } },
          'PAYMENT_LOCKED',
        ],
        discriminants: ['reason'],
      },
    ],
  },
};

createRuleTester(paymentsSettings, { neutralProject: true }).run('exhaustive-error-codes: a family from settings["auth-errors"].catalogs', rule, {
  valid: [
    {
      name: 'every code of the own family handled',
      code: dedent`
        function show(failure: { reason: string }) {
          switch (failure.reason) {
            case 'CARD_DECLINED':
            case 'CARD_EXPIRED':
            case 'PAYMENT_LOCKED':
              return 'Use another card.';
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a switch on the hinted name with one code',
      code: dedent`
        function show(failure: { reason: string }) {
          switch (failure.reason) {
            case 'CARD_DECLINED':
              return 'Use another card.';
          }
        }
      `,
      errors: [
        {
          messageId: 'missingCases',
          line: 2,
          column: 3,
          data: {
            family: '"payments" error codes',
            count: 2,
            list: '`CARD_EXPIRED` and `PAYMENT_LOCKED`',
          },
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                function show(failure: { reason: string }) {
                  switch (failure.reason) {
                    case 'CARD_DECLINED':
                      return 'Use another card.';
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
                  }
                }
              `,
            },
            {
              messageId: 'addMissingCases',
              output: dedent`
                function show(failure: { reason: string }) {
                  switch (failure.reason) {
                    case 'CARD_DECLINED':
                      return 'Use another card.';
                    case 'CARD_EXPIRED': // The card is past its expiry date.
                      break;
                    case 'PAYMENT_LOCKED': // \`PAYMENT_LOCKED\`, a code of your "payments" catalog.
                      break;
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
// Nesting, fall-through, template literals and constants.

ruleTester.run('exhaustive-error-codes: nested and fall-through cases', rule, {
  valid: [
    {
      name: 'fall-through groups with a default',
      code: dedent`
        function onError(error: { errorCode: string }) {
          switch (error.errorCode) {
            case 'UNAUTHORIZED':
            case 'INVALID_TOKEN':
            case 'TOKEN_EXPIRED':
              signOut();
              break;
            default:
              toast(error.errorCode);
          }
        }
      `,
    },
    {
      name: 'an ordinary switch nested in a complete BaaS switch',
      code: dedent`
        function onError(error: { errorCode: string }, mode: string) {
          switch (error.errorCode) {
            case 'UNAUTHORIZED':
              switch (mode) {
                case 'modal':
                  return openLogin();
                case 'page':
                  return redirect('/login');
              }
              break;
            default:
              return null;
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a BaaS switch nested in an ordinary one is reported once, on its own keyword',
      code: dedent`
        function onError(kind: string, error: { errorCode: string }) {
          switch (kind) {
            case 'api':
              switch (error.errorCode) {
                case 'UNAUTHORIZED':
                case 'TOKEN_EXPIRED':
                  return redirect('/login');
                case 'INVALID_USER':
                case 'USER_NOT_FOUND':
                case 'USER_ALREADY_EXISTS':
                case 'DUPLICATE_ENTRY':
                case 'VALIDATION_ERROR':
                case 'INVALID_EMAIL':
                case 'INVALID_PHONE':
                case 'PASSWORD_TOO_SHORT':
                case 'MISSING_REQUIRED_FIELD':
                case 'INVALID_REQUEST':
                case 'INVALID_PROJECT_ID':
                case 'RESOURCE_NOT_FOUND':
                  return 'form';
                case 'RATE_LIMIT_EXCEEDED':
                case 'TOO_MANY_LOGIN_ATTEMPTS':
                case 'INTERNAL_SERVER_ERROR':
                case 'DATABASE_ERROR':
                case 'SERVICE_UNAVAILABLE':
                  return 'later';
              }
              break;
            default:
              return null;
          }
        }
      `,
      errors: [
        {
          messageId: 'missingCases',
          line: 4,
          column: 7,
          data: {
            family: 'BaaS auth API error codes',
            count: 4,
            list: `\`INVALID_TOKEN\`, \`MISSING_AUTHORIZATION\`, \`ACCESS_DENIED\` and 1 more`,
          },
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                function onError(kind: string, error: { errorCode: string }) {
                  switch (kind) {
                    case 'api':
                      switch (error.errorCode) {
                        case 'UNAUTHORIZED':
                        case 'TOKEN_EXPIRED':
                          return redirect('/login');
                        case 'INVALID_USER':
                        case 'USER_NOT_FOUND':
                        case 'USER_ALREADY_EXISTS':
                        case 'DUPLICATE_ENTRY':
                        case 'VALIDATION_ERROR':
                        case 'INVALID_EMAIL':
                        case 'INVALID_PHONE':
                        case 'PASSWORD_TOO_SHORT':
                        case 'MISSING_REQUIRED_FIELD':
                        case 'INVALID_REQUEST':
                        case 'INVALID_PROJECT_ID':
                        case 'RESOURCE_NOT_FOUND':
                          return 'form';
                        case 'RATE_LIMIT_EXCEEDED':
                        case 'TOO_MANY_LOGIN_ATTEMPTS':
                        case 'INTERNAL_SERVER_ERROR':
                        case 'DATABASE_ERROR':
                        case 'SERVICE_UNAVAILABLE':
                          return 'later';
                        default:
                          // Codes not handled above, including ones the server adds later.
                          break;
                      }
                      break;
                    default:
                      return null;
                  }
                }
              `,
            },
            {
              messageId: 'addMissingCases',
              output: dedent`
                function onError(kind: string, error: { errorCode: string }) {
                  switch (kind) {
                    case 'api':
                      switch (error.errorCode) {
                        case 'UNAUTHORIZED':
                        case 'TOKEN_EXPIRED':
                          return redirect('/login');
                        case 'INVALID_USER':
                        case 'USER_NOT_FOUND':
                        case 'USER_ALREADY_EXISTS':
                        case 'DUPLICATE_ENTRY':
                        case 'VALIDATION_ERROR':
                        case 'INVALID_EMAIL':
                        case 'INVALID_PHONE':
                        case 'PASSWORD_TOO_SHORT':
                        case 'MISSING_REQUIRED_FIELD':
                        case 'INVALID_REQUEST':
                        case 'INVALID_PROJECT_ID':
                        case 'RESOURCE_NOT_FOUND':
                          return 'form';
                        case 'RATE_LIMIT_EXCEEDED':
                        case 'TOO_MANY_LOGIN_ATTEMPTS':
                        case 'INTERNAL_SERVER_ERROR':
                        case 'DATABASE_ERROR':
                        case 'SERVICE_UNAVAILABLE':
                          return 'later';
                        case 'INVALID_TOKEN': // ${summary('baas', 'INVALID_TOKEN')}
                          break;
                        case 'MISSING_AUTHORIZATION': // ${summary('baas', 'MISSING_AUTHORIZATION')}
                          break;
                        case 'ACCESS_DENIED': // ${summary('baas', 'ACCESS_DENIED')}
                          break;
                        case 'INSUFFICIENT_PERMISSIONS': // ${summary('baas', 'INSUFFICIENT_PERMISSIONS')}
                          break;
                      }
                      break;
                    default:
                      return null;
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

const EVERY_BAAS_CODE_BUT_TWO = emittedExcept('baas', ['UNAUTHORIZED', 'TOKEN_EXPIRED'])
  .map((code) => `    case "${code}":`)
  .join('\n');

ruleTester.run('exhaustive-error-codes: template literal and constant labels', rule, {
  valid: [
    {
      name: 'constants and template literals count as handled codes',
      code: `const EXPIRED = 'TOKEN_EXPIRED';\nconst Codes = { Unauthorized: 'UNAUTHORIZED' } as const;\nfunction f(error: { errorCode: string }) {\n  switch (error.errorCode) {\n    case Codes.Unauthorized:\n    case EXPIRED:\n${EVERY_BAAS_CODE_BUT_TWO}\n      return true;\n  }\n}`,
    },
    {
      name: 'a label imported from elsewhere cannot be read, so nothing is demanded',
      code: dedent`
        import { EXPIRED } from './codes';
        function f(error: { errorCode: string }) {
          switch (error.errorCode) {
            case 'UNAUTHORIZED':
            case EXPIRED:
              return true;
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a template literal and a constant label',
      code: dedent`
        const EXPIRED = 'TOKEN_EXPIRED';
        function f(error: { errorCode: string }) {
          switch (error.errorCode) {
            case \`UNAUTHORIZED\`:
            case EXPIRED:
              return true;
            case \`INVALID_TOKEN\`:
              return false;
          }
        }
      `,
      errors: [
        {
          messageId: 'missingCases',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                const EXPIRED = 'TOKEN_EXPIRED';
                function f(error: { errorCode: string }) {
                  switch (error.errorCode) {
                    case \`UNAUTHORIZED\`:
                    case EXPIRED:
                      return true;
                    case \`INVALID_TOKEN\`:
                      return false;
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
                  }
                }
              `,
            },
            {
              messageId: 'addMissingCases',
              output: `${dedent`
                const EXPIRED = 'TOKEN_EXPIRED';
                function f(error: { errorCode: string }) {
                  switch (error.errorCode) {
                    case \`UNAUTHORIZED\`:
                    case EXPIRED:
                      return true;
                    case \`INVALID_TOKEN\`:
                      return false;
              `}\n${clauses('baas', emittedExcept('baas', ['UNAUTHORIZED', 'TOKEN_EXPIRED', 'INVALID_TOKEN']), '    ', '      ')}  }\n}`,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Options.

const NEARLY_ALL_BAAS = `function f(error: { errorCode: string }) {\n  switch (error.errorCode) {\n${emittedExcept('baas', ['SERVICE_UNAVAILABLE'])
  .map((code) => `    case '${code}':`)
  .join('\n')}\n      return true;\n  }\n}`;
const ALL_BAAS = NEARLY_ALL_BAAS.replace("      return true;", "    case 'SERVICE_UNAVAILABLE':\n      return true;");

ruleTester.run('exhaustive-error-codes: options', rule, {
  valid: [
    { name: 'every code handled, no default, requireDefault off', code: ALL_BAAS },
    { name: 'ignoreCodes drops the one missing code', code: NEARLY_ALL_BAAS, options: [{ ignoreCodes: ['SERVICE_UNAVAILABLE'] }] },
    {
      name: 'families leaves BaaS switches alone when only Auth.js is checked',
      code: NEARLY_ALL_BAAS,
      options: [{ families: ['authjs'] }],
    },
    {
      name: 'minMatchingCases raises the evidence needed',
      code: dedent`
        function f(error: { errorCode: string }) {
          switch (error.errorCode) {
            case 'UNAUTHORIZED':
            case 'TOKEN_EXPIRED':
              return true;
          }
        }
      `,
      options: [{ minMatchingCases: 3 }],
    },
    {
      name: 'a status switch is not checked by default',
      code: dedent`
        function f(response: Response) {
          switch (response.status) {
            case 401:
              return 'login';
            case 403:
              return 'denied';
          }
        }
      `,
    },
    {
      name: 'the seed status switch has a default',
      code: dedent`
        function handleApiError(error: any, response: Response) {
          switch (response.status) {
            case 400:
              return 'Check your input.';
            case 401:
              return 'Please sign in.';
            case 500:
            default:
              return 'Server error.';
          }
        }
      `,
      options: [{ checkHttpStatus: true, requireDefault: true }],
    },
    {
      name: 'strict on a plain status switch of an app that shows no sign of the BaaS API',
      code: dedent`
        async function loadInvoices(response: Response) {
          switch (response.status) {
            case 401:
              return redirectToLogin();
            case 404:
              return [];
          }
          return response.json();
        }
      `,
      options: [{ checkHttpStatus: true }],
    },
    {
      name: 'a status switch over ordinary success statuses',
      code: dedent`
        function f(response: Response) {
          switch (response.status) {
            case 200:
            case 201:
              return 'ok';
            case 404:
              return 'missing';
          }
        }
      `,
      options: [{ checkHttpStatus: true }],
    },
  ],
  invalid: [
    {
      name: 'requireDefault reports a complete switch without default',
      code: ALL_BAAS,
      options: [{ requireDefault: true }],
      errors: [
        {
          messageId: 'missingDefault',
          line: 2,
          column: 3,
          data: { family: 'BaaS auth API error codes' },
          suggestions: [
            {
              messageId: 'addDefault',
              output: ALL_BAAS.replace(
                '      return true;\n  }',
                '      return true;\n    default:\n      // Codes not handled above, including ones the server adds later.\n      break;\n  }',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'requireDefault with a label that cannot be read',
      code: dedent`
        import { EXPIRED } from './codes';
        function f(error: { errorCode: string }) {
          switch (error.errorCode) {
            case 'UNAUTHORIZED':
            case EXPIRED:
              return true;
          }
        }
      `,
      options: [{ requireDefault: true }],
      errors: [
        {
          messageId: 'missingDefault',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                import { EXPIRED } from './codes';
                function f(error: { errorCode: string }) {
                  switch (error.errorCode) {
                    case 'UNAUTHORIZED':
                    case EXPIRED:
                      return true;
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'ignoreCodes leaves the other missing codes',
      code: NEARLY_ALL_BAAS.replace("    case 'INVALID_USER':\n", ''),
      options: [{ ignoreCodes: ['SERVICE_UNAVAILABLE'] }],
      errors: [
        {
          messageId: 'missingCases',
          line: 2,
          column: 3,
          data: {
            family: 'BaaS auth API error codes',
            count: 1,
            list: `\`INVALID_USER\``,
          },
          suggestions: [
            {
              messageId: 'addDefault',
              output: NEARLY_ALL_BAAS.replace("    case 'INVALID_USER':\n", '').replace(
                '      return true;\n  }',
                '      return true;\n    default:\n      // Codes not handled above, including ones the server adds later.\n      break;\n  }',
              ),
            },
            {
              messageId: 'addMissingCases',
              output: NEARLY_ALL_BAAS.replace("    case 'INVALID_USER':\n", '').replace(
                '      return true;\n  }',
                `      return true;\n    case 'INVALID_USER': // ${summary('baas', 'INVALID_USER')}\n      break;\n  }`,
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'families still checks the listed family',
      code: NEARLY_ALL_BAAS,
      options: [{ families: ['baas'] }],
      errors: [
        {
          messageId: 'missingCases',
          line: 2,
          column: 3,
          suggestions: [
            {
              messageId: 'addDefault',
              output: NEARLY_ALL_BAAS.replace(
                '      return true;\n  }',
                '      return true;\n    default:\n      // Codes not handled above, including ones the server adds later.\n      break;\n  }',
              ),
            },
            {
              messageId: 'addMissingCases',
              output: NEARLY_ALL_BAAS.replace(
                '      return true;\n  }',
                `      return true;\n    case 'SERVICE_UNAVAILABLE': // ${summary('baas', 'SERVICE_UNAVAILABLE')}\n      break;\n  }`,
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'minMatchingCases: 1 accepts a single code without a hinting name',
      code: dedent`
        function f(result: { value: string }) {
          switch (result.value) {
            case 'USER_ALREADY_EXISTS':
              return 'taken';
          }
        }
      `,
      // The family turned on in the options is the evidence that `result.value` holds BaaS codes.
      options: [{ minMatchingCases: 1, families: ['baas'], ignoreCodes: emittedExcept('baas', ['USER_ALREADY_EXISTS', 'DUPLICATE_ENTRY']) }],
      errors: [
        {
          messageId: 'missingCases',
          line: 2,
          column: 3,
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                function f(result: { value: string }) {
                  switch (result.value) {
                    case 'USER_ALREADY_EXISTS':
                      return 'taken';
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
                  }
                }
              `,
            },
            {
              messageId: 'addMissingCases',
              output: dedent`
                function f(result: { value: string }) {
                  switch (result.value) {
                    case 'USER_ALREADY_EXISTS':
                      return 'taken';
                    case 'DUPLICATE_ENTRY': // ${summary('baas', 'DUPLICATE_ENTRY')}
                      break;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'checkHttpStatus: the seed status switch without its default',
      code: dedent`
        function handleApiError(error: any, response: Response) {
          switch (response.status) {
            case 401:
              window.location.href = '/login';
              return 'Please sign in.';
            case 403:
              return 'No access.';
            case 409:
              return 'Already in use.';
            case 422:
              return 'Check your input.';
            case 429:
              return 'Too many requests.';
          }
        }
      `,
      options: [{ checkHttpStatus: true }],
      settings: { 'auth-errors': { enabledFamilies: ['baas'] } },
      errors: [
        {
          messageId: 'missingStatuses',
          line: 2,
          column: 3,
          data: {
            family: 'BaaS auth API error codes',
            count: 3,
            list: '400, 404 and 500',
          },
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                function handleApiError(error: any, response: Response) {
                  switch (response.status) {
                    case 401:
                      window.location.href = '/login';
                      return 'Please sign in.';
                    case 403:
                      return 'No access.';
                    case 409:
                      return 'Already in use.';
                    case 422:
                      return 'Check your input.';
                    case 429:
                      return 'Too many requests.';
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
                  }
                }
              `,
            },
            {
              messageId: 'addMissingCases',
              data: { count: 3 },
              output: dedent`
                function handleApiError(error: any, response: Response) {
                  switch (response.status) {
                    case 401:
                      window.location.href = '/login';
                      return 'Please sign in.';
                    case 403:
                      return 'No access.';
                    case 409:
                      return 'Already in use.';
                    case 422:
                      return 'Check your input.';
                    case 429:
                      return 'Too many requests.';
                    case 400: // INVALID_USER, INVALID_REQUEST, MISSING_REQUIRED_FIELD
                      break;
                    case 404: // USER_NOT_FOUND, RESOURCE_NOT_FOUND
                      break;
                    case 500: // INTERNAL_SERVER_ERROR, DATABASE_ERROR, SERVICE_UNAVAILABLE
                      break;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'checkHttpStatus with requireDefault: every status handled',
      code: dedent`
        function f(res: Response) {
          switch (res.status) {
            case 400: case 401: case 403: case 404: case 409: case 422: case 429: case 500:
              return 'error';
          }
        }
      `,
      options: [{ checkHttpStatus: true, requireDefault: true, families: ['baas'] }],
      errors: [
        {
          messageId: 'missingDefault',
          line: 2,
          column: 3,
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                function f(res: Response) {
                  switch (res.status) {
                    case 400: case 401: case 403: case 404: case 409: case 422: case 429: case 500:
                      return 'error';
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
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
// Korean messages and generated comments.

createRuleTester({ 'auth-errors': { locale: 'ko' } }, { neutralProject: true }).run('exhaustive-error-codes: Korean messages', rule, {
  valid: [],
  invalid: [
    {
      name: 'settings["auth-errors"].locale = "ko"',
      code: dedent`
        function f(error: { errorCode: string }) {
          switch (error.errorCode) {
            case 'UNAUTHORIZED':
              return 1;
          }
        }
      `,
      options: [{ ignoreCodes: emittedExcept('baas', ['UNAUTHORIZED', 'TOKEN_EXPIRED']) }],
      errors: [
        {
          messageId: 'missingCasesKo',
          line: 2,
          column: 3,
          data: { family: 'BaaS 인증 API 오류 코드', count: 1, list: '`TOKEN_EXPIRED`' },
          suggestions: [
            {
              messageId: 'addDefaultKo',
              output: dedent`
                function f(error: { errorCode: string }) {
                  switch (error.errorCode) {
                    case 'UNAUTHORIZED':
                      return 1;
                    default:
                      // 위에서 다루지 않은 코드(서버가 나중에 추가하는 코드 포함)
                      break;
                  }
                }
              `,
            },
            {
              messageId: 'addMissingCasesKo',
              output: dedent`
                function f(error: { errorCode: string }) {
                  switch (error.errorCode) {
                    case 'UNAUTHORIZED':
                      return 1;
                    case 'TOKEN_EXPIRED': // ${summary('baas', 'TOKEN_EXPIRED', 'ko')}
                      break;
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
// Where the new clauses go.

ruleTester.run('exhaustive-error-codes: layout of the added clauses', rule, {
  valid: [],
  invalid: [
    {
      name: 'a switch on one line, double quotes',
      code: 'function f(e: any) { switch (e.errorCode) { case "UNAUTHORIZED": return 1; } }',
      options: [{ ignoreCodes: emittedExcept('baas', ['UNAUTHORIZED', 'TOKEN_EXPIRED']) }],
      errors: [
        {
          messageId: 'missingCases',
          line: 1,
          column: 22,
          suggestions: [
            {
              messageId: 'addDefault',
              output:
                'function f(e: any) { switch (e.errorCode) { case "UNAUTHORIZED": return 1;\n  default:\n    // Codes not handled above, including ones the server adds later.\n    break;\n} }',
            },
            {
              messageId: 'addMissingCases',
              output: `function f(e: any) { switch (e.errorCode) { case "UNAUTHORIZED": return 1;\n  case "TOKEN_EXPIRED": // ${summary('baas', 'TOKEN_EXPIRED')}\n    break;\n} }`,
            },
          ],
        },
      ],
    },
    {
      name: 'tabs and Windows line ends are kept',
      code: 'function f(e: any) {\r\n\tswitch (e.errorCode) {\r\n\t\tcase \'UNAUTHORIZED\':\r\n\t\t\treturn 1;\r\n\t}\r\n}',
      options: [{ ignoreCodes: emittedExcept('baas', ['UNAUTHORIZED', 'TOKEN_EXPIRED']) }],
      errors: [
        {
          messageId: 'missingCases',
          line: 2,
          column: 2,
          suggestions: [
            {
              messageId: 'addDefault',
              output:
                "function f(e: any) {\r\n\tswitch (e.errorCode) {\r\n\t\tcase 'UNAUTHORIZED':\r\n\t\t\treturn 1;\r\n\t\tdefault:\r\n\t\t\t// Codes not handled above, including ones the server adds later.\r\n\t\t\tbreak;\r\n\t}\r\n}",
            },
            {
              messageId: 'addMissingCases',
              output: `function f(e: any) {\r\n\tswitch (e.errorCode) {\r\n\t\tcase 'UNAUTHORIZED':\r\n\t\t\treturn 1;\r\n\t\tcase 'TOKEN_EXPIRED': // ${summary('baas', 'TOKEN_EXPIRED')}\r\n\t\t\tbreak;\r\n\t}\r\n}`,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Ordinary switches: never reported.

ruleTester.run('exhaustive-error-codes: ordinary switches', rule, {
  valid: [
    "function reducer(state: any, action: { type: string }) { switch (action.type) { case 'ADD_TODO': return 1; case 'REMOVE_TODO': return 2; } }",
    "function visit(node: { type: string }) { switch (node.type) { case 'Identifier': return 1; case 'Literal': return 2; } }",
    "function tab(name: string) { switch (name) { case 'Default': return 1; case 'Configuration': return 2; case 'Callback': return 3; } }",
    "function page(error: string) { switch (error) { case 'Default': return 1; case 'Callback': return 2; } }",
    "function theme(mode: string) { switch (mode) { case 'light': return 1; case 'dark': return 2; } }",
    "function route(method: string) { switch (method) { case 'GET': return 1; case 'POST': return 2; } }",
    "function ui(state: { status: string }) { switch (state.status) { case 'idle': return 1; case 'loading': return 2; case 'error': return 3; } }",
    "function keys(e: KeyboardEvent) { switch (e.key) { case 'Enter': return 1; case 'Escape': return 2; } }",
    "function fsError(err: { code: string }) { switch (err.code) { case 'ENOENT': return 1; case 'EACCES': return 2; } }",
    "function prisma(e: { code: string }) { switch (e.code) { case 'P2002': return 'unique'; case 'P2025': return 'missing'; } }",
    "function http(res: Response) { switch (res.status) { case 200: return 1; case 404: return 2; } }",
    "function events(event: { type: string }) { switch (event.type) { case 'signIn': return 1; case 'signOut': return 2; } }",
    "function provider(p: { type: string }) { switch (p.type) { case 'oauth': return 1; case 'email': return 2; case 'credentials': return 3; } }",
    "function session(s: { status: string }) { switch (s.status) { case 'authenticated': return 1; case 'unauthenticated': return 2; case 'loading': return 3; } }",
    "function job(x: { state: string }) { switch (x.state) { case 'UNAUTHORIZED': return 1; case 'OK': return 2; case 'PENDING': return 3; case 'DONE': return 4; } }",
    "function log(level: string) { switch (level) { case 'error': return 1; case 'warn': return 2; } }",
    "function kind(value: unknown) { switch (typeof value) { case 'string': return 1; case 'number': return 2; } }",
    "function lang(locale: string) { switch (locale) { case 'en': return 1; case 'ko': return 2; } }",
    "function counts(n: number) { switch (n) { case 401: return 'a'; case 403: return 'b'; } }",
    'function empty(errorCode: string) { switch (errorCode) {} }',
    "function onlyDefault(errorCode: string) { switch (errorCode) { default: return 1; } }",
    "function dynamic(errorCode: string, a: string, b: string) { switch (errorCode) { case a: return 1; case b: return 2; } }",
    "function oneCode(x: { value: string }) { switch (x.value) { case 'TOKEN_EXPIRED': return 1; } }",
    "function reducer(state: number, action: { type: string }) { switch (action.type) { case 'Verification': return 1; case 'Configuration': return 2; case 'Default': return 3; } return state; }",
    "function wizard(step: { kind: string }) { switch (step.kind) { case 'Configuration': return 1; case 'Verification': return 2; } }",
  ],
  invalid: [],
});

// ---------------------------------------------------------------------------------------------------------------
// The page a file is, from the project's config, and the project's major version.

const projectsDir = path.join(__dirname, '..', 'fixtures', 'projects');
const v4ErrorPageDir = path.join(projectsDir, 'v4-app-fixed', 'app', '(public)', 'auth', 'error');
const v5LoginDir = path.join(projectsDir, 'v5-split-fixed', 'src', 'app', 'login');
const projectTester = createRuleTester();

const MIXED_LABELS = dedent`
  export function ErrorMessage({ error }: { error?: string }) {
    switch (error) {
      case 'Configuration':
        return <p>Sign-in is unavailable right now.</p>;
      case 'OAuthSignin':
        return <p>The provider could not be reached.</p>;
    }
    return null;
  }
`;

projectTester.run('exhaustive-error-codes: the page and major the project says', rule, {
  valid: [],
  invalid: [
    {
      name: 'a component beside the v4 pages.error page is asked only for error-page values, whatever its labels',
      filename: path.join(v4ErrorPageDir, 'error-message.tsx'),
      code: MIXED_LABELS,
      errors: [
        {
          messageId: 'missingPageCases',
          line: 2,
          column: 3,
          data: {
            family: 'NextAuth.js v4 page error values',
            page: 'error page',
            count: 2,
            list: `\`AccessDenied\` and \`Verification\``,
          },
          suggestions: [
            {
              messageId: 'addDefault',
              output: MIXED_LABELS.replace(
                '  }\n  return null;',
                `${DEFAULT_CLAUSE('    ', '      ')}  }\n  return null;`,
              ),
            },
            {
              messageId: 'addMissingCases',
              output: MIXED_LABELS.replace(
                '  }\n  return null;',
                `${clauses('nextauth-pages', ['AccessDenied', 'Verification'], '    ', '      ')}  }\n  return null;`,
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'the same labels elsewhere in the project are a switch over both pages',
      filename: path.join(projectsDir, 'v4-app-fixed', 'lib', 'error-message.tsx'),
      code: MIXED_LABELS,
      errors: [
        {
          messageId: 'missingPageCases',
          line: 2,
          column: 3,
          data: {
            family: 'NextAuth.js v4 page error values',
            page: 'error and sign-in pages',
            count: 10,
            list: `\`AccessDenied\`, \`Verification\`, \`OAuthCallback\` and 7 more`,
          },
          suggestions: [
            {
              messageId: 'addDefault',
              output: MIXED_LABELS.replace(
                '  }\n  return null;',
                `${DEFAULT_CLAUSE('    ', '      ')}  }\n  return null;`,
              ),
            },
            {
              messageId: 'addMissingCases',
              output: MIXED_LABELS.replace(
                '  }\n  return null;',
                `${clauses(
                  'nextauth-pages',
                  ['AccessDenied', 'Verification', 'OAuthCallback', 'OAuthCreateAccount', 'EmailCreateAccount', 'Callback', 'OAuthAccountNotLinked', 'EmailSignin', 'CredentialsSignin', 'SessionRequired'],
                  '    ',
                  '      ',
                )}  }\n  return null;`,
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'a v5 sign-in page is checked against the Auth.js sign-in values (package.json says next-auth 5)',
      filename: path.join(v5LoginDir, 'sign-in-error.tsx'),
      code: dedent`
        export function SignInError({ error }: { error?: string }) {
          switch (error) {
            case 'CredentialsSignin':
              return <p>Wrong e-mail or password.</p>;
          }
          return null;
        }
      `,
      errors: [
        {
          messageId: 'missingPageCases',
          line: 2,
          column: 3,
          data: {
            family: 'Auth.js v5 error types',
            page: 'sign-in page',
            count: 4,
            list: `\`OAuthAccountNotLinked\`, \`OAuthCallbackError\`, \`MissingCSRF\` and 1 more`,
          },
          suggestions: [
            {
              messageId: 'addDefault',
              output: dedent`
                export function SignInError({ error }: { error?: string }) {
                  switch (error) {
                    case 'CredentialsSignin':
                      return <p>Wrong e-mail or password.</p>;
                    default:
                      // Codes not handled above, including ones the server adds later.
                      break;
                  }
                  return null;
                }
              `,
            },
            {
              messageId: 'addMissingCases',
              output: `${dedent`
                export function SignInError({ error }: { error?: string }) {
                  switch (error) {
                    case 'CredentialsSignin':
                      return <p>Wrong e-mail or password.</p>;
              `}\n${clauses('authjs', ['OAuthAccountNotLinked', 'OAuthCallbackError', 'MissingCSRF', 'AccountNotLinked'], '    ', '      ')}  }\n  return null;\n}`,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Code → message maps read by the code: a switch in another form.

const SIGN_IN_MESSAGES = dedent`
  const messages: Record<string, string> = {
    OAuthSignin: 'Could not reach the provider. Try again.',
    OAuthCallback: 'The provider sent an answer we could not read.',
    CredentialsSignin: 'Wrong e-mail or password.',
    SessionRequired: 'Please sign in to see this page.',
  };
`;

ruleTester.run('exhaustive-error-codes: code → message maps', rule, {
  valid: [
    {
      name: 'a fallback with ??',
      code: `${SIGN_IN_MESSAGES}\nexport const SignInError = ({ error }: { error: string }) => <p>{messages[error] ?? 'Sign-in failed.'}</p>;`,
    },
    {
      name: 'a fallback with || and a read in a ternary',
      code: `${SIGN_IN_MESSAGES}\nexport const text = (error: string) => messages[error] || 'Sign-in failed.';\nexport const show = (error: string) => (messages[error] ? messages[error] : null);`,
    },
    {
      name: 'a fallback after an && guard',
      code: `${SIGN_IN_MESSAGES}\nexport const text = (error?: string) => (error && messages[error]) || 'Sign-in failed.';`,
    },
    {
      name: 'a `default` entry that is read by name',
      code: dedent`
        const messages: Record<string, string> = {
          OAuthSignin: 'Could not reach the provider.',
          CredentialsSignin: 'Wrong e-mail or password.',
          default: 'Sign-in failed.',
        };
        export const text = (error: string) => messages[error] ?? messages.default;
      `,
    },
    {
      name: 'a map passed on elsewhere: how it is read is unknown',
      code: `${SIGN_IN_MESSAGES}\nexport const text = (error: string) => translate(messages, error);`,
    },
    {
      name: 'a map never read by a key is no lookup table',
      code: `${SIGN_IN_MESSAGES}\nexport const all = Object.values(messages);`,
    },
    {
      name: 'a sign-in map that covers every sign-in value',
      code: dedent`
        const messages: Record<string, string> = {
          OAuthSignin: 'a', OAuthCallback: 'b', OAuthCreateAccount: 'c', EmailCreateAccount: 'd', Callback: 'e',
          OAuthAccountNotLinked: 'f', EmailSignin: 'g', CredentialsSignin: 'h', SessionRequired: 'i',
        };
        export const text = (error: string) => messages[error];
      `,
    },
  ],
  invalid: [
    {
      name: 'a sign-in message map read in JSX with no fallback (an unused `default` key does not count)',
      code: dedent`
        const errors: Record<string, string> = {
          OAuthSignin: 'Could not reach the provider. Try again.',
          OAuthCallback: 'The provider sent an answer we could not read.',
          CredentialsSignin: 'Wrong e-mail or password.',
          SessionRequired: 'Please sign in to see this page.',
          default: 'Sign-in failed.',
        };
        export function SignInError({ error }: { error: string }) {
          if (!errors[error]) return null;
          return <p role="alert">{errors[error]}</p>;
        }
      `,
      errors: [
        {
          messageId: 'missingMapKeys',
          line: 1,
          column: 7,
          data: {
            family: 'NextAuth.js v4 page error values',
            count: 5,
            list: `\`OAuthCreateAccount\`, \`EmailCreateAccount\`, \`Callback\` and 2 more`,
          },
        },
      ],
    },
  ],
});
