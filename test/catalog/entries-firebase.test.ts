/**
 * Checks the Firebase families' own data (bilingual texts, links, flags, calls) and how the catalog treats them:
 * evidence, family choice between the web and the Admin SDK, and near misses within the `auth/` convention.
 */
import { describe, expect, it } from 'vitest';

import { defaultCatalog, evidentFamilies } from '../../src/catalog';
import { firebaseAdminAuthFamily } from '../../src/catalog/firebase-admin-auth';
import { firebaseAuthFamily } from '../../src/catalog/firebase-auth';
import type { FamilyDefinition } from '../../src/catalog/types';
import { checkLocalized } from './localized';

const FAMILIES: readonly FamilyDefinition[] = [firebaseAuthFamily, firebaseAdminAuthFamily];

describe.each(FAMILIES.map((family) => [family.id, family] as const))('family %s', (_id, family) => {
  it('writes title, description, summary, cause and fix in English and Korean', () => {
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

  it('writes every code as auth/ and a kebab-case name, none of them a plain word', () => {
    for (const entry of family.entries) {
      expect(entry.code).toMatch(/^auth\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(entry.generic, entry.code).toBeUndefined();
    }
  });

  it('links every code to the family\'s reference page', () => {
    const expected =
      family === firebaseAuthFamily
        ? 'https://firebase.google.com/docs/reference/js/auth#autherrorcodes'
        : 'https://firebase.google.com/docs/auth/admin/errors';
    for (const entry of family.entries) expect(entry.docsUrl, entry.code).toBe(expected);
  });

  it('names the raising calls as unique identifiers, where it names them', () => {
    const withCalls = family.entries.filter((entry) => entry.raisedBy !== undefined);
    expect(withCalls.length).toBeGreaterThan(family.entries.length / 2);
    for (const entry of withCalls) {
      expect(entry.raisedBy?.length, entry.code).toBeGreaterThan(0);
      expect(new Set(entry.raisedBy).size, entry.code).toBe(entry.raisedBy?.length);
      for (const call of entry.raisedBy ?? []) expect(call, entry.code).toMatch(/^[a-z][A-Za-z]*(?:\(\))?(?:\.[a-z][A-Za-z]*)?$|^[A-Z][A-Za-z]*\.[a-z][A-Za-z]*$/);
    }
  });

  it('carries none of the NextAuth or BaaS fields', () => {
    for (const entry of family.entries) {
      expect(entry.httpStatus, entry.code).toBeUndefined();
      expect(entry.where, entry.code).toBeUndefined();
      expect(entry.replacedBy, entry.code).toBeUndefined();
      expect(entry.emitted, entry.code).toBeUndefined();
    }
  });

  it('is considered only on evidence, and hinted at by `code`', () => {
    expect(family.evidence).toBeDefined();
    expect(family.discriminantHints).toEqual(['code']);
  });
});

describe('what the texts say', () => {
  const web = new Map(firebaseAuthFamily.entries.map((entry) => [entry.code, entry]));
  const admin = new Map(firebaseAdminAuthFamily.entries.map((entry) => [entry.code, entry]));

  it('sends readers of the pre-protection sign-in codes to auth/invalid-credential', () => {
    for (const code of ['auth/wrong-password', 'auth/user-not-found']) {
      expect(web.get(code)?.cause.en, code).toContain('auth/invalid-credential');
      expect(web.get(code)?.fix.en, code).toContain('auth/invalid-credential');
      expect(web.get(code)?.cause.ko, code).toContain('auth/invalid-credential');
    }
  });

  it('names the web code in the text of the Admin code people confuse it with', () => {
    expect(admin.get('auth/email-already-exists')?.fix.en).toContain('auth/email-already-in-use');
    expect(web.get('auth/email-already-in-use')?.fix.en).toContain('auth/email-already-exists');
  });

  it('says which codes AuthErrorCodes has no key for', () => {
    for (const entry of firebaseAuthFamily.entries) {
      if (entry.constants === undefined) expect(entry.cause.en, entry.code).toContain('`AuthErrorCodes` has no key');
    }
  });
});

describe('evidence', () => {
  const families = (text: string) => [...evidentFamilies(defaultCatalog, text)].filter((id) => id.startsWith('firebase')).sort();

  it('comes from the web SDK modules, the compat build and the Admin SDK', () => {
    expect(families("import { getAuth } from 'firebase/auth';")).toEqual(['firebase-auth']);
    expect(families('import firebase from "firebase/compat/app";')).toEqual(['firebase-auth']);
    expect(families("import firebase from 'firebase';")).toEqual(['firebase-auth']);
    expect(families("import { initializeApp } from 'firebase-admin/app';")).toEqual(['firebase-admin-auth']);
    expect(families("import { getAuth } from 'firebase-admin/auth';")).toEqual(['firebase-admin-auth']);
    expect(families("const admin = require('firebase-admin');")).toEqual(['firebase-admin-auth']);
  });

  it('comes from the error classes, the constant map and the auth/ prefix', () => {
    expect(families('if (e instanceof FirebaseError) {}')).toEqual(['firebase-auth']);
    expect(families("import { FirebaseError } from '@firebase/util';")).toEqual(['firebase-auth']);
    expect(families('e.code === AuthErrorCodes.INVALID_PASSWORD')).toEqual(['firebase-auth']);
    expect(families('if (e instanceof FirebaseAuthError) {}')).toEqual(['firebase-admin-auth']);
    expect(families("case 'auth/user-not-found':")).toEqual(['firebase-admin-auth', 'firebase-auth']);
  });

  it('does not come from words alone', () => {
    expect(families("switch (error.code) { case 'user-not-found': break; }")).toEqual([]);
    expect(families("import { auth } from './firebase'; const path = 'auth/';")).toEqual([]);
    expect(families("import { signIn } from 'next-auth/react';")).toEqual([]);
  });
});

describe('family choice and near misses', () => {
  const evident = new Set(['firebase-auth', 'firebase-admin-auth']);

  it('needs evidence: without it no Firebase family is chosen', () => {
    expect(defaultCatalog.inferFamily(['auth/user-not-found', 'auth/wrong-password'], { discriminant: 'code' })).toBeUndefined();
  });

  it('tells the web SDK from the Admin SDK by their own codes', () => {
    const web = defaultCatalog.inferFamily(['auth/wrong-password', 'auth/user-not-found', 'auth/too-many-requests'], { discriminant: 'code', evident });
    expect(web?.family.id).toBe('firebase-auth');
    expect(web?.rivals).toEqual([]);
    const admin = defaultCatalog.inferFamily(['auth/id-token-expired', 'auth/id-token-revoked'], { discriminant: 'code', evident });
    expect(admin?.family.id).toBe('firebase-admin-auth');
  });

  it('reports a tie when every label is a code both SDKs share', () => {
    const shared = defaultCatalog.inferFamily(['auth/user-not-found', 'auth/invalid-email'], { discriminant: 'code', evident });
    expect([shared?.family.id, ...(shared?.rivals ?? []).map((family) => family.id)].sort()).toEqual(['firebase-admin-auth', 'firebase-auth']);
  });

  it('does not take a slice of Redux action types for auth codes', () => {
    expect(defaultCatalog.inferFamily(['auth/login', 'auth/logout', 'auth/setUser'], { discriminant: 'type', evident })).toBeUndefined();
  });

  it('suggests the code a typo means, keeping the auth/ prefix', () => {
    expect(defaultCatalog.suggest('auth/wrong-pasword', 'firebase-auth')?.entry.code).toBe('auth/wrong-password');
    expect(defaultCatalog.suggest('auth/invalid-credentials', 'firebase-auth')?.entry.code).toBe('auth/invalid-credential');
    expect(defaultCatalog.suggest('auth/user-not-fond', 'firebase-auth')?.entry.code).toBe('auth/user-not-found');
    expect(defaultCatalog.suggest('auth/email-already-in-user', 'firebase-auth')?.entry.code).toBe('auth/email-already-in-use');
  });

  it('never suggests across conventions: unprefixed Flutter-style codes and upper-case server names stay alone', () => {
    expect(defaultCatalog.suggest('wrong-password', 'firebase-auth')).toBeUndefined();
    expect(defaultCatalog.suggest('user-not-found', 'firebase-auth')).toBeUndefined();
    expect(defaultCatalog.suggest('INVALID_PASSWORD', 'firebase-auth')).toBeUndefined();
    expect(defaultCatalog.suggest('EMAIL_EXISTS', 'firebase-auth')).toBeUndefined();
  });
});
