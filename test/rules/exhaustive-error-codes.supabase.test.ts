import { describe, expect, it } from 'vitest';

import rule from '../../rules/exhaustive-error-codes';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });

const FAMILY = 'Supabase Auth error codes';

function summary(code: string): string {
  const entry = defaultCatalog.lookup(code, 'supabase-auth')?.entry;
  if (!entry) throw new Error(`no supabase-auth code ${code}`);
  return entry.summary.en;
}

/** The codes auth-js can put on `error.code`, minus the handled ones, in catalog order. */
function missingExcept(handled: readonly string[]): string[] {
  return defaultCatalog.missingCodes('supabase-auth', handled).map((entry) => entry.code);
}

function clauses(codes: readonly string[], caseIndent: string, bodyIndent: string): string {
  return codes.map((code) => `${caseIndent}case '${code}': // ${summary(code)}\n${bodyIndent}break;\n`).join('');
}

const DEFAULT_CLAUSE = (caseIndent: string, bodyIndent: string) =>
  `${caseIndent}default:\n${bodyIndent}// Codes not handled above, including ones the server adds later.\n${bodyIndent}break;\n`;

// ---------------------------------------------------------------------------------------------------------------
// A password sign-in that narrows with isAuthApiError.

const HANDLED = ['invalid_credentials', 'email_not_confirmed', 'over_request_rate_limit'];

const HEAD = dedent`
  import { isAuthApiError } from '@supabase/supabase-js';
  import { supabase } from './client';

  export async function signIn(email: string, password: string) {
    let message = '';
    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error && isAuthApiError(error)) {
      switch (error.code) {
        case 'invalid_credentials':
          message = 'Wrong email or password.';
          break;
        case 'email_not_confirmed':
          message = 'Open the link we emailed you first.';
          break;
        case 'over_request_rate_limit':
          message = 'Too many attempts. Wait a minute.';
          break;
`;

const TAIL = ['    }', '  }', '  return message;', '}'].join('\n');

ruleTester.run('exhaustive-error-codes (supabase): switch after isAuthApiError', rule, {
  valid: [
    {
      name: 'the same switch with a default',
      code: `${HEAD}\n      default:\n        message = error.message;\n${TAIL}`,
    },
    {
      name: 'the same labels in a file with no sign of Supabase: an app’s own lower_snake codes',
      code: dedent`
        export function messageOf(error: { code: string }) {
          switch (error.code) {
            case 'invalid_credentials':
              return 'Wrong email or password.';
            case 'email_not_confirmed':
              return 'Confirm your email.';
            case 'user_not_found':
              return 'No such user.';
          }
          return 'Error';
        }
      `,
    },
    {
      name: 'a switch whose labels are mostly the app’s own codes, in a Supabase file',
      code: dedent`
        import { createClient } from '@supabase/supabase-js';
        export function uploadError(code: string) {
          switch (code) {
            case 'file_too_large':
              return 'The file is too big.';
            case 'unsupported_type':
              return 'Use a PNG or JPEG.';
            case 'conflict':
              return 'Someone else changed it.';
          }
          return 'Upload failed.';
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'no default: every other code auth-js can set reaches no branch',
      code: `${HEAD}\n${TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 11,
          data: {
            family: FAMILY,
            count: missingExcept(HANDLED).length,
            list: `\`unexpected_failure\`, \`validation_failed\`, \`bad_json\` and ${missingExcept(HANDLED).length - 3} more`,
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

describe('the codes a Supabase switch is asked for', () => {
  it('leaves out session_not_found and invalid_grant, which never reach error.code, and keeps the SDK codes', () => {
    const missing = missingExcept(HANDLED);
    expect(missing).not.toContain('session_not_found');
    expect(missing).not.toContain('invalid_grant');
    expect(missing).toContain('pkce_code_verifier_not_found');
    expect(missing).toContain('weak_password');
    expect(missing).toHaveLength(90 - HANDLED.length);
  });
});
