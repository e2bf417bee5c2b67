/**
 * Compares the catalog with the INSTALLED libraries: next-auth v4 (logger codes and page `?error=` values) and
 * @auth/core (error types). Sets are compared exactly, so a code added to or removed from either side fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

import * as authCoreErrors from '@auth/core/errors';
import { describe, expect, it } from 'vitest';

import { AUTHJS_ERROR_TYPES, AUTHJS_PAGE_VALUES, authJsFamily } from '../../src/catalog/authjs';
import { NEXTAUTH_ERROR_CODES, NEXTAUTH_LOG_LEVELS, nextAuthFamily, type NextAuthLogLevel } from '../../src/catalog/nextauth';
import { NEXTAUTH_PAGE_ERROR_CODES, NEXTAUTH_V4_PAGE_VALUES, nextAuthPagesFamily } from '../../src/catalog/nextauth-pages';
import type { CodeEntry } from '../../src/catalog/types';

const requireHere = createRequire(__filename);

function packageDir(name: string): string {
  // Both packages map "." to their root index.js.
  return dirname(requireHere.resolve(name));
}

/** Every `.js` file of a package, without nested `node_modules` and without the TypeScript `src` copy. */
function jsFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, item.name);
      if (item.isDirectory()) {
        if (item.name === 'node_modules') continue;
        if (dir === root && item.name === 'src') continue;
        walk(full);
      } else if (item.isFile() && item.name.endsWith('.js')) {
        found.push(full);
      }
    }
  };
  walk(root);
  return found.sort();
}

function read(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

function matchAll(text: string, pattern: RegExp, group = 1): string[] {
  return [...text.matchAll(pattern)].map((match) => {
    const value = match[group];
    if (value === undefined) throw new Error(`pattern ${pattern} has no group ${group}`);
    return value;
  });
}

/** Member names (4-space indented) of an exported interface in a `.d.ts` file. */
function interfaceMembers(source: string, name: string): string[] {
  const start = source.indexOf(`export interface ${name} {`);
  if (start < 0) throw new Error(`interface ${name} not found`);
  const end = source.indexOf('\n}', start);
  return matchAll(source.slice(start, end), /^ {4}(\w+)\??:/gm);
}

/** The members of a string-literal union type alias in a `.d.ts` file. */
function unionMembers(source: string, name: string): string[] {
  const match = new RegExp(`export declare type ${name} = ([^;]+);`).exec(source);
  if (!match?.[1]) throw new Error(`type ${name} not found`);
  return matchAll(match[1], /"(\w+)"/g);
}

/** The keys of the object literal assigned to `const <name> = {` (its direct members only). */
function objectKeys(source: string, name: string, indent: string): string[] {
  const start = source.indexOf(`const ${name} = {`);
  if (start < 0) throw new Error(`const ${name} not found`);
  const end = source.indexOf(`\n${indent.slice(2)}};`, start);
  return matchAll(source.slice(start, end), new RegExp(`^${indent}(\\w+):`, 'gm'));
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

function entriesOf(entries: readonly CodeEntry[]): Map<string, CodeEntry> {
  return new Map(entries.map((entry) => [entry.code, entry]));
}

// ---------------------------------------------------------------------------------------------------------------
// next-auth v4 logger codes
// ---------------------------------------------------------------------------------------------------------------

interface LoggerScan {
  /** code → logger methods it reaches. */
  readonly levels: ReadonlyMap<string, ReadonlySet<NextAuthLogLevel>>;
  /** Every first argument of `logger.error` / `logger.warn` that is not a plain string literal. */
  readonly dynamicArguments: readonly string[];
}

function scanNextAuth(): LoggerScan {
  const root = packageDir('next-auth');
  const files = jsFiles(root);
  const levels = new Map<string, Set<NextAuthLogLevel>>();
  const add = (code: string, level: NextAuthLogLevel): void => {
    const set = levels.get(code) ?? new Set<NextAuthLogLevel>();
    set.add(level);
    levels.set(code, set);
  };
  const dynamicArguments: string[] = [];

  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    // logger.error("CODE", …) / _logger.default.warn("CODE", …) / logger.error(someExpression, …)
    for (const match of source.matchAll(/logger(?:\.default)?\.(error|warn)\(\s*([^,)]*)/g)) {
      const level = match[1] as NextAuthLogLevel;
      const argument = (match[2] ?? '').trim();
      const literal = /^"([A-Za-z0-9_]+)"$/.exec(argument);
      if (literal?.[1]) add(literal[1], level);
      else dynamicArguments.push(`${relative(root, file).split(sep).join('/')}: ${level}(${argument})`);
    }
    // Code paths that print the logger's format themselves (the middleware's NO_SECRET).
    for (const match of source.matchAll(/\[next-auth\]\[(error|warn)\]\[([A-Z0-9_]+)\]/g)) {
      add(match[2] ?? '', match[1] as NextAuthLogLevel);
    }
  }

  // logger.error(assertionResult.code, …): the codes of the error classes the configuration assertions return.
  const errorsSource = read(root, 'core/errors.js');
  for (const code of matchAll(errorsSource, /"code",\s*"([A-Z0-9_]+)"/g)) add(code, 'error');

  // assertionResult.forEach(logger.warn): the warnings the assertions collect.
  const indexSource = read(root, 'core/index.js');
  expect(indexSource).toContain('assertionResult.forEach(_logger.default.warn)');
  for (const code of matchAll(read(root, 'core/lib/assert.js'), /warnings\.push\("([A-Z0-9_]+)"\)/g)) add(code, 'warn');

  // logger.error(`${upperSnake(name)}_EVENT_ERROR`): one code per event callback next-auth declares.
  const requirePackage = createRequire(join(root, 'package.json'));
  const { upperSnake } = requirePackage('./core/errors.js') as { upperSnake: (name: string) => string };
  const events = interfaceMembers(read(root, 'core/types.d.ts'), 'EventCallbacks');
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) add(`${upperSnake(event)}_EVENT_ERROR`, 'error');

  // logger.error(`adapter_error_${name}`): one code per adapter method that next-auth's core actually calls.
  const coreSources = files
    .filter((file) => relative(root, file).startsWith(`core${sep}`) && !file.endsWith(`core${sep}errors.js`))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const adapterMethods = interfaceMembers(readFileSync(join(root, 'adapters.d.ts'), 'utf8'), 'Adapter');
  expect(adapterMethods.length).toBeGreaterThan(0);
  for (const method of adapterMethods) {
    if (new RegExp(`\\b${method}\\b`).test(coreSources)) add(`adapter_error_${method}`, 'error');
  }

  return { levels, dynamicArguments };
}

