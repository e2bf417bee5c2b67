/**
 * Compares the Firebase families with the INSTALLED SDKs: `@firebase/auth` (through `firebase`) for the web codes,
 * `firebase-admin` for the Admin codes. Sets are compared exactly, so a code added to or removed from either side
 * fails here; so does a key of the public constant maps, and a server-only flag the web SDK contradicts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { AuthErrorCodes } from 'firebase/auth';
import { AuthErrorCode as AdminAuthErrorCode, FirebaseAuthError } from 'firebase-admin/auth';
import { describe, expect, it } from 'vitest';

import {
  FIREBASE_ADMIN_AUTH_ERROR_CODES,
  firebaseAdminAuthFamily,
  firebaseAdminConstant,
} from '../../src/catalog/firebase-admin-auth';
import { FIREBASE_AUTH_ERROR_CODES, FIREBASE_AUTH_ERROR_CONSTANTS, firebaseAuthFamily } from '../../src/catalog/firebase-auth';

const requireHere = createRequire(__filename);

/** The root folder of an installed package. */
function packageRoot(name: string, entry = name): string {
  // Not every package exports its package.json (or a main entry): walk up from an entry point instead.
  for (let dir = dirname(requireHere.resolve(entry)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
  }
  throw new Error(`package ${name} not found`);
}

const WEB_ROOT = packageRoot('@firebase/auth');
const ADMIN_ROOT = packageRoot('firebase-admin');

function read(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** The text between `start` and the first `end` after it. */
function section(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`${start} not found`);
  const to = text.indexOf(end, from);
  if (to < 0) throw new Error(`end of ${start} not found`);
  return text.slice(from, to);
}

function matchAll(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => {
    if (match[1] === undefined) throw new Error(`pattern ${pattern} has no group 1`);
    return match[1];
  });
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();
const prefixed = (code: string): string => `auth/${code}`;

// ---------------------------------------------------------------------------------------------------------------
// Web SDK

/** The members of the internal `const enum AuthErrorCode` of `@firebase/auth` (name → value), from its .d.ts. */
function webEnum(): Map<string, string> {
  const body = section(read(WEB_ROOT, 'dist/src/core/errors.d.ts'), 'export declare const enum AuthErrorCode {', '\n}');
  return new Map([...body.matchAll(/^ {4}(\w+) = "([a-z0-9-]+)",?$/gm)].map((match) => [match[1]!, prefixed(match[2]!)]));
}

/** The public `AuthErrorCodes` map as the package's typings declare it (key → value). */
function webPublicMapTypings(): Map<string, string> {
  const body = section(read(WEB_ROOT, 'dist/auth-public.d.ts'), 'export declare const AuthErrorCodes: {', '\n};');
  return new Map([...body.matchAll(/^ {4}readonly (\w+): "(auth\/[a-z0-9-]+)";$/gm)].map((match) => [match[1]!, match[2]!]));
}

/** The installed web SDK's version, as `@firebase/auth` and the `firebase` package that ships it say. */
function webVersions(): { firebase: string; auth: string } {
  const firebase = JSON.parse(read(packageRoot('firebase', 'firebase/auth'), 'package.json')) as { version: string; dependencies: Record<string, string> };
  const auth = JSON.parse(read(WEB_ROOT, 'package.json')) as { version: string };
  expect(firebase.dependencies['@firebase/auth']).toBe(auth.version);
  return { firebase: firebase.version, auth: auth.version };
}

describe('firebase-auth against the installed @firebase/auth', () => {
  const enumCodes = webEnum();
  const codes = new Set<string>(FIREBASE_AUTH_ERROR_CODES);

  it('is read from firebase 13 (the enum has the size the catalog was written for)', () => {
    expect(webVersions().firebase).toMatch(/^13\./);
    expect(enumCodes.size).toBe(108);
  });

  it('holds exactly the codes of the internal AuthErrorCode enum, in its order', () => {
    expect([...enumCodes.values()]).toEqual([...FIREBASE_AUTH_ERROR_CODES]);
    expect(firebaseAuthFamily.entries.map((entry) => entry.code)).toEqual([...FIREBASE_AUTH_ERROR_CODES]);
  });

  it('copies the public AuthErrorCodes map key by key, as the runtime and the typings have it', () => {
    expect(Object.entries(AuthErrorCodes).sort()).toEqual(Object.entries(FIREBASE_AUTH_ERROR_CONSTANTS).sort());
    expect([...webPublicMapTypings().entries()].sort()).toEqual(Object.entries(FIREBASE_AUTH_ERROR_CONSTANTS).sort());
  });

  it('gives each entry exactly the AuthErrorCodes keys that hold its code', () => {
    for (const entry of firebaseAuthFamily.entries) {
      const keys = Object.entries(AuthErrorCodes).filter(([, value]) => value === entry.code).map(([key]) => key);
      expect(sorted(entry.constants ?? []), entry.code).toEqual(sorted(keys));
    }
  });

  it('knows which codes the public map leaves out (three) and which value it names twice', () => {
    const publicValues = new Set<string>(Object.values(AuthErrorCodes));
    expect(publicValues.size).toBe(105);
    expect(sorted([...codes].filter((code) => !publicValues.has(code)))).toEqual([
      'auth/login-blocked',
      'auth/password-does-not-meet-requirements',
      'auth/unsupported-password-policy-schema-version',
    ]);
    expect(Object.keys(AuthErrorCodes).filter((key) => AuthErrorCodes[key as keyof typeof AuthErrorCodes] === 'auth/invalid-credential').sort())
      .toEqual(['INVALID_IDP_RESPONSE', 'INVALID_LOGIN_CREDENTIALS']);
  });

  it('holds exactly the codes the bundled JavaScript names (raised, mapped from the server, or given a message)', () => {
    // The ES module build: its chunks name every code as `"user-not-found" /* AuthErrorCode.USER_DELETED */`.
    const esm = join(WEB_ROOT, 'dist/esm');
    const chunks = readdirSync(esm).filter((file) => file.endsWith('.js'));
    const named = chunks.flatMap((file) => matchAll(read(esm, file), /"([a-z0-9-]+)" \/\* AuthErrorCode\.\w+ \*\//g)).map(prefixed);
    expect(sorted(named)).toEqual(sorted(codes));
  });

  it('marks no web code server-only, and only the Dynamic Links codes deprecated', () => {
    for (const entry of firebaseAuthFamily.entries) expect(entry.serverOnly, entry.code).toBeUndefined();
    const deprecated = firebaseAuthFamily.entries.filter((entry) => entry.deprecated).map((entry) => entry.code);
    expect(deprecated.sort()).toEqual(['auth/dynamic-link-not-activated', 'auth/invalid-dynamic-link-domain']);
    // The typings deprecate the option these codes are about.
    expect(section(read(WEB_ROOT, 'dist/auth-public.d.ts'), 'export declare interface ActionCodeSettings', '\n}')).toMatch(
      /@deprecated Firebase Dynamic Links is deprecated[\s\S]*dynamicLinkDomain\?: string;/,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Admin SDK

/** The `AuthErrorCode` map of `firebase-admin/auth` as its .d.ts declares it (key → value). */
function adminMapTypings(): Map<string, string> {
  const body = section(read(ADMIN_ROOT, 'lib/auth/error.d.ts'), 'export declare const AuthErrorCode: {', '\n};');
  return new Map([...body.matchAll(/^ {4}readonly (\w+): "([a-z0-9-]+)";$/gm)].map((match) => [match[1]!, match[2]!]));
}

describe('firebase-admin-auth against the installed firebase-admin', () => {
  const adminCodes = new Set<string>(FIREBASE_ADMIN_AUTH_ERROR_CODES);
  const webCodes = new Set<string>(FIREBASE_AUTH_ERROR_CODES);

  it('is read from firebase-admin 14', () => {
    expect((JSON.parse(read(ADMIN_ROOT, 'package.json')) as { version: string }).version).toMatch(/^14\./);
    expect(adminCodes.size).toBe(96);
  });

  it('holds exactly the values of AuthErrorCode (runtime and typings), in their order, with the auth/ prefix', () => {
    expect(Object.values(AdminAuthErrorCode).map(prefixed)).toEqual([...FIREBASE_ADMIN_AUTH_ERROR_CODES]);
    expect([...adminMapTypings().values()].map(prefixed)).toEqual([...FIREBASE_ADMIN_AUTH_ERROR_CODES]);
    expect(firebaseAdminAuthFamily.entries.map((entry) => entry.code)).toEqual([...FIREBASE_ADMIN_AUTH_ERROR_CODES]);
  });

  it('names each code by its AuthErrorCode key', () => {
    const keyOf = new Map(Object.entries(AdminAuthErrorCode).map(([key, value]) => [prefixed(value), key]));
    for (const entry of firebaseAdminAuthFamily.entries) {
      expect(entry.constants, entry.code).toEqual([keyOf.get(entry.code)]);
      expect(firebaseAdminConstant(entry.code as (typeof FIREBASE_ADMIN_AUTH_ERROR_CODES)[number])).toBe(keyOf.get(entry.code));
    }
  });

  it('puts the auth/ prefix on the code of a FirebaseAuthError, as the catalog writes it', () => {
    const error = new FirebaseAuthError({ code: AdminAuthErrorCode.USER_NOT_FOUND, message: 'no such user' });
    expect(error.code).toBe('auth/user-not-found');
    expect(adminCodes.has(error.code)).toBe(true);
  });

  it('maps every server error only to codes it lists', () => {
    const source = read(ADMIN_ROOT, 'lib/auth/error.js');
    const table = section(source, 'const AUTH_SERVER_TO_CLIENT_CODE = {', '\n};');
    const targets = matchAll(table, /^ {4}\w+: '(\w+)',$/gm);
    expect(targets.length).toBeGreaterThan(50);
    expect(sorted(targets).filter((key) => !(key in AdminAuthErrorCode))).toEqual([]);
  });

  it('flags as server-only exactly the codes the web SDK never raises (72 of 96)', () => {
    const serverOnly = firebaseAdminAuthFamily.entries.filter((entry) => entry.serverOnly === true).map((entry) => entry.code);
    expect(sorted(serverOnly)).toEqual(sorted([...adminCodes].filter((code) => !webCodes.has(code))));
    // 72, not 73: `auth/password-does-not-meet-requirements` is missing from the public map but the web SDK raises it.
    expect(serverOnly).toHaveLength(72);
    // Against the installed web SDK itself, not only the catalog's copy of it.
    const installedWeb = new Set(webEnum().values());
    for (const entry of firebaseAdminAuthFamily.entries) expect(entry.serverOnly === true, entry.code).toBe(!installedWeb.has(entry.code));
  });

  it('shares 24 codes with the web SDK, none of them flagged', () => {
    const shared = firebaseAdminAuthFamily.entries.filter((entry) => webCodes.has(entry.code));
    expect(shared).toHaveLength(24);
    for (const entry of shared) expect(entry.serverOnly, entry.code).toBeUndefined();
  });
});

