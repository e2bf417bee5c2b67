/**
 * Compares the Supabase Auth and Better Auth families with the INSTALLED packages (@supabase/auth-js 2.119.1,
 * better-auth / @better-auth/core 1.7.25). Sets are compared exactly: a code added to or removed from either side
 * fails here, and so does a code whose flags (sent or not, which plugin defines it, its message) drift.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';

import { BASE_ERROR_CODES } from '@better-auth/core/error';
import { describe, expect, it } from 'vitest';

import { BETTER_AUTH_ERROR_CODES, betterAuthFamily } from '../../src/catalog/better-auth';
import {
  SUPABASE_AUTH_DOCUMENTED_ONLY,
  SUPABASE_AUTH_ERROR_CODES,
  SUPABASE_AUTH_SDK_CODES,
  SUPABASE_AUTH_SERVER_CODES,
  supabaseAuthFamily,
} from '../../src/catalog/supabase-auth';
import type { CodeEntry } from '../../src/catalog/types';

const requireHere = createRequire(__filename);

/** The root folder of an installed package (found the way `require` looks, since not every package exports its package.json). */
function packageRoot(name: string): string {
  for (const folder of requireHere.resolve.paths(name) ?? []) {
    if (existsSync(join(folder, name, 'package.json'))) return join(folder, name);
  }
  throw new Error(`${name} is not installed`);
}

/** Every file under `dir` whose name ends with `suffix`, sorted. */
function filesUnder(dir: string, suffix: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const item of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, item.name);
      if (item.isDirectory()) walk(full);
      else if (item.isFile() && item.name.endsWith(suffix)) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

