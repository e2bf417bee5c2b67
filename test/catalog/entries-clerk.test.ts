/**
 * Checks the Clerk family's own data (bilingual texts, links, flags) and how the catalog treats it: evidence from
 * the file, and near misses that stay inside Clerk's lower_snake convention.
 */
import { describe, expect, it } from 'vitest';

import { defaultCatalog, evidentFamilies } from '../../src/catalog';
import { clerkFamily } from '../../src/catalog/clerk';

import { checkLocalized } from './localized';

describe('family clerk', () => {
  it('writes title, description, summary, cause and fix in English and Korean, each different', () => {
    checkLocalized('clerk.title', clerkFamily.title);
    checkLocalized('clerk.description', clerkFamily.description);
    for (const entry of clerkFamily.entries) {
      checkLocalized(`${entry.code}.summary`, entry.summary);
      checkLocalized(`${entry.code}.cause`, entry.cause);
      checkLocalized(`${entry.code}.fix`, entry.fix);
      expect(entry.cause.en, entry.code).not.toBe(entry.summary.en);
      expect(entry.fix.en, entry.code).not.toBe(entry.cause.en);
    }
  });

  it('writes every code in lower_snake case and links it to an https page of clerk.com', () => {
    for (const entry of clerkFamily.entries) {
      expect(entry.code).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
      const url = new URL(entry.docsUrl ?? '');
      expect(url.protocol, entry.code).toBe('https:');
      expect(url.hostname, entry.code).toBe('clerk.com');
    }
  });

  it('needs evidence from the file, and names no discriminant that is evidence on its own', () => {
    expect(clerkFamily.evidence?.discriminants).toEqual([]);
    expect(clerkFamily.evidence?.markers.length).toBeGreaterThan(0);
    expect(clerkFamily.evidence?.modules).toEqual(['@clerk']);
  });

  it('points the deprecated code at the one that replaced it, and says so in the fix', () => {
    const replaced = clerkFamily.entries.filter((entry) => entry.replacedBy !== undefined);
    expect(replaced.map((entry) => entry.code)).toEqual(['form_password_untrusted']);
    for (const entry of replaced) {
      const target = clerkFamily.entries.find((other) => other.code === entry.replacedBy);
      expect(target?.emitted, entry.code).not.toBe(false);
      expect(entry.emitted, entry.code).toBe(false);
      expect(entry.fix.en, entry.code).toContain(entry.replacedBy);
    }
  });

  it('keeps the words every app uses for its own accounts generic', () => {
    const byCode = new Map(clerkFamily.entries.map((entry) => [entry.code, entry]));
    for (const code of ['user_banned', 'user_locked', 'user_deactivated', 'session_exists', 'captcha_invalid']) {
      expect(byCode.get(code)?.generic, code).toBe(true);
    }
    expect(byCode.get('form_password_incorrect')?.generic).toBeUndefined();
  });
});

describe('evidence', () => {
  const evident = (text: string): boolean => evidentFamilies(defaultCatalog, text).has('clerk');

  it('sees Clerk in an import from any package of the @clerk scope, and in its error guards', () => {
    expect(evident("import { useSignIn } from '@clerk/nextjs';")).toBe(true);
    expect(evident("import { useSignUp } from '@clerk/clerk-react';")).toBe(true);
    expect(evident("import { isClerkAPIResponseError } from '@clerk/shared/error';")).toBe(true);
    expect(evident('const { isClerkAPIResponseError } = require("@clerk/clerk-js");')).toBe(true);
    expect(evident('if (isClerkAPIResponseError(err)) setError(err.errors[0]?.longMessage);')).toBe(true);
    expect(evident('if (isClerkRuntimeError(err) && err.code === "reverification_cancelled") return;')).toBe(true);
  });

  it('does not see Clerk in a next-auth file, in a module whose name only starts like the scope, or in words', () => {
    expect(evident("import { signIn } from 'next-auth/react';\nif (code === 'user_banned') {}")).toBe(false);
    expect(evident("import { clerkTheme } from '@clerkish/theme';")).toBe(false);
    expect(evident("import { ClerkIcon } from '@/icons/clerk';")).toBe(false);
    expect(evident('// we moved off Clerk last year')).toBe(false);
  });
});

describe('near misses stay inside Clerk’s convention', () => {
  it('suggests a Clerk code for a lower_snake typo, never for the UPPER_SNAKE key of ERROR_CODES', () => {
    expect(defaultCatalog.suggest('form_password_incorect', 'clerk')?.entry.code).toBe('form_password_incorrect');
    expect(defaultCatalog.suggest('form_identifier_not_founds', 'clerk')?.entry.code).toBe('form_identifier_not_found');
    expect(defaultCatalog.suggest('FORM_PASSWORD_INCORRECT', 'clerk')).toBeUndefined();
  });

  it('does not call one real code a misspelling of another', () => {
    expect(defaultCatalog.suggest('form_password_pwned', 'clerk')).toBeUndefined();
    expect(defaultCatalog.suggest('captcha_invalid', 'clerk')).toBeUndefined();
  });
});
