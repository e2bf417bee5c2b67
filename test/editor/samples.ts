/** Sample sources and catalog look-ups shared by the editor, plugin and server tests. */
import { defaultCatalog } from '../../src/catalog';
import type { CodeEntry } from '../../src/catalog';
import { code } from '../language-service/harness';

/** A catalog entry that must exist (fails loudly when the catalog lost it). */
export function entry(codeName: string, family: string): CodeEntry {
  const found = defaultCatalog.lookup(codeName, family);
  if (!found) throw new Error(`${family} has no code ${codeName}`);
  return found.entry;
}

/**
 * The hover Markdown of a BaaS code without retry information, spelled out (the labels are literal, the
 * catalog's texts are interpolated), so a test can assert the whole text.
 */
export function baasMarkdown(codeName: string, locale: 'en' | 'ko' = 'en'): string {
  const e = entry(codeName, 'baas');
  return locale === 'en'
    ? [
        `**\`${codeName}\`** — BaaS auth API error codes`,
        e.summary.en,
        `*HTTP status:* ${e.httpStatus} · *API message:* "${e.apiMessage}"`,
        `**Likely cause:** ${e.cause.en}`,
        `**Fix:** ${e.fix.en}`,
      ].join('\n\n')
    : [
        `**\`${codeName}\`** — BaaS 인증 API 오류 코드`,
        e.summary.ko,
        `*HTTP 상태:* ${e.httpStatus} · *API 메시지:* "${e.apiMessage}"`,
        `**주요 원인:** ${e.cause.ko}`,
        `**해결 방법:** ${e.fix.ko}`,
      ].join('\n\n');
}

/** The emitted codes of a family, in catalog order, except those given. */
export function codesOf(family: string, except: readonly string[] = []): string[] {
  return defaultCatalog.missingCodes(family, except).map((item) => item.code);
}

export const LOGIN_FORM = code`
  type ApiError = { errorCode: string; message: string };

  export function describe(error: ApiError): string {
    switch (error.errorCode) {
      case 'UNAUTHORIZED':
        return 'Please sign in.';
      case 'RATE_LIMIT_EXCEEDED':
        return 'Slow down.';
      case 'TOKEN_EXPIRD':
        return 'Sign in again.';
      default:
        return error.message;
    }
  }
`;

export const PAGES = code`
  export function message(error: string | undefined): string {
    if (error === 'Configuration') return 'The server is misconfigured.';
    return 'Sign-in failed.';
  }

  const labels = { Default: 'Unknown', Configuration: 'Setup' };
  const fallback = 'Default';

  export const friendly: Record<string, string> = {
    INVALID_USER: 'Check your email and password.',
    /** Shown after the session ran out. */
    TOKEN_EXPIRED: 'Your session has ended.',
  };
  export const explain = (error: { errorCode: string }) => friendly[error.errorCode] ?? 'Something went wrong.';

  export const logged = 'OAUTH_CALLBACK_ERROR';
  export { labels, fallback };
`;

/**
 * The hover's flag lines for an entry, spelled out: server only, deprecated, and the calls that raise it (the first
 * six, then how many more).
 */
export function flagLines(e: CodeEntry, locale: 'en' | 'ko'): string[] {
  const lines: string[] = [];
  if (e.serverOnly === true) {
    lines.push(locale === 'en' ? '**Server only:** only the server SDK raises it; client code never receives it.' : '**서버 전용:** 서버 SDK만 일으키는 코드라 클라이언트 코드에는 오지 않습니다.');
  }
  if (e.deprecated === true) {
    lines.push(
      locale === 'en'
        ? '**Deprecated:** only a feature the library has deprecated raises it; move off that feature.'
        : '**지원 중단:** 라이브러리가 지원을 중단한 기능에서만 생기는 코드입니다. 그 기능을 대체하세요.',
    );
  }
  const calls = e.raisedBy ?? [];
  if (calls.length > 0) {
    const shown = calls.slice(0, 6).map((call) => `\`${call}\``).join(', ');
    const rest = calls.length - 6;
    const more = rest > 0 ? (locale === 'en' ? ` and ${rest} more` : ` 외 ${rest}개`) : '';
    lines.push(`*${locale === 'en' ? 'Raised by' : '발생하는 호출'}:* ${shown}${more}`);
  }
  return lines;
}

/**
 * The hover a code without an HTTP status or API message gets: title line, summary, cause, fix and docs link, in
 * the given locale (the plain shape the Clerk, Amplify and Auth0 entries have).
 */
export function plainHoverMarkdown(familyId: string, code: string, locale: 'en' | 'ko', title: string): string {
  const e = entry(code, familyId);
  const labels = locale === 'en' ? { cause: 'Likely cause', fix: 'Fix', docs: 'Documentation' } : { cause: '주요 원인', fix: '해결 방법', docs: '문서' };
  return [
    `**\`${code}\`** — ${title}`,
    e.summary[locale],
    ...flagLines(e, locale),
    `**${labels.cause}:** ${e.cause[locale]}`,
    `**${labels.fix}:** ${e.fix[locale]}`,
    `[${labels.docs}](${e.docsUrl})`,
  ].join('\n\n');
}
