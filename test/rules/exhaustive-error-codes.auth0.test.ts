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

/** The Auth0 codes of the whole family, minus the handled ones, in catalog order. */
function missingExcept(handled: readonly string[]): string[] {
  return defaultCatalog.missingCodes('auth0', handled).map((entry) => entry.code);
}

/** The codes the family says `getTokenSilently` raises, minus the handled ones, in catalog order. */
function raisedExcept(handled: readonly string[]): string[] {
  return defaultCatalog
    .missingCodes('auth0', handled)
    .filter((entry) => entry.raisedBy?.includes('getTokenSilently'))
    .map((entry) => entry.code);
}

/** The message's list: the first three codes, then how many more. */
function listOf(codes: readonly string[]): string {
  const shown = codes.slice(0, 3).map((code) => `\`${code}\``);
  if (codes.length <= 3) return shown.length === 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `${shown.join(', ')} and ${codes.length - 3} more`;
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

// The same cases in a helper that any caught error is handed to: no call is tied to the switch.
const HELPER_HEAD = dedent`
  import { GenericError } from '@auth0/auth0-spa-js';

  export function nextStepFor(e: unknown): string {
    if (!(e instanceof GenericError)) return 'fail';
    switch (e.error) {
      case 'login_required':
        return 'redirect';
      case 'consent_required':
        return 'popup';
      case 'missing_refresh_token':
        return 'redirect';
`;
const HELPER_TAIL = ['  }', "  return 'fail';", '}'].join('\n');

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
      name: 'no default, in the catch of getTokenSilently: the other codes that call raises reach no branch',
      code: `${HEAD}\n${TAIL}`,
      errors: [
        {
          messageId: 'missingCallCases',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 11,
          data: { family: FAMILY, calls: '`getTokenSilently`', count: raisedExcept(HANDLED).length, list: listOf(raisedExcept(HANDLED)) },
          suggestions: [
            { messageId: 'addDefault', output: `${HEAD}\n${DEFAULT_CLAUSE('      ', '        ')}${TAIL}` },
            {
              messageId: 'addMissingCases',
              data: { count: raisedExcept(HANDLED).length },
              output: `${HEAD}\n${clauses(raisedExcept(HANDLED), '      ', '        ')}${TAIL}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the same switch in a helper that is handed any error: the whole family is asked for',
      code: `${HELPER_HEAD}\n${HELPER_TAIL}`,
      errors: [
        {
          messageId: 'missingCases',
          line: 5,
          column: 3,
          data: { family: FAMILY, count: missingExcept(HANDLED).length, list: listOf(missingExcept(HANDLED)) },
          suggestions: [
            { messageId: 'addDefault', output: `${HELPER_HEAD}\n${DEFAULT_CLAUSE('    ', '      ')}${HELPER_TAIL}` },
            { messageId: 'addMissingCases', output: `${HELPER_HEAD}\n${clauses(missingExcept(HANDLED), '    ', '      ')}${HELPER_TAIL}` },
          ],
        },
      ],
    },
  ],
});

describe('the codes an Auth0 switch is asked for', () => {
  it('is what getTokenSilently raises when the switch is in its catch', () => {
    const raised = raisedExcept(HANDLED);
    expect(raised).toContain('interaction_required');
    expect(raised).not.toContain('missing_session');
    expect(raised.length).toBeLessThan(missingExcept(HANDLED).length);
  });

  it('is the whole family otherwise: the rule does not narrow by definedBy (auth0-spa-js vs. nextjs-auth0)', () => {
    const missing = missingExcept(HANDLED);
    expect(missing).toContain('interaction_required');
    expect(missing).toContain('timeout');
    expect(missing).toContain('missing_session');
    expect(missing).toHaveLength(defaultCatalog.family('auth0')!.entries.length - HANDLED.length);
  });
});
