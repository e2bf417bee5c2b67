import type { CodeEntry, FamilyDefinition } from './types';

/** What a family module writes for one code: everything but the code itself (that is the key). */
export type EntryData = Omit<CodeEntry, 'code'>;

/** Everything a family declares except its entries. */
export type FamilyMeta = Omit<FamilyDefinition, 'entries'>;

export interface DefineFamilyOptions<C extends string> {
  /** Computes `docsUrl` for every code whose entry does not set one. */
  readonly docsUrl?: (code: C) => string | undefined;
}

/**
 * Turns a family's code tuple and its entry table into a {@link FamilyDefinition}, keeping the order of the tuple.
 * The `Record<C, EntryData>` parameter makes the compiler demand one entry per code (and no more).
 */
export function defineFamily<C extends string>(
  meta: FamilyMeta,
  codes: readonly C[],
  entries: Readonly<Record<C, EntryData>>,
  options: DefineFamilyOptions<C> = {},
): FamilyDefinition {
  return {
    ...meta,
    entries: codes.map((code): CodeEntry => {
      const data = entries[code];
      const docsUrl = data.docsUrl ?? options.docsUrl?.(code);
      return docsUrl === undefined ? { code, ...data } : { code, ...data, docsUrl };
    }),
  };
}

/** The NextAuth.js v4 errors page; its anchors are the codes in lower case. */
export const NEXTAUTH_ERRORS_PAGE = 'https://next-auth.js.org/errors';
/** The NextAuth.js v4 warnings page, where `logger.warn` links to. */
export const NEXTAUTH_WARNINGS_PAGE = 'https://next-auth.js.org/warnings';

/** The link next-auth v4 prints next to `[next-auth][error][CODE]`. */
export function nextAuthErrorUrl(code: string): string {
  return `${NEXTAUTH_ERRORS_PAGE}#${code.toLowerCase()}`;
}

/** The link next-auth v4 prints next to `[next-auth][warn][CODE]`. */
export function nextAuthWarningUrl(code: string): string {
  return `${NEXTAUTH_WARNINGS_PAGE}#${code.toLowerCase()}`;
}

/** Sections of the v4 "Pages" guide that list the `?error=` values. */
export const NEXTAUTH_PAGES_ERROR_CODES_URL = 'https://next-auth.js.org/configuration/pages#error-codes';
export const NEXTAUTH_PAGES_SIGN_IN_URL = 'https://next-auth.js.org/configuration/pages#sign-in-page';

/** The link @auth/core appends to every `AuthError` message. */
export function authJsErrorUrl(type: string): string {
  return `https://errors.authjs.dev#${type.toLowerCase()}`;
}

/** The Auth.js guide that lists the values a custom error page receives. */
export const AUTHJS_ERROR_PAGE_GUIDE_URL = 'https://authjs.dev/guides/pages/error';
