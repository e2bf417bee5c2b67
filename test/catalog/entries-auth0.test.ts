/**
 * Checks the Auth0 family's own data (bilingual texts, links, flags) and how the catalog treats it: evidence from
 * the file, and near misses that stay inside the lower_snake convention of OAuth and the SDKs.
 */
import { describe, expect, it } from 'vitest';

import { defaultCatalog, evidentFamilies } from '../../src/catalog';
import { auth0Family } from '../../src/catalog/auth0';
import { checkLocalized } from './localized';

describe('family auth0', () => {
  it('writes title, description, summary, cause and fix in English and Korean, each different', () => {
    checkLocalized('auth0.title', auth0Family.title);
    checkLocalized('auth0.description', auth0Family.description);
    for (const entry of auth0Family.entries) {
      checkLocalized(`${entry.code}.summary`, entry.summary);
      checkLocalized(`${entry.code}.cause`, entry.cause);
      checkLocalized(`${entry.code}.fix`, entry.fix);
      expect(entry.cause.en, entry.code).not.toBe(entry.summary.en);
      expect(entry.fix.en, entry.code).not.toBe(entry.cause.en);
    }
  });

  it('writes every code in lower_snake case and links it to the specification or the SDK reference', () => {
    const hosts = ['openid.net', 'www.rfc-editor.org', 'auth0.com', 'auth0.github.io'];
    for (const entry of auth0Family.entries) {
      expect(entry.code).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
      const url = new URL(entry.docsUrl ?? '');
      expect(url.protocol, entry.code).toBe('https:');
      expect(hosts, entry.code).toContain(url.hostname);
    }
    const byCode = new Map(auth0Family.entries.map((entry) => [entry.code, entry]));
    expect(byCode.get('login_required')?.docsUrl).toBe('https://openid.net/specs/openid-connect-core-1_0.html#AuthError');
    expect(byCode.get('invalid_grant')?.docsUrl).toBe('https://www.rfc-editor.org/rfc/rfc6749#section-5.2');
  });

  it('names the nextjs-auth0 enum members that hold a code', () => {
    const byCode = new Map(auth0Family.entries.map((entry) => [entry.code, entry]));
    expect(byCode.get('missing_session')?.constants).toEqual([
      'ConnectAccountErrorCodes.MISSING_SESSION',
      'ConnectedAccountsErrorCodes.MISSING_SESSION',
      'AccessTokenErrorCode.MISSING_SESSION',
      'AccessTokenForConnectionErrorCode.MISSING_SESSION',
      'TokenRevocationErrorCode.MISSING_SESSION',
    ]);
    expect(byCode.get('login_required')?.constants).toBeUndefined();
  });

  it('says which part defines each code, and shared codes name every part', () => {
    const byCode = new Map(auth0Family.entries.map((entry) => [entry.code, entry]));
    for (const entry of auth0Family.entries) {
      expect(entry.definedBy?.length, entry.code).toBeGreaterThan(0);
      for (const part of entry.definedBy ?? []) expect(['oauth', 'auth0-spa-js', 'nextjs-auth0'], entry.code).toContain(part);
    }
    expect(byCode.get('login_required')?.definedBy).toEqual(['oauth', 'auth0-spa-js']);
    expect(byCode.get('missing_refresh_token')?.definedBy).toEqual(['auth0-spa-js', 'nextjs-auth0']);
    expect(byCode.get('invalid_request')?.definedBy).toEqual(['oauth', 'nextjs-auth0']);
    expect(byCode.get('missing_session')?.definedBy).toEqual(['nextjs-auth0']);
  });

  it('needs evidence from the file, and names no discriminant that is evidence on its own', () => {
    expect(auth0Family.evidence?.discriminants).toEqual([]);
    // The SDKs' class names (`MfaRequiredError`, `AccessTokenError`) are names apps use too: modules only.
    expect(auth0Family.evidence?.markers).toEqual([]);
    expect(auth0Family.evidence?.modules).toEqual(['@auth0']);
  });

  it('keeps the words every OAuth library and app uses generic', () => {
    const byCode = new Map(auth0Family.entries.map((entry) => [entry.code, entry]));
    for (const code of ['access_denied', 'invalid_request', 'invalid_grant', 'server_error', 'timeout', 'cancelled', 'unauthorized', 'session_expired']) {
      expect(byCode.get(code)?.generic, code).toBe(true);
    }
    expect(byCode.get('login_required')?.generic).toBeUndefined();
    expect(byCode.get('consent_required')?.generic).toBeUndefined();
  });
});

describe('evidence', () => {
  const evident = (text: string): boolean => evidentFamilies(defaultCatalog, text).has('auth0');

  it('sees Auth0 in an import from any package of the @auth0 scope', () => {
    expect(evident("import { createAuth0Client } from '@auth0/auth0-spa-js';")).toBe(true);
    expect(evident("import { useAuth0 } from '@auth0/auth0-react';")).toBe(true);
    expect(evident("import { Auth0Client } from '@auth0/nextjs-auth0/server';")).toBe(true);
    expect(evident("import { AccessTokenError } from '@auth0/nextjs-auth0/errors';")).toBe(true);
  });

  it('does not see Auth0 in another OAuth client, in words, or in an app class of the same name', () => {
    expect(evident("import { signIn } from 'next-auth/react';\nif (error === 'access_denied') {}")).toBe(false);
    expect(evident('class MfaRequiredError extends Error {}\nif (e.error === "login_required") login();')).toBe(false);
    expect(evident("import auth0Logo from '@/assets/auth0.svg';")).toBe(false);
  });
});

describe('near misses stay inside the lower_snake convention', () => {
  it('suggests an Auth0 code for a typo, never for another spelling', () => {
    expect(defaultCatalog.suggest('login_requried', 'auth0')?.entry.code).toBe('login_required');
    expect(defaultCatalog.suggest('consent_requird', 'auth0')?.entry.code).toBe('consent_required');
    expect(defaultCatalog.suggest('LOGIN_REQUIRED', 'auth0')).toBeUndefined();
  });

  it('does not call one real code a misspelling of another', () => {
    expect(defaultCatalog.suggest('popup_cancelled', 'auth0')).toBeUndefined();
    expect(defaultCatalog.suggest('failed_to_list', 'auth0')).toBeUndefined();
  });
});
