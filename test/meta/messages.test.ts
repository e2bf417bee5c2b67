import { describe, expect, it } from 'vitest';

import { defaultCatalog } from '../../src/catalog';
import type { Locale } from '../../src/catalog';
import { describeCode, familyTitle, formatMissingCodes, formatMissingStatuses } from '../../src/catalog/switch-analysis';
import {
  CREDENTIALS_JWT_ERROR,
  describeConfigError,
  MISSING_ADAPTER_ERROR,
  MISSING_AUTHORIZE_ERROR,
  MISSING_SECRET_ERROR,
} from '../../src/nextauth/config/runtime-errors';
import type { ConfigError } from '../../src/nextauth/config/runtime-errors';
import { rules } from '../../src/rules';

/** The most a filled-in message may have: ESLint's one or two short sentences, with room for long values. */
const MAX_LENGTH = 200;

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

function entry(code: string, family: string) {
  const found = defaultCatalog.lookup(code, family);
  if (!found) throw new Error(`no catalog entry ${family}/${code}`);
  return found;
}

/**
 * Long-ish values of every placeholder the rules use, made by the same helpers the rules use wherever there is
 * one: a report on a real project shows values like these.
 */
function typicalValues(locale: Locale): Record<string, string> {
  const firebase = defaultCatalog.family('firebase-auth')!;
  const baas = defaultCatalog.family('baas')!;
  const pages = defaultCatalog.family('nextauth-pages')!;
  const amplify = defaultCatalog.family('amplify-auth')!;
  const raisedBy = (family: typeof amplify, call: string) =>
    family.entries.filter((item) => item.raisedBy?.includes(call)).map((item) => ({ code: item.code, entry: item }));
  const missing = ['auth/invalid-credential', 'auth/user-disabled', 'auth/too-many-requests'].map((code) => ({
    code,
    entry: entry(code, 'firebase-auth').entry,
  }));
  /** The code and summary of a config error, the longer of its two versions' names. */
  const configError = (error: ConfigError) => {
    const [v4, v5] = (['v4', 'v5'] as const).map((version) => describeConfigError(error, version, defaultCatalog, locale));
    return v4!.code.length >= v5!.code.length ? v4! : v5!;
  };
  const byRule = (rule: string, error: ConfigError) => ({ [`${rule}.code`]: configError(error).code, [`${rule}.summary`]: configError(error).summary });
  const ko = locale === 'ko';
  return {
    family: familyTitle([firebase], locale),
    count: '12',
    list: formatMissingCodes([...missing, ...missing, ...missing, ...missing], locale),
    page: ko ? '오류 페이지' : 'error page',
    code: 'auth/invalid-credential',
    ...byRule('credentials-requires-authorize', MISSING_AUTHORIZE_ERROR),
    ...byRule('credentials-requires-jwt', CREDENTIALS_JWT_ERROR),
    ...byRule('email-requires-adapter', MISSING_ADAPTER_ERROR),
    ...byRule('require-secret', MISSING_SECRET_ERROR),
    meaning: describeCode(entry('auth/invalid-credential', 'firebase-auth').entry, locale),
    label: 'auth/invalid-credentails',
    condition: ' (`process.env.ENABLE_PASSWORD_LOGIN === "true"`)',
    where: 'src/lib/auth.config.ts:14',
    // A config in another file: where, and that it is only added there under a condition.
    'credentials-requires-jwt.where': `src/lib/auth.config.ts:14, ${ko ? '조건에 따라 추가됨' : 'added only when enabled'}`,
    why: ko ? '`adapter`가 있고 `session.strategy`가 없음' : 'an `adapter` and no `session.strategy`',
    provider: ko ? 'Passkey / WebAuthn provider' : 'a passkey / WebAuthn provider',
    name: 'NEXTAUTH_SECRET',
    names: ko ? 'NEXTAUTH_SECRET / AUTH_SECRET' : 'NEXTAUTH_SECRET or AUTH_SECRET',
    files: '.env, .env.local, .env.example, .env.production',
    // The statuses a `switch` on `response.status` misses, with the codes the API sends with each.
    'exhaustive-error-codes.missingStatuses.list': formatMissingStatuses(
      [409, 429, 500, 503].map((status) => ({ status, codes: baas.entries.filter((item) => item.httpStatus === status) })),
      locale,
    ),
    'exhaustive-error-codes.missingStatuses.family': familyTitle([baas], locale),
    // Only the page values' families have pages.
    'exhaustive-error-codes.missingPageCases.family': familyTitle([pages], locale),
    'exhaustive-error-codes.missingPageCases.list': formatMissingCodes(pages.entries.slice(0, 5).map((item) => ({ code: item.code, entry: item })), locale),
    // The page a value reaches, in `exhaustive-error-codes`; a page's path, in `no-auth-on-error-page`.
    'no-auth-on-error-page.page': '/auth/error',
    'no-auth-on-error-page.where': 'src/lib/auth.ts:18',
    // Without a config that says which library, both loop codes are named.
    'no-auth-on-error-page.code': 'AUTH_ON_ERROR_PAGE_ERROR / ErrorPageLoop',
    'no-auth-on-error-page.meaning': describeCode(entry('AUTH_ON_ERROR_PAGE_ERROR', 'nextauth').entry, locale),
    kind: 'middleware',
    // A `switch` in the `catch` of a call is checked against the codes the call raises (Amplify lists the most).
    calls: '`confirmSignIn`',
    ...Object.fromEntries(
      ['missingCallCases', 'missingCallMapKeys'].flatMap((id) => [
        [`exhaustive-error-codes.${id}.family`, familyTitle([amplify], locale)],
        [`exhaustive-error-codes.${id}.list`, formatMissingCodes(raisedBy(amplify, 'confirmSignIn'), locale)],
      ]),
    ),
    skipped: '/auth/signin',
    key: 'signIn',
  };
}

