/**
 * Compares the Auth0 family with the INSTALLED @auth0/auth0-spa-js (2.28.3) and @auth0/nextjs-auth0 (4.30.0). The SDK
 * sides are compared exactly: an error class, a `new GenericError("…")` code, an enum member or a `code` of the
 * nextjs-auth0 error classes that appears or disappears fails here. The OAuth 2.0 / OpenID Connect codes come from
 * the specifications (RFC 6749, OIDC Core); the test checks that every one the SPA SDK compares with is listed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { GenericError, PopupCancelledError, TimeoutError } from '@auth0/auth0-spa-js';
import { AccessTokenError, AccessTokenErrorCode, InvalidStateError, PasskeyRegisterError } from '@auth0/nextjs-auth0/errors';
import { describe, expect, it } from 'vitest';

import {
  AUTH0_ERROR_CODES,
  AUTH0_NEXTJS_CLASS_CODES,
  AUTH0_NEXTJS_ENUMS,
  AUTH0_NEXTJS_GETTER_CODES,
  AUTH0_OAUTH_CODES,
  AUTH0_SPA_CODES,
  AUTH0_SPA_RAISED_CODES,
  auth0Family,
} from '../../src/catalog/auth0';

const requireHere = createRequire(__filename);

/** The root folder of an installed package (found the way `require` looks). */
function packageRoot(name: string): string {
  for (const folder of requireHere.resolve.paths(name) ?? []) {
    if (existsSync(join(folder, name, 'package.json'))) return join(folder, name);
  }
  throw new Error(`${name} is not installed`);
}

const SPA = join(packageRoot('@auth0/auth0-spa-js'), 'dist');
const NEXTJS_ERRORS = join(packageRoot('@auth0/nextjs-auth0'), 'dist', 'errors');

function captures(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => {
    if (match[1] === undefined) throw new Error(`pattern ${pattern} has no group 1`);
    return match[1];
  });
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();
const inOrder = (values: Iterable<string>): string[] => [...new Set(values)];

describe('auth0 against @auth0/auth0-spa-js', () => {
  const bundle = readFileSync(join(SPA, 'auth0-spa-js.development.js'), 'utf8');
  const typings = readFileSync(join(SPA, 'typings', 'errors.d.ts'), 'utf8');

  it('lists exactly the codes of the GenericError subclasses, in class order', () => {
    const classes = captures(typings, /export declare class (\w+) extends (?:GenericError|TimeoutError)\b/g);
    expect(classes.length).toBeGreaterThan(5);
    const fixed = captures(bundle, /class \w+ extends GenericError \{\s*constructor\([^)]*\) \{\s*super\("([a-z_]+)"/g);
    expect([...AUTH0_SPA_CODES]).toEqual(fixed);
  });

  it('lists exactly the codes raised as new GenericError("…"), in the order of first use', () => {
    expect([...AUTH0_SPA_RAISED_CODES]).toEqual(inOrder(captures(bundle, /new GenericError\("([a-z_]+)"/g)));
  });

  it('lists every code the SDK compares an error with', () => {
    const compared = captures(bundle, /(?<!typeof [\w.]*)\berror === "([a-z_]+)"/g);
    expect(compared).toContain('login_required');
    expect(compared).toContain('mfa_required');
    const known = new Set<string>(AUTH0_ERROR_CODES);
    for (const code of compared) expect(known.has(code), code).toBe(true);
  });

  it('puts the code on error.error', () => {
    expect(new TimeoutError().error).toBe('timeout');
    expect(new PopupCancelledError({} as ConstructorParameters<typeof PopupCancelledError>[0]).error).toBe('cancelled');
    expect(new GenericError('login_required', 'Login required').error).toBe('login_required');
  });
});

describe('auth0 against @auth0/nextjs-auth0', () => {
  const files = readdirSync(NEXTJS_ERRORS).sort();
  const declarations = files.filter((file) => file.endsWith('.d.ts')).map((file) => readFileSync(join(NEXTJS_ERRORS, file), 'utf8')).join('\n');
  const modules = files.filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(NEXTJS_ERRORS, file), 'utf8')).join('\n');

  it('copies every code enum exactly', () => {
    const installed: Record<string, Record<string, string>> = {};
    for (const match of declarations.matchAll(/export declare enum (\w+) \{([^}]*)\}/g)) {
      installed[match[1] ?? ''] = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/(\w+) = "([a-z_]+)"/g)].map((member): [string, string] => [member[1] ?? '', member[2] ?? '']),
      );
    }
    expect(Object.keys(installed)).toHaveLength(8);
    expect(AUTH0_NEXTJS_ENUMS).toEqual(installed);
    const entries = new Map(auth0Family.entries.map((entry) => [entry.code, entry]));
    for (const [name, members] of Object.entries(installed)) {
      for (const [key, code] of Object.entries(members)) expect(entries.get(code)?.constants, code).toContain(`${name}.${key}`);
    }
  });

  it('lists exactly the fixed codes of the error classes and of their code getters', () => {
    expect(sorted(AUTH0_NEXTJS_CLASS_CODES)).toEqual(sorted(captures(modules, /this\.code = "([a-z_]+)"/g)));
    expect(sorted(AUTH0_NEXTJS_GETTER_CODES)).toEqual(sorted(captures(modules, /get code\(\) \{\s*return "([a-z_]+)";/g)));
  });

  it('puts the code on error.code', () => {
    expect(new AccessTokenError(AccessTokenErrorCode.MISSING_SESSION, 'No session').code).toBe('missing_session');
    expect(new InvalidStateError().code).toBe('invalid_state');
    expect(new PasskeyRegisterError('access_denied', 'Passkeys are off for this connection').code).toBe('passkey_register_error');
  });
});

describe('auth0 family', () => {
  it('holds exactly the specification codes and the codes of both packages', () => {
    const expected = [
      ...AUTH0_OAUTH_CODES,
      ...AUTH0_SPA_CODES,
      ...AUTH0_SPA_RAISED_CODES,
      ...Object.values(AUTH0_NEXTJS_ENUMS).flatMap((members) => Object.values(members)),
      ...AUTH0_NEXTJS_CLASS_CODES,
      ...AUTH0_NEXTJS_GETTER_CODES,
    ];
    expect(sorted(auth0Family.entries.map((entry) => entry.code))).toEqual(sorted(expected));
    expect(AUTH0_ERROR_CODES).toHaveLength(new Set(expected).size);
    expect(auth0Family.entries.filter((entry) => entry.emitted === false)).toEqual([]);
  });
});
