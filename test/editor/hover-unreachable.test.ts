/**
 * The hover's note on a code that never arrives where it is handled (the facts of `no-unreachable-error-code`),
 * and its absence where the handler is not tied to the library's call or handles the code that does arrive.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getHover } from '../../src/editor';
import { dedent } from '../dedent';
import { offsetOf } from '../language-service/harness';

const SIGN_UP = (code: string) => dedent`
  import { createUserWithEmailAndPassword } from 'firebase/auth';
  import { auth } from './firebase';

  export async function register(email: string, password: string) {
    try {
      await createUserWithEmailAndPassword(auth, email, password);
    } catch (err: any) {
      if (err.code === '${code}') return 'This email is already registered.';
      return 'Could not create the account.';
    }
  }
`;

const AMPLIFY = dedent`
  import { confirmSignUp } from 'aws-amplify/auth';

  export async function confirm(username: string, confirmationCode: string) {
    try {
      await confirmSignUp({ username, confirmationCode });
    } catch (err: any) {
      if (err.code === 'CodeMismatchException') return 'The code is wrong.';
    }
  }
`;

const SUPABASE = dedent`
  import { createClient } from '@supabase/supabase-js';

  const supabase = createClient('https://example.supabase.co', 'public-anon-key');

  export async function logIn(email: string, password: string) {
    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error?.code === 'user_not_found') return 'No account uses this email.';
    if (error?.code === 'email_not_confirmed') return 'Confirm your email first.';
    return null;
  }
`;

const NOTE = '**Never arrives here:**';

describe('hover: codes that never arrive where they are handled', () => {
  it('notes an Admin SDK code in a handler of web SDK calls, naming the web code', () => {
    const text = SIGN_UP('auth/email-already-exists');
    const hover = getHover(ts, 'register.ts', text, offsetOf(text, 'auth/email-already-exists'));
    expect(hover?.markdown.split('\n\n')[0]).toBe(`${NOTE} Only the Admin SDK sends this; the web SDK reports \`auth/email-already-in-use\`.`);
  });

  it('says nothing on the web SDK code', () => {
    const text = SIGN_UP('auth/email-already-in-use');
    const hover = getHover(ts, 'register.ts', text, offsetOf(text, 'auth/email-already-in-use'));
    expect(hover?.codes).toEqual([{ family: 'firebase-auth', code: 'auth/email-already-in-use' }]);
    expect(hover?.markdown).not.toContain(NOTE);
  });

  it('notes a v6 Amplify exception read on `code`', () => {
    const hover = getHover(ts, 'confirm.ts', AMPLIFY, offsetOf(AMPLIFY, 'CodeMismatchException'));
    expect(hover?.markdown.split('\n\n')[0]).toBe(`${NOTE} Amplify v6 errors carry this in \`name\`, not \`code\`.`);
  });

  it('notes user_not_found after a Supabase password sign-in, in Korean too, and not the code that arrives', () => {
    const hover = getHover(ts, 'login.ts', SUPABASE, offsetOf(SUPABASE, 'user_not_found'));
    expect(hover?.markdown.split('\n\n')[0]).toBe(`${NOTE} A password sign-in answers an unknown user with \`invalid_credentials\`.`);
    const ko = getHover(ts, 'login.ts', SUPABASE, offsetOf(SUPABASE, 'user_not_found'), { locale: 'ko' });
    expect(ko?.markdown.split('\n\n')[0]).toBe('**여기로는 오지 않음:** 비밀번호 로그인은 없는 사용자에게 `invalid_credentials` 코드로 답합니다.');
    expect(getHover(ts, 'login.ts', SUPABASE, offsetOf(SUPABASE, 'email_not_confirmed'))?.markdown).not.toContain(NOTE);
  });

  it("says nothing where the handler guards the app's own call", () => {
    const text = SIGN_UP('auth/email-already-exists').replace(
      "import { createUserWithEmailAndPassword } from 'firebase/auth';",
      "import { createUserWithEmailAndPassword } from '@/services/accounts';",
    );
    const hover = getHover(ts, 'register.ts', text, offsetOf(text, 'auth/email-already-exists'));
    expect(hover?.markdown ?? '').not.toContain(NOTE);
  });
});
