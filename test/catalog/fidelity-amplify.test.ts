/**
 * Compares the Amplify Auth family with the INSTALLED @aws-amplify/auth (6.21.1) and @aws-amplify/core (6.19.2).
 * Sets are compared exactly: an exception added to or removed from a per-API enum, a public API whose `@throws`
 * enums change, a new name Amplify gives its own errors, or a validation code that starts or stops being raised
 * fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { AuthError, resendSignUpCode, signIn } from '@aws-amplify/auth';
import { Amplify } from '@aws-amplify/core';
import { describe, expect, it } from 'vitest';

import {
  AMPLIFY_API_THROWS,
  AMPLIFY_AUTH_ERROR_CODES,
  AMPLIFY_CONFIGURATION_CODES,
  AMPLIFY_EXCEPTION_ENUMS,
  AMPLIFY_SDK_EXCEPTIONS,
  AMPLIFY_SERVICE_EXCEPTIONS,
  AMPLIFY_UNRAISED_VALIDATION_CODES,
  AMPLIFY_VALIDATION_CODES,
  amplifyAuthFamily,
} from '../../src/catalog/amplify-auth';

const requireHere = createRequire(__filename);

/** The root folder of an installed package (found the way `require` looks). */
function packageRoot(name: string): string {
  for (const folder of requireHere.resolve.paths(name) ?? []) {
    if (existsSync(join(folder, name, 'package.json'))) return join(folder, name);
  }
  throw new Error(`${name} is not installed`);
}

const AUTH = join(packageRoot('@aws-amplify/auth'), 'dist', 'esm');
const CORE = join(packageRoot('@aws-amplify/core'), 'dist', 'esm');
const read = (root: string, file: string): string => readFileSync(join(root, file), 'utf8');

const ENUM_FILES = ['providers/cognito/types/errors.d.ts', 'foundation/factories/serviceClients/cognitoIdentityProvider/types/errors.d.ts'];

/** `export declare enum Name { Key = "value", … }` → name → values, in declaration order. */
function enumsOf(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of text.matchAll(/export declare enum (\w+) \{([^}]*)\}/g)) {
    found.set(match[1] ?? '', [...(match[2] ?? '').matchAll(/(\w+) = "(\w+)"/g)].map((member) => member[2] ?? ''));
  }
  return found;
}

/** `export declare enum Name { Key = "value", … }` → key → value. */
function enumRecord(text: string, name: string): Record<string, string> {
  const body = new RegExp(`export declare enum ${name} \\{([^}]*)\\}`).exec(text)?.[1];
  if (body === undefined) throw new Error(`enum ${name} not found`);
  return Object.fromEntries([...body.matchAll(/(\w+) = "(\w+)"/g)].map((member): [string, string] => [member[1] ?? '', member[2] ?? '']));
}

/** `export declare const NAME = "value";` → NAME → value. */
function stringConstants(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/export declare const ([A-Z_]+) = "(\w+)";/g)].map((match): [string, string] => [match[1] ?? '', match[2] ?? '']));
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

