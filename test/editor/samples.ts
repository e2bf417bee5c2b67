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
 * The hover a code without an HTTP status or API message gets: title line, summary, cause, fix and docs link, in
 * the given locale (the plain shape the Clerk, Amplify and Auth0 entries have).
 */
export function plainHoverMarkdown(familyId: string, code: string, locale: 'en' | 'ko', title: string): string {
  const e = entry(code, familyId);
  const labels = locale === 'en' ? { cause: 'Likely cause', fix: 'Fix', docs: 'Documentation' } : { cause: '주요 원인', fix: '해결 방법', docs: '문서' };
  return [
    `**\`${code}\`** — ${title}`,
    e.summary[locale],
    `**${labels.cause}:** ${e.cause[locale]}`,
    `**${labels.fix}:** ${e.fix[locale]}`,
    `[${labels.docs}](${e.docsUrl})`,
  ].join('\n\n');
}
