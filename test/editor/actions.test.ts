import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getCodeActions } from '../../src/editor';
import { applyChanges, code, offsetOf } from '../language-service/harness';
import { codesOf, entry, LOGIN_FORM } from './samples';

/** The clauses the action adds for codes, as the file's layout asks for them. */
function clauses(codes: readonly string[], family: string, caseIndent: string, bodyIndent: string, locale: 'en' | 'ko' = 'en'): string {
  return codes
    .map((item) => `${caseIndent}case '${item}': // ${entry(item, family).summary[locale]}\n${bodyIndent}break;\n`)
    .join('');
}

describe('Replace with `X`', () => {
  it('replaces a misspelled case label, keeping the quotes', () => {
    const at = offsetOf(LOGIN_FORM, 'TOKEN_EXPIRD');
    const [replace] = getCodeActions(ts, 'login.tsx', LOGIN_FORM, at, at);
    expect(replace).toEqual({
      id: 'replaceCode',
      name: 'replaceCode:TOKEN_EXPIRED',
      title: 'Replace with `TOKEN_EXPIRED`',
      edits: [{ span: { start: at, length: 'TOKEN_EXPIRD'.length }, newText: 'TOKEN_EXPIRED' }],
      preferred: true,
    });
  });

  it('replaces an old name by the current one (Korean title)', () => {
    const text = 'switch (code) {\n  case "CALLBACK_OAUTH_ERROR":\n  case "SIGNIN_OAUTH_ERROR":\n    break;\n}\n';
    const at = offsetOf(text, 'CALLBACK');
    const [replace] = getCodeActions(ts, 'a.ts', text, at, at, { locale: 'ko' });
    expect(replace?.title).toBe('`OAUTH_CALLBACK_ERROR`로 바꾸기');
    expect(applyChanges(text, replace!.edits)).toBe(text.replace('CALLBACK_OAUTH_ERROR', 'OAUTH_CALLBACK_ERROR'));
  });

  it('fixes a misspelled constant where it is declared, asked at the label that uses it', () => {
    const text = code`
      const Codes = { expired: 'TOKEN_EXPIRD', unauthorized: 'UNAUTHORIZED' } as const;
      export function retry(error: { errorCode: string }) {
        return error.errorCode === Codes.expired || error.errorCode === Codes.unauthorized;
      }
    `;
    const at = offsetOf(text, 'Codes.expired', 6);
    const [replace] = getCodeActions(ts, 'a.ts', text, at, at);
    expect(replace?.name).toBe('replaceCode:TOKEN_EXPIRED');
    expect(applyChanges(text, replace!.edits)).toBe(text.replace("'TOKEN_EXPIRD'", "'TOKEN_EXPIRED'"));
    const fine = offsetOf(text, 'Codes.unauthorized', 6);
    expect(getCodeActions(ts, 'a.ts', text, fine, fine)).toEqual([]);
  });

  it('leaves a string alone when no family is clear', () => {
    const text = "const x = 'TOKEN_EXPIRD';\n";
    expect(getCodeActions(ts, 'a.ts', text, offsetOf(text, 'TOKEN'), offsetOf(text, 'TOKEN'))).toEqual([]);
  });
});

describe('Add missing error-code cases', () => {
  it('inserts the missing codes before default, laid out like the existing clauses', () => {
    const at = offsetOf(LOGIN_FORM, 'switch');
    const actions = getCodeActions(ts, 'login.tsx', LOGIN_FORM, at, at);
    expect(actions.map((action) => action.title)).toEqual(['Add missing error-code cases']);
    const missing = codesOf('baas', ['UNAUTHORIZED', 'RATE_LIMIT_EXCEEDED', 'TOKEN_EXPIRD']);
    expect(actions[0]!.edits).toEqual([
      { span: { start: offsetOf(LOGIN_FORM, '    default:'), length: 0 }, newText: clauses(missing, 'baas', '    ', '      ') },
    ]);
  });

  it('is offered on a case label too, and appends at the end of a switch without default', () => {
    const text = code`
      function f(e: { errorCode: string }) {
      \tswitch (e.errorCode) {
      \t\tcase "USER_NOT_FOUND":
      \t\t\treturn 1;
      \t\tcase "INVALID_USER": return 2;
      \t}
      }
    `;
    const at = offsetOf(text, 'INVALID_USER');
    const actions = getCodeActions(ts, 'a.ts', text, at, at, { locale: 'ko' });
    expect(actions.map((action) => action.id)).toEqual(['addMissingCases']);
    expect(actions[0]!.title).toBe('빠진 오류 코드 case 추가');
    const missing = codesOf('baas', ['USER_NOT_FOUND', 'INVALID_USER']);
    const expected = clauses(missing, 'baas', '\t\t', '\t\t\t', 'ko').replace(/'/g, '"');
    expect(applyChanges(text, actions[0]!.edits)).toBe(text.replace('\t}\n}', `${expected}\t}\n}`));
  });

  it('is not offered inside a clause body or on a switch that is not about error codes', () => {
    const inBody = offsetOf(LOGIN_FORM, "'Slow down.'");
    expect(getCodeActions(ts, 'login.tsx', LOGIN_FORM, inBody, inBody)).toEqual([]);
    const text = "switch (shape.kind) {\n  case 'circle':\n  case 'square':\n    break;\n}\n";
    expect(getCodeActions(ts, 'a.ts', text, 0, 0)).toEqual([]);
  });
});
