/**
 * Hovers on Supabase Auth and Better Auth codes: through the editor core that the language server calls
 * (`getHover`), and through the tsserver plugin (`getQuickInfoAtPosition`), in English and Korean — and none in a
 * file that shows no sign of the library.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getHover } from '../../src/editor';
import { createVirtualProject, offsetOf, ROOT } from '../language-service/harness';
import { entry, flagLines } from './samples';

const SUPABASE_FORM = `import { isAuthApiError } from '@supabase/supabase-js';
import { supabase } from './client';

export async function signIn(email: string, password: string): Promise<string> {
  const { error } = await supabase.auth.signInWithPassword({ email, password });
  if (error && isAuthApiError(error)) {
    switch (error.code) {
      case 'invalid_credentials':
        return 'Wrong email or password.';
      case 'email_not_confirmed':
        return 'Confirm your email first.';
      default:
        return error.message;
    }
  }
  if (error?.code === 'session_not_found') return 'Please sign in again.';
  return '';
}
`;

const BETTER_AUTH_FORM = `import { createAuthClient } from 'better-auth/react';

export const authClient = createAuthClient();

export async function register(email: string, password: string, name: string): Promise<string> {
  const { error } = await authClient.signUp.email({ email, password, name });
  switch (error?.code) {
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return 'That email is taken.';
    case 'PASSWORD_TOO_SHORT':
      return 'Use a longer password.';
    case 'ORGANIZATION_SLUG_ALREADY_TAKEN':
      return 'Pick another address.';
    default:
      return error?.message ?? '';
  }
}
`;

/** The same switch in a file that imports nothing from either library. */
const PLAIN = `export function label(error: { code: string }): string {
  switch (error.code) {
    case 'invalid_credentials':
      return 'Wrong email or password.';
    case 'PASSWORD_TOO_SHORT':
      return 'Too short.';
    default:
      return '';
  }
}
`;

function markdown(code: string, family: string, locale: 'en' | 'ko', title: string): string {
  const e = entry(code, family);
  const labels =
    locale === 'en'
      ? { message: 'API message', cause: 'Likely cause', fix: 'Fix', docs: 'Documentation', documentedOnly: 'Documented only: current releases of the library no longer emit it.' }
      : { message: 'API 메시지', cause: '주요 원인', fix: '해결 방법', docs: '문서', documentedOnly: '문서에만 있는 코드입니다. 현재 버전의 라이브러리는 이 코드를 내보내지 않습니다.' };
  return [
    `**\`${code}\`** — ${title}`,
    e.summary[locale],
    ...(e.apiMessage === undefined ? [] : [`*${labels.message}:* "${e.apiMessage}"`]),
    ...flagLines(e, locale),
    `**${labels.cause}:** ${e.cause[locale]}`,
    `**${labels.fix}:** ${e.fix[locale]}`,
    ...(e.emitted === false && e.replacedBy === undefined ? [labels.documentedOnly] : []),
    `[${labels.docs}](${e.docsUrl})`,
  ].join('\n\n');
}

