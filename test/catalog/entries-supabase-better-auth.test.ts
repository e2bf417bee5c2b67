/**
 * Checks the Supabase Auth and Better Auth families' own data (bilingual texts, links, flags) and how the catalog
 * treats them: evidence from the file, family choice next to the BaaS family, and near misses that stay inside each
 * family's convention.
 */
import { describe, expect, it } from 'vitest';

import { defaultCatalog, evidentFamilies } from '../../src/catalog';
import { betterAuthFamily } from '../../src/catalog/better-auth';
import { supabaseAuthFamily } from '../../src/catalog/supabase-auth';
import type { FamilyDefinition } from '../../src/catalog/types';
import { checkLocalized } from './localized';

const FAMILIES: readonly FamilyDefinition[] = [supabaseAuthFamily, betterAuthFamily];

describe.each(FAMILIES.map((family) => [family.id, family] as const))('family %s', (_id, family) => {
  it('writes title, description, summary, cause and fix in English and Korean, each different', () => {
    checkLocalized(`${family.id}.title`, family.title);
    checkLocalized(`${family.id}.description`, family.description);
    for (const entry of family.entries) {
      checkLocalized(`${entry.code}.summary`, entry.summary);
      checkLocalized(`${entry.code}.cause`, entry.cause);
      checkLocalized(`${entry.code}.fix`, entry.fix);
      expect(entry.cause.en, entry.code).not.toBe(entry.summary.en);
      expect(entry.fix.en, entry.code).not.toBe(entry.cause.en);
    }
  });

  it('links every code to an https page of the library', () => {
    const host = family === supabaseAuthFamily ? 'supabase.com' : 'www.better-auth.com';
    for (const entry of family.entries) {
      const url = new URL(entry.docsUrl ?? '');
      expect(url.protocol, entry.code).toBe('https:');
      expect(url.hostname, entry.code).toBe(host);
    }
  });

  it('needs evidence from the file, and names no discriminant that is evidence on its own', () => {
    expect(family.evidence?.discriminants).toEqual([]);
    expect(family.evidence?.markers.length).toBeGreaterThan(0);
    expect(family.evidence?.modules?.length).toBeGreaterThan(0);
  });

  it('points every replacement at a code the library sends, and says so in the fix', () => {
    for (const entry of family.entries) {
      if (entry.replacedBy === undefined) continue;
      const target = family.entries.find((other) => other.code === entry.replacedBy);
      expect(target?.emitted, entry.code).not.toBe(false);
      expect(entry.emitted, entry.code).toBe(false);
      expect(entry.fix.en, entry.code).toContain(entry.replacedBy);
    }
  });
});

describe('supabase-auth', () => {
  it('writes every code in lower_snake case', () => {
    for (const entry of supabaseAuthFamily.entries) expect(entry.code).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
  });

  it('tells the reader what to test instead of a code that never reaches error.code', () => {
    const byCode = new Map(supabaseAuthFamily.entries.map((entry) => [entry.code, entry]));
    expect(byCode.get('session_not_found')?.fix.en).toContain('isAuthSessionMissingError');
    expect(byCode.get('invalid_grant')?.replacedBy).toBe('invalid_credentials');
  });

  it('names the raising calls as member names of the auth client', () => {
    for (const entry of supabaseAuthFamily.entries) {
      for (const call of entry.raisedBy ?? []) expect(call, entry.code).toMatch(/^(?:[a-z]+\.)?[a-z][A-Za-z]+$/);
    }
  });
});

