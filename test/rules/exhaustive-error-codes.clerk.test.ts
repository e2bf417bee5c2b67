import { describe, expect, it } from 'vitest';

import rule from '../../rules/exhaustive-error-codes';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });

const FAMILY = 'Clerk error codes';

function summary(code: string): string {
  const entry = defaultCatalog.lookup(code, 'clerk')?.entry;
  if (!entry) throw new Error(`no clerk code ${code}`);
  return entry.summary.en;
}

/** The Clerk codes still sent, minus the handled ones, in catalog order. */
function missingExcept(handled: readonly string[]): string[] {
  return defaultCatalog.missingCodes('clerk', handled).map((entry) => entry.code);
}

function clauses(codes: readonly string[], caseIndent: string, bodyIndent: string): string {
  return codes.map((code) => `${caseIndent}case '${code}': // ${summary(code)}\n${bodyIndent}break;\n`).join('');
}

const DEFAULT_CLAUSE = (caseIndent: string, bodyIndent: string) =>
  `${caseIndent}default:\n${bodyIndent}// Codes not handled above, including ones the server adds later.\n${bodyIndent}break;\n`;

// ---------------------------------------------------------------------------------------------------------------
// A custom sign-in form that switches on the first error's code.

const HANDLED = ['form_identifier_not_found', 'form_password_incorrect', 'user_locked'];

const HEAD = dedent`
  import { isClerkAPIResponseError } from '@clerk/nextjs/errors';

  export function signInMessage(err: unknown): string {
    let message = 'Sign-in failed.';
    if (isClerkAPIResponseError(err)) {
      switch (err.errors[0]?.code) {
        case 'form_identifier_not_found':
          message = 'No account uses that email.';
          break;
        case 'form_password_incorrect':
          message = 'That password is not right.';
          break;
        case 'user_locked':
          message = 'Too many attempts. Try again later.';
          break;
`;

const TAIL = ['    }', '  }', '  return message;', '}'].join('\n');

ruleTester.run('exhaustive-error-codes (clerk): switch after isClerkAPIResponseError', rule, {
  valid: [
    {
      name: 'the same switch with a default',
      code: `${HEAD}\n      default:\n        message = err.errors[0]?.longMessage ?? message;\n${TAIL}`,
    },
    {
      name: 'the same labels in a file with no sign of Clerk: an app’s own lower_snake codes',
      code: dedent`
        export function messageOf(failure: { errors: { code: string }[] }) {
          switch (failure.errors[0]?.code) {
            case 'form_identifier_not_found':
              return 'No account.';
            case 'form_password_incorrect':
              return 'Wrong password.';
            case 'user_locked':
              return 'Locked.';
          }
          return 'Error';
        }
      `,
    },
    {
      name: 'a switch of the app’s own codes in a Clerk file',
      code: dedent`
        import { auth } from '@clerk/nextjs/server';
        export async function quotaMessage(code: string) {
          const { userId } = await auth();
          if (!userId) return 'Sign in first.';
          switch (code) {
            case 'quota_reached':
              return 'You used every credit this month.';
            case 'plan_expired':
              return 'Renew your plan.';
            case 'user_banned':
              return 'Your account is suspended.';
          }
          return 'Unknown problem.';
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'no default: every other Clerk code reaches no branch',
      code: `${HEAD}\n${TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 11,
          data: {
            family: FAMILY,
            count: missingExcept(HANDLED).length,
            list: `\`form_password_pwned\`, \`strategy_for_user_invalid\`, \`not_allowed_to_sign_up\` and ${missingExcept(HANDLED).length - 3} more`,
          },
          suggestions: [
            { messageId: 'addDefault', output: `${HEAD}\n${DEFAULT_CLAUSE('      ', '        ')}${TAIL}` },
            {
              messageId: 'addMissingCases',
              data: { count: missingExcept(HANDLED).length },
              output: `${HEAD}\n${clauses(missingExcept(HANDLED), '      ', '        ')}${TAIL}`,
            },
          ],
        },
      ],
    },
  ],
});

describe('the codes a Clerk switch is asked for', () => {
  it('leaves out the deprecated form_password_untrusted and keeps the guard codes', () => {
    const missing = missingExcept(HANDLED);
    expect(missing).not.toContain('form_password_untrusted');
    expect(missing).toContain('form_password_compromised');
    expect(missing).toContain('form_code_incorrect');
    expect(missing).toHaveLength(defaultCatalog.family('clerk')!.entries.length - 1 - HANDLED.length);
  });
});
