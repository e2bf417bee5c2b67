import { describe, expect, it } from 'vitest';

import { defaultCatalog } from '../../src/catalog';
import { isAnyCode, mayBeCode } from '../../src/catalog/code-like';

/** What the full analysis asks of a string: a code of some family, or a suggestion from some family. */
function judgedBySomeFamily(label: string): boolean {
  return defaultCatalog.families.some((family) => family.byCode.has(label) || defaultCatalog.suggest(label, family.id) !== undefined);
}

describe('mayBeCode', () => {
  it('passes codes, old names and near misses of codes', () => {
    expect(mayBeCode(defaultCatalog, 'CredentialsSignin')).toBe(true);
    expect(mayBeCode(defaultCatalog, 'CredentialSignin')).toBe(true);
    expect(mayBeCode(defaultCatalog, 'OAUTH_CALLBACK_EROR')).toBe(true);
    expect(mayBeCode(defaultCatalog, 'auth/user-not-fund')).toBe(true);
  });

  it('turns away the keys and words of ordinary code', () => {
    for (const label of ['className', 'onClick', 'aria-label', 'Content-Type', 'https://example.com', 'draft', '']) {
      expect(mayBeCode(defaultCatalog, label), label).toBe(false);
    }
  });

  it('says false only where no family judges the string (the cheap test never hides a finding)', () => {
    // Codes of every family with one edit each, in the conventions apps use, and strings of app code.
    const samples = new Set<string>(['too_small', 'invalid_type', 'created_at', 'NOT_FOUND', 'Unauthorized', 'userId', 'Loading']);
    for (const family of defaultCatalog.families) {
      for (const entry of family.entries.slice(0, 12)) {
        samples.add(entry.code);
        samples.add(entry.code.slice(1));
        samples.add(`${entry.code}s`);
        samples.add(entry.code.toLowerCase());
      }
    }
    let turnedAway = 0;
    for (const label of samples) {
      if (mayBeCode(defaultCatalog, label)) continue;
      turnedAway++;
      expect(judgedBySomeFamily(label), label).toBe(false);
    }
    expect(turnedAway).toBeGreaterThan(0);
  });

  it('gives the same answer when asked again', () => {
    expect(mayBeCode(defaultCatalog, 'CredentialSignin')).toBe(mayBeCode(defaultCatalog, 'CredentialSignin'));
    expect(mayBeCode(defaultCatalog, 'className')).toBe(false);
  });
});

describe('isAnyCode', () => {
  it('is true for a code of any family and false for a near miss', () => {
    expect(isAnyCode(defaultCatalog, 'AccessDenied')).toBe(true);
    expect(isAnyCode(defaultCatalog, 'auth/user-not-found')).toBe(true);
    expect(isAnyCode(defaultCatalog, 'AccessDenid')).toBe(false);
  });
});
