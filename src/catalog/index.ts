import { amplifyAuthFamily } from './amplify-auth';
import { auth0Family } from './auth0';
import { authJsFamily } from './authjs';
import { baasFamily } from './baas';
import { betterAuthFamily } from './better-auth';
import { Catalog, createFamily } from './catalog';
import { clerkFamily } from './clerk';
import { firebaseAdminAuthFamily } from './firebase-admin-auth';
import { firebaseAuthFamily } from './firebase-auth';
import { nextAuthFamily } from './nextauth';
import { nextAuthPagesFamily } from './nextauth-pages';
import { AuthErrorsSettingsError, buildCatalog, parseSettings } from './settings';
import { supabaseAuthFamily } from './supabase-auth';
import type { AuthErrorsSettings } from './settings';
import type { Family, Locale } from './types';

export { Catalog, createFamily, evidentFamilies, importedFamilies, isModuleOf, localize, mayBeCandidateIn } from './catalog';
export type { EvidenceSources, FamilyMatch, InferOptions, Suggestion } from './catalog';
export { editDistance, misspellingThreshold, normalizeCode } from './distance';
export { AuthErrorsSettingsError, parseSettings } from './settings';
export type { AuthErrorsSettings, UserCatalog, UserCode } from './settings';
export * from './types';
export type { AmplifyAuthErrorCode } from './amplify-auth';
export type { Auth0ErrorCode } from './auth0';
export type { AuthJsErrorType } from './authjs';
export type { BaasErrorCode } from './baas';
export type { BetterAuthErrorCode } from './better-auth';
export type { ClerkErrorCode } from './clerk';
export type { FirebaseAdminAuthErrorCode } from './firebase-admin-auth';
export type { FirebaseAuthErrorCode } from './firebase-auth';
export type { NextAuthErrorCode } from './nextauth';
export type { NextAuthPageErrorCode } from './nextauth-pages';
export type { SupabaseAuthErrorCode } from './supabase-auth';
export { AMPLIFY_AUTH_ERROR_CODES } from './amplify-auth';
export { AUTH0_ERROR_CODES } from './auth0';
export { AUTHJS_ERROR_TYPES } from './authjs';
export { BAAS_ERROR_CODES } from './baas';
export { BETTER_AUTH_ERROR_CODES } from './better-auth';
export { CLERK_ERROR_CODES } from './clerk';
export { FIREBASE_ADMIN_AUTH_ERROR_CODES } from './firebase-admin-auth';
export { FIREBASE_AUTH_ERROR_CODES } from './firebase-auth';
export { NEXTAUTH_ERROR_CODES } from './nextauth';
export { NEXTAUTH_PAGE_ERROR_CODES } from './nextauth-pages';
export { SUPABASE_AUTH_ERROR_CODES } from './supabase-auth';

/** The built-in families, in the order look-ups try them. */
export const builtinFamilies: readonly Family[] = [nextAuthFamily, nextAuthPagesFamily, authJsFamily, baasFamily, firebaseAuthFamily, firebaseAdminAuthFamily, supabaseAuthFamily, betterAuthFamily, clerkFamily, amplifyAuthFamily, auth0Family].map(
  (definition) => createFamily(definition, true),
);

/** The catalog of built-in families only. */
export const defaultCatalog = new Catalog(builtinFamilies);

const BUILTIN_IDS = builtinFamilies.map((family) => family.id);

export interface ResolvedSettings {
  readonly locale: Locale;
  readonly catalog: Catalog;
  readonly settings: AuthErrorsSettings;
}

// Per-process caches: settings objects are reused by ESLint for every file of a config, and their text is the
// key when they are not. Nothing here is shared between worker threads.
const byObject = new WeakMap<object, ResolvedSettings>();
const byText = new Map<string, ResolvedSettings>();

/**
 * Validates raw settings (ESLint's `settings["auth-errors"]`, or the tsserver plugin's options) and returns the
 * locale and the catalog they describe. Throws an {@link AuthErrorsSettingsError} naming the bad field.
 */
export function resolveSettings(raw: unknown, root?: string): ResolvedSettings {
  if (raw === undefined || raw === null) return defaultResolved;
  if (typeof raw === 'object') {
    const cached = byObject.get(raw);
    if (cached) return cached;
  }
  const text = `${root ?? ''}\u0000${settingsText(raw, root ?? 'settings["auth-errors"]')}`;
  let resolved = byText.get(text);
  if (!resolved) {
    const settings = parseSettings(raw, root, BUILTIN_IDS);
    const catalog = settings.catalogs.length === 0 ? defaultCatalog : buildCatalog(builtinFamilies, settings.catalogs);
    resolved = { locale: settings.locale, catalog, settings };
    byText.set(text, resolved);
  }
  if (typeof raw === 'object') byObject.set(raw, resolved);
  return resolved;
}

/** The settings as JSON (their cache key); settings that are not plain data fail with the field named. */
function settingsText(raw: unknown, root: string): string {
  try {
    return JSON.stringify(raw, (_key, value: unknown) => {
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
        throw new AuthErrorsSettingsError(`eslint-plugin-auth-errors: ${root} must be plain JSON data, but it holds a ${typeof value}.`);
      }
      return value;
    });
  } catch (error) {
    if (error instanceof AuthErrorsSettingsError) throw error;
    // JSON.stringify's own TypeError: a circular structure.
    throw new AuthErrorsSettingsError(`eslint-plugin-auth-errors: ${root} must be plain JSON data, but it refers to itself (a circular structure).`);
  }
}

const defaultResolved: ResolvedSettings = {
  locale: 'en',
  catalog: defaultCatalog,
  settings: { locale: 'en', catalogs: [], enabledFamilies: [], familyModules: {} },
};
