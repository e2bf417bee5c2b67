/**
 * The flags a hover shows under a code's summary: server only (Admin SDK codes), deprecated, and the calls that raise
 * it where the library says so — through the editor core (language server) and the tsserver plugin, en + ko.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getHover, resolveEditorOptions } from '../../src/editor';
import { dedent } from '../dedent';
import { createVirtualProject, offsetOf, ROOT } from '../language-service/harness';

const SESSION_ROUTE = dedent`
  import { getAuth } from 'firebase-admin/auth';

  export async function verify(cookie: string) {
    try {
      return await getAuth().verifySessionCookie(cookie, true);
    } catch (err: any) {
      if (err.code === 'auth/session-cookie-revoked') return null;
      throw err;
    }
  }
`;

const EMAIL_LINKS = dedent`
  import { sendSignInLinkToEmail, type Auth } from 'firebase/auth';

  export async function sendLink(auth: Auth, email: string) {
    try {
      await sendSignInLinkToEmail(auth, email, { url: 'https://example.com/finish', handleCodeInApp: true });
    } catch (error: any) {
      switch (error.code) {
        case 'auth/invalid-dynamic-link-domain':
          return 'The link domain is not set up.';
        case 'auth/too-many-requests':
          return 'Try again later.';
        default:
          return 'Could not send the link.';
      }
    }
    return null;
  }
`;

/** The hover's paragraphs. */
const blocks = (markdown: string | undefined) => (markdown ?? '').split('\n\n');

describe('hover flags (editor core)', () => {
  it('marks an Admin SDK code as server only and names the call that raises it', () => {
    const hover = getHover(ts, 'route.ts', SESSION_ROUTE, offsetOf(SESSION_ROUTE, 'auth/session-cookie'));
    const lines = blocks(hover?.markdown);
    expect(lines.slice(2, 4)).toEqual([
      '**Server only:** only the server SDK raises it; client code never receives it.',
      '*Raised by:* `verifySessionCookie`',
    ]);
  });

  it('says the same in Korean', () => {
    const hover = getHover(ts, 'route.ts', SESSION_ROUTE, offsetOf(SESSION_ROUTE, 'auth/session-cookie'), resolveEditorOptions({ locale: 'ko' }));
    expect(blocks(hover?.markdown).slice(2, 4)).toEqual([
      '**서버 전용:** 서버 SDK만 일으키는 코드라 클라이언트 코드에는 오지 않습니다.',
      '*발생하는 호출:* `verifySessionCookie`',
    ]);
  });

  it('marks a code of a deprecated feature (Dynamic Links) and lists its calls', () => {
    const hover = getHover(ts, 'link.ts', EMAIL_LINKS, offsetOf(EMAIL_LINKS, 'auth/invalid-dynamic-link-domain'));
    expect(hover?.codes).toEqual([{ family: 'firebase-auth', code: 'auth/invalid-dynamic-link-domain' }]);
    expect(blocks(hover?.markdown).slice(2, 4)).toEqual([
      '**Deprecated:** only a feature the library has deprecated raises it; move off that feature.',
      '*Raised by:* `sendPasswordResetEmail`, `sendEmailVerification`, `sendSignInLinkToEmail`, `verifyBeforeUpdateEmail`',
    ]);
  });

  it('names the first six calls and counts the rest', () => {
    const hover = getHover(ts, 'link.ts', EMAIL_LINKS, offsetOf(EMAIL_LINKS, 'auth/too-many-requests'), resolveEditorOptions({ locale: 'ko' }));
    expect(blocks(hover?.markdown)[2]).toBe(
      '*발생하는 호출:* `signInWithEmailAndPassword`, `sendPasswordResetEmail`, `sendEmailVerification`, `signInWithPhoneNumber`, `linkWithPhoneNumber`, `reauthenticateWithPhoneNumber` 외 1개',
    );
    const en = getHover(ts, 'link.ts', EMAIL_LINKS, offsetOf(EMAIL_LINKS, 'auth/too-many-requests'));
    expect(blocks(en?.markdown)[2]).toMatch(/`reauthenticateWithPhoneNumber` and 1 more$/);
  });

  it('shows no flag line for a code without flags or known calls', () => {
    const text = "import { getAuth } from 'firebase/auth';\nexport const offline = (code: string) => code === 'auth/network-request-failed';\n";
    const hover = getHover(ts, 'a.ts', text, offsetOf(text, 'auth/network-request-failed'));
    expect(hover?.codes).toEqual([{ family: 'firebase-auth', code: 'auth/network-request-failed' }]);
    expect(hover?.markdown).not.toMatch(/Raised by|Server only|Deprecated/);
  });
});

describe('hover flags (tsserver plugin quick info)', () => {
  it('carries the flags into the quick info documentation', () => {
    const { service } = createVirtualProject(ts, { 'route.ts': SESSION_ROUTE });
    const info = service.getQuickInfoAtPosition(`${ROOT}/route.ts`, offsetOf(SESSION_ROUTE, 'auth/session-cookie'));
    const text = info?.documentation?.map((part) => part.text).join('') ?? '';
    expect(blocks(text).slice(2, 4)).toEqual([
      '**Server only:** only the server SDK raises it; client code never receives it.',
      '*Raised by:* `verifySessionCookie`',
    ]);
  });

  it('in Korean when the plugin is configured so', () => {
    const { service } = createVirtualProject(ts, { 'link.ts': EMAIL_LINKS }, { locale: 'ko' });
    const info = service.getQuickInfoAtPosition(`${ROOT}/link.ts`, offsetOf(EMAIL_LINKS, 'auth/invalid-dynamic-link-domain'));
    const text = info?.documentation?.map((part) => part.text).join('') ?? '';
    expect(blocks(text)[2]).toBe('**지원 중단:** 라이브러리가 지원을 중단한 기능에서만 생기는 코드입니다. 그 기능을 대체하세요.');
  });
});