function captures(text: string, pattern: RegExp, group = 1): string[] {
  return [...text.matchAll(pattern)].map((match) => {
    const value = match[group];
    if (value === undefined) throw new Error(`pattern ${pattern} has no group ${group}`);
    return value;
  });
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

function byCode(entries: readonly CodeEntry[]): Map<string, CodeEntry> {
  return new Map(entries.map((entry) => [entry.code, entry]));
}

// ---------------------------------------------------------------------------------------------------------------
// Supabase Auth
// ---------------------------------------------------------------------------------------------------------------

describe('supabase-auth against @supabase/auth-js', () => {
  const root = join(packageRoot('@supabase/auth-js'), 'dist', 'module', 'lib');
  const errorCodesDts = readFileSync(join(root, 'error-codes.d.ts'), 'utf8');
  const errorsJs = readFileSync(join(root, 'errors.js'), 'utf8');
  const fetchJs = readFileSync(join(root, 'fetch.js'), 'utf8');
  const entries = byCode(supabaseAuthFamily.entries);

  /** The members of `export type ErrorCode = 'a' | 'b' | …;`. */
  const errorCodeUnion = (() => {
    const match = /export type ErrorCode = ([^;]+);/.exec(errorCodesDts);
    if (!match?.[1]) throw new Error('ErrorCode not found in lib/error-codes.d.ts');
    return captures(match[1], /'([a-z0-9_]+)'/g);
  })();

  /** Codes the error classes pass to `super(message, name, status, 'code')` themselves. */
  const sdkCodes = captures(errorsJs, /super\([^;]*?'Auth\w*Error',\s*(?:\d+|status),\s*'([a-z0-9_]+)'\)/gs);

  it('reads a non-empty ErrorCode union and the codes the SDK sets itself', () => {
    expect(errorCodeUnion.length).toBeGreaterThan(80);
    expect(sdkCodes.length).toBeGreaterThan(0);
  });

  it('lists exactly the members of ErrorCode, in its order', () => {
    expect([...SUPABASE_AUTH_SERVER_CODES]).toEqual(errorCodeUnion);
  });

  it('lists exactly the codes auth-js sets on its own error classes', () => {
    expect(sorted(SUPABASE_AUTH_SDK_CODES)).toEqual(sorted(sdkCodes.filter((code) => !errorCodeUnion.includes(code))));
  });

  it('holds nothing else but the documented-only values, which the package never sets', () => {
    const installed = new Set([...errorCodeUnion, ...sdkCodes]);
    expect(sorted(entries.keys())).toEqual(sorted([...installed, ...SUPABASE_AUTH_DOCUMENTED_ONLY]));
    for (const code of SUPABASE_AUTH_DOCUMENTED_ONLY) {
      expect(installed.has(code), code).toBe(false);
      expect(entries.get(code)?.emitted, code).toBe(false);
    }
    expect(SUPABASE_AUTH_ERROR_CODES).toHaveLength(entries.size);
  });

  it('takes a response\'s code only from `code` or `error_code`, never from the OAuth `error` field', () => {
    const assignments = captures(fetchJs, /errorCode = data\.(\w+);/g);
    expect(sorted(assignments)).toEqual(['code', 'error_code']);
  });

  it('turns session_not_found into AuthSessionMissingError, whose code is undefined', () => {
    expect(fetchJs).toMatch(/errorCode === 'session_not_found'\) \{[^}]*throw new AuthSessionMissingError\(\);/);
    expect(errorsJs).toMatch(/super\('Auth session missing!', 'AuthSessionMissingError', 400, undefined\)/);
    expect(entries.get('session_not_found')?.emitted).toBe(false);
  });

  it('marks as never on error.code exactly session_not_found and the documented-only values', () => {
    const notEmitted = supabaseAuthFamily.entries.filter((entry) => entry.emitted === false).map((entry) => entry.code);
    expect(sorted(notEmitted)).toEqual(sorted(['session_not_found', ...SUPABASE_AUTH_DOCUMENTED_ONLY]));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Better Auth
// ---------------------------------------------------------------------------------------------------------------

interface BetterAuthScan {
  /** code → the parts that define or raise it (`core`, or a plugin's directory name). */
  readonly definedBy: ReadonlyMap<string, ReadonlySet<string>>;
  /** code → the messages its `defineErrorCodes` tables give it. */
  readonly declaredMessages: ReadonlyMap<string, ReadonlySet<string>>;
  /** Codes some code path sends as a code (not only as the text of a message). */
  readonly sent: ReadonlySet<string>;
  /** The text of every module scanned, joined. */
  readonly source: string;
  /** Plugin directories that declare codes. */
  readonly plugins: readonly string[];
  /** The keys of `BASE_ERROR_CODES` as its module declares them. */
  readonly baseCodes: readonly string[];
}

/** The `KEY: "message"` pairs of every `defineErrorCodes({ … })` call in a module. */
function declaredCodes(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const call of text.matchAll(/defineErrorCodes\(\{([\s\S]*?)\}\)/g)) {
    for (const pair of (call[1] ?? '').matchAll(/([A-Z][A-Z0-9_]*): "((?:[^"\\]|\\.)*)"/g)) {
      pairs.push([pair[1] ?? '', JSON.parse(`"${pair[2] ?? ''}"`) as string]);
    }
  }
  return pairs;
}

function scanBetterAuth(): BetterAuthScan {
  const definedBy = new Map<string, Set<string>>();
  const declaredMessages = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, code: string, value: string): void => {
    const set = map.get(code) ?? new Set<string>();
    set.add(value);
    map.set(code, set);
  };
  const plugins = new Set<string>();

  const coreRoot = join(packageRoot('@better-auth/core'), 'dist');
  const baseCodes: string[] = [];
  for (const [code, message] of declaredCodes(readFileSync(join(coreRoot, 'error', 'codes.mjs'), 'utf8'))) {
    add(definedBy, code, 'core');
    add(declaredMessages, code, message);
    baseCodes.push(code);
  }

  const root = join(packageRoot('better-auth'), 'dist');
  const texts: string[] = [];
  for (const file of filesUnder(root, '.mjs')) {
    const path = relative(root, file).split(sep);
    const part = path[0] === 'plugins' && path.length > 2 ? (path[1] ?? 'core') : 'core';
    const text = readFileSync(file, 'utf8');
    texts.push(text);
    if (path[0] === 'plugins') {
      for (const [code, message] of declaredCodes(text)) {
        add(definedBy, code, part);
        add(declaredMessages, code, message);
        plugins.add(part);
      }
    }
    // `APIError.from(status, { message, code: "…" })` and the like: a code raised without a table.
    for (const code of captures(text, /\bcode: "([A-Z][A-Z0-9_]*)"/g)) add(definedBy, code, part);
  }
  for (const file of filesUnder(coreRoot, '.mjs')) texts.push(readFileSync(file, 'utf8'));
  const source = texts.join('\n');

  const sent = new Set<string>();
  for (const code of definedBy.keys()) {
    // `ERROR_CODES.X` handed to `APIError.from`, returned or read for `.code` — anything but `.message`, which
    // sends the words without the code. `code: "X"` inline, and `popupError("X")`-style literals, send it too.
    const asCode = new RegExp(`\\.${code}(?![\\w.])|\\.${code}\\.(?!message\\b)\\w+`).test(source);
    const inline = source.includes(`code: "${code}"`);
    const literal = source.includes(`("${code}"`);
    if (asCode || inline || literal) sent.add(code);
  }
  return { definedBy, declaredMessages, sent, source, plugins: [...plugins].sort(), baseCodes };
}

