/**
 * Checks the catalog's own data: complete bilingual texts, well-formed links, consistent flags, and the facts
 * taken from the seed documents (the BaaS status groups and wire messages, which NextAuth page revision names
 * which code).
 */
import { describe, expect, it } from 'vitest';

import { authJsFamily } from '../../src/catalog/authjs';
import { baasFamily, BAAS_ERROR_CODES } from '../../src/catalog/baas';
import { NEXTAUTH_LOG_LEVELS, nextAuthFamily, type NextAuthErrorCode } from '../../src/catalog/nextauth';
import { nextAuthPagesFamily } from '../../src/catalog/nextauth-pages';
import type { CodeEntry, FamilyDefinition, Localized } from '../../src/catalog/types';

const FAMILIES: readonly FamilyDefinition[] = [nextAuthFamily, nextAuthPagesFamily, authJsFamily, baasFamily];

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
const PLACEHOLDER = /\bTODO\b|\bTBD\b|\bFIXME\b|\bN\/A\b|\blorem\b|\bipsum\b|\bXXX\b|\?\?\?/i;

function checkLocalized(label: string, text: Localized): void {
  for (const locale of ['en', 'ko'] as const) {
    const value = text[locale];
    expect(typeof value, `${label}.${locale}`).toBe('string');
    expect(value.trim().length, `${label}.${locale} is empty`).toBeGreaterThan(0);
    expect(value, `${label}.${locale} has surrounding blanks`).toBe(value.trim());
    expect(value, `${label}.${locale} contains a placeholder`).not.toMatch(PLACEHOLDER);
  }
  expect(text.ko, `${label}.ko has no Hangul`).toMatch(HANGUL);
  expect(text.en, `${label}.en contains Hangul`).not.toMatch(HANGUL);
  expect(text.en, `${label}: en and ko are identical`).not.toBe(text.ko);
}

function byCode(family: FamilyDefinition): Map<string, CodeEntry> {
  return new Map(family.entries.map((entry) => [entry.code, entry]));
}