describe('better-auth', () => {
  it('writes every code in UPPER_SNAKE case and names the parts that define it', () => {
    const parts = new Set(['core', 'admin', 'anonymous', 'captcha', 'device-authorization', 'email-otp', 'generic-oauth', 'haveibeenpwned', 'multi-session', 'oauth-popup', 'organization', 'phone-number', 'siwe', 'two-factor', 'username']);
    for (const entry of betterAuthFamily.entries) {
      expect(entry.code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
      expect(entry.definedBy?.length, entry.code).toBeGreaterThan(0);
      for (const part of entry.definedBy ?? []) expect(parts.has(part), `${entry.code}: ${part}`).toBe(true);
    }
  });

  it('says in the text of each code the release does not send that it is not sent', () => {
    for (const entry of betterAuthFamily.entries) {
      if (entry.emitted !== false) continue;
      expect(`${entry.summary.en} ${entry.cause.en}`, entry.code).toMatch(/not sent|never|no route|nothing sends|never sees/i);
    }
  });

  it('keeps the HTTP-status words and the words of every API generic', () => {
    const byCode = new Map(betterAuthFamily.entries.map((entry) => [entry.code, entry]));
    for (const code of ['UNAUTHORIZED', 'NOT_FOUND', 'INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'ACCESS_DENIED', 'VALIDATION_ERROR', 'INVALID_TOKEN', 'TOKEN_EXPIRED']) {
      expect(byCode.get(code)?.generic, code).toBe(true);
    }
  });
});

describe('evidence', () => {
  const evident = (text: string): string[] =>
    [...evidentFamilies(defaultCatalog, text)].filter((id) => id === 'supabase-auth' || id === 'better-auth').sort();

  it('sees Supabase in its modules and its own error guards', () => {
    expect(evident("import { createClient } from '@supabase/supabase-js';")).toEqual(['supabase-auth']);
    expect(evident("import { createBrowserClient } from '@supabase/ssr';")).toEqual(['supabase-auth']);
    expect(evident('if (isAuthApiError(error)) show(error.code);')).toEqual(['supabase-auth']);
    expect(evident('if (error instanceof AuthApiError) retry();')).toEqual(['supabase-auth']);
  });

  it('sees Better Auth in its modules, its client factory and $ERROR_CODES', () => {
    expect(evident("import { createAuthClient } from 'better-auth/react';")).toEqual(['better-auth']);
    expect(evident("import { organizationClient } from 'better-auth/client/plugins';")).toEqual(['better-auth']);
    expect(evident("import { APIError } from '@better-auth/core/error';")).toEqual(['better-auth']);
    expect(evident('const codes = authClient.$ERROR_CODES;')).toEqual(['better-auth']);
  });

  it('sees neither in a next-auth file, nor in an app’s own helper named like a Supabase guard', () => {
    expect(evident("import { signIn } from 'next-auth/react';\nif (res.error === 'CredentialsSignin') {}")).toEqual([]);
    expect(evident('function isAuthError(e: unknown): e is AuthError { return e instanceof AuthError; }')).toEqual([]);
    expect(evident("import { betterAuthIcon } from '@/icons/better-auth';")).toEqual([]);
  });
});

describe('near misses stay inside each family’s convention', () => {
  it('suggests a Supabase code for a lower_snake typo, never for the UPPER_SNAKE spelling', () => {
    expect(defaultCatalog.suggest('invalid_credential', 'supabase-auth')?.entry.code).toBe('invalid_credentials');
    expect(defaultCatalog.suggest('INVALID_CREDENTIALS', 'supabase-auth')).toBeUndefined();
  });

  it('suggests a Better Auth code for an UPPER_SNAKE typo, never for the lower_snake spelling', () => {
    expect(defaultCatalog.suggest('INVALID_EMAIL_OR_PASWORD', 'better-auth')?.entry.code).toBe('INVALID_EMAIL_OR_PASSWORD');
    expect(defaultCatalog.suggest('invalid_email_or_password', 'better-auth')).toBeUndefined();
  });

  it('does not call a real code of one plugin a misspelling of another plugin’s code', () => {
    // OTP_NOT_CONFIGURED (two-factor) is one edit from TOTP_NOT_CONFIGURED: both are codes, so neither is a typo.
    expect(defaultCatalog.suggest('OTP_NOT_CONFIGURED', 'better-auth')).toBeUndefined();
  });
});