describe('better-auth against better-auth and @better-auth/core', () => {
  const scan = scanBetterAuth();
  const entries = byCode(betterAuthFamily.entries);

  it('finds the base codes and the tables of the built-in plugins', () => {
    const base = [...scan.definedBy].filter(([, parts]) => parts.has('core')).length;
    expect(base).toBeGreaterThanOrEqual(49);
    for (const plugin of ['admin', 'organization', 'two-factor', 'username', 'phone-number', 'email-otp', 'anonymous']) {
      expect(scan.plugins, plugin).toContain(plugin);
    }
  });

  it('lists exactly the codes the packages define or raise', () => {
    expect(sorted(entries.keys())).toEqual(sorted(scan.definedBy.keys()));
    expect(new Set(BETTER_AUTH_ERROR_CODES).size).toBe(BETTER_AUTH_ERROR_CODES.length);
  });

  it('names, for each code, every part that defines or raises it', () => {
    for (const [code, parts] of scan.definedBy) expect(entries.get(code)?.definedBy, code).toEqual(sorted(parts));
  });

  it('holds every base code of BASE_ERROR_CODES, whose values are { code, message } objects keyed by the code', () => {
    const base = Object.entries(BASE_ERROR_CODES);
    expect(sorted(base.map(([key]) => key))).toEqual(sorted(scan.baseCodes));
    for (const [key, value] of base) {
      expect(value.code, key).toBe(key);
      expect(String(value), key).toBe(key);
      expect(entries.get(key)?.definedBy, key).toContain('core');
      expect(entries.get(key)?.apiMessage, key).toBe(value.message);
    }
  });

  it('quotes the message of each declared code, which every table that declares it agrees on', () => {
    for (const [code, messages] of scan.declaredMessages) {
      expect(messages.size, code).toBe(1);
      expect(entries.get(code)?.apiMessage, code).toBe([...messages][0]);
    }
  });

  it('quotes an inline code\'s message only as the package writes it next to the code', () => {
    for (const entry of betterAuthFamily.entries) {
      if (scan.declaredMessages.has(entry.code) || entry.apiMessage === undefined) continue;
      const message = escapeRegExp(JSON.stringify(entry.apiMessage));
      const code = `code: "${entry.code}"`;
      // In the same object literal as the code: no brace between the two.
      const together = new RegExp(`message: ${message},[^{}]*${code}|${code},[^{}]*message: ${message}`);
      expect(together.test(scan.source), entry.code).toBe(true);
    }
  });

  it('marks as not sent exactly the codes no code path sends as a code', () => {
    const notSent = betterAuthFamily.entries.filter((entry) => entry.emitted === false).map((entry) => entry.code);
    expect(sorted(notSent)).toEqual(sorted([...scan.definedBy.keys()].filter((code) => !scan.sent.has(code))));
  });

  it('sends USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL where a user already exists, which the catalog names as the replacement', () => {
    expect(scan.source).toMatch(/throw APIError\.from\("UNPROCESSABLE_ENTITY", BASE_ERROR_CODES\.USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL\)/);
    expect(entries.get('USER_ALREADY_EXISTS')?.replacedBy).toBe('USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
