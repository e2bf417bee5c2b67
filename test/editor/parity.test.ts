/**
 * The editor and the lint gate agree: each sample runs through the real rules (ESLint's Linter, no type
 * information) and through the editor core, and both must reach the same verdict — the rule reports missing
 * cases exactly where the editor offers "Add missing error-code cases" (with the same codes), and a misspelling
 * exactly where the editor offers "Replace with X" (with the same code).
 */
import * as path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index';
import { getCodeActions } from '../../src/editor';
import { dedent } from '../dedent';
import { applyChanges } from '../language-service/harness';
import { neutralProjectDir } from '../rule-tester';

interface Sample {
  readonly name: string;
  readonly code: string;
  /** Where the editor is asked: the start of this text. */
  readonly at: string;
  /** What both must find: missing cases, a misspelling, or nothing. */
  readonly verdict: 'missingCases' | 'misspelling' | 'none';
}

const SAMPLES: readonly Sample[] = [
  {
    name: 'a sign-in page switch on searchParams.get("error")',
    verdict: 'missingCases',
    at: 'switch',
    code: dedent`
      export function SignInError({ searchParams }: { searchParams: URLSearchParams }) {
        switch (searchParams.get('error')) {
          case 'OAuthSignin':
            return 'Could not reach the provider.';
          case 'CredentialsSignin':
            return 'Wrong e-mail or password.';
        }
        return null;
      }
    `,
  },
  {
    name: 'labels that are members of a const object',
    verdict: 'missingCases',
    at: 'switch',
    code: dedent`
      const Codes = { locked: 'ACCOUNT_LOCKED', expired: 'TOKEN_EXPIRED', unauthorized: 'UNAUTHORIZED' } as const;
      export function react(error: { errorCode: string }) {
        switch (error.errorCode) {
          case Codes.expired:
            return 'refresh';
          case Codes.unauthorized:
            return 'login';
        }
      }
    `,
  },
  {
    name: 'a label that is a const',
    verdict: 'missingCases',
    at: 'switch',
    code: dedent`
      const TOKEN = 'TOKEN_EXPIRED';
      export function react(error: { errorCode: string }) {
        switch (error.errorCode) {
          case TOKEN:
            return 'refresh';
          case 'UNAUTHORIZED':
            return 'login';
        }
      }
    `,
  },
  {
    name: 'an error page that is complete',
    verdict: 'none',
    at: 'switch',
    code: dedent`
      export function message(error?: string) {
        switch (error) {
          case 'Configuration':
            return 'Try later.';
          case 'AccessDenied':
            return 'Not allowed.';
          case 'Verification':
            return 'Link expired.';
        }
      }
    `,
  },
  {
    name: 'BaaS-looking codes without evidence of that API',
    verdict: 'none',
    at: 'switch',
    code: dedent`
      export function label(error: { code: string }) {
        switch (error.code) {
          case 'UNAUTHORIZED':
            return 'Sign in again.';
          case 'INVALID_TOKEN':
            return 'Link expired.';
        }
      }
    `,
  },
  {
    name: 'a misspelled label in a BaaS switch',
    verdict: 'misspelling',
    at: "'USER_ALREADY_EXIST'",
    code: dedent`
      export function label(error: { errorCode: string }) {
        switch (error.errorCode) {
          case 'UNAUTHORIZED':
            return 'Sign in again.';
          case 'USER_ALREADY_EXIST':
            return 'Taken.';
          default:
            return 'Failed.';
        }
      }
    `,
  },
  {
    name: 'a misspelled code in a const used as a label',
    verdict: 'misspelling',
    // Where the rule reports it: the label.
    at: 'EXPIRED:',
    code: dedent`
      const EXPIRED = 'TOKEN_EXPIRD';
      export function label(error: { errorCode: string }) {
        switch (error.errorCode) {
          case EXPIRED:
            return 'Sign in again.';
          case 'UNAUTHORIZED':
            return 'Sign in.';
          default:
            return 'Failed.';
        }
      }
    `,
  },
  {
    name: 'a misspelled member of a const object compared with the code',
    verdict: 'misspelling',
    at: 'Codes.expired',
    code: dedent`
      const Codes = { expired: 'TOKEN_EXPIRD', unauthorized: 'UNAUTHORIZED' } as const;
      export function retry(error: { errorCode: string }) {
        return error.errorCode === Codes.expired || error.errorCode === Codes.unauthorized;
      }
    `,
  },
  {
    name: 'labels read with brackets from a const object',
    verdict: 'missingCases',
    at: 'switch',
    code: dedent`
      const Codes = { expired: 'TOKEN_EXPIRED', unauthorized: 'UNAUTHORIZED' } as const;
      export function react(error: { errorCode: string }) {
        switch (error.errorCode) {
          case Codes['expired']:
            return 'refresh';
          case Codes['unauthorized']:
            return 'login';
        }
      }
    `,
  },
  {
    name: 'an app code in another convention',
    verdict: 'none',
    at: "'rate_limit_exceeded'",
    code: "export const retry = (error: { code: string }) => error.code === 'rate_limit_exceeded';\n",
  },
];

