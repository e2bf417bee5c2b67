/**
 * Hovers on Clerk codes: through the editor core that the language server calls (`getHover`), and through the
 * tsserver plugin (`getQuickInfoAtPosition`), in English and Korean — and none in a file that shows no sign of Clerk.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getHover } from '../../src/editor';
import { createVirtualProject, offsetOf, ROOT } from '../language-service/harness';
import { plainHoverMarkdown } from './samples';

const CLERK_FORM = `import { useSignIn } from '@clerk/nextjs';
import { isClerkAPIResponseError } from '@clerk/nextjs/errors';

export function usePasswordSignIn(show: (text: string) => void) {
  const { signIn } = useSignIn();
  return async (identifier: string, password: string) => {
    try {
      await signIn?.create({ identifier, password });
    } catch (err) {
      if (!isClerkAPIResponseError(err)) throw err;
      switch (err.errors[0]?.code) {
        case 'form_password_incorrect':
          show('That password is not right.');
          break;
        case 'form_identifier_not_found':
          show('No account uses that email.');
          break;
        default:
          show(err.errors[0]?.longMessage ?? 'Sign-in failed.');
      }
    }
  };
}
`;

/** The same switch in a file that imports nothing from Clerk. */
const PLAIN = `export function label(failure: { errors: { code: string }[] }): string {
  switch (failure.errors[0]?.code) {
    case 'form_password_incorrect':
      return 'Wrong password.';
    case 'form_identifier_not_found':
      return 'No account.';
    default:
      return '';
  }
}
`;

function markdown(code: string, locale: 'en' | 'ko', title: string): string {
  return plainHoverMarkdown('clerk', code, locale, title);
}

describe('hover on Clerk codes (editor core, as the language server answers it)', () => {
  it('documents a Clerk code in a case label, with its span and family', () => {
    const at = offsetOf(CLERK_FORM, "'form_password_incorrect'", 3);
    expect(getHover(ts, 'sign-in.ts', CLERK_FORM, at)).toEqual({
      markdown: markdown('form_password_incorrect', 'en', 'Clerk error codes'),
      span: { start: offsetOf(CLERK_FORM, "'form_password_incorrect'"), length: "'form_password_incorrect'".length },
      codes: [{ family: 'clerk', code: 'form_password_incorrect' }],
    });
  });

  it('documents it in Korean when asked', () => {
    const hover = getHover(ts, 'sign-in.ts', CLERK_FORM, offsetOf(CLERK_FORM, 'form_identifier_not_found'), { locale: 'ko' });
    expect(hover?.markdown).toBe(markdown('form_identifier_not_found', 'ko', 'Clerk 오류 코드'));
    expect(hover?.markdown).toContain('(https://clerk.com/docs/');
  });

  it('says nothing on the same strings in a file with no sign of Clerk', () => {
    expect(getHover(ts, 'plain.ts', PLAIN, offsetOf(PLAIN, 'form_password_incorrect'))).toBeUndefined();
    expect(getHover(ts, 'plain.ts', PLAIN, offsetOf(PLAIN, 'form_identifier_not_found'))).toBeUndefined();
  });
});

describe('hover on Clerk codes (tsserver plugin quick info)', () => {
  it('adds the Clerk docs to a case label that TypeScript itself says nothing about', () => {
    const { service, original } = createVirtualProject(ts, { 'sign-in.ts': CLERK_FORM });
    const file = `${ROOT}/sign-in.ts`;
    const at = offsetOf(CLERK_FORM, 'form_identifier_not_found');
    expect(original.getQuickInfoAtPosition(file, at)).toBeUndefined();
    const info = service.getQuickInfoAtPosition(file, at);
    expect(info?.textSpan).toEqual({ start: offsetOf(CLERK_FORM, "'form_identifier_not_found'"), length: "'form_identifier_not_found'".length });
    expect(info?.documentation).toEqual([{ kind: 'text', text: markdown('form_identifier_not_found', 'en', 'Clerk error codes') }]);
  });

  it('adds the Clerk docs in Korean when the plugin is configured so', () => {
    const { service } = createVirtualProject(ts, { 'sign-in.ts': CLERK_FORM }, { locale: 'ko' });
    const info = service.getQuickInfoAtPosition(`${ROOT}/sign-in.ts`, offsetOf(CLERK_FORM, 'form_password_incorrect'));
    expect(info?.documentation).toEqual([{ kind: 'text', text: markdown('form_password_incorrect', 'ko', 'Clerk 오류 코드') }]);
  });

  it('leaves TypeScript’s answer alone in a file with no sign of Clerk', () => {
    const { service, original } = createVirtualProject(ts, { 'plain.ts': PLAIN });
    const file = `${ROOT}/plain.ts`;
    for (const needle of ['form_password_incorrect', 'form_identifier_not_found']) {
      const at = offsetOf(PLAIN, needle);
      expect(service.getQuickInfoAtPosition(file, at)).toEqual(original.getQuickInfoAtPosition(file, at));
    }
  });
});
