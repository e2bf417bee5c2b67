/**
 * Bad input, for every rule in the registry: wrong options are refused by the rule's schema with ESLint's own
 * configuration error, source that does not parse is ESLint's parse error (never a rule crash), and a broken
 * `.env` or unparsable neighbour file read by a cross-file rule never makes it guess.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import plugin from '../../src/index';
import { rules } from '../../src/rules';
import { dedent } from '../dedent';

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  minLength?: number;
  uniqueItems?: boolean;
};

const ruleNames = Object.keys(rules).sort();
const ruleSchemas = rules as unknown as Record<string, { meta: { schema?: JsonSchema[] | JsonSchema | false } }>;

const tmpRoots: string[] = [];
afterAll(() => {
  for (const dir of tmpRoots) rmSync(dir, { recursive: true, force: true });
});

/** A fresh project folder (each case its own, so no cache of the project layer carries over). */
function makeProject(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'auth-errors-bad-input-'));
  tmpRoots.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

function configFor(ruleEntries: Linter.RulesRecord): Linter.Config[] {
  return [
    {
      files: ['**/*.{js,jsx,ts,tsx}'],
      languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { 'auth-errors': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: ruleEntries,
    },
  ];
}

function lint(cwd: string, filename: string, code: string, ruleEntries: Linter.RulesRecord): Linter.LintMessage[] {
  return new Linter({ cwd }).verify(code, configFor(ruleEntries), { filename });
}

function lintWithOptions(name: string, options: unknown[]): () => Linter.LintMessage[] {
  return () => lint(process.cwd(), path.join(process.cwd(), 'file.ts'), '', { [`auth-errors/${name}`]: ['error', ...options] as Linter.RuleEntry });
}

// ---------------------------------------------------------------------------------------------------------------
// Options

interface WrongOption {
  label: string;
  options: unknown[];
  /** What ESLint's message must say about the value (ajv's wording, as ESLint prints it). */
  says: string;
}

const PATTERN_PROBES = ['', 'x', 'dashboard', '0', ' /x'];

/** Values of the wrong kind for one option, derived from its JSON schema. */
function wrongValuesFor(key: string, schema: JsonSchema): WrongOption[] {
  const wrap = (value: unknown) => [{ [key]: value }];
  const out: WrongOption[] = [];
  switch (schema.type) {
    case 'boolean':
      out.push({ label: `${key}: "yes"`, options: wrap('yes'), says: 'Value "yes" should be boolean' });
      break;
    case 'string': {
      out.push({ label: `${key}: 42`, options: wrap(42), says: 'Value 42 should be string' });
      if (schema.pattern) {
        const pattern = new RegExp(schema.pattern, 'u');
        const probe = PATTERN_PROBES.find((value) => !pattern.test(value));
        if (probe === undefined) throw new Error(`no probe fails ${schema.pattern}`);
        out.push({ label: `${key}: ${JSON.stringify(probe)}`, options: wrap(probe), says: `Value ${JSON.stringify(probe)} should match pattern "${schema.pattern}"` });
      }
      break;
    }
    case 'integer':
    case 'number':
      out.push({ label: `${key}: "two"`, options: wrap('two'), says: `Value "two" should be ${schema.type}` });
      if (schema.type === 'integer') out.push({ label: `${key}: 1.5`, options: wrap(1.5), says: 'Value 1.5 should be integer' });
      if (schema.minimum !== undefined) {
        const below = schema.minimum - 1;
        out.push({ label: `${key}: ${below}`, options: wrap(below), says: `Value ${below} should be >= ${schema.minimum}` });
      }
      break;
    case 'array':
      out.push({ label: `${key}: "a"`, options: wrap('a'), says: 'Value "a" should be array' });
      if (schema.items?.type === 'string') {
        out.push({ label: `${key}: [7]`, options: wrap([7]), says: 'Value 7 should be string' });
        if (schema.items.minLength) {
          out.push({ label: `${key}: [""]`, options: wrap(['']), says: `Value "" should NOT be shorter than ${schema.items.minLength} characters` });
        }
      }
      if (schema.uniqueItems && schema.items?.type === 'string') {
        out.push({ label: `${key}: ["/a", "/a"]`, options: wrap(['/a', '/a']), says: 'should NOT have duplicate items' });
      }
      break;
    default:
      break;
  }
  if (schema.enum) {
    out.push({ label: `${key}: "not-one-of-them"`, options: wrap('not-one-of-them'), says: 'Value "not-one-of-them" should be equal to one of the allowed values' });
  }
  return out;
}

describe.each(ruleNames)('options of %s', (name) => {
  const rawSchema = ruleSchemas[name]?.meta.schema;
  const schema = Array.isArray(rawSchema) ? rawSchema : [];
  const header = `Key "rules": Key "auth-errors/${name}":`;

  it('has an array schema (every option validated by ESLint)', () => {
    expect(Array.isArray(rawSchema)).toBe(true);
  });

  it('accepts no options at all', () => {
    expect(lintWithOptions(name, [])()).toEqual([]);
  });

  if (schema.length === 0) {
    it('refuses any option, naming the rule', () => {
      expect(lintWithOptions(name, [{ anything: true }])).toThrow(header);
      expect(lintWithOptions(name, [{ anything: true }])).toThrow('should NOT have more than 0 items');
    });
    return;
  }

  const first = schema[0]!;
  const properties = Object.entries(first.properties ?? {});

  it('refuses a non-object', () => {
    expect(lintWithOptions(name, ['strict'])).toThrow(header);
    expect(lintWithOptions(name, ['strict'])).toThrow('Value "strict" should be object');
  });

  it('refuses a misspelt option, naming it and every valid one', () => {
    expect(first.additionalProperties).toBe(false);
    for (const [key] of properties) {
      const typo = `${key}s`;
      const expected = `Unexpected property "${typo}". Expected properties: ${properties.map(([k]) => `"${k}"`).join(', ')}`;
      expect(lintWithOptions(name, [{ [typo]: true }])).toThrow(header);
      expect(lintWithOptions(name, [{ [typo]: true }])).toThrow(expected);
    }
  });

  it('refuses a second options object', () => {
    expect(lintWithOptions(name, [{}, {}])).toThrow(header);
    expect(lintWithOptions(name, [{}, {}])).toThrow(`should NOT have more than ${schema.length} items`);
  });

  const cases = properties.flatMap(([key, propertySchema]) => wrongValuesFor(key, propertySchema));
  it('derives at least one wrong value for every option', () => {
    for (const [key] of properties) expect(cases.some((c) => c.label.startsWith(`${key}:`))).toBe(true);
  });
  it.each(cases)('refuses $label', ({ options, says }) => {
    expect(lintWithOptions(name, options)).toThrow(header);
    expect(lintWithOptions(name, options)).toThrow(says);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Source that does not parse

const UNPARSABLE: { name: string; filename: string; code: string }[] = [
  {
    name: 'a NextAuth config cut off mid-provider',
    filename: 'pages/api/auth/[...nextauth].ts',
    code: dedent`
      import NextAuth from "next-auth";
      import CredentialsProvider from "next-auth/providers/credentials";

      export default NextAuth({
        session: { strategy: "database" },
        providers: [CredentialsProvider({
    `,
  },
  {
    name: 'a switch over error codes with a missing colon',
    filename: 'lib/errors.ts',
    code: dedent`
      export function describe(errorCode: string) {
        switch (errorCode) {
          case "UNAUTHORIZED" return "Sign in.";
          case "OAuthSignin":
            return "Try again.";
        }
      }
    `,
  },
  {
    name: 'an error page with unclosed JSX',
    filename: 'app/auth/error/page.tsx',
    code: dedent`
      import { getServerSession } from "next-auth";

      export default async function ErrorPage() {
        const session = await getServerSession();
        return <main><p>{session?.user?.name}</main>;
      }
    `,
  },
  {
    name: 'an Auth.js v5 config with a stray token',
    filename: 'auth.js',
    code: dedent`
      import NextAuth from "next-auth";
      export const { handlers, auth } = NextAuth({ secret: "abc" providers: [] });
    `,
  },
  { name: 'a merge conflict marker', filename: 'middleware.ts', code: '<<<<<<< HEAD\nexport { default } from "next-auth/middleware";\n=======\n' },
  { name: 'binary bytes', filename: 'lib/blob.js', code: '\u0000\u0001\u0002GITCRYPT\u0000\uFFFD\uFFFD' },
];

describe('source that does not parse', () => {
  const dir = makeProject({ 'package.json': '{ "name": "unparsable-sources", "private": true }' });
  const everyRule = Object.fromEntries(ruleNames.map((name) => [`auth-errors/${name}`, 'error' as const]));

  it.each(UNPARSABLE)('$name: one ESLint parse error with every rule on', ({ filename, code }) => {
    const messages = lint(dir, path.join(dir, filename), code, everyRule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
    expect(messages[0]?.message).toMatch(/^Parsing error: /);
  });

  it.each(ruleNames)('%s alone gives the same parse errors', (name) => {
    for (const { filename, code } of UNPARSABLE) {
      const messages = lint(dir, path.join(dir, filename), code, { [`auth-errors/${name}`]: 'error' });
      expect(messages.map((m) => [m.ruleId, m.fatal])).toEqual([[null, true]]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Broken neighbour files of the cross-file rules

const V4_CONFIG_WITHOUT_SECRET = dedent`
  import NextAuth from "next-auth";
  import GitHubProvider from "next-auth/providers/github";

  export default NextAuth({
    providers: [GitHubProvider({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET })],
  });
`;
const PACKAGE_JSON = '{ "name": "broken-neighbours", "private": true, "dependencies": { "next-auth": "^4.24.0" } }';
const CONFIG_FILE = 'pages/api/auth/[...nextauth].ts';

/** Bytes of a git-crypt encrypted file: a header, then ciphertext. */
const ENCRYPTED_ENV = Buffer.concat([Buffer.from('\u0000GITCRYPT\u0000', 'latin1'), Buffer.from([0xff, 0xfe, 0x80, 0x9c, 0x0a, 0xc3, 0x28, 0x00, 0x3d, 0xa0])]);

function requireSecret(files: Record<string, string | Buffer>): Linter.LintMessage[] {
  const dir = makeProject({ 'package.json': PACKAGE_JSON, [CONFIG_FILE]: V4_CONFIG_WITHOUT_SECRET, ...files });
  return lint(dir, path.join(dir, CONFIG_FILE), V4_CONFIG_WITHOUT_SECRET, { 'auth-errors/require-secret': 'error' });
}

describe('require-secret with a broken .env', () => {
  it('reports the config when the project has no env file (the baseline the cases below depart from)', () => {
    expect(requireSecret({}).map((m) => m.messageId)).toEqual(['missingSecret']);
  });

  it('reads NEXTAUTH_SECRET past garbled lines (BOM, an unterminated quote, NUL bytes, CRLF)', () => {
    const env = '\uFEFFGITHUB_ID="unterminated\n\u0000\u0000 not a line\n=novalue\nNEXTAUTH_SECRET=s3cr3t\r\nBROKEN\n';
    expect(requireSecret({ '.env': env })).toEqual([]);
  });

  it('stays silent on an env file it cannot read as text (encrypted with git-crypt)', () => {
    expect(requireSecret({ '.env': ENCRYPTED_ENV })).toEqual([]);
  });

  it('treats a folder named .env as an env file it cannot read: the facts are unknown, so it stays silent', () => {
    const dir = makeProject({ 'package.json': PACKAGE_JSON, [CONFIG_FILE]: V4_CONFIG_WITHOUT_SECRET, '.env/keep': '' });
    const messages = lint(dir, path.join(dir, CONFIG_FILE), V4_CONFIG_WITHOUT_SECRET, { 'auth-errors/require-secret': 'error' });
    expect(messages).toEqual([]);
  });

  it('still reports a missing secret next to a readable env file that lacks it', () => {
    const dir = makeProject({ 'package.json': PACKAGE_JSON, [CONFIG_FILE]: V4_CONFIG_WITHOUT_SECRET, '.env': 'GITHUB_ID=abc\n' });
    const messages = lint(dir, path.join(dir, CONFIG_FILE), V4_CONFIG_WITHOUT_SECRET, { 'auth-errors/require-secret': 'error' });
    expect(messages.map((m) => m.messageId)).toEqual(['missingSecret']);
  });
});

const AUTH_OPTIONS = dedent`
  import type { NextAuthOptions } from "next-auth";
  import GitHubProvider from "next-auth/providers/github";

  export const authOptions: NextAuthOptions = {
    providers: [GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
    pages: { signIn: "/login", error: "/auth/error" },
  };
`;
const ROUTE = dedent`
  import NextAuth from "next-auth";

  import { authOptions } from "@/lib/auth";

  const handler = NextAuth(authOptions);

  export { handler as GET, handler as POST };
`;
const ERROR_PAGE = dedent`
  import { getServerSession } from "next-auth";
  import { redirect } from "next/navigation";

  import { authOptions } from "@/lib/auth";

  export default async function AuthErrorPage() {
    const session = await getServerSession(authOptions);
    if (!session) redirect("/api/auth/signin");
    return <p>Something went wrong.</p>;
  }
`;
const ERROR_PAGE_FILE = 'app/auth/error/page.tsx';

/** App-router v4 with the options inline in the route handler; the error page asks for the session bare. */
const INLINE_ROUTE = dedent`
  import NextAuth from "next-auth";
  import GitHubProvider from "next-auth/providers/github";

  const handler = NextAuth({
    providers: [GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
    pages: { error: "/auth/error" },
  });

  export { handler as GET, handler as POST };
`;
const BARE_ERROR_PAGE = dedent`
  import { getServerSession } from "next-auth";
  import { redirect } from "next/navigation";

  export default async function AuthErrorPage() {
    const session = await getServerSession();
    if (!session) redirect("/api/auth/signin");
    return <p>Something went wrong.</p>;
  }
`;
const ROUTE_FILE = 'app/api/auth/[...nextauth]/route.ts';

function lintErrorPage(files: Record<string, string | Buffer>, page: string): Linter.LintMessage[] {
  const dir = makeProject({
    'package.json': PACKAGE_JSON,
    'tsconfig.json': '{ "compilerOptions": { "jsx": "preserve", "paths": { "@/*": ["./*"] } } }',
    [ERROR_PAGE_FILE]: page,
    ...files,
  });
  return lint(dir, path.join(dir, ERROR_PAGE_FILE), page, { 'auth-errors/no-auth-on-error-page': 'error' });
}

/** The error page imports the options from `lib/auth.ts`. */
const withOptionsFile = (authFile: string | Buffer) => lintErrorPage({ 'lib/auth.ts': authFile, [ROUTE_FILE]: ROUTE }, ERROR_PAGE);
/** The options live in the route handler only. */
const withInlineRoute = (route: string | Buffer) => lintErrorPage({ [ROUTE_FILE]: route }, BARE_ERROR_PAGE);

describe('no-auth-on-error-page with an unparsable neighbour', () => {
  it('reports the error page when every neighbour reads (the baselines)', () => {
    expect(withOptionsFile(AUTH_OPTIONS).map((m) => m.messageId)).toEqual(['errorPageRequiresSession']);
    expect(withInlineRoute(INLINE_ROUTE).map((m) => m.messageId)).toEqual(['errorPageRequiresSession']);
  });

  it.each([
    ['does not parse', `${AUTH_OPTIONS.replace('pages: {', 'pages: {{')}\n`],
    ['is cut off before pages.error', AUTH_OPTIONS.slice(0, AUTH_OPTIONS.indexOf('error:'))],
    ['is binary', ENCRYPTED_ENV],
  ])('is silent when the imported options file %s', (_label, authFile) => {
    expect(withOptionsFile(authFile)).toEqual([]);
  });

  it.each([
    ['does not parse', INLINE_ROUTE.replace('pages: {', 'pages: {{')],
    ['is a merge conflict', `<<<<<<< HEAD\n${INLINE_ROUTE}\n=======\n`],
    ['is binary', ENCRYPTED_ENV],
  ])('is silent when the route handler that holds the options %s', (_label, route) => {
    expect(withInlineRoute(route)).toEqual([]);
  });
});

describe('option and setting values the schema cannot judge', () => {
  it('fails on a family id that no catalog has, naming the option, the rule and the known ids', () => {
    for (const name of ['exhaustive-error-codes', 'no-unknown-error-code']) {
      expect(lintWithOptions(name, [{ families: ['nextauth', 'bass'] }])).toThrow(
        new RegExp(`"families" option of auth-errors/${name} lists "bass" at \\[1\\].*"baas"`),
      );
    }
  });

  it('accepts the id of a family from settings["auth-errors"].catalogs', () => {
    const config = configFor({ 'auth-errors/no-unknown-error-code': ['error', { families: ['billing'] }] });
    const settings = { 'auth-errors': { catalogs: [{ name: 'billing', codes: ['CARD_DECLINED', 'CARD_EXPIRED'] }] } };
    const messages = new Linter().verify("if (e.reason === 'CARD_DECLNED') retry();", [...config, { settings }], { filename: 'file.ts' });
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  });

  it('fails on settings that refer to themselves, naming the setting', () => {
    const settings: Record<string, unknown> = { locale: 'en' };
    settings.self = settings;
    const config = [...configFor({ 'auth-errors/no-unknown-error-code': 'error' }), { settings: { 'auth-errors': settings } }];
    expect(() => new Linter().verify("if (e.code === 'X') f();", config, { filename: 'file.ts' })).toThrow(
      /settings\["auth-errors"\] (?:has an unknown field "self"|must be plain JSON data)/,
    );
  });

  it('fails on an unknown top-level setting (a misspelt `catalog`), naming it and the allowed ones', () => {
    const config = [...configFor({ 'auth-errors/no-unknown-error-code': 'error' }), { settings: { 'auth-errors': { catalog: [] } } }];
    expect(() => new Linter().verify("if (e.code === 'X') f();", config, { filename: 'file.ts' })).toThrow(
      /has an unknown field "catalog" \(allowed: locale, catalogs, enabledFamilies, familyModules\)/,
    );
  });
});
