/**
 * Hovers on Amplify Auth names: through the editor core that the language server calls (`getHover`), and through the
 * tsserver plugin (`getQuickInfoAtPosition`), in English and Korean — and none in a file that shows no sign of
 * Amplify.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getHover } from '../../src/editor';
import { createVirtualProject, offsetOf, ROOT } from '../language-service/harness';
import { plainHoverMarkdown } from './samples';

const AMPLIFY_FORM = `import { AuthError, signIn } from 'aws-amplify/auth';

export async function login(username: string, password: string): Promise<string> {
  try {
    await signIn({ username, password });
    return '';
  } catch (err) {
    if (!(err instanceof AuthError)) throw err;
    switch (err.name) {
      case 'UserNotConfirmedException':
        return 'Confirm your account first.';
      case 'PasswordResetRequiredException':
        return 'Reset your password to continue.';
      default:
        return err.message;
    }
  }
}
`;

/** The same switch in a file that imports nothing from Amplify. */
const PLAIN = `export function label(err: Error): string {
  switch (err.name) {
    case 'UserNotConfirmedException':
      return 'Confirm first.';
    case 'PasswordResetRequiredException':
      return 'Reset.';
    default:
      return '';
  }
}
`;

function markdown(code: string, locale: 'en' | 'ko', title: string): string {
  return plainHoverMarkdown('amplify-auth', code, locale, title);
}

describe('hover on Amplify names (editor core, as the language server answers it)', () => {
  it('documents a Cognito exception name in a case label, with its span and family', () => {
    const at = offsetOf(AMPLIFY_FORM, "'UserNotConfirmedException'", 3);
    expect(getHover(ts, 'login.ts', AMPLIFY_FORM, at)).toEqual({
      markdown: markdown('UserNotConfirmedException', 'en', 'Amplify Auth (Cognito) error names'),
      span: { start: offsetOf(AMPLIFY_FORM, "'UserNotConfirmedException'"), length: "'UserNotConfirmedException'".length },
      codes: [{ family: 'amplify-auth', code: 'UserNotConfirmedException' }],
    });
  });

  it('documents it in Korean when asked', () => {
    const hover = getHover(ts, 'login.ts', AMPLIFY_FORM, offsetOf(AMPLIFY_FORM, 'PasswordResetRequiredException'), { locale: 'ko' });
    expect(hover?.markdown).toBe(markdown('PasswordResetRequiredException', 'ko', 'Amplify Auth(Cognito) 오류 이름'));
    expect(hover?.markdown).toContain('(https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/');
  });

  it('says nothing on the same strings in a file with no sign of Amplify', () => {
    expect(getHover(ts, 'plain.ts', PLAIN, offsetOf(PLAIN, 'UserNotConfirmedException'))).toBeUndefined();
    expect(getHover(ts, 'plain.ts', PLAIN, offsetOf(PLAIN, 'PasswordResetRequiredException'))).toBeUndefined();
  });
});

describe('hover on Amplify names (tsserver plugin quick info)', () => {
  it('adds the Amplify docs to a case label that TypeScript itself says nothing about', () => {
    const { service, original } = createVirtualProject(ts, { 'login.ts': AMPLIFY_FORM });
    const file = `${ROOT}/login.ts`;
    const at = offsetOf(AMPLIFY_FORM, 'PasswordResetRequiredException');
    expect(original.getQuickInfoAtPosition(file, at)).toBeUndefined();
    const info = service.getQuickInfoAtPosition(file, at);
    expect(info?.textSpan).toEqual({ start: offsetOf(AMPLIFY_FORM, "'PasswordResetRequiredException'"), length: "'PasswordResetRequiredException'".length });
    expect(info?.documentation).toEqual([{ kind: 'text', text: markdown('PasswordResetRequiredException', 'en', 'Amplify Auth (Cognito) error names') }]);
  });

  it('adds the Amplify docs in Korean when the plugin is configured so', () => {
    const { service } = createVirtualProject(ts, { 'login.ts': AMPLIFY_FORM }, { locale: 'ko' });
    const info = service.getQuickInfoAtPosition(`${ROOT}/login.ts`, offsetOf(AMPLIFY_FORM, 'UserNotConfirmedException'));
    expect(info?.documentation).toEqual([{ kind: 'text', text: markdown('UserNotConfirmedException', 'ko', 'Amplify Auth(Cognito) 오류 이름') }]);
  });

  it('leaves TypeScript’s answer alone in a file with no sign of Amplify', () => {
    const { service, original } = createVirtualProject(ts, { 'plain.ts': PLAIN });
    const file = `${ROOT}/plain.ts`;
    for (const needle of ['UserNotConfirmedException', 'PasswordResetRequiredException']) {
      const at = offsetOf(PLAIN, needle);
      expect(service.getQuickInfoAtPosition(file, at)).toEqual(original.getQuickInfoAtPosition(file, at));
    }
  });
});
