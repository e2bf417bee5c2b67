import rule from '../../rules/no-unknown-error-code';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });

/** How a message names a code's meaning: the catalog summary inside a sentence (lower-case start, no full stop). */
function meaning(familyId: string, code: string, locale: 'en' | 'ko' = 'en'): string {
  const text = defaultCatalog.lookup(code, familyId)!.entry.summary[locale].replace(/\.$/, '');
  return locale === 'en' && /^[A-Z](?:[a-z]|\s)/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}

// ---------------------------------------------------------------------------------------------------------------
// `case` labels.

ruleTester.run('no-unknown-error-code: case labels', rule, {
  valid: [
    {
      name: 'the seed hook switch, every label a BaaS code',
      code: dedent`
        function handleError(error: { errorCode: string }) {
          switch (error.errorCode) {
            case 'UNAUTHORIZED':
              return 'login';
            case 'USER_ALREADY_EXISTS':
              return 'taken';
            case 'PASSWORD_TOO_SHORT':
              return 'short';
            default:
              return 'other';
          }
        }
      `,
    },
    {
      name: 'a label far from every code is the author’s own business',
      code: dedent`
        function f(error: { errorCode: string }) {
          switch (error.errorCode) {
            case 'UNAUTHORIZED':
            case 'TOKEN_EXPIRED':
              return 'login';
            case 'MAINTENANCE_MODE':
              return 'later';
          }
        }
      `,
    },
    {
      name: 'a code of another family is not “corrected” into a BaaS code',
      code: dedent`
        function f(error: { errorCode: string }) {
          switch (error.errorCode) {
            case 'UNAUTHORIZED':
            case 'TOKEN_EXPIRED':
            case 'AccessDenied':
              return 'login';
          }
        }
      `,
    },
    {
      name: 'lower-cased page values compared after toLowerCase()',
      code: dedent`
        function f(error: string) {
          switch (error.toLowerCase()) {
            case 'configuration':
            case 'accessdenied':
            case 'verification':
              return 1;
          }
        }
      `,
    },
    {
      name: 'an ordinary switch with a word close to a code but no code around it',
      code: dedent`
        function f(action: { type: string }) {
          switch (action.type) {
            case 'SIGNIN':
            case 'SIGNOUT':
            case 'CALLBAK':
              return 1;
          }
        }
      `,
    },
    {
      name: 'the current name of a renamed NextAuth code',
      code: dedent`
        const logger = {
          error(code: string) {
            switch (code) {
              case 'OAUTH_CALLBACK_ERROR':
              case 'SIGNIN_OAUTH_ERROR':
                return report(code);
            }
          },
        };
      `,
    },
  ],
  invalid: [
    {
      name: 'the seed hook switch with `USER_ALREADY_EXIST`',
      code: dedent`
        function handleError(error: { errorCode: string }) {
          switch (error.errorCode) {
            case 'UNAUTHORIZED':
              return 'login';
            case 'USER_ALREADY_EXIST':
              return 'taken';
            default:
              return 'other';
          }
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 30,
          data: {
            label: 'USER_ALREADY_EXIST',
            code: 'USER_ALREADY_EXISTS',
            meaning: meaning('baas', 'USER_ALREADY_EXISTS'),
            family: 'BaaS auth API error codes',
          },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'USER_ALREADY_EXISTS' },
              output: dedent`
                function handleError(error: { errorCode: string }) {
                  switch (error.errorCode) {
                    case 'UNAUTHORIZED':
                      return 'login';
                    case 'USER_ALREADY_EXISTS':
                      return 'taken';
                    default:
                      return 'other';
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Auth.js error.type in a server action with `CredentialSignin`',
      code: dedent`
        'use server';
        import { AuthError } from 'next-auth';
        export async function authenticate(formData: FormData) {
          try {
            await signIn('credentials', formData);
          } catch (error) {
            if (error instanceof AuthError) {
              switch (error.type) {
                case "CredentialSignin":
                  return 'Invalid credentials.';
                default:
                  return 'Something went wrong.';
              }
            }
            throw error;
          }
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 9,
          column: 14,
          data: {
            label: 'CredentialSignin',
            code: 'CredentialsSignin',
            meaning: meaning('authjs', 'CredentialsSignin'),
            family: 'Auth.js v5 error types',
          },
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                'use server';
                import { AuthError } from 'next-auth';
                export async function authenticate(formData: FormData) {
                  try {
                    await signIn('credentials', formData);
                  } catch (error) {
                    if (error instanceof AuthError) {
                      switch (error.type) {
                        case "CredentialsSignin":
                          return 'Invalid credentials.';
                        default:
                          return 'Something went wrong.';
                      }
                    }
                    throw error;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a v4 custom error page with `AccesDenied` (both page families agree on the fix)',
      code: dedent`
        export default function ErrorPage({ searchParams }: { searchParams: { error?: string } }) {
          switch (searchParams.error) {
            case 'Configuration':
              return <p>Server problem.</p>;
            case 'AccesDenied':
              return <p>You may not sign in.</p>;
            case 'Verification':
              return <p>The link has expired.</p>;
            default:
              return <p>Sign-in failed.</p>;
          }
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 5,
          column: 10,
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                export default function ErrorPage({ searchParams }: { searchParams: { error?: string } }) {
                  switch (searchParams.error) {
                    case 'Configuration':
                      return <p>Server problem.</p>;
                    case 'AccessDenied':
                      return <p>You may not sign in.</p>;
                    case 'Verification':
                      return <p>The link has expired.</p>;
                    default:
                      return <p>Sign-in failed.</p>;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a renamed NextAuth logger code gets its own message',
      code: dedent`
        const logger = {
          error(code: string) {
            switch (code) {
              case 'CALLBACK_OAUTH_ERROR':
              case 'SIGNIN_OAUTH_ERROR':
                return report(code);
            }
          },
        };
      `,
      errors: [
        {
          messageId: 'renamedCode',
          line: 4,
          column: 12,
          data: {
            label: 'CALLBACK_OAUTH_ERROR',
            code: 'OAUTH_CALLBACK_ERROR',
            meaning: meaning('nextauth', 'OAUTH_CALLBACK_ERROR'),
          },
          suggestions: [
            {
              messageId: 'replaceCode',
              data: { code: 'OAUTH_CALLBACK_ERROR' },
              output: dedent`
                const logger = {
                  error(code: string) {
                    switch (code) {
                      case 'OAUTH_CALLBACK_ERROR':
                      case 'SIGNIN_OAUTH_ERROR':
                        return report(code);
                    }
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a misspelled label inside a fall-through group of a nested switch',
      code: dedent`
        function f(kind: string, error: { errorCode: string }) {
          switch (kind) {
            case 'api':
              switch (error.errorCode) {
                case 'UNAUTHORIZED':
                case 'INVALID_TOKN':
                case 'TOKEN_EXPIRED':
                  return 'login';
              }
          }
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 6,
          column: 14,
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                function f(kind: string, error: { errorCode: string }) {
                  switch (kind) {
                    case 'api':
                      switch (error.errorCode) {
                        case 'UNAUTHORIZED':
                        case 'INVALID_TOKEN':
                        case 'TOKEN_EXPIRED':
                          return 'login';
                      }
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a template literal label keeps its backticks',
      code: dedent`
        function f(error: { errorCode: string }) {
          switch (error.errorCode) {
            case \`UNAUTHORIZED\`:
              return 1;
            case \`TOKEN_EXPIRD\`:
              return 2;
          }
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 5,
          column: 10,
          data: { label: 'TOKEN_EXPIRD', code: 'TOKEN_EXPIRED', meaning: meaning('baas', 'TOKEN_EXPIRED'), family: 'BaaS auth API error codes' },
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                function f(error: { errorCode: string }) {
                  switch (error.errorCode) {
                    case \`UNAUTHORIZED\`:
                      return 1;
                    case \`TOKEN_EXPIRED\`:
                      return 2;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a constant label: reported where it is used, fixed where it is defined',
      code: dedent`
        const EXPIRED = 'TOKEN_EXPIRD';
        function f(error: { errorCode: string }) {
          switch (error.errorCode) {
            case 'UNAUTHORIZED':
              return 1;
            case EXPIRED:
              return 2;
          }
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                const EXPIRED = 'TOKEN_EXPIRED';
                function f(error: { errorCode: string }) {
                  switch (error.errorCode) {
                    case 'UNAUTHORIZED':
                      return 1;
                    case EXPIRED:
                      return 2;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the same words in another order',
      code: dedent`
        function f(error: { errorCode: string }) {
          switch (error.errorCode) {
            case 'UNAUTHORIZED':
            case 'EXPIRED_TOKEN':
              return 1;
          }
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                function f(error: { errorCode: string }) {
                  switch (error.errorCode) {
                    case 'UNAUTHORIZED':
                    case 'TOKEN_EXPIRED':
                      return 1;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a fix that would repeat an existing label is not offered',
      code: dedent`
        function f(error: { errorCode: string }) {
          switch (error.errorCode) {
            case 'TOKEN_EXPIRED':
              return 1;
            case 'TOKEN_EXPIRD':
              return 2;
          }
        }
      `,
      errors: [{ messageId: 'unknownCode', line: 5, column: 10, suggestions: [] }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Comparisons.

ruleTester.run('no-unknown-error-code: === and !== comparisons', rule, {
  valid: [
    {
      name: 'the seed comparisons, all real codes',
      code: dedent`
        function onError(error: { errorCode: string }) {
          if (error.errorCode === 'INVALID_USER') setError('Check your email and password.');
          if (error.errorCode === 'UNAUTHORIZED') window.location.href = '/login';
          if (error.errorCode !== 'USER_ALREADY_EXISTS') return;
        }
      `,
    },
    {
      name: 'unrelated comparisons with typos of their own',
      code: dedent`
        function f(node: { type: string }, err: { code: string }, state: { status: string }, x: unknown) {
          if (node.type === 'Identifer') return 1;
          if (err.code === 'ENOENT') return 2;
          if (state.status === 'loadng') return 3;
          if (typeof x === 'strnig') return 4;
        }
      `,
    },
    {
      name: 'a near miss compared with a value whose name says nothing',
      code: "function f(label: string) { return label === 'USER_ALREADY_EXIST'; }",
    },
    {
      name: 'two values compared with each other',
      code: 'function f(a: { errorCode: string }, b: { errorCode: string }) { return a.errorCode === b.errorCode; }',
    },
    {
      name: 'the codes are only checked per function',
      code: dedent`
        function a(error: { errorCode: string }) { return error.errorCode === 'UNAUTHORIZED'; }
        function b(error: { kind: string }) { return error.kind === 'TOKEN_EXPIRD'; }
      `,
    },
  ],
  invalid: [
    {
      name: 'a lone comparison with a value named `errorCode`',
      code: "function f(error: { errorCode: string }) { return error.errorCode === 'USER_ALREADY_EXIST'; }",
      errors: [
        {
          messageId: 'unknownCode',
          line: 1,
          column: 71,
          suggestions: [
            {
              messageId: 'replaceCode',
              output: "function f(error: { errorCode: string }) { return error.errorCode === 'USER_ALREADY_EXISTS'; }",
            },
          ],
        },
      ],
    },
    {
      name: 'an if-chain on the same value, with `!==`, optional chaining and a reversed comparison',
      code: dedent`
        function f(error?: { errorCode: string }) {
          if (error?.errorCode === 'UNAUTHORIZED') return 'login';
          else if ("TOKEN_EXPIRD" === error.errorCode) return 'refresh';
          else if (error.errorCode !== 'INVALID_TOKN') return 'other';
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 3,
          column: 12,
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                function f(error?: { errorCode: string }) {
                  if (error?.errorCode === 'UNAUTHORIZED') return 'login';
                  else if ("TOKEN_EXPIRED" === error.errorCode) return 'refresh';
                  else if (error.errorCode !== 'INVALID_TOKN') return 'other';
                }
              `,
            },
          ],
        },
        {
          messageId: 'unknownCode',
          line: 4,
          column: 32,
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                function f(error?: { errorCode: string }) {
                  if (error?.errorCode === 'UNAUTHORIZED') return 'login';
                  else if ("TOKEN_EXPIRD" === error.errorCode) return 'refresh';
                  else if (error.errorCode !== 'INVALID_TOKEN') return 'other';
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a renamed code compared in a NextAuth logger',
      code: dedent`
        export const authOptions = {
          logger: {
            error(code: string, metadata: unknown) {
              if (code === 'CALLBACK_OAUTH_ERROR') alert(metadata);
            },
          },
        };
      `,
      errors: [
        {
          messageId: 'renamedCode',
          line: 4,
          column: 20,
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                export const authOptions = {
                  logger: {
                    error(code: string, metadata: unknown) {
                      if (code === 'OAUTH_CALLBACK_ERROR') alert(metadata);
                    },
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a page reading searchParams.get("error")',
      code: "const denied = searchParams.get('error') === 'OAuthAccountNotLinkd';",
      errors: [
        {
          messageId: 'unknownCode',
          line: 1,
          column: 46,
          suggestions: [{ messageId: 'replaceCode', output: "const denied = searchParams.get('error') === 'OAuthAccountNotLinked';" }],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Code → message maps.

ruleTester.run('no-unknown-error-code: keys of a code → message map', rule, {
  valid: [
    {
      name: 'the seed friendlyMessages map',
      code: dedent`
        const friendlyMessages = {
          'INVALID_USER': 'Check your email and password.',
          'USER_ALREADY_EXISTS': 'Already registered. Sign in instead.',
          'TOKEN_EXPIRED': 'Your session ended. Sign in again.',
          'RATE_LIMIT_EXCEEDED': 'Wait a moment and try again.',
          'INTERNAL_SERVER_ERROR': 'A temporary problem. Try again shortly.',
        };
      `,
    },
    {
      name: 'a page-message map with the conventional `default` fallback key',
      code: dedent`
        const errors: Record<string, string> = {
          OAuthSignin: 'Try signing in with a different account.',
          OAuthCallback: 'Try signing in with a different account.',
          CredentialsSignin: 'Check the details you provided.',
          default: 'Unable to sign in.',
        };
      `,
    },
    {
      name: 'an app map of its own upper-snake codes, read by a plain `code`: no sign of the BaaS API',
      code: dedent`
        const messages: Record<string, string> = {
          UNAUTHORIZED: 'Please sign in again.',
          INVALID_TOKEN: 'Your link is no longer valid.',
          PLAN_LIMIT_REACHED: 'Upgrade to add more projects.',
          PAYMENT_REQUIRED: 'Add a payment method to continue.',
        };
        export const explain = (error: { code: string }) => messages[error.code] ?? 'Something went wrong.';
      `,
    },
    {
      name: 'ordinary objects',
      code: dedent`
        const config = { providers: [], pages: { signIn: '/login', error: '/auth/error' }, session: { strategy: 'jwt' } };
        const colors = { primary: '#000', secondray: '#fff' };
      `,
    },
    {
      name: 'one code and a near miss without a hinting name is not enough evidence',
      code: "const m = { UNAUTHORIZED: 'a', TOKEN_EXPIRD: 'b' };",
      options: [{ families: ['authjs'] }],
    },
    {
      name: 'shorthand, computed and method keys are left alone',
      code: dedent`
        const TOKEN_EXPIRD = 'x';
        const m = { UNAUTHORIZED: 'a', INVALID_TOKEN: 'b', TOKEN_EXPIRD, [TOKEN_EXPIRD]: 'c', USER_ALREADY_EXIST() {} };
      `,
    },
  ],
  invalid: [
    {
      name: 'the seed map read with `errorCode`, with `USER_ALREADY_EXIST` (identifier key) and `TOKEN_EXPIRD` (string key)',
      code: dedent`
        export const friendlyMessages: Record<string, string> = {
          INVALID_USER: 'Check your email and password.',
          USER_ALREADY_EXIST: 'Already registered. Sign in instead.',
          "TOKEN_EXPIRD": 'Your session ended. Sign in again.',
          RATE_LIMIT_EXCEEDED: 'Wait a moment and try again.',
        };
        export const friendly = (error: ApiError) => friendlyMessages[error.errorCode] ?? 'Something went wrong.';
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                export const friendlyMessages: Record<string, string> = {
                  INVALID_USER: 'Check your email and password.',
                  USER_ALREADY_EXISTS: 'Already registered. Sign in instead.',
                  "TOKEN_EXPIRD": 'Your session ended. Sign in again.',
                  RATE_LIMIT_EXCEEDED: 'Wait a moment and try again.',
                };
                export const friendly = (error: ApiError) => friendlyMessages[error.errorCode] ?? 'Something went wrong.';
              `,
            },
          ],
        },
        {
          messageId: 'unknownCode',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                export const friendlyMessages: Record<string, string> = {
                  INVALID_USER: 'Check your email and password.',
                  USER_ALREADY_EXIST: 'Already registered. Sign in instead.',
                  "TOKEN_EXPIRED": 'Your session ended. Sign in again.',
                  RATE_LIMIT_EXCEEDED: 'Wait a moment and try again.',
                };
                export const friendly = (error: ApiError) => friendlyMessages[error.errorCode] ?? 'Something went wrong.';
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a map that already has the right key gets no fix',
      code: "const m = { USER_ALREADY_EXISTS: 'a', USER_ALREADY_EXIST: 'b', TOKEN_EXPIRED: 'c' }; const say = (e) => m[e.errorCode];",
      errors: [{ messageId: 'unknownCode', line: 1, column: 39, suggestions: [] }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Options, settings and locale.

ruleTester.run('no-unknown-error-code: options', rule, {
  valid: [
    {
      name: 'ignoreCodes lets a code the server really sends through',
      code: "function f(error: { errorCode: string }) { return error.errorCode === 'UNAUTHORIZED' || error.errorCode === 'USER_ALREADY_EXIST'; }",
      options: [{ ignoreCodes: ['USER_ALREADY_EXIST'] }],
    },
    {
      name: 'families leaves other families alone',
      code: "function f(error: { errorCode: string }) { return error.errorCode === 'UNAUTHORIZED' || error.errorCode === 'USER_ALREADY_EXIST'; }",
      options: [{ families: ['authjs', 'nextauth-pages'] }],
    },
  ],
  invalid: [
    {
      name: 'families still checks the listed family',
      code: "function f(error: { errorCode: string }) { return error.errorCode === 'UNAUTHORIZED' || error.errorCode === 'USER_ALREADY_EXIST'; }",
      options: [{ families: ['baas'], ignoreCodes: ['SOMETHING_ELSE'] }],
      errors: [
        {
          messageId: 'unknownCode',
          line: 1,
          column: 109,
          suggestions: [
            {
              messageId: 'replaceCode',
              output:
                "function f(error: { errorCode: string }) { return error.errorCode === 'UNAUTHORIZED' || error.errorCode === 'USER_ALREADY_EXISTS'; }",
            },
          ],
        },
      ],
    },
  ],
});

createRuleTester({
  'auth-errors': {
    catalogs: [
      {
        name: 'payments',
        codes: [{ code: 'CARD_DECLINED', summary: 'The card issuer refused the payment.' }, 'CARD_EXPIRED', 'PAYMENT_LOCKED'],
        discriminants: ['reason'],
      },
    ],
  },
}).run('no-unknown-error-code: a family from settings', rule, {
  valid: ["function f(failure: { reason: string }) { return failure.reason === 'CARD_DECLINED'; }"],
  invalid: [
    {
      name: 'a near miss of an own code',
      code: dedent`
        function f(failure: { reason: string }) {
          switch (failure.reason) {
            case 'CARD_DECLINED':
              return 1;
            case 'CARD_EXPIERD':
              return 2;
          }
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 5,
          column: 10,
          data: {
            label: 'CARD_EXPIERD',
            code: 'CARD_EXPIRED',
            meaning: '`CARD_EXPIRED`, a code of your "payments" catalog',
            family: '"payments" error codes',
          },
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                function f(failure: { reason: string }) {
                  switch (failure.reason) {
                    case 'CARD_DECLINED':
                      return 1;
                    case 'CARD_EXPIRED':
                      return 2;
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

createRuleTester({ 'auth-errors': { locale: 'ko' } }, { neutralProject: true }).run('no-unknown-error-code: Korean messages', rule, {
  valid: [],
  invalid: [
    {
      name: 'settings["auth-errors"].locale = "ko"',
      code: "function f(error: { errorCode: string }) { return error.errorCode === 'USER_ALREADY_EXIST'; }",
      errors: [
        {
          messageId: 'unknownCodeKo',
          line: 1,
          column: 71,
          data: {
            label: 'USER_ALREADY_EXIST',
            code: 'USER_ALREADY_EXISTS',
            meaning: meaning('baas', 'USER_ALREADY_EXISTS', 'ko'),
            family: 'BaaS 인증 API 오류 코드',
          },
          suggestions: [
            {
              messageId: 'replaceCodeKo',
              output: "function f(error: { errorCode: string }) { return error.errorCode === 'USER_ALREADY_EXISTS'; }",
            },
          ],
        },
      ],
    },
    {
      name: 'a renamed code in Korean',
      code: "function f(code: string) { return code === 'CALLBACK_OAUTH_ERROR'; }",
      errors: [
        {
          messageId: 'renamedCodeKo',
          line: 1,
          column: 44,
          suggestions: [{ messageId: 'replaceCodeKo', output: "function f(code: string) { return code === 'OAUTH_CALLBACK_ERROR'; }" }],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Other code systems: the same words in another convention, another name, or a generic word on its own.

ruleTester.run('no-unknown-error-code: other code systems are not misspellings', rule, {
  valid: [
    {
      name: "an app's own lower-snake code compared on error.code",
      code: dedent`
        export async function callWithRetry(request: () => Promise<Response>) {
          const res = await request();
          const error = await res.json();
          if (error.code === 'rate_limit_exceeded') return scheduleRetry(res.headers.get('retry-after'));
          if (error.code === 'unauthorized') return signOut();
          return error;
        }
      `,
    },
    {
      name: 'a switch over an API’s lower-snake problem types',
      code: dedent`
        function toHttpStatus(problem: { code: string }): number {
          switch (problem.code) {
            case 'invalid_target':
            case 'invalid_request':
              return 400;
            case 'resource_not_found':
              return 404;
            default:
              return 500;
          }
        }
      `,
    },
    {
      name: 'OAuth 2.0 error codes from a provider callback',
      code: dedent`
        export function describeOAuthFailure(params: URLSearchParams): string {
          const error = params.get('error');
          if (error === 'access_denied') return 'You cancelled the sign-in.';
          if (error === 'invalid_request') return 'The sign-in link was malformed.';
          return 'Sign-in failed.';
        }
      `,
    },
    {
      name: 'a chat webhook handshake type that contains a generic page word',
      code: dedent`
        export async function POST(req: Request) {
          const body = await req.json();
          if (body.type === 'url_verification') return Response.json({ challenge: body.challenge });
          return new Response(null, { status: 204 });
        }
      `,
    },
    {
      name: 'a lone comparison whose only near miss is a generic word',
      code: "export const isPending = (step: { type: string }) => step.type === 'Verifcation';",
    },
    {
      name: 'BaaS-looking codes on a plain `code` of an app that shows no sign of the BaaS API',
      code: dedent`
        export function label(error: { code: string }) {
          switch (error.code) {
            case 'UNAUTHORIZED':
              return 'Sign in again.';
            case 'INVALID_TOKN':
              return 'Your link has expired.';
            default:
              return 'Something went wrong.';
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a typo inside the catalog’s own convention is still caught (BaaS errorCode)',
      code: "if (res.errorCode === 'USER_ALREADY_EXIST') showTakenNotice();",
      errors: [
        {
          messageId: 'unknownCode',
          line: 1,
          column: 23,
          suggestions: [{ messageId: 'replaceCode', output: "if (res.errorCode === 'USER_ALREADY_EXISTS') showTakenNotice();" }],
        },
      ],
    },
    {
      name: 'a typo of a PascalCase page value next to real ones',
      code: dedent`
        function message(error: string | null) {
          switch (error) {
            case 'OAuthSignin':
              return 'Try another provider.';
            case 'OAuthAccountNotLink':
              return 'Sign in with the provider you used before.';
            default:
              return 'Sign-in failed.';
          }
        }
      `,
      errors: [
        {
          messageId: 'unknownCode',
          line: 5,
          column: 10,
          suggestions: [
            {
              messageId: 'replaceCode',
              output: dedent`
                function message(error: string | null) {
                  switch (error) {
                    case 'OAuthSignin':
                      return 'Try another provider.';
                    case 'OAuthAccountNotLinked':
                      return 'Sign in with the provider you used before.';
                    default:
                      return 'Sign-in failed.';
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

ruleTester.run('no-unknown-error-code: hostile strings', rule, {
  valid: [
    {
      // A bidi override makes the string another convention altogether: no near miss, nothing to show.
      name: 'a near miss with an invisible bidi override is not reported',
      code: "if (res.errorCode === 'USER_ALREADY_EXIST\u202e') showTakenNotice();",
    },
  ],
  invalid: [],
});

ruleTester.run('no-unknown-error-code: objects that define codes', rule, {
  valid: [
    {
      name: 'a library declaring its own code table through a helper call',
      code: dedent`
        import { createAuthClient } from 'better-auth/react';
        export const ADMIN_ERROR_CODES = defineErrorCodes({
          USER_ALREADY_EXISTS: 'User already exists.',
          YOU_CANNOT_BAN_YOURSELF: 'You cannot ban yourself',
          USER_NOT_FOUND: 'User not found',
        });
      `,
    },
  ],
  invalid: [],
});