const linter = new Linter();
const config: Linter.Config[] = [
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { 'auth-errors': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
    rules: { 'auth-errors/exhaustive-error-codes': 'error', 'auth-errors/no-unknown-error-code': 'error' },
  },
];

/** The codes a `case` suggestion adds, read back from its text. */
function addedCodes(text: string): string[] {
  return [...text.matchAll(/case '([^']+)':/g)].map((match) => match[1]!);
}

describe('the editor and the lint rules reach the same verdict', () => {
  for (const sample of SAMPLES) {
    it(sample.name, () => {
      const filename = path.join(neutralProjectDir, 'parity.tsx');
      const messages = linter.verify(sample.code, config, { filename });
      expect(messages.filter((message) => message.fatal)).toEqual([]);
      const at = sample.code.indexOf(sample.at);
      const actions = getCodeActions(ts, filename, sample.code, at + (sample.at.startsWith("'") ? 1 : 0), at + 1);

      const missing = messages.find((message) => message.ruleId === 'auth-errors/exhaustive-error-codes');
      const misspelled = messages.find((message) => message.ruleId === 'auth-errors/no-unknown-error-code');
      expect({ missing: Boolean(missing), misspelled: Boolean(misspelled) }, 'the rules\' verdict').toEqual({
        missing: sample.verdict === 'missingCases',
        misspelled: sample.verdict === 'misspelling',
      });
      // With a `default`, the rule has nothing to say, while the editor still offers to spell the cases out.
      const addCases = sample.code.includes('default:') ? undefined : actions.find((action) => action.id === 'addMissingCases');
      expect(Boolean(addCases), 'missing cases: rule and editor agree').toBe(Boolean(missing));
      if (missing && addCases) {
        const ruleSuggestion = missing.suggestions?.find((suggestion) => suggestion.desc.startsWith('Add the'));
        const fromRule = addedCodes(ruleSuggestion?.fix.text ?? '');
        const fromEditor = addedCodes(addCases.edits.map((edit) => edit.newText).join(''));
        expect(fromEditor).toEqual(fromRule);
        expect(fromRule.length).toBeGreaterThan(0);
      }

      const unknown = messages.find((message) => message.ruleId === 'auth-errors/no-unknown-error-code');
      const replace = actions.find((action) => action.id === 'replaceCode');
      expect(Boolean(replace), 'misspelling: rule and editor agree').toBe(Boolean(unknown));
      if (unknown && replace) {
        expect(replace.edits[0]?.newText).toBe(/`([^`]+)`\)?\?$/.exec(unknown.message)?.[1] ?? /Did you mean `([^`]+)`/.exec(unknown.message)?.[1]);
        // Both fix the same text the same way (a constant's literal where it is declared).
        const fix = unknown.suggestions?.[0]?.fix;
        expect(fix).toBeDefined();
        const fromRule = sample.code.slice(0, fix!.range[0]) + fix!.text + sample.code.slice(fix!.range[1]);
        expect(applyChanges(sample.code, replace.edits)).toBe(fromRule);
      }
    });
  }

  it('covers both verdicts: some samples are reported, some are not', () => {
    const reported = SAMPLES.filter(
      (sample) => linter.verify(sample.code, config, { filename: path.join(neutralProjectDir, 'parity.tsx') }).length > 0,
    );
    expect(reported.length).toBeGreaterThan(1);
    expect(reported.length).toBeLessThan(SAMPLES.length);
  });
});