describe.each(FAMILIES.map((family) => [family.id, family] as const))('family %s', (_id, family) => {
  it('has a title, a description and discriminant hints', () => {
    checkLocalized(`${family.id}.title`, family.title);
    checkLocalized(`${family.id}.description`, family.description);
    expect(family.discriminantHints.length).toBeGreaterThan(0);
    expect(new Set(family.discriminantHints).size).toBe(family.discriminantHints.length);
  });

  it('has unique, non-empty codes', () => {
    const codes = family.entries.map((entry) => entry.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
  });

  it('writes summary, cause and fix in English and Korean', () => {
    for (const entry of family.entries) {
      checkLocalized(`${entry.code}.summary`, entry.summary);
      checkLocalized(`${entry.code}.cause`, entry.cause);
      checkLocalized(`${entry.code}.fix`, entry.fix);
      expect(entry.cause.en, `${entry.code}: cause repeats summary`).not.toBe(entry.summary.en);
      expect(entry.fix.en, `${entry.code}: fix repeats cause`).not.toBe(entry.cause.en);
    }
  });

  it('links only to well-formed https URLs', () => {
    for (const entry of family.entries) {
      if (entry.docsUrl === undefined) continue;
      const url = new URL(entry.docsUrl);
      expect(url.protocol, entry.code).toBe('https:');
      expect(url.hostname, entry.code).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(entry.docsUrl, entry.code).not.toMatch(/\s/);
      // Anchors, where present, are lower-case ids, as the upstream pages generate them.
      expect(url.hash, entry.code).toMatch(/^(#[a-z0-9_-]+)?$/);
    }
  });

  it('points every replacedBy at another, current code of the same family', () => {
    const codes = byCode(family);
    for (const entry of family.entries) {
      if (entry.replacedBy === undefined) continue;
      const target = codes.get(entry.replacedBy);
      expect(target, `${entry.code} → ${entry.replacedBy}`).toBeDefined();
      expect(entry.replacedBy).not.toBe(entry.code);
      expect(target?.replacedBy, `${entry.replacedBy} is itself replaced`).toBeUndefined();
      expect(target?.emitted, `${entry.replacedBy} is not emitted`).not.toBe(false);
    }
  });

  it('marks single ordinary words as generic', () => {
    for (const entry of family.entries) {
      if (/^[A-Z][a-z]+$/.test(entry.code)) expect(entry.generic, entry.code).toBe(true);
    }
  });
});

describe('nextauth', () => {
  // Codes each revision of the v4 errors page names (seed 000: Korean, newer; seed 002: English, older).
  // The older page also carries a heading "oauth_callback_error expected 200 OK with body but no body was returned".
  const KO_NEWER = [
    'CLIENT_SESSION_ERROR', 'CLIENT_FETCH_ERROR', 'OAUTH_GET_ACCESS_TOKEN_ERROR', 'OAUTH_V1_GET_ACCESS_TOKEN_ERROR',
    'OAUTH_GET_PROFILE_ERROR', 'OAUTH_PARSE_PROFILE_ERROR', 'OAUTH_CALLBACK_HANDLER_ERROR', 'SIGNIN_OAUTH_ERROR',
    'OAUTH_CALLBACK_ERROR', 'SIGNIN_EMAIL_ERROR', 'CALLBACK_EMAIL_ERROR', 'EMAIL_REQUIRES_ADAPTER_ERROR',
    'CALLBACK_CREDENTIALS_JWT_ERROR', 'CALLBACK_CREDENTIALS_HANDLER_ERROR', 'PKCE_ERROR', 'INVALID_CALLBACK_URL_ERROR',
    'JWT_SESSION_ERROR', 'SESSION_ERROR', 'SIGNOUT_ERROR', 'MISSING_NEXTAUTH_API_ROUTE_ERROR', 'NO_SECRET',
    'AUTH_ON_ERROR_PAGE_ERROR',
  ];
  const EN_OLDER = [
    'CLIENT_SESSION_ERROR', 'CLIENT_FETCH_ERROR', 'OAUTH_GET_ACCESS_TOKEN_ERROR', 'OAUTH_V1_GET_ACCESS_TOKEN_ERROR',
    'OAUTH_GET_PROFILE_ERROR', 'OAUTH_PARSE_PROFILE_ERROR', 'OAUTH_CALLBACK_HANDLER_ERROR', 'GET_AUTHORIZATION_URL_ERROR',
    'SIGNIN_OAUTH_ERROR', 'CALLBACK_OAUTH_ERROR', 'SIGNIN_EMAIL_ERROR', 'CALLBACK_EMAIL_ERROR',
    'EMAIL_REQUIRES_ADAPTER_ERROR', 'CALLBACK_CREDENTIALS_JWT_ERROR', 'CALLBACK_CREDENTIALS_HANDLER_ERROR', 'PKCE_ERROR',
    'JWT_SESSION_ERROR', 'SESSION_ERROR', 'SIGNOUT_ERROR', 'SEND_VERIFICATION_EMAIL_ERROR',
    'MISSING_NEXTAUTH_API_ROUTE_ERROR', 'NO_SECRET', 'OAUTH_CALLBACK_ERROR',
  ];
  const entries = nextAuthFamily.entries;

  it('records which page revision names each code, exactly as the seeds do', () => {
    const named = (revision: 'ko-newer' | 'en-older'): string[] =>
      entries.filter((entry) => entry.documentedIn?.includes(revision)).map((entry) => entry.code).sort();
    expect(named('ko-newer')).toEqual([...KO_NEWER].sort());
    expect(named('en-older')).toEqual([...EN_OLDER].sort());
  });

  it('holds the union of both revisions', () => {
    const codes = new Set(entries.map((entry) => entry.code));
    for (const code of [...KO_NEWER, ...EN_OLDER]) expect(codes.has(code), code).toBe(true);
  });

  it('fills the v4 fields of every entry', () => {
    for (const entry of entries) {
      expect(entry.where?.length, entry.code).toBeGreaterThan(0);
      expect(new Set(entry.where).size, entry.code).toBe(entry.where?.length);
      expect(entry.section, entry.code).toBeDefined();
      expect(Array.isArray(entry.documentedIn), entry.code).toBe(true);
      expect(new Set(entry.documentedIn).size, entry.code).toBe(entry.documentedIn?.length);
      expect(typeof entry.emitted, entry.code).toBe('boolean');
      expect(entry.httpStatus, entry.code).toBeUndefined();
      expect(entry.generic, entry.code).toBeUndefined();
    }
  });

  it('places the client codes on both sides and the rest on the server', () => {
    for (const entry of entries) {
      const expected = entry.section === 'client' ? ['client', 'server'] : ['server'];
      expect(entry.where, entry.code).toEqual(expected);
    }
  });

  it('links each code to the page its logger line points at', () => {
    for (const entry of entries) {
      const levels = NEXTAUTH_LOG_LEVELS[entry.code as NextAuthErrorCode];
      const page = levels.includes('error') ? 'errors' : 'warnings';
      expect(entry.docsUrl, entry.code).toBe(`https://next-auth.js.org/${page}#${entry.code.toLowerCase()}`);
    }
  });

  it('says in the text when a code is only a warning', () => {
    for (const entry of entries) {
      const levels = NEXTAUTH_LOG_LEVELS[entry.code as NextAuthErrorCode];
      if (levels.includes('warn')) expect(entry.summary.en, entry.code).toMatch(/warning/i);
      if (levels.includes('warn')) expect(entry.summary.ko, entry.code).toContain('경고');
    }
  });

  it('tells the reader which code to use instead of one that is not emitted', () => {
    for (const entry of entries) {
      if (entry.emitted !== false) continue;
      const mentioned = entries.filter((other) => other.emitted && entry.fix.en.includes(other.code));
      expect(mentioned.length, entry.code).toBeGreaterThan(0);
      if (entry.replacedBy !== undefined) expect(entry.fix.en, entry.code).toContain(entry.replacedBy);
    }
  });
});

describe('nextauth-pages', () => {
  it('links to the error-codes section of the pages guide', () => {
    const allowed = [
      'https://next-auth.js.org/configuration/pages#error-codes',
      'https://next-auth.js.org/configuration/pages#sign-in-page',
    ];
    for (const entry of nextAuthPagesFamily.entries) expect(allowed, entry.code).toContain(entry.docsUrl);
  });

  it('sends the error-page values to the error section and the others to the sign-in section', () => {
    const errorPage = new Set(['Configuration', 'AccessDenied', 'Verification', 'Default']);
    for (const entry of nextAuthPagesFamily.entries) {
      expect(entry.docsUrl?.endsWith(errorPage.has(entry.code) ? '#error-codes' : '#sign-in-page'), entry.code).toBe(true);
      expect(typeof entry.emitted, entry.code).toBe('boolean');
    }
  });
});

describe('authjs', () => {
  it('links each type to its anchor on errors.authjs.dev, and Configuration to the error-page guide', () => {
    for (const entry of authJsFamily.entries) {
      const expected =
        entry.code === 'Configuration'
          ? 'https://authjs.dev/guides/pages/error'
          : `https://errors.authjs.dev#${entry.code.toLowerCase()}`;
      expect(entry.docsUrl, entry.code).toBe(expected);
      expect(typeof entry.emitted, entry.code).toBe('boolean');
    }
  });
});

describe('baas', () => {
  // Seed 004: status group, and the message the API returns (the JSON example's text where the guide shows one,
  // else the summary table's text), verbatim.
  const SEED: Record<string, readonly [number, string]> = {
    INVALID_USER: [400, '사용자 정보가 올바르지 않습니다'],
    INVALID_REQUEST: [400, '요청 형식이 올바르지 않습니다'],
    MISSING_REQUIRED_FIELD: [400, '필수 필드가 누락되었습니다'],
    UNAUTHORIZED: [401, '인증이 필요합니다'],
    INVALID_TOKEN: [401, '유효하지 않은 토큰입니다'],
    TOKEN_EXPIRED: [401, '토큰이 만료되었습니다. 다시 로그인해주세요.'],
    MISSING_AUTHORIZATION: [401, '인증 헤더가 누락되었습니다'],
    ACCESS_DENIED: [403, '접근이 거부되었습니다'],
    INSUFFICIENT_PERMISSIONS: [403, '권한이 부족합니다'],
    USER_NOT_FOUND: [404, '사용자를 찾을 수 없습니다'],
    RESOURCE_NOT_FOUND: [404, '요청한 리소스를 찾을 수 없습니다'],
    USER_ALREADY_EXISTS: [409, '이미 사용 중인 아이디입니다'],
    DUPLICATE_ENTRY: [409, '중복된 데이터입니다'],
    VALIDATION_ERROR: [422, '요청 값이 올바른지 않습니다.'],
    INVALID_EMAIL: [422, '이메일 형식이 올바르지 않습니다'],
    INVALID_PHONE: [422, '전화번호 형식이 올바르지 않습니다'],
    PASSWORD_TOO_SHORT: [422, '비밀번호는 최소 8자 이상이어야 합니다'],
    INVALID_PROJECT_ID: [422, '프로젝트 ID가 올바르지 않습니다'],
    RATE_LIMIT_EXCEEDED: [429, '요청 한도를 초과했습니다. 잠시 후 다시 시도해주세요.'],
    TOO_MANY_LOGIN_ATTEMPTS: [429, '로그인 시도 횟수를 초과했습니다'],
    INTERNAL_SERVER_ERROR: [500, '예기치 못한 오류가 발생했습니다'],
    DATABASE_ERROR: [500, '데이터베이스 오류가 발생했습니다'],
    SERVICE_UNAVAILABLE: [500, '서비스를 사용할 수 없습니다'],
  };

  it('holds exactly the codes of the API guide', () => {
    expect([...BAAS_ERROR_CODES].sort()).toEqual(Object.keys(SEED).sort());
  });

  it('answers with the status group and the wire message the guide gives', () => {
    for (const entry of baasFamily.entries) {
      const [status, message] = SEED[entry.code] ?? [];
      expect(entry.httpStatus, entry.code).toBe(status);
      expect(entry.apiMessage, entry.code).toBe(message);
    }
  });

  it('marks only the two codes the guide retries as retryable', () => {
    const retryable = baasFamily.entries.filter((entry) => entry.retryable === true).map((entry) => entry.code);
    expect(retryable.sort()).toEqual(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);
    for (const entry of baasFamily.entries) expect(entry.retryable === undefined || entry.retryable === true).toBe(true);
  });

  it('has no public documentation links and no NextAuth fields', () => {
    for (const entry of baasFamily.entries) {
      expect(entry.docsUrl, entry.code).toBeUndefined();
      expect(entry.where, entry.code).toBeUndefined();
      expect(entry.documentedIn, entry.code).toBeUndefined();
      expect(entry.replacedBy, entry.code).toBeUndefined();
    }
  });

  it('sends the user to log in on the codes that mean the session is gone', () => {
    const byName = byCode(baasFamily);
    for (const code of ['UNAUTHORIZED', 'TOKEN_EXPIRED', 'INVALID_TOKEN']) {
      expect(byName.get(code)?.fix.en, code).toMatch(/log ?in/i);
    }
  });
});