describe('next-auth v4 logger codes', () => {
  const scan = scanNextAuth();
  const catalog = entriesOf(nextAuthFamily.entries);

  it('knows every form of dynamic code the package builds', () => {
    // Each form below is expanded above; a new form must be taught to this test (and the catalog).
    expect(sorted(scan.dynamicArguments)).toEqual([
      'core/errors.js: error("".concat(upperSnake(name)',
      'core/errors.js: error("adapter_error_".concat(name)',
      'core/index.js: error(assertionResult.code)',
    ]);
  });

  it('finds a plausible number of codes in the package', () => {
    expect(scan.levels.size).toBeGreaterThan(30);
  });

  it('catalogs exactly the codes the package emits, plus documented-only codes', () => {
    const emittedInCatalog = nextAuthFamily.entries.filter((entry) => entry.emitted === true).map((entry) => entry.code);
    expect(sorted(emittedInCatalog)).toEqual(sorted(scan.levels.keys()));
  });

  it('marks every catalog code the package does not emit as documented-only', () => {
    for (const entry of nextAuthFamily.entries) {
      const found = scan.levels.has(entry.code);
      expect(entry.emitted, entry.code).toBe(found);
      if (!found) expect(entry.documentedIn?.length ?? 0, entry.code).toBeGreaterThan(0);
    }
  });

  it('lists codes in the exported tuple in the same order as the family', () => {
    expect(nextAuthFamily.entries.map((entry) => entry.code)).toEqual([...NEXTAUTH_ERROR_CODES]);
  });

  it('records the logger method(s) each emitted code reaches', () => {
    for (const [code, levels] of scan.levels) {
      const listed = NEXTAUTH_LOG_LEVELS[code as keyof typeof NEXTAUTH_LOG_LEVELS];
      expect(sorted(listed ?? []), code).toEqual(sorted(levels));
    }
  });

  it('says a renamed code is not emitted and points at an emitted code', () => {
    const renamed = nextAuthFamily.entries.filter((entry) => entry.replacedBy !== undefined);
    expect(renamed.map((entry) => entry.code)).toContain('CALLBACK_OAUTH_ERROR');
    for (const entry of renamed) {
      expect(entry.emitted, entry.code).toBe(false);
      expect(scan.levels.has(entry.replacedBy ?? ''), `${entry.code} → ${entry.replacedBy}`).toBe(true);
    }
    expect(catalog.get('CALLBACK_OAUTH_ERROR')?.replacedBy).toBe('OAUTH_CALLBACK_ERROR');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// next-auth v4 page `?error=` values
// ---------------------------------------------------------------------------------------------------------------

interface PageScan {
  /** Every value the pages, the error route and the types know (original spelling). */
  readonly known: readonly string[];
  /** Values next-auth itself puts into `error=` (original spelling). */
  readonly sent: readonly string[];
  /** Values the `error` action forwards to the sign-in page instead of the error page. */
  readonly forwarded: readonly string[];
}

function scanNextAuthPages(): PageScan {
  const root = packageDir('next-auth');
  const signinPage = read(root, 'core/pages/signin.js');
  const errorPage = read(root, 'core/pages/error.js');
  const index = read(root, 'core/index.js');
  const signinKeys = objectKeys(signinPage, 'errors', '    ');
  const errorKeys = objectKeys(errorPage, 'errors', '    ');
  const forwarded = /\[((?:"\w+",\s*)+"\w+")\]\.includes\(error\)/.exec(index);
  if (!forwarded?.[1]) throw new Error('list of errors forwarded to the sign-in page not found');
  const forwardedKeys = matchAll(forwarded[1], /"(\w+)"/g);
  const signinTypes = unionMembers(read(root, 'core/pages/signin.d.ts'), 'SignInErrorTypes');
  const errorTypes = unionMembers(read(root, 'core/pages/error.d.ts'), 'ErrorType');

  const sent: string[] = [];
  for (const file of jsFiles(root)) {
    const source = readFileSync(file, 'utf8');
    sent.push(...matchAll(source, /[?&]error=([A-Za-z]+)/g));
    sent.push(...matchAll(source, /\berror: "([A-Za-z]+)"/g));
    sent.push(...matchAll(source, /\.append\("error",\s*"([A-Za-z]+)"\)/g));
  }
  for (const keys of [signinKeys, errorKeys, forwardedKeys, signinTypes, errorTypes]) expect(keys.length).toBeGreaterThan(2);
  return { known: [...signinKeys, ...errorKeys, ...forwardedKeys, ...signinTypes, ...errorTypes, ...sent], sent, forwarded: forwardedKeys };
}

describe('next-auth v4 page error values', () => {
  const scan = scanNextAuthPages();
  const lower = (values: Iterable<string>): string[] => sorted([...values].map((value) => value.toLowerCase()));

  it('catalogs exactly the values the pages know (the built-in error page compares them case-insensitively)', () => {
    expect(lower(NEXTAUTH_PAGE_ERROR_CODES)).toEqual(lower(scan.known));
    // No two catalog codes differ only in case.
    expect(lower(NEXTAUTH_PAGE_ERROR_CODES)).toHaveLength(NEXTAUTH_PAGE_ERROR_CODES.length);
  });

  it('marks as emitted exactly the values next-auth redirects with', () => {
    const sent = new Set(scan.sent.map((value) => value.toLowerCase()));
    for (const entry of nextAuthPagesFamily.entries) {
      expect(entry.emitted, entry.code).toBe(sent.has(entry.code.toLowerCase()));
    }
  });

  it('sends to each page exactly the values the catalog says reach it', () => {
    const spelling = new Map(NEXTAUTH_PAGE_ERROR_CODES.map((code) => [code.toLowerCase(), code]));
    const sent = new Set(scan.sent.map((value) => spelling.get(value.toLowerCase()) ?? value));
    const forwarded = new Set(scan.forwarded);
    expect(sorted(NEXTAUTH_V4_PAGE_VALUES.signIn)).toEqual(sorted([...sent].filter((value) => forwarded.has(value))));
    expect(sorted(NEXTAUTH_V4_PAGE_VALUES.error)).toEqual(sorted([...sent].filter((value) => !forwarded.has(value))));
  });

  it('knows which sent values differ in case from the catalog spelling', () => {
    const codes = new Set<string>(NEXTAUTH_PAGE_ERROR_CODES);
    // The email callback redirects with `error=configuration`; the Configuration entry says so.
    expect(sorted(scan.sent.filter((value) => !codes.has(value)))).toEqual(['configuration']);
    const configuration = nextAuthPagesFamily.entries.find((entry) => entry.code === 'Configuration');
    expect(configuration?.cause.en).toContain('`configuration`');
    // Every value sent in another case is an alias of its entry, so no rule calls it a misspelling.
    const aliases = nextAuthPagesFamily.entries.flatMap((entry) => entry.aliases ?? []);
    expect(sorted(aliases)).toEqual(sorted(scan.sent.filter((value) => !codes.has(value))));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// @auth/core error types
// ---------------------------------------------------------------------------------------------------------------

type ErrorClass = new (...args: unknown[]) => Error & { type?: unknown };

interface AuthScan {
  /** type → whether any class of that type is a SignInError. */
  readonly signIn: ReadonlyMap<string, boolean>;
  /** Types some class of which @auth/core instantiates outside errors.js, plus the page substitute. */
  readonly thrown: ReadonlySet<string>;
  /** Values pages receive in place of a type that is not client-safe. */
  readonly substitutes: readonly string[];
  /** type → the page kind its errors are sent to (`error.kind`). */
  readonly kinds: ReadonlyMap<string, string>;
  /** Types `isClientError` lets through as they are. */
  readonly clientSafe: ReadonlySet<string>;
}

/** @auth/core's own test of what reaches a page as it is; exported by errors.js, left out of its types. */
const { isClientError } = authCoreErrors as unknown as { isClientError(error: unknown): boolean };

function scanAuthCore(): AuthScan {
  const root = packageDir('@auth/core');
  const { AuthError, SignInError } = authCoreErrors;
  const sources = jsFiles(root)
    .filter((file) => relative(root, file) !== 'errors.js')
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const signIn = new Map<string, boolean>();
  const thrown = new Set<string>();
  const kinds = new Map<string, string>();
  const clientSafe = new Set<string>();
  for (const [name, value] of Object.entries(authCoreErrors)) {
    if (typeof value !== 'function' || !(value === AuthError || value.prototype instanceof AuthError)) continue;
    const instance = new (value as ErrorClass)();
    const type = instance.type;
    if (typeof type !== 'string') throw new Error(`${name} has no string type`);
    // SignInError itself declares no type (its instances say "AuthError"); only classes with their own type count.
    const declaresType = Object.prototype.hasOwnProperty.call(value, 'type');
    signIn.set(type, (signIn.get(type) ?? false) || (declaresType && instance instanceof SignInError));
    if (declaresType) {
      kinds.set(type, String((instance as { kind?: unknown }).kind));
      if (isClientError(instance)) clientSafe.add(type);
    }
    if (new RegExp(`\\bnew ${name}\\(`).test(sources)) thrown.add(type);
  }
  const index = read(root, 'index.js');
  const substitutes = sorted([
    ...matchAll(index, /isClientSafeErrorType \? error\.type : "(\w+)"/g),
    ...matchAll(index, /\?error=(\w+)/g),
  ]);
  for (const value of substitutes) thrown.add(value);
  return { signIn, thrown, substitutes, kinds, clientSafe };
}

describe('@auth/core error types', () => {
  const scan = scanAuthCore();

  it('finds the page substitute for types that are not client-safe', () => {
    expect(scan.substitutes).toEqual(['Configuration']);
  });

  it('catalogs exactly the types of the exported AuthError classes plus the page substitute', () => {
    expect(sorted(AUTHJS_ERROR_TYPES)).toEqual(sorted([...scan.signIn.keys(), ...scan.substitutes]));
    expect(authJsFamily.entries.map((entry) => entry.code)).toEqual([...AUTHJS_ERROR_TYPES]);
  });

  it('flags exactly the SignInError subclasses as sign-in errors', () => {
    for (const entry of authJsFamily.entries) {
      expect(entry.signInError === true, entry.code).toBe(scan.signIn.get(entry.code) === true);
    }
  });

  it('sends to each page exactly the values the catalog says reach it', () => {
    // Auth() redirects to pages[error.kind] with the type when it is client-safe, else with the substitute.
    const error = new Set<string>(scan.substitutes);
    const signIn = new Set<string>();
    for (const [type, kind] of scan.kinds) {
      if (!scan.thrown.has(type)) continue;
      const page = kind === 'signIn' ? signIn : error;
      if (scan.clientSafe.has(type)) page.add(type);
      else for (const substitute of scan.substitutes) page.add(substitute);
    }
    expect(sorted(AUTHJS_PAGE_VALUES.error)).toEqual(sorted(error));
    expect(sorted(AUTHJS_PAGE_VALUES.signIn)).toEqual(sorted(signIn));
  });

  it('marks as emitted exactly the types @auth/core throws or logs', () => {
    for (const entry of authJsFamily.entries) {
      expect(entry.emitted, entry.code).toBe(scan.thrown.has(entry.code));
    }
  });
});