/** A placeholder no rule used when this test was written: a value as long as a file path with a line. */
const OTHER_VALUE = 'src/app/(auth)/login/page.tsx:27';

/** The message with its placeholders filled: a value for this rule and message, for this rule, or for any. */
function fill(message: Message, values: Record<string, string>): string {
  const id = message.id.replace(/Ko$/, '');
  return message.text.replace(
    PLACEHOLDER,
    (_match, name: string) =>
      values[`${message.ruleName}.${id}.${name}`] ?? values[`${message.ruleName}.${name}`] ?? values[name] ?? OTHER_VALUE,
  );
}

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

/** Sentences of a message, not counting dots inside code spans, quotes and parentheses. */
function sentences(message: string): number {
  const prose = message.replace(/`[^`]*`/g, 'code').replace(/"[^"]*"/g, 'text').replace(/\([^()]*\)/g, '');
  return prose.split(/(?<=[.!?])\s+/).filter((part) => part.trim() !== '').length;
}

/**
 * A Korean particle whose form depends on the word before it (을/를, 이/가, 은/는, 과/와, 으로/로, 이나/나, 이라/라,
 * 이어야/여야, …) directly after a placeholder, after a quote or backtick closing right after one, or after an aside in
 * parentheses that follows one (`{{code}}({{summary}})로`). A particle after an aside that a placeholder ends
 * (`맵({{family}})은`) belongs to the word before the aside, and is fine.
 * ESLint fills placeholders itself, so the form cannot follow the value: such a message is written so that no
 * particle follows a placeholder, or only one that never changes (에, 의, 에서, 도, 만, 까지, a counter like 개).
 */
const VARIABLE_PARTICLE = /\}\}[`"']*(?:\([^()]*\))?(?=[을를이가은는과와으로라나여야])/;

interface Message {
  readonly ruleName: string;
  readonly id: string;
  readonly text: string;
  readonly locale: Locale;
}

const messages: Message[] = Object.entries(rules).flatMap(([ruleName, rule]) =>
  Object.entries(rule.meta.messages as Record<string, string>).map(([id, text]) => ({
    ruleName,
    id,
    text,
    locale: (id.endsWith('Ko') ? 'ko' : 'en') as Locale,
  })),
);

describe('rule messages', () => {
  const values = { en: typicalValues('en'), ko: typicalValues('ko') };

  it('are found for every rule, in both languages', () => {
    expect(new Set(messages.map((message) => message.ruleName))).toEqual(new Set(Object.keys(rules)));
    expect(messages.some((message) => message.locale === 'ko')).toBe(true);
  });

  it.each(messages.map((message) => [`${message.ruleName} ${message.id}`, message] as const))(
    '%s fits a terminal: one or two sentences, at most 200 characters when filled in',
    (_name, message) => {
      const filled = fill(message, values[message.locale]);
      expect(filled.length, filled).toBeLessThanOrEqual(MAX_LENGTH);
      expect(sentences(filled), filled).toBeLessThanOrEqual(2);
    },
  );

  it.each(messages.filter((message) => message.locale === 'en').map((message) => [`${message.ruleName} ${message.id}`, message] as const))(
    '%s has a Korean twin with the same placeholders',
    (_name, message) => {
      const twin = rules[message.ruleName as keyof typeof rules].meta.messages as Record<string, string>;
      expect(twin[`${message.id}Ko`]).toBeDefined();
      expect(placeholders(twin[`${message.id}Ko`]!)).toEqual(placeholders(message.text));
    },
  );

  it.each(messages.filter((message) => message.locale === 'ko').map((message) => [`${message.ruleName} ${message.id}`, message] as const))(
    '%s puts no variable particle after a placeholder',
    (_name, message) => {
      expect(message.text).not.toMatch(VARIABLE_PARTICLE);
    },
  );
});

describe('the checks themselves', () => {
  it('count sentences outside code spans and asides', () => {
    expect(sentences('This `switch` has no `default`. Add one (`default: …`).')).toBe(2);
    expect(sentences('Use `a.b` here.')).toBe(1);
    expect(sentences('이 값은 틀렸습니다. 고치세요. 지금.')).toBe(3);
  });

  it('see a variable particle after a placeholder, and only there', () => {
    expect('`{{code}}`를 보냅니다').toMatch(VARIABLE_PARTICLE);
    expect('{{family}}을 다룹니다').toMatch(VARIABLE_PARTICLE);
    expect('{{code}}({{summary}})로 실패합니다').toMatch(VARIABLE_PARTICLE);
    expect('"{{page}}"는').toMatch(VARIABLE_PARTICLE);
    expect('{{where}}의 pages.error').not.toMatch(VARIABLE_PARTICLE);
    expect('{{count}}개를 빠뜨렸습니다').not.toMatch(VARIABLE_PARTICLE);
    expect('조건{{condition}}에 따라').not.toMatch(VARIABLE_PARTICLE);
    expect('{{code}} 값으로 바꿉니다').not.toMatch(VARIABLE_PARTICLE);
    expect('이 맵({{family}})은').not.toMatch(VARIABLE_PARTICLE);
  });
});
