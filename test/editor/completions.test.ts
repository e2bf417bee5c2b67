import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { defaultCatalog } from '../../src/catalog';
import { NEXTAUTH_V4_PAGE_VALUES } from '../../src/catalog/nextauth-pages';
import { getCompletions } from '../../src/editor';
import { code, offsetOf } from '../language-service/harness';
import { codesOf, entry } from './samples';

const SWITCH_BEING_TYPED = code`
  function describe(error: { errorCode: string }) {
    switch (error.errorCode) {
      case 'UNAUTHORIZED':
        return 1;
      case 'RATE_LIMIT_EXCEEDED':
        return 2;
      case '':
    }
  }
`;

describe('completions inside case quotes', () => {
  it("offers the family's codes the switch does not handle, in catalog order, with the summary as detail", () => {
    const result = getCompletions(ts, 'a.ts', SWITCH_BEING_TYPED, offsetOf(SWITCH_BEING_TYPED, "case ''", 6));
    const expected = codesOf('baas', ['UNAUTHORIZED', 'RATE_LIMIT_EXCEEDED']);
    expect(result?.replacementSpan).toEqual({ start: offsetOf(SWITCH_BEING_TYPED, "case ''", 6), length: 0 });
    expect(result?.items.map((item) => item.code)).toEqual(expected);
    expect(result?.items[0]).toEqual({
      code: 'INVALID_USER',
      family: 'baas',
      detail: entry('INVALID_USER', 'baas').summary.en,
      documentation: expect.stringMatching(/^\*\*`INVALID_USER`\*\* — BaaS auth API error codes\n\n/),
      sortText: '00000',
    });
  });

  it('replaces what is typed so far, also in an unterminated string', () => {
    const text = SWITCH_BEING_TYPED.replace("case '':", "case 'TOO");
    const result = getCompletions(ts, 'a.ts', text, offsetOf(text, "'TOO", 4), { locale: 'ko' });
    expect(result?.replacementSpan).toEqual({ start: offsetOf(text, "'TOO", 1), length: 3 });
    expect(result?.items.find((item) => item.code === 'TOO_MANY_LOGIN_ATTEMPTS')?.detail).toBe(
      entry('TOO_MANY_LOGIN_ATTEMPTS', 'baas').summary.ko,
    );
  });

  it("offers the families the discriminant's name hints at for the first case", () => {
    const text = "function f(error: string) {\n  switch (error) {\n    case '':\n  }\n}\n";
    const result = getCompletions(ts, 'a.ts', text, offsetOf(text, "''", 1));
    // A family that needs evidence of its library (Auth0's OAuth codes also hint at `error`) is not offered in a
    // file that shows none.
    const hinted = defaultCatalog.families.filter((family) => family.discriminantHints.includes('error') && !family.evidence);
    expect(hinted.map((family) => family.id)).toEqual(expect.arrayContaining(['nextauth-pages', 'authjs']));
    const expected = [...new Set(hinted.flatMap((family) => codesOf(family.id)))];
    expect(result?.items.map((item) => item.code)).toEqual(expected);
  });

  it('offers the codes of a family that needs evidence once the file shows its library', () => {
    const text = "import { Auth0Client } from '@auth0/auth0-spa-js';\nfunction f(error: string) {\n  switch (error) {\n    case '':\n  }\n}\n";
    const families = new Set(getCompletions(ts, 'a.ts', text, offsetOf(text, "''", 1))?.items.map((item) => item.family));
    expect(families.has('auth0')).toBe(true);
  });

  it('offers nothing outside quotes or in a switch that is not about error codes', () => {
    expect(getCompletions(ts, 'a.ts', SWITCH_BEING_TYPED, offsetOf(SWITCH_BEING_TYPED, "case ''"))).toBeUndefined();
    const text = "switch (shape.kind) {\n  case 'circle':\n    break;\n  case '':\n}\n";
    expect(getCompletions(ts, 'a.ts', text, offsetOf(text, "''", 1))).toBeUndefined();
  });
});

describe('completions in comparisons and map keys', () => {
  it('offers codes after === against an error-code value, minus those compared already (sign-in values here)', () => {
    const text = "function f(error?: string) {\n  if (error === 'OAuthSignin') return 1;\n  if (error === '') return 2;\n}\n";
    const result = getCompletions(ts, 'a.ts', text, offsetOf(text, "''", 1));
    // OAuthSignin only ever reaches the sign-in page: the error page's values would be dead code here.
    expect(result?.items.map((item) => `${item.family}:${item.code}`)).toEqual(
      NEXTAUTH_V4_PAGE_VALUES.signIn.filter((code) => code !== 'OAuthSignin').map((code) => `nextauth-pages:${code}`),
    );
  });

  it('offers no BaaS codes where the file shows no sign of that API', () => {
    const text = "const messages = {\n  UNAUTHORIZED: 'a',\n  INVALID_TOKEN: 'b',\n  '': 'c',\n};\nconst show = (e: { code: string }) => messages[e.code];\n";
    const families = new Set(getCompletions(ts, 'a.ts', text, offsetOf(text, "''", 1))?.items.map((item) => item.family));
    expect(families.has('baas')).toBe(false);
  });

  it('offers the missing codes as a new quoted key of a code → message map', () => {
    const text = "const messages = {\n  INVALID_USER: 'a',\n  TOKEN_EXPIRED: 'b',\n  '': 'c',\n};\nconst show = (e: { errorCode: string }) => messages[e.errorCode];\n";
    const result = getCompletions(ts, 'a.ts', text, offsetOf(text, "''", 1));
    expect(result?.items.map((item) => item.code)).toEqual(codesOf('baas', ['INVALID_USER', 'TOKEN_EXPIRED']));
  });
});
