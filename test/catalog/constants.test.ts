import { describe, expect, it } from 'vitest';

import { defaultCatalog } from '../../src/catalog';
import { checkConstant, constantMaps, constantObjectNames } from '../../src/catalog/constants';
import { FIREBASE_AUTH_ERROR_CONSTANTS } from '../../src/catalog/firebase-auth';
import { findInventedCodes } from '../../src/catalog/switch-analysis';

describe('constant maps', () => {
  it('holds every key of AuthErrorCodes under the web family', () => {
    const keys = constantMaps(defaultCatalog.family('firebase-auth')!).get('AuthErrorCodes');
    expect([...(keys?.keys() ?? [])].sort()).toEqual(Object.keys(FIREBASE_AUTH_ERROR_CONSTANTS).sort());
  });

  it('names the qualified maps too, and leaves out names the library does not export', () => {
    const names = constantObjectNames(defaultCatalog);
    expect(names).toContain('AuthErrorCode');
    expect(names).toContain('AccessTokenErrorCode');
    expect(names).toContain('AuthValidationErrorCode');
    // Clerk's ERROR_CODES keys and Amplify's SDK exception constants are internal.
    expect(names).not.toContain('ERROR_CODES');
    expect(names).not.toContain('undefined');
  });

  it('judges a member by the module the map is imported from', () => {
    expect(checkConstant(defaultCatalog, { object: 'AuthErrorCodes', module: 'firebase/auth', key: 'INVALID_PASSWORD' })).toBeUndefined();
    expect(checkConstant(defaultCatalog, { object: 'AuthErrorCodes', module: './codes', key: 'NOPE' })).toBeUndefined();
    const typo = checkConstant(defaultCatalog, { object: 'AuthErrorCodes', module: 'firebase/auth', key: 'INVALID_PASWORD' });
    expect(typo?.family.id).toBe('firebase-auth');
    expect(typo?.suggestion).toMatchObject({ key: 'INVALID_PASSWORD', entry: { code: 'auth/wrong-password' } });
    expect(checkConstant(defaultCatalog, { object: 'AuthErrorCodes', module: 'firebase/auth', key: 'SOMETHING_ELSE' })?.suggestion).toBeUndefined();
  });
});

describe('findInventedCodes', () => {
  const web = { imported: new Set(['firebase-auth']), evident: new Set(['firebase-auth']), discriminant: 'code' };

  it('reports a prefixed string of a closed family, with the code whose words (or constant) it shares', () => {
    const found = findInventedCodes(defaultCatalog, ['auth/wrong-password', 'auth/user-not-found', 'auth/invalid-login'], web);
    expect(found.map(({ label, entry }) => [label, entry?.code])).toEqual([['auth/invalid-login', 'auth/invalid-credential']]);
    expect(findInventedCodes(defaultCatalog, ['auth/null-value'], web).map(({ label, entry }) => [label, entry])).toEqual([['auth/null-value', undefined]]);
  });

  it('says nothing without an import of the library, for a family that is not closed, or for a near miss', () => {
    expect(findInventedCodes(defaultCatalog, ['auth/null-value'], { ...web, imported: new Set() })).toEqual([]);
    const clerk = { imported: new Set(['clerk']), evident: new Set(['clerk']), discriminant: 'code' };
    expect(findInventedCodes(defaultCatalog, ['form_identifier_exists', 'too_many_requests'], clerk)).toEqual([]);
    // A near miss is findUnknownCodes' to report.
    expect(findInventedCodes(defaultCatalog, ['auth/wrong-password', 'auth/user-not-fund'], web)).toEqual([]);
  });

  it('leaves a lone prefixed string alone when both Firebase SDKs are imported', () => {
    const both = { ...web, imported: new Set(['firebase-auth', 'firebase-admin-auth']), evident: new Set(['firebase-auth', 'firebase-admin-auth']) };
    expect(findInventedCodes(defaultCatalog, ['auth/null-value'], both)).toEqual([]);
  });
});