describe('amplify-auth against @aws-amplify/auth and @aws-amplify/core', () => {
  const installedEnums = new Map(ENUM_FILES.flatMap((file) => [...enumsOf(read(AUTH, file))]));
  const entries = new Map(amplifyAuthFamily.entries.map((entry) => [entry.code, entry]));

  it('reads the per-API enums, 24 of the Cognito provider and 4 of the WebAuthn client', () => {
    expect(installedEnums.size).toBe(28);
  });

  it('copies every per-API exception enum exactly, members in order', () => {
    expect(Object.fromEntries(Object.entries(AMPLIFY_EXCEPTION_ENUMS).map(([name, members]) => [name, [...members]]))).toEqual(
      Object.fromEntries(installedEnums),
    );
    expect([...AMPLIFY_SERVICE_EXCEPTIONS]).toEqual([...new Set([...installedEnums.values()].flat())]);
  });

  it('names, for each public API, exactly the exception enums its @throws docs link to', () => {
    const exported = new Set(read(AUTH, 'index.d.ts').match(/\b[A-Za-z]+\b/g));
    const documented: Record<string, string[]> = {};
    for (const dir of ['providers/cognito/apis', 'client/apis']) {
      for (const file of readdirSync(join(AUTH, dir)).filter((name) => name.endsWith('.d.ts')).sort()) {
        const api = file.replace(/\.d\.ts$/, '');
        if (!exported.has(api)) continue;
        const cited = sorted([...read(AUTH, join(dir, file)).matchAll(/\{@link +(\w+Exception) *\}/g)].map((match) => match[1] ?? ''));
        if (cited.length > 0) documented[api] = cited;
      }
    }
    expect(Object.fromEntries(Object.entries(AMPLIFY_API_THROWS).map(([api, enums]) => [api, [...enums]]))).toEqual(documented);
    for (const code of AMPLIFY_SERVICE_EXCEPTIONS) {
      const apis = Object.entries(documented)
        .filter(([, enums]) => enums.some((name) => installedEnums.get(name)?.includes(code)))
        .map(([api]) => api);
      expect(sorted(entries.get(code)?.raisedBy ?? []), code).toEqual(sorted(apis));
    }
  });

  it('lists exactly the names Amplify declares for its own errors', () => {
    const declared = { ...stringConstants(read(AUTH, ENUM_FILES[0] ?? '')), ...stringConstants(read(AUTH, 'errors/constants.d.ts')) };
    expect(AMPLIFY_SDK_EXCEPTIONS).toEqual(declared);
    for (const [key, code] of Object.entries(declared)) expect(entries.get(code)?.constants, code).toEqual([key]);
  });

  it('copies AuthValidationErrorCode and AuthConfigurationErrorCode exactly', () => {
    expect(AMPLIFY_VALIDATION_CODES).toEqual(enumRecord(read(AUTH, 'errors/types/validation.d.ts'), 'AuthValidationErrorCode'));
    const configuration = enumRecord(read(CORE, 'singleton/Auth/utils/errorHelpers.d.ts'), 'AuthConfigurationErrorCode');
    expect([...AMPLIFY_CONFIGURATION_CODES]).toEqual(Object.values(configuration));
  });

  it('marks as never raised exactly the validation codes only the enum and the message map mention', () => {
    // Raised: an `assertValidationError(…, AuthValidationErrorCode.X)` or an `AuthError` named so (the sign-up
    // client turns Cognito's missing-password answer into EmptySignUpPassword).
    const notRaising = new Set([join(AUTH, 'errors/types/validation.mjs'), join(AUTH, 'common/AuthErrorStrings.mjs')]);
    expect([...notRaising].every((file) => existsSync(file))).toBe(true);
    const raised = new Set<string>();
    const walk = (dir: string): void => {
      for (const item of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, item.name);
        if (item.isDirectory()) walk(full);
        else if (item.name.endsWith('.mjs') && !notRaising.has(full)) {
          for (const match of readFileSync(full, 'utf8').matchAll(/AuthValidationErrorCode\.(\w+)/g)) raised.add(match[1] ?? '');
        }
      }
    };
    walk(AUTH);
    const unraised = Object.entries(AMPLIFY_VALIDATION_CODES).filter(([key]) => !raised.has(key)).map(([, code]) => code);
    expect(sorted(AMPLIFY_UNRAISED_VALIDATION_CODES)).toEqual(sorted(unraised));
    const notEmitted = amplifyAuthFamily.entries.filter((entry) => entry.emitted === false).map((entry) => entry.code);
    expect(sorted(notEmitted)).toEqual(sorted(unraised));
  });

  it('holds nothing else', () => {
    const installed = [
      ...AMPLIFY_SERVICE_EXCEPTIONS,
      ...Object.values(AMPLIFY_SDK_EXCEPTIONS),
      ...Object.values(AMPLIFY_VALIDATION_CODES),
      ...AMPLIFY_CONFIGURATION_CODES,
    ];
    expect(sorted(entries.keys())).toEqual(sorted(installed));
    expect(AMPLIFY_AUTH_ERROR_CODES).toHaveLength(installed.length);
  });

  it('puts the code on err.name: an empty username fails validation before any request', async () => {
    Amplify.configure({ Auth: { Cognito: { userPoolId: 'eu-west-1_Example1', userPoolClientId: 'exampleclientid0000000000' } } });
    const nameOf = async (call: () => Promise<unknown>): Promise<string> => {
      try {
        await call();
      } catch (error) {
        expect(error).toBeInstanceOf(AuthError);
        return (error as AuthError).name;
      }
      throw new Error('the call did not fail');
    };
    expect(await nameOf(() => signIn({ username: '', password: 'correct horse' }))).toBe('EmptySignInUsername');
    expect(await nameOf(() => resendSignUpCode({ username: '' }))).toBe('EmptySignUpUsername');
  });
});
