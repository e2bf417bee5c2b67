import { describe, expect, it } from 'vitest';

import rule from '../../rules/exhaustive-error-codes';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });

const FAMILY = 'Better Auth error codes';

function summary(code: string): string {
  const entry = defaultCatalog.lookup(code, 'better-auth')?.entry;
  if (!entry) throw new Error(`no better-auth code ${code}`);
  return entry.summary.en;
}

/** The codes Better Auth sends, minus the handled ones, in catalog order. */
function missingExcept(handled: readonly string[]): string[] {
  return defaultCatalog.missingCodes('better-auth', handled).map((entry) => entry.code);
}

function list(handled: readonly string[]): string {
  const [a, b, c] = missingExcept(handled);
  return `\`${a}\`, \`${b}\`, \`${c}\` and ${missingExcept(handled).length - 3} more`;
}

function clauses(codes: readonly string[], caseIndent: string, bodyIndent: string): string {
  return codes.map((code) => `${caseIndent}case '${code}': // ${summary(code)}\n${bodyIndent}break;\n`).join('');
}

const DEFAULT_CLAUSE = (caseIndent: string, bodyIndent: string) =>
  `${caseIndent}default:\n${bodyIndent}// Codes not handled above, including ones the server adds later.\n${bodyIndent}break;\n`;

// ---------------------------------------------------------------------------------------------------------------
// An email sign-in form on the React client.

const HANDLED = ['INVALID_EMAIL_OR_PASSWORD', 'EMAIL_NOT_VERIFIED', 'USER_NOT_FOUND'];

const HEAD = dedent`
  import { createAuthClient } from 'better-auth/react';

  const authClient = createAuthClient();

  export async function onSubmit(email: string, password: string, setError: (text: string) => void) {
    const { error } = await authClient.signIn.email({ email, password });
    if (!error) return;
    switch (error.code) {
      case 'INVALID_EMAIL_OR_PASSWORD':
        setError('Wrong email or password.');
        break;
      case 'EMAIL_NOT_VERIFIED':
        setError('Check your inbox for the verification link.');
        break;
      case 'USER_NOT_FOUND':
        setError('No account with that email.');
        break;
`;

const TAIL = ['  }', '}'].join('\n');

ruleTester.run('exhaustive-error-codes (better-auth): switch on error.code', rule, {
  valid: [
    {
      name: 'the same switch with a default',
      code: `${HEAD}\n    default:\n      setError(error.message ?? 'Sign-in failed.');\n${TAIL}`,
    },
    {
      name: 'the same labels without any sign of Better Auth in the file',
      code: dedent`
        export function show(error: { code: string }) {
          switch (error.code) {
            case 'INVALID_EMAIL_OR_PASSWORD':
              return 'Wrong email or password.';
            case 'EMAIL_NOT_VERIFIED':
              return 'Verify your email.';
          }
          return '';
        }
      `,
    },
    {
      name: 'tRPC codes in a router file that imports Better Auth: the HTTP words are generic, no Better Auth switch',
      code: dedent`
        import { auth } from '@/lib/auth';
        import { betterAuth } from 'better-auth';
        export function httpStatus(code: string): number {
          switch (code) {
            case 'UNAUTHORIZED':
              return 401;
            case 'NOT_FOUND':
              return 404;
            case 'INTERNAL_SERVER_ERROR':
              return 500;
          }
          return 400;
        }
      `,
    },
    {
      name: 'a map of codes read with a fallback',
      code: dedent`
        import { createAuthClient } from 'better-auth/react';
        const TEXT: Record<string, string> = {
          INVALID_EMAIL_OR_PASSWORD: 'Wrong email or password.',
          EMAIL_NOT_VERIFIED: 'Verify your email first.',
        };
        export const textFor = (error: { code: string }) => TEXT[error.code] ?? 'Sign-in failed.';
      `,
    },
  ],
  invalid: [
    {
      name: 'no default: every other code Better Auth sends reaches no branch',
      code: `${HEAD}\n${TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 9,
          data: { family: FAMILY, count: missingExcept(HANDLED).length, list: list(HANDLED) },
          suggestions: [
            { messageId: 'addDefault', output: `${HEAD}\n${DEFAULT_CLAUSE('    ', '      ')}${TAIL}` },
            {
              messageId: 'addMissingCases',
              data: { count: missingExcept(HANDLED).length },
              output: `${HEAD}\n${clauses(missingExcept(HANDLED), '    ', '      ')}${TAIL}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a map of codes read with no fallback',
      code: dedent`
        import { createAuthClient } from 'better-auth/react';
        const TEXT: Record<string, string> = {
          INVALID_EMAIL_OR_PASSWORD: 'Wrong email or password.',
          EMAIL_NOT_VERIFIED: 'Verify your email first.',
        };
        export const textFor = (error: { code: string }) => TEXT[error.code];
      `,
      errors: [
        {
          messageId: 'missingMapKeys',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 35,
          data: {
            family: FAMILY,
            count: missingExcept(['INVALID_EMAIL_OR_PASSWORD', 'EMAIL_NOT_VERIFIED']).length,
            list: list(['INVALID_EMAIL_OR_PASSWORD', 'EMAIL_NOT_VERIFIED']),
          },
        },
      ],
    },
  ],
});

describe('the codes a Better Auth switch is asked for', () => {
  it('leaves out the codes this release declares but never sends, and keeps the plugins’ codes', () => {
    const missing = missingExcept(HANDLED);
    for (const code of ['USER_ALREADY_EXISTS', 'AUTHORIZATION_PENDING', 'MISSING_SECRET_KEY']) expect(missing).not.toContain(code);
    for (const code of ['USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL', 'ORGANIZATION_NOT_FOUND', 'INVALID_BACKUP_CODE', 'POPUP_BLOCKED']) {
      expect(missing).toContain(code);
    }
  });
});
