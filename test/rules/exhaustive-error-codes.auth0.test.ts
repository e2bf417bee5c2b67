import { describe, expect, it } from 'vitest';

import rule from '../../rules/exhaustive-error-codes';
import { defaultCatalog } from '../../src/catalog';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester(undefined, { neutralProject: true });

const FAMILY = 'Auth0 error codes';

function summary(code: string): string {
  const entry = defaultCatalog.lookup(code, 'auth0')?.entry;
  if (!entry) throw new Error(`no auth0 code ${code}`);
  return entry.summary.en;
}

/** How a message names a code's meaning: the summary inside a sentence (lower-case start, no full stop). */
function meaning(code: string): string {
  const text = summary(code).replace(/\.$/, '');
  return /^[A-Z](?:[a-z]|\s)/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}

/** The Auth0 codes of the whole family, minus the handled ones, in catalog order. */
function missingExcept(handled: readonly string[]): string[] {
  return defaultCatalog.missingCodes('auth0', handled).map((entry) => entry.code);
}

function clauses(codes: readonly string[], caseIndent: string, bodyIndent: string): string {
  return codes.map((code) => `${caseIndent}case '${code}': // ${summary(code)}\n${bodyIndent}break;\n`).join('');
}

const DEFAULT_CLAUSE = (caseIndent: string, bodyIndent: string) =>
  `${caseIndent}default:\n${bodyIndent}// Codes not handled above, including ones the server adds later.\n${bodyIndent}break;\n`;

// ---------------------------------------------------------------------------------------------------------------
// A silent token read that switches on the GenericError's `error`.

const HANDLED = ['login_required', 'consent_required', 'missing_refresh_token'];

const HEAD = dedent`
  import { GenericError, type Auth0Client } from '@auth0/auth0-spa-js';

  export async function nextStep(client: Auth0Client): Promise<string> {
    let step = 'done';
    try {
      await client.getTokenSilently();
    } catch (e) {
      if (!(e instanceof GenericError)) throw e;
      switch (e.error) {
        case 'login_required':
          step = 'redirect';
          break;
        case 'consent_required':
          step = 'popup';
          break;
        case 'missing_refresh_token':
          step = 'redirect';
          break;
`;

const TAIL = ['    }', '  }', '  return step;', '}'].join('\n');

ruleTester.run('exhaustive-error-codes (auth0): switch on e.error', rule, {
  valid: [
    {
      name: 'the same switch with a default',
      code: `${HEAD}\n      default:\n        step = 'retry';\n${TAIL}`,
    },
    {
      name: 'the same labels with another OIDC client: no sign of Auth0',
      code: dedent`
        import { UserManager } from 'oidc-client-ts';
        export async function nextStep(manager: UserManager) {
          try {
            await manager.signinSilent();
          } catch (e) {
            switch ((e as { error?: string }).error) {
              case 'login_required':
                return 'redirect';
              case 'consent_required':
                return 'popup';
              case 'interaction_required':
                return 'redirect';
            }
          }
          return 'done';
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'no default: the other codes of the family reach no branch',
      code: `${HEAD}\n${TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 11,
          data: {
            family: FAMILY,
            count: missingExcept(HANDLED).length,
            list: `\`interaction_required\` (${meaning('interaction_required')}), \`account_selection_required\` (${meaning('account_selection_required')}), \`access_denied\` (${meaning('access_denied')}) and ${missingExcept(HANDLED).length - 3} more`,
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

describe('the codes an Auth0 switch is asked for', () => {
  it('is the whole family today: the rule does not yet narrow by definedBy (auth0-spa-js vs. nextjs-auth0)', () => {
    const missing = missingExcept(HANDLED);
    expect(missing).toContain('interaction_required');
    expect(missing).toContain('timeout');
    expect(missing).toContain('missing_session');
    expect(missing).toHaveLength(defaultCatalog.family('auth0')!.entries.length - HANDLED.length);
  });
});
