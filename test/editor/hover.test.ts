import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getHover, resolveEditorOptions } from '../../src/editor';
import { offsetOf } from '../language-service/harness';
import { entry, LOGIN_FORM, PAGES } from './samples';

describe('hover: what it says', () => {
  it('documents a BaaS code in a case label with status, API message, cause and fix (en)', () => {
    const e = entry('RATE_LIMIT_EXCEEDED', 'baas');
    const hover = getHover(ts, 'login.tsx', LOGIN_FORM, offsetOf(LOGIN_FORM, "'RATE_LIMIT_EXCEEDED'", 3));
    expect(hover).toEqual({
      markdown: [
        '**`RATE_LIMIT_EXCEEDED`** — BaaS auth API error codes',
        e.summary.en,
        `*HTTP status:* 429 · *API message:* "${e.apiMessage}"`,
        `**Likely cause:** ${e.cause.en}`,
        `**Fix:** ${e.fix.en}`,
      ].join('\n\n'),
      span: { start: offsetOf(LOGIN_FORM, "'RATE_LIMIT_EXCEEDED'"), length: "'RATE_LIMIT_EXCEEDED'".length },
      codes: [{ family: 'baas', code: 'RATE_LIMIT_EXCEEDED' }],
    });
  });

  it('says the same in Korean', () => {
    const e = entry('RATE_LIMIT_EXCEEDED', 'baas');
    const hover = getHover(ts, 'login.tsx', LOGIN_FORM, offsetOf(LOGIN_FORM, 'RATE_LIMIT_EXCEEDED'), { locale: 'ko' });
    expect(hover?.markdown).toBe(
      [
        '**`RATE_LIMIT_EXCEEDED`** — BaaS 인증 API 오류 코드',
        e.summary.ko,
        `*HTTP 상태:* 429 · *API 메시지:* "${e.apiMessage}"`,
        `**주요 원인:** ${e.cause.ko}`,
        `**해결 방법:** ${e.fix.ko}`,
      ].join('\n\n'),
    );
  });

  it('documents a NextAuth v4 logger code anywhere, with where it shows and the docs link', () => {
    const e = entry('OAUTH_CALLBACK_ERROR', 'nextauth');
    const hover = getHover(ts, 'pages.ts', PAGES, offsetOf(PAGES, 'OAUTH_CALLBACK_ERROR'));
    expect(hover?.markdown).toBe(
      [
        '**`OAUTH_CALLBACK_ERROR`** — NextAuth.js v4 logger codes',
        e.summary.en,
        '*Shows on:* server',
        `**Likely cause:** ${e.cause.en}`,
        `**Fix:** ${e.fix.en}`,
        '[Documentation](https://next-auth.js.org/errors#oauth_callback_error)',
      ].join('\n\n'),
    );
    expect(hover?.codes).toEqual([{ family: 'nextauth', code: 'OAUTH_CALLBACK_ERROR' }]);
  });

  it('documents a code two families share once per family', () => {
    const text = "const error = 'CredentialsSignin';\n";
    const hover = getHover(ts, 'a.ts', text, offsetOf(text, 'Credentials'));
    expect(hover?.codes).toEqual([
      { family: 'nextauth-pages', code: 'CredentialsSignin' },
      { family: 'authjs', code: 'CredentialsSignin' },
    ]);
    expect(hover?.markdown.split('\n\n---\n\n')).toHaveLength(2);
  });

  it('documents an identifier key of a code → message map', () => {
    const hover = getHover(ts, 'pages.ts', PAGES, offsetOf(PAGES, 'TOKEN_EXPIRED:', 2));
    expect(hover?.span).toEqual({ start: offsetOf(PAGES, 'TOKEN_EXPIRED:'), length: 'TOKEN_EXPIRED'.length });
    expect(hover?.codes).toEqual([{ family: 'baas', code: 'TOKEN_EXPIRED' }]);
  });
});

describe('hover: generic words only where the context says they are error codes', () => {
  it('documents Configuration compared with a value named error, for each family that name hints at', () => {
    const hover = getHover(ts, 'pages.ts', PAGES, offsetOf(PAGES, "'Configuration'", 1));
    expect(hover?.codes).toEqual([
      { family: 'nextauth-pages', code: 'Configuration' },
      { family: 'authjs', code: 'Configuration' },
    ]);
  });

  it('stays quiet on a generic word in a plain string', () => {
    expect(getHover(ts, 'pages.ts', PAGES, offsetOf(PAGES, "'Default'", 1))).toBeUndefined();
  });

  it('stays quiet on generic keys of a map with no real code', () => {
    expect(getHover(ts, 'pages.ts', PAGES, offsetOf(PAGES, 'Default:'))).toBeUndefined();
    expect(getHover(ts, 'pages.ts', PAGES, offsetOf(PAGES, 'Configuration:'))).toBeUndefined();
  });

  it('documents a generic case label next to codes of its family', () => {
    const text = "switch (error) {\n  case 'OAuthSignin':\n  case 'Callback':\n    break;\n}\n";
    expect(getHover(ts, 'a.ts', text, offsetOf(text, 'Callback'))?.codes).toEqual([
      { family: 'nextauth-pages', code: 'Callback' },
    ]);
  });
});

describe('hover: positions', () => {
  it('maps from getStart(): a comment before the literal is not part of it', () => {
    const text = "switch (code) {\n  case /* the old name */ 'CALLBACK_OAUTH_ERROR':\n    break;\n}\n";
    expect(getHover(ts, 'a.ts', text, offsetOf(text, 'the old'))).toBeUndefined();
    const hover = getHover(ts, 'a.ts', text, offsetOf(text, "'CALLBACK"));
    expect(hover?.span).toEqual({ start: offsetOf(text, "'CALLBACK"), length: "'CALLBACK_OAUTH_ERROR'".length });
    expect(hover?.markdown).toContain('Older name; current releases use `OAUTH_CALLBACK_ERROR`.');
  });

  it('gives nothing on the doc comment above a map key, and the docs on the key itself', () => {
    expect(getHover(ts, 'pages.ts', PAGES, offsetOf(PAGES, 'Shown after'))).toBeUndefined();
    expect(getHover(ts, 'pages.ts', PAGES, offsetOf(PAGES, 'TOKEN_EXPIRED:'))?.codes).toEqual([
      { family: 'baas', code: 'TOKEN_EXPIRED' },
    ]);
  });

  it('answers nothing on code that is not a string', () => {
    expect(getHover(ts, 'login.tsx', LOGIN_FORM, offsetOf(LOGIN_FORM, 'errorCode)'))).toBeUndefined();
    expect(getHover(ts, 'login.tsx', LOGIN_FORM, offsetOf(LOGIN_FORM, "'Slow down.'", 2))).toBeUndefined();
  });

  it("uses the user's own families and restricts the built-in ones", () => {
    const text = "if (failure.reason === 'QUOTA_GONE') {}\nconst y = 'OAUTH_CALLBACK_ERROR';\n";
    const options = resolveEditorOptions({
      families: ['baas'],
      catalogs: [{ name: 'billing', discriminants: ['reason'], codes: [{ code: 'QUOTA_GONE', summary: 'The monthly quota is used up.' }] }],
    });
    expect(getHover(ts, 'a.ts', text, offsetOf(text, 'QUOTA'), options)?.markdown).toBe(
      '**`QUOTA_GONE`** — billing\n\nThe monthly quota is used up.',
    );
    expect(getHover(ts, 'a.ts', text, offsetOf(text, 'OAUTH'), options)).toBeUndefined();
  });
});