describe('hover (editor core, as the language server answers it)', () => {
  it('documents a Supabase code in a case label, with its span and family', () => {
    const at = offsetOf(SUPABASE_FORM, "'invalid_credentials'", 3);
    expect(getHover(ts, 'sign-in.ts', SUPABASE_FORM, at)).toEqual({
      markdown: markdown('invalid_credentials', 'supabase-auth', 'en', 'Supabase Auth error codes'),
      span: { start: offsetOf(SUPABASE_FORM, "'invalid_credentials'"), length: "'invalid_credentials'".length },
      codes: [{ family: 'supabase-auth', code: 'invalid_credentials' }],
    });
  });

  it('says in Korean that session_not_found never reaches error.code', () => {
    const hover = getHover(ts, 'sign-in.ts', SUPABASE_FORM, offsetOf(SUPABASE_FORM, 'session_not_found'), { locale: 'ko' });
    const note = '**여기로는 오지 않음:** auth-js는 이 응답을 `code`가 없는 `AuthSessionMissingError`로 바꿉니다. `isAuthSessionMissingError()`를 쓰세요.';
    expect(hover?.markdown).toBe(`${note}\n\n${markdown('session_not_found', 'supabase-auth', 'ko', 'Supabase Auth 오류 코드')}`);
    expect(hover?.markdown).toContain('isAuthSessionMissingError');
  });

  it('documents a Better Auth code with the message the server sends', () => {
    const hover = getHover(ts, 'register.ts', BETTER_AUTH_FORM, offsetOf(BETTER_AUTH_FORM, 'PASSWORD_TOO_SHORT'));
    expect(hover?.markdown).toBe(markdown('PASSWORD_TOO_SHORT', 'better-auth', 'en', 'Better Auth error codes'));
    expect(hover?.markdown).toContain('*API message:* "Password too short"');
    expect(hover?.codes).toEqual([{ family: 'better-auth', code: 'PASSWORD_TOO_SHORT' }]);
  });

  it('documents a plugin code and links to the plugin’s page', () => {
    const hover = getHover(ts, 'register.ts', BETTER_AUTH_FORM, offsetOf(BETTER_AUTH_FORM, 'ORGANIZATION_SLUG_ALREADY_TAKEN'), { locale: 'ko' });
    expect(hover?.markdown).toBe(markdown('ORGANIZATION_SLUG_ALREADY_TAKEN', 'better-auth', 'ko', 'Better Auth 오류 코드'));
    expect(hover?.markdown).toContain('(https://www.better-auth.com/docs/plugins/organization)');
  });

  it('says nothing on the same strings in a file with no sign of either library', () => {
    expect(getHover(ts, 'plain.ts', PLAIN, offsetOf(PLAIN, 'invalid_credentials'))).toBeUndefined();
    expect(getHover(ts, 'plain.ts', PLAIN, offsetOf(PLAIN, 'PASSWORD_TOO_SHORT'))).toBeUndefined();
  });
});

describe('hover (tsserver plugin quick info)', () => {
  const project = () =>
    createVirtualProject(ts, { 'sign-in.ts': SUPABASE_FORM, 'register.ts': BETTER_AUTH_FORM, 'plain.ts': PLAIN });

  it('adds the Supabase docs to a case label that TypeScript itself says nothing about', () => {
    const { service, original } = project();
    const file = `${ROOT}/sign-in.ts`;
    const at = offsetOf(SUPABASE_FORM, 'email_not_confirmed');
    expect(original.getQuickInfoAtPosition(file, at)).toBeUndefined();
    const info = service.getQuickInfoAtPosition(file, at);
    expect(info?.textSpan).toEqual({ start: offsetOf(SUPABASE_FORM, "'email_not_confirmed'"), length: "'email_not_confirmed'".length });
    expect(info?.documentation).toEqual([{ kind: 'text', text: markdown('email_not_confirmed', 'supabase-auth', 'en', 'Supabase Auth error codes') }]);
  });

  it('adds the Better Auth docs in Korean when the plugin is configured so', () => {
    const { service } = createVirtualProject(ts, { 'register.ts': BETTER_AUTH_FORM }, { locale: 'ko' });
    const info = service.getQuickInfoAtPosition(`${ROOT}/register.ts`, offsetOf(BETTER_AUTH_FORM, 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL'));
    expect(info?.documentation).toEqual([
      { kind: 'text', text: markdown('USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL', 'better-auth', 'ko', 'Better Auth 오류 코드') },
    ]);
  });

  it('leaves TypeScript’s answer alone in a file with no sign of either library', () => {
    const { service, original } = project();
    const file = `${ROOT}/plain.ts`;
    for (const needle of ['invalid_credentials', 'PASSWORD_TOO_SHORT']) {
      const at = offsetOf(PLAIN, needle);
      expect(service.getQuickInfoAtPosition(file, at)).toEqual(original.getQuickInfoAtPosition(file, at));
    }
  });
});
