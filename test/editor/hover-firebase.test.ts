import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getHover, resolveEditorOptions } from '../../src/editor';
import { dedent } from '../dedent';
import { offsetOf } from '../language-service/harness';
import { entry, flagLines } from './samples';

const WEB_DOCS = 'https://firebase.google.com/docs/reference/js/auth#autherrorcodes';
const ADMIN_DOCS = 'https://firebase.google.com/docs/auth/admin/errors';

const SIGN_IN = dedent`
  import { signInWithEmailAndPassword } from 'firebase/auth';
  import { auth } from './firebase';

  export async function login(email: string, password: string) {
    try {
      await signInWithEmailAndPassword(auth, email, password);
    } catch (error: any) {
      switch (error.code) {
        case 'auth/wrong-password':
        case 'auth/user-not-found':
          return 'Email or password is incorrect.';
        case 'auth/too-many-requests':
          return 'Try again later.';
        default:
          return 'Could not sign in.';
      }
    }
  }
`;

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

describe('hover: Firebase Auth codes', () => {
  it('documents a web SDK code in a case label: family, summary, cause, fix and the reference page', () => {
    const e = entry('auth/wrong-password', 'firebase-auth');
    const hover = getHover(ts, 'login.ts', SIGN_IN, offsetOf(SIGN_IN, "'auth/wrong-password'", 6));
    expect(hover).toEqual({
      markdown: [
        // The note of no-unreachable-error-code: this handler of a password sign-in has no `auth/invalid-credential`.
        '**Never arrives here:** With email enumeration protection (the default), this sign-in fails with `auth/invalid-credential` instead.',
        '**`auth/wrong-password`** — Firebase Auth (web SDK) error codes',
        e.summary.en,
        ...flagLines(e, 'en'),
        `**Likely cause:** ${e.cause.en}`,
        `**Fix:** ${e.fix.en}`,
        `[Documentation](${WEB_DOCS})`,
      ].join('\n\n'),
      span: { start: offsetOf(SIGN_IN, "'auth/wrong-password'"), length: "'auth/wrong-password'".length },
      codes: [{ family: 'firebase-auth', code: 'auth/wrong-password' }],
    });
    // The hover tells the reader about email enumeration protection.
    expect(hover?.markdown).toContain('auth/invalid-credential');
  });

  it('says the same in Korean', () => {
    const e = entry('auth/too-many-requests', 'firebase-auth');
    const hover = getHover(ts, 'login.ts', SIGN_IN, offsetOf(SIGN_IN, 'auth/too-many'), resolveEditorOptions({ locale: 'ko' }));
    expect(hover?.markdown).toBe(
      [
        '**`auth/too-many-requests`** — Firebase Auth(웹 SDK) 오류 코드',
        e.summary.ko,
        ...flagLines(e, 'ko'),
        `**주요 원인:** ${e.cause.ko}`,
        `**해결 방법:** ${e.fix.ko}`,
        `[문서](${WEB_DOCS})`,
      ].join('\n\n'),
    );
  });

  it('documents a code both SDKs send as the web SDK’s when the switch around it is a web SDK switch', () => {
    const hover = getHover(ts, 'login.ts', SIGN_IN, offsetOf(SIGN_IN, 'auth/user-not-found'));
    expect(hover?.codes).toEqual([{ family: 'firebase-auth', code: 'auth/user-not-found' }]);
  });

  it('documents an Admin SDK code compared on a server', () => {
    const e = entry('auth/session-cookie-revoked', 'firebase-admin-auth');
    const hover = getHover(ts, 'route.ts', SESSION_ROUTE, offsetOf(SESSION_ROUTE, 'auth/session-cookie'));
    expect(hover?.markdown).toBe(
      [
        '**`auth/session-cookie-revoked`** — Firebase Admin SDK auth error codes',
        e.summary.en,
        ...flagLines(e, 'en'),
        `**Likely cause:** ${e.cause.en}`,
        `**Fix:** ${e.fix.en}`,
        `[Documentation](${ADMIN_DOCS})`,
      ].join('\n\n'),
    );
    expect(e.serverOnly).toBe(true);
  });

  it('documents a shared code once per SDK where nothing tells them apart', () => {
    const text = "import { auth } from './firebase';\nconst code = 'auth/invalid-email';\n";
    const hover = getHover(ts, 'a.ts', text, offsetOf(text, 'auth/invalid-email'));
    expect(hover?.codes).toEqual([
      { family: 'firebase-auth', code: 'auth/invalid-email' },
      { family: 'firebase-admin-auth', code: 'auth/invalid-email' },
    ]);
    expect(hover?.markdown.split('\n\n---\n\n')).toHaveLength(2);
  });

  it('stays quiet on strings that are no Firebase code: a misspelling, an unprefixed code, an action type', () => {
    const text = dedent`
      import { getAuth } from 'firebase/auth';
      const typo = 'auth/wrong-pasword';
      const flutter = 'wrong-password';
      const action = { type: 'auth/logout' };
    `;
    expect(getHover(ts, 'a.ts', text, offsetOf(text, 'auth/wrong-pas'))).toBeUndefined();
    expect(getHover(ts, 'a.ts', text, offsetOf(text, "'wrong-password'", 1))).toBeUndefined();
    expect(getHover(ts, 'a.ts', text, offsetOf(text, 'auth/logout'))).toBeUndefined();
  });

  it('follows the families option: Firebase turned off, no Firebase hover', () => {
    const options = resolveEditorOptions({ families: ['baas'] });
    expect(getHover(ts, 'login.ts', SIGN_IN, offsetOf(SIGN_IN, 'auth/wrong-password'), options)).toBeUndefined();
  });
});
