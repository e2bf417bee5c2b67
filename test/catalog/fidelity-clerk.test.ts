/**
 * Compares the Clerk family with the INSTALLED @clerk/shared (4.41.0). Sets are compared exactly: a code added to or
 * removed from `ERROR_CODES`, from the `unstable__errors` messages or from the error guards fails here, and so does a
 * key of `ERROR_CODES` that the catalog names differently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { ClerkAPIResponseError, isClerkAPIResponseError, isPasswordCompromisedError } from '@clerk/shared/error';
import { describe, expect, it } from 'vitest';

import {
  CLERK_DEPRECATED_CODES,
  CLERK_ERROR_CODE_CONSTANTS,
  CLERK_ERROR_CODES,
  CLERK_GUARD_CODES,
  CLERK_LOCALIZED_CODES,
  clerkFamily,
} from '../../src/catalog/clerk';

const requireHere = createRequire(__filename);

/** The root folder of an installed package (found the way `require` looks: the package exports no package.json). */
function packageRoot(name: string): string {
  for (const folder of requireHere.resolve.paths(name) ?? []) {
    if (existsSync(join(folder, name, 'package.json'))) return join(folder, name);
  }
  throw new Error(`${name} is not installed`);
}

const DIST = join(packageRoot('@clerk/shared'), 'dist');
const read = (file: string): string => readFileSync(join(DIST, file), 'utf8');

/** The text between `start` and the first `end` after it. */
function section(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`${start} not found`);
  const to = text.indexOf(end, from);
  if (to < 0) throw new Error(`end of ${start} not found`);
  return text.slice(from, to);
}

function captures(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => {
    if (match[1] === undefined) throw new Error(`pattern ${pattern} has no group 1`);
    return match[1];
  });
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** `ERROR_CODES` of the internal clerk-js constants module (not an export of the package, so read as text). */
const errorCodesMap = (() => {
  const body = section(read('internal/clerk-js/constants.js'), 'const ERROR_CODES = {', '};');
  const pairs = [...body.matchAll(/^\s*([A-Z0-9_]+): "([a-z0-9_]+)",?$/gm)].map((match): [string, string] => [match[1] ?? '', match[2] ?? '']);
  return Object.fromEntries(pairs);
})();

/** The top-level keys of `type UnstableErrors = WithParamName<{ … }>`, nested groups left out. */
const unstableErrors = (() => {
  const body = section(read('types/localization.d.ts'), 'type UnstableErrors = WithParamName<{', '\n}>;');
  const keys = captures(body, /^ {2}([A-Za-z0-9_]+): LocalizationValue\b/gm);
  const groups = captures(body, /^ {2}([A-Za-z0-9_]+): \{$/gm);
  return { keys, groups, body };
})();

/** Codes the guards of `@clerk/shared/error` compare with, and the codes its error classes set. */
const guardCodes = (() => {
  const helpers = read('errors/helpers.js');
  const fromHelpers = captures(helpers, /"([a-z][a-z0-9]*(?:_[a-z0-9]+)+)"/g);
  const classCodes = ['errors/clerkOfflineError.js', 'errors/missingExpiredTokenError.js', 'errors/clerkApiResponseError.js'].flatMap(
    (file) => captures(read(file), /(?:static ERROR_CODE = |\bcode: )"([a-z_]+)"/g),
  );
  return [...fromHelpers, ...classCodes];
})();

describe('clerk against @clerk/shared', () => {
  const plainKeys = unstableErrors.keys.filter((key) => !key.includes('__'));
  const fieldKeys = unstableErrors.keys.filter((key) => key.includes('__'));
  const entries = new Map(clerkFamily.entries.map((entry) => [entry.code, entry]));

  it('reads the installed ERROR_CODES map, the unstable__errors keys and the guards', () => {
    expect(Object.keys(errorCodesMap)).toHaveLength(31);
    expect(unstableErrors.keys).toHaveLength(74);
    expect(sorted(unstableErrors.groups)).toEqual(['passwordComplexity', 'zxcvbn']);
    expect(guardCodes.length).toBeGreaterThan(5);
  });

  it('names every member of ERROR_CODES with its own key, in its order', () => {
    expect(CLERK_ERROR_CODE_CONSTANTS).toEqual(errorCodesMap);
    expect(CLERK_ERROR_CODES.slice(0, 31)).toEqual(Object.values(errorCodesMap));
    for (const [key, code] of Object.entries(errorCodesMap)) expect(entries.get(code)?.constants, code).toEqual([key]);
    const withConstants = clerkFamily.entries.filter((entry) => entry.constants !== undefined);
    expect(withConstants).toHaveLength(31);
  });

  it('lists exactly the unstable__errors codes that ERROR_CODES lacks, in the type\'s order', () => {
    const mapped = new Set(Object.values(errorCodesMap));
    expect([...CLERK_LOCALIZED_CODES]).toEqual(plainKeys.filter((key) => !mapped.has(key)));
  });

  it('reads every `code__suffix` key as a text of a catalog code, the deprecated one included', () => {
    expect(fieldKeys.length).toBeGreaterThan(0);
    for (const key of fieldKeys) {
      const code = key.slice(0, key.indexOf('__'));
      expect(entries.has(code), key).toBe(true);
      expect(entries.has(key), key).toBe(false);
    }
    expect(unstableErrors.body).toMatch(/@deprecated Use `form_password_compromised__sign_in` instead \*\/\s*form_password_untrusted__sign_in:/);
    const orphans = fieldKeys.map((key) => key.slice(0, key.indexOf('__'))).filter((code) => !plainKeys.includes(code));
    expect(sorted(orphans.filter((code) => !guardCodes.includes(code)))).toEqual([...CLERK_DEPRECATED_CODES]);
  });

  it('lists exactly the guard and class codes that neither list holds', () => {
    const known = new Set([...Object.values(errorCodesMap), ...plainKeys]);
    expect(sorted(CLERK_GUARD_CODES)).toEqual(sorted(guardCodes.filter((code) => !known.has(code))));
  });

  it('holds nothing else, and marks only the deprecated code as no longer sent', () => {
    const installed = new Set([...Object.values(errorCodesMap), ...plainKeys, ...guardCodes]);
    expect(sorted(entries.keys())).toEqual(sorted([...installed, ...CLERK_DEPRECATED_CODES]));
    for (const code of CLERK_DEPRECATED_CODES) expect(installed.has(code), code).toBe(false);
    const notEmitted = clerkFamily.entries.filter((entry) => entry.emitted === false).map((entry) => entry.code);
    expect(sorted(notEmitted)).toEqual(sorted(CLERK_DEPRECATED_CODES));
    expect(CLERK_ERROR_CODES).toHaveLength(entries.size);
  });

  it('reads the codes where the guards read them: err.errors[0].code of an API response error', () => {
    const error = new ClerkAPIResponseError('Password compromised', {
      data: [{ code: 'form_password_compromised', message: 'Password compromised', long_message: 'Reset your password.' }],
      status: 422,
    });
    expect(isClerkAPIResponseError(error)).toBe(true);
    expect(error.code).toBe('api_response_error');
    expect(error.errors[0]?.code).toBe('form_password_compromised');
    expect(isPasswordCompromisedError(error)).toBe(true);
  });
});
