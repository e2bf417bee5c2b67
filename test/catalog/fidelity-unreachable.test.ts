/**
 * Checks the facts of `src/catalog/unreachable.ts` against the INSTALLED packages, where a package shows them:
 * the Firebase web SDK's server-code mapping, auth-js's handling of `session_not_found`, Amplify v6's error
 * shape, Better Auth's `$ERROR_CODES` entries, the page values of next-auth 4 and @auth/core, and what each sends
 * for an `Error` thrown from a Credentials `authorize` (run through the real handlers). Facts only a
 * server shows (Supabase's `invalid_credentials` for an unknown user, Clerk's and Cognito's enumeration settings)
 * are cited in the rule's docs page instead.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { Auth, skipCSRFCheck } from '@auth/core';
import { CredentialsSignin } from '@auth/core/errors';
import Credentials from '@auth/core/providers/credentials';
import { AuthError } from '@aws-amplify/auth';
import { BASE_ERROR_CODES } from '@better-auth/core/error';
import { AuthSessionMissingError, isAuthSessionMissingError } from '@supabase/auth-js';
import { describe, expect, it } from 'vitest';

import { defaultCatalog } from '../../src/catalog';
import { AUTHJS_PAGE_VALUES } from '../../src/catalog/authjs';
import { NEXTAUTH_V4_PAGE_VALUES } from '../../src/catalog/nextauth-pages';
import {
  AUTHJS_HIDDEN_ERROR,
  AUTHJS_RENAMED_PAGE_VALUES,
  betterAuthCodesAreObjects,
  CLERK_COMBINED_CODE,
  CLERK_ENUMERATION_CODES,
  COGNITO_NOT_AUTHORIZED,
  COGNITO_USER_NOT_FOUND,
  FIREBASE_ADMIN_TO_WEB,
  FIREBASE_ENUMERATION_CODES,
  FIREBASE_INVALID_CREDENTIAL,
  SUPABASE_INVALID_CREDENTIALS,
  SUPABASE_SESSION_NOT_FOUND,
  SUPABASE_USER_NOT_FOUND,
} from '../../src/catalog/unreachable';

const requireHere = createRequire(__filename);

function packageRoot(name: string): string {
  for (const folder of requireHere.resolve.paths(name) ?? []) {
    if (existsSync(join(folder, name, 'package.json'))) return join(folder, name);
  }
  throw new Error(`${name} is not installed`);
}

function version(name: string): string {
  return (JSON.parse(readFileSync(join(packageRoot(name), 'package.json'), 'utf8')) as { version: string }).version;
}

describe('Firebase web SDK', () => {
  const esm = join(packageRoot('@firebase/auth'), 'dist', 'esm');
  const bundle = readdirSync(esm)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(esm, file), 'utf8'))
    .join('\n');

  it('maps the server answer of enumeration protection to auth/invalid-credential', () => {
    expect(bundle).toMatch(/\["INVALID_LOGIN_CREDENTIALS"[^\]]*\]:\s*"invalid-credential"/);
    expect(FIREBASE_INVALID_CREDENTIAL).toBe('auth/invalid-credential');
  });

  it('still lists the codes enumeration protection folds (so only the rule can tell they never arrive)', () => {
    for (const code of [FIREBASE_INVALID_CREDENTIAL, ...FIREBASE_ENUMERATION_CODES]) {
      expect(defaultCatalog.lookup(code, 'firebase-auth'), code).toBeDefined();
    }
  });

  it('has a twin for each Admin code the rule renames, and not the Admin code itself', () => {
    for (const [admin, web] of Object.entries(FIREBASE_ADMIN_TO_WEB)) {
      expect(defaultCatalog.lookup(admin, 'firebase-admin-auth')?.entry.serverOnly, admin).toBe(true);
      expect(defaultCatalog.lookup(admin, 'firebase-auth'), admin).toBeUndefined();
      expect(defaultCatalog.lookup(web, 'firebase-auth'), web).toBeDefined();
    }
  });
});

describe('Supabase auth-js', () => {
  it('throws AuthSessionMissingError, without a code, for session_not_found', () => {
    const fetchSource = readFileSync(join(packageRoot('@supabase/auth-js'), 'dist', 'main', 'lib', 'fetch.js'), 'utf8');
    expect(fetchSource).toMatch(new RegExp(`errorCode === '${SUPABASE_SESSION_NOT_FOUND}'\\)\\s*\\{[^}]*new errors_1\\.AuthSessionMissingError\\(\\)`));
    const error = new AuthSessionMissingError();
    expect(error.code).toBeUndefined();
    expect(isAuthSessionMissingError(error)).toBe(true);
  });

  it('knows both codes of the password sign-in fact', () => {
    expect(defaultCatalog.lookup(SUPABASE_USER_NOT_FOUND, 'supabase-auth')).toBeDefined();
    expect(defaultCatalog.lookup(SUPABASE_INVALID_CREDENTIALS, 'supabase-auth')).toBeDefined();
  });
});

describe('Amplify v6', () => {
  it('puts the exception in name and has no code', () => {
    const error = new AuthError({ name: 'UserNotConfirmedException', message: 'User is not confirmed.' });
    expect(error.name).toBe('UserNotConfirmedException');
    expect((error as unknown as { code?: unknown }).code).toBeUndefined();
  });

  it('lists both Cognito exceptions of the user-existence fact', () => {
    expect(defaultCatalog.lookup(COGNITO_USER_NOT_FOUND, 'amplify-auth')).toBeDefined();
    expect(defaultCatalog.lookup(COGNITO_NOT_AUTHORIZED, 'amplify-auth')).toBeDefined();
  });
});

describe('Better Auth', () => {
  it('makes each $ERROR_CODES entry an object with its code', () => {
    const entry: unknown = BASE_ERROR_CODES.USER_NOT_FOUND;
    expect(typeof entry).toBe('object');
    expect(entry).toMatchObject({ code: 'USER_NOT_FOUND' });
    expect(betterAuthCodesAreObjects(version('better-auth'))).toBe(true);
    expect(betterAuthCodesAreObjects(version('@better-auth/core'))).toBe(true);
  });

  it('reads versions and ranges, and stays unknown on what it cannot read', () => {
    expect(betterAuthCodesAreObjects('^1.5.0')).toBe(true);
    expect(betterAuthCodesAreObjects('2.0.0-beta.1')).toBe(true);
    expect(betterAuthCodesAreObjects('1.4.18')).toBe(false);
    expect(betterAuthCodesAreObjects('~1.3.4')).toBe(false);
    expect(betterAuthCodesAreObjects('latest')).toBeUndefined();
    expect(betterAuthCodesAreObjects(undefined)).toBeUndefined();
  });
});

describe('Auth.js page values', () => {
  it('renames only v4 values to v5 values', () => {
    const v4: readonly string[] = [...NEXTAUTH_V4_PAGE_VALUES.error, ...NEXTAUTH_V4_PAGE_VALUES.signIn];
    const v5: readonly string[] = [...AUTHJS_PAGE_VALUES.error, ...AUTHJS_PAGE_VALUES.signIn];
    for (const [old, current] of Object.entries(AUTHJS_RENAMED_PAGE_VALUES)) {
      expect(v4, old).toContain(old);
      expect(v5, old).not.toContain(old);
      expect(v5, current).toContain(current);
    }
  });
});

describe('an Error thrown from a Credentials authorize', () => {
  const secret = 'fidelity-test-secret-of-32-chars!';
  const quiet = { error() {}, warn() {}, debug() {} };

  it('reaches the client as Configuration in @auth/core; a CredentialsSignin subclass as CredentialsSignin with its code', async () => {
    class LockedAccount extends CredentialsSignin {
      override code = 'account_locked';
    }
    const redirectFor = async (authorize: () => never): Promise<URL> => {
      const request = new Request('http://localhost:3000/auth/callback/credentials', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
        body: new URLSearchParams({ email: 'someone@example.com', password: 'nope', callbackUrl: '/' }),
      });
      const response = await Auth(request, {
        secret,
        trustHost: true,
        skipCSRFCheck,
        basePath: '/auth',
        logger: quiet,
        providers: [Credentials({ credentials: {}, authorize })],
      });
      return new URL(((await response.json()) as { url: string }).url);
    };
    const plain = await redirectFor(() => {
      throw new Error('Wrong password');
    });
    expect(plain.pathname).toBe('/auth/error');
    expect(plain.searchParams.get('error')).toBe(AUTHJS_HIDDEN_ERROR);
    expect(plain.searchParams.get('code')).toBeNull();
    const subclass = await redirectFor(() => {
      throw new LockedAccount();
    });
    expect(subclass.searchParams.get('error')).toBe('CredentialsSignin');
    expect(subclass.searchParams.get('code')).toBe('account_locked');
  });

  it('reaches the client with its message in next-auth 4', async () => {
    expect(version('next-auth')).toMatch(/^4\./);
    const { AuthHandler } = requireHere(join(packageRoot('next-auth'), 'core', 'index.js')) as {
      AuthHandler: (params: object) => Promise<{ redirect?: string }>;
    };
    const { default: V4Credentials } = requireHere('next-auth/providers/credentials') as { default: (options: object) => object };
    const csrfToken = 'fidelity-csrf-token';
    const csrfHash = createHash('sha256').update(`${csrfToken}${secret}`).digest('hex');
    const response = await AuthHandler({
      req: {
        action: 'callback',
        providerId: 'credentials',
        method: 'POST',
        body: { email: 'someone@example.com', password: 'nope', csrfToken },
        query: {},
        headers: {},
        cookies: { 'next-auth.csrf-token': `${csrfToken}|${csrfHash}` },
        host: 'http://localhost:3000',
      },
      options: {
        secret,
        logger: quiet,
        providers: [
          V4Credentials({
            credentials: {},
            authorize() {
              throw new Error('Wrong password');
            },
          }),
        ],
      },
    });
    expect(new URL(response.redirect ?? 'http://invalid/').searchParams.get('error')).toBe('Wrong password');
  });
});

describe('Clerk', () => {
  it('knows the combined code and the two it replaces', () => {
    for (const code of [CLERK_COMBINED_CODE, ...CLERK_ENUMERATION_CODES]) expect(defaultCatalog.lookup(code, 'clerk'), code).toBeDefined();
  });
});
