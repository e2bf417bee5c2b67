/**
 * Hovers on Auth0 codes: through the editor core that the language server calls (`getHover`), and through the
 * tsserver plugin (`getQuickInfoAtPosition`), in English and Korean — and none in a file that shows no sign of Auth0.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getHover } from '../../src/editor';
import { createVirtualProject, offsetOf, ROOT } from '../language-service/harness';
import { plainHoverMarkdown } from './samples';

const AUTH0_TOKEN = `import { GenericError, type Auth0Client } from '@auth0/auth0-spa-js';

export async function nextStep(client: Auth0Client): Promise<string> {
  try {
    await client.getTokenSilently();
    return 'done';
  } catch (e) {
    if (!(e instanceof GenericError)) throw e;
    switch (e.error) {
      case 'login_required':
        return 'redirect';
      case 'consent_required':
        return 'popup';
      default:
        return 'retry';
    }
  }
}
`;

/** The same switch in a file that imports nothing from Auth0. */
const PLAIN = `export function nextStep(e: { error: string }): string {
  switch (e.error) {
    case 'login_required':
      return 'redirect';
    case 'consent_required':
      return 'popup';
    default:
      return '';
  }
}
`;

function markdown(code: string, locale: 'en' | 'ko', title: string): string {
  return plainHoverMarkdown('auth0', code, locale, title);
}

describe('hover on Auth0 codes (editor core, as the language server answers it)', () => {
  it('documents an OpenID Connect code in a case label, with its span and family', () => {
    const at = offsetOf(AUTH0_TOKEN, "'login_required'", 3);
    expect(getHover(ts, 'token.ts', AUTH0_TOKEN, at)).toEqual({
      markdown: markdown('login_required', 'en', 'Auth0 error codes'),
      span: { start: offsetOf(AUTH0_TOKEN, "'login_required'"), length: "'login_required'".length },
      codes: [{ family: 'auth0', code: 'login_required' }],
    });
  });

  it('documents it in Korean when asked', () => {
    const hover = getHover(ts, 'token.ts', AUTH0_TOKEN, offsetOf(AUTH0_TOKEN, 'consent_required'), { locale: 'ko' });
    expect(hover?.markdown).toBe(markdown('consent_required', 'ko', 'Auth0 오류 코드'));
    expect(hover?.markdown).toContain('(https://openid.net/specs/openid-connect-core-1_0.html#AuthError)');
  });

  it('says nothing on the same strings in a file with no sign of Auth0', () => {
    expect(getHover(ts, 'plain.ts', PLAIN, offsetOf(PLAIN, 'login_required'))).toBeUndefined();
    expect(getHover(ts, 'plain.ts', PLAIN, offsetOf(PLAIN, 'consent_required'))).toBeUndefined();
  });
});

describe('hover on Auth0 codes (tsserver plugin quick info)', () => {
  it('adds the Auth0 docs to a case label that TypeScript itself says nothing about', () => {
    const { service, original } = createVirtualProject(ts, { 'token.ts': AUTH0_TOKEN });
    const file = `${ROOT}/token.ts`;
    const at = offsetOf(AUTH0_TOKEN, 'consent_required');
    expect(original.getQuickInfoAtPosition(file, at)).toBeUndefined();
    const info = service.getQuickInfoAtPosition(file, at);
    expect(info?.textSpan).toEqual({ start: offsetOf(AUTH0_TOKEN, "'consent_required'"), length: "'consent_required'".length });
    expect(info?.documentation).toEqual([{ kind: 'text', text: markdown('consent_required', 'en', 'Auth0 error codes') }]);
  });

  it('adds the Auth0 docs in Korean when the plugin is configured so', () => {
    const { service } = createVirtualProject(ts, { 'token.ts': AUTH0_TOKEN }, { locale: 'ko' });
    const info = service.getQuickInfoAtPosition(`${ROOT}/token.ts`, offsetOf(AUTH0_TOKEN, 'login_required'));
    expect(info?.documentation).toEqual([{ kind: 'text', text: markdown('login_required', 'ko', 'Auth0 오류 코드') }]);
  });

  it('leaves TypeScript’s answer alone in a file with no sign of Auth0', () => {
    const { service, original } = createVirtualProject(ts, { 'plain.ts': PLAIN });
    const file = `${ROOT}/plain.ts`;
    for (const needle of ['login_required', 'consent_required']) {
      const at = offsetOf(PLAIN, needle);
      expect(service.getQuickInfoAtPosition(file, at)).toEqual(original.getQuickInfoAtPosition(file, at));
    }
  });
});
