import { AUTHJS_PAGE_VALUES } from './authjs';
import { NEXTAUTH_V4_PAGE_VALUES } from './nextauth-pages';
import type { Catalog } from './catalog';
import type { AuthPage } from './types';

/**
 * Codes an app waits for that the library never sends in that place: facts about the libraries (checked against
 * the installed packages in `test/catalog/fidelity-unreachable.test.ts` where a package shows them) and pure
 * decisions over what a rule or the editor found in a handler. Strings in, verdicts out.
 */

/** Why a compared value can never arrive. */
export type UnreachableCause =
  | 'firebaseEnumeration'
  | 'firebaseAdminCode'
  | 'supabaseSessionMissing'
  | 'supabaseUserNotFound'
  | 'amplifyCodeProperty'
  | 'betterAuthCodeObject'
  | 'authjsRenamedValue'
  | 'authjsV4Value'
  | 'authjsWrongPage'
  | 'authjsThrownMessage'
  | 'clerkEnumeration'
  | 'cognitoUserExistence';

/** Causes that depend on a setting of the project's auth service (the console, the dashboard, the user pool). */
export const CONFIGURATION_CAUSES: ReadonlySet<UnreachableCause> = new Set(['firebaseEnumeration', 'clerkEnumeration', 'cognitoUserExistence']);

/** The library whose call a handler is tied to, as the caller told it from the call and the file's imports. */
export type HandlerLibrary =
  /** The Firebase web SDK (`firebase/auth`, `@firebase/auth`), in a file that does not import `firebase-admin`. */
  | 'firebase'
  /** `@supabase/supabase-js` / `@supabase/auth-js`: a method of a client's `auth`. */
  | 'supabase'
  /** Amplify v6: a function imported by name from `aws-amplify/auth` or `@aws-amplify/auth`. */
  | 'amplify-v6'
  /** Amplify v5: a method of the `Auth` class of `aws-amplify` / `@aws-amplify/auth`. */
  | 'amplify-v5'
  /** Clerk: a method of a `signIn` resource (`signIn.create`, `signIn.attemptFirstFactor`). */
  | 'clerk';

/** What a caller found in one error handler tied to a library call. */
export interface HandlerFacts {
  readonly library: HandlerLibrary;
  /** Names of the calls the handler is tied to (`signInWithEmailAndPassword`, `signInWithPassword`, `create`). */
  readonly calls: readonly string[];
  /** The property the values are compared with: `code`, `name`. */
  readonly property: string;
  /** Every string compared with that property in the handler (the report goes to each site of a finding's value). */
  readonly values: readonly string[];
  /** The guarded code throws errors of its own (a `throw` in the `try` block): any value may come from there. */
  readonly throws?: boolean;
  /** Every awaited call of the guarded code is a call of the library (no `fetch` that could forward a server's code). */
  readonly exclusive?: boolean;
}

/** The configuration-dependent causes a team has said apply to its project (see the rule's options). */
export interface UnreachableSettings {
  /** Firebase email-enumeration protection is on (the default for projects created since 2023-09-15). */
  readonly firebaseEmailEnumerationProtection: boolean;
  /** Clerk's "strict user enumeration protection" is on. */
  readonly clerkStrictEnumeration: boolean;
  /** The Cognito user pool's `PreventUserExistenceErrors` is `ENABLED`. */
  readonly cognitoPreventUserExistenceErrors: boolean;
}

/** A compared value that never arrives, and what does. */
export interface UnreachableFinding {
  readonly value: string;
  readonly cause: UnreachableCause;
  /** The value the library sends instead, when there is one to name. */
  readonly instead?: string;
  /** A mechanical rewrite of the compared string (a renamed value), when there is one. */
  readonly replacement?: string;
  /** A mechanical rewrite of the compared property (`err.code` → `err.name`), when there is one. */
  readonly property?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Firebase

/** The web SDK maps the server's `INVALID_LOGIN_CREDENTIALS` to this code (firebase-js-sdk PR #7730). */
export const FIREBASE_INVALID_CREDENTIAL = 'auth/invalid-credential';

/** The codes email-enumeration protection folds into {@link FIREBASE_INVALID_CREDENTIAL} on a password sign-in. */
export const FIREBASE_ENUMERATION_CODES: readonly string[] = ['auth/user-not-found', 'auth/wrong-password'];

/** The web SDK calls that sign in with an email and a password (the ones enumeration protection answers). */
export const FIREBASE_PASSWORD_SIGN_IN: readonly string[] = ['signInWithEmailAndPassword'];

/** Admin SDK codes with a web SDK code for the same failure. */
export const FIREBASE_ADMIN_TO_WEB: Readonly<Record<string, string>> = {
  'auth/email-already-exists': 'auth/email-already-in-use',
};

// ---------------------------------------------------------------------------------------------------------------
// Supabase

/** auth-js throws `AuthSessionMissingError` (no `code`) for a response with this code. */
export const SUPABASE_SESSION_NOT_FOUND = 'session_not_found';
export const SUPABASE_SESSION_MISSING_GUARD = 'isAuthSessionMissingError';
/** A password sign-in answers `invalid_credentials` for an unknown user too (supabase/auth-js #937). */
export const SUPABASE_PASSWORD_SIGN_IN: readonly string[] = ['signInWithPassword'];
export const SUPABASE_USER_NOT_FOUND = 'user_not_found';
export const SUPABASE_INVALID_CREDENTIALS = 'invalid_credentials';

// ---------------------------------------------------------------------------------------------------------------
// Clerk and Cognito (configuration-dependent)

export const CLERK_ENUMERATION_CODES: readonly string[] = ['form_password_incorrect', 'form_identifier_not_found'];
export const CLERK_COMBINED_CODE = 'form_password_or_identifier_incorrect';
/** The `signIn` resource methods that check an identifier and a password. */
export const CLERK_PASSWORD_SIGN_IN: readonly string[] = ['create', 'attemptFirstFactor'];

export const COGNITO_USER_NOT_FOUND = 'UserNotFoundException';
export const COGNITO_NOT_AUTHORIZED = 'NotAuthorizedException';
/** The Amplify calls that sign a user in against a user pool. */
export const COGNITO_SIGN_IN: readonly string[] = ['signIn'];

// ---------------------------------------------------------------------------------------------------------------
// Better Auth

/** The client's map of error codes; since better-auth 1.5 (PR #6633) each value is `{ code, message }`. */
export const BETTER_AUTH_ERROR_CODES_MAP = '$ERROR_CODES';
const BETTER_AUTH_OBJECT_CODES_SINCE = [1, 5] as const;

/**
 * Whether a better-auth version (as installed, or the range package.json asks for) makes `$ERROR_CODES` values
 * objects. `undefined` when the version cannot be read: the caller stays silent.
 */
export function betterAuthCodesAreObjects(version: string | undefined): boolean | undefined {
  if (version === undefined) return undefined;
  const match = /^\s*(?:[\^~]|>=?\s*|=\s*|v)?(\d+)\.(\d+)/.exec(version);
  if (!match) return undefined;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const [sinceMajor, sinceMinor] = BETTER_AUTH_OBJECT_CODES_SINCE;
  return major > sinceMajor || (major === sinceMajor && minor >= sinceMinor);
}

// ---------------------------------------------------------------------------------------------------------------
// Handlers tied to a call

/**
 * The values of a handler that never arrive. `values` are all the strings the handler compares with `property`;
 * the configuration-dependent causes apply only when `settings` says the setting is on.
 */
export function findUnreachableInHandler(catalog: Catalog, facts: HandlerFacts, settings: UnreachableSettings): UnreachableFinding[] {
  if (facts.throws) return [];
  const values = new Set(facts.values);
  const findings: UnreachableFinding[] = [];
  const tiedTo = (names: readonly string[]) => facts.calls.some((call) => names.includes(call));
  switch (facts.library) {
    case 'firebase': {
      if (facts.property !== 'code') break;
      if (settings.firebaseEmailEnumerationProtection && tiedTo(FIREBASE_PASSWORD_SIGN_IN) && !values.has(FIREBASE_INVALID_CREDENTIAL)) {
        for (const value of FIREBASE_ENUMERATION_CODES) {
          if (values.has(value)) findings.push({ value, cause: 'firebaseEnumeration', instead: FIREBASE_INVALID_CREDENTIAL });
        }
      }
      // An Admin code reaches a client only when the app's own server forwards it: only a handler of web SDK calls alone.
      for (const value of facts.exclusive ? values : []) {
        if (catalog.lookup(value, 'firebase-auth')) continue;
        const admin = catalog.lookup(value, 'firebase-admin-auth');
        if (!admin?.entry.serverOnly) continue;
        const instead = FIREBASE_ADMIN_TO_WEB[value];
        findings.push(
          instead !== undefined && catalog.lookup(instead, 'firebase-auth')
            ? { value, cause: 'firebaseAdminCode', instead, ...(values.has(instead) ? {} : { replacement: instead }) }
            : { value, cause: 'firebaseAdminCode' },
        );
      }
      break;
    }
    case 'supabase': {
      if (facts.property !== 'code') break;
      if (values.has(SUPABASE_SESSION_NOT_FOUND)) findings.push({ value: SUPABASE_SESSION_NOT_FOUND, cause: 'supabaseSessionMissing' });
      if (values.has(SUPABASE_USER_NOT_FOUND) && tiedTo(SUPABASE_PASSWORD_SIGN_IN)) {
        findings.push({
          value: SUPABASE_USER_NOT_FOUND,
          cause: 'supabaseUserNotFound',
          instead: SUPABASE_INVALID_CREDENTIALS,
          ...(values.has(SUPABASE_INVALID_CREDENTIALS) ? {} : { replacement: SUPABASE_INVALID_CREDENTIALS }),
        });
      }
      break;
    }
    case 'amplify-v6':
    case 'amplify-v5': {
      const v6 = facts.library === 'amplify-v6';
      if (v6 && facts.property === 'code') {
        for (const value of values) {
          if (catalog.lookup(value, 'amplify-auth')) findings.push({ value, cause: 'amplifyCodeProperty', property: 'name' });
        }
        break;
      }
      const exceptionProperty = v6 ? 'name' : 'code';
      if (
        settings.cognitoPreventUserExistenceErrors &&
        facts.property === exceptionProperty &&
        tiedTo(COGNITO_SIGN_IN) &&
        values.has(COGNITO_USER_NOT_FOUND) &&
        !values.has(COGNITO_NOT_AUTHORIZED)
      ) {
        findings.push({ value: COGNITO_USER_NOT_FOUND, cause: 'cognitoUserExistence', instead: COGNITO_NOT_AUTHORIZED });
      }
      break;
    }
    case 'clerk': {
      if (facts.property !== 'code' || !settings.clerkStrictEnumeration || !tiedTo(CLERK_PASSWORD_SIGN_IN) || values.has(CLERK_COMBINED_CODE)) break;
      for (const value of CLERK_ENUMERATION_CODES) {
        if (values.has(value)) findings.push({ value, cause: 'clerkEnumeration', instead: CLERK_COMBINED_CODE });
      }
      break;
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------------------------
// Auth.js / NextAuth.js `?error=` values

/** v4 page values renamed in v5. */
export const AUTHJS_RENAMED_PAGE_VALUES: Readonly<Record<string, string>> = { OAuthCallback: 'OAuthCallbackError' };

/** What the caller knows about a read of the `?error=` query parameter. */
export interface PageValueFacts {
  /** The project's NextAuth.js / Auth.js major; `undefined` when unknown (then nothing is reported). */
  readonly authMajor: 4 | 5 | undefined;
  /** The page the file is by the project's config (`pages.error` / `pages.signIn`), when the config says. */
  readonly page: AuthPage | 'both' | undefined;
  /** Every string compared with the value. */
  readonly values: readonly string[];
  /** Values the project writes into `?error=` itself (a redirect of its own): they do arrive. */
  readonly written?: ReadonlySet<string>;
}

const V4_VALUES: ReadonlySet<string> = new Set([...NEXTAUTH_V4_PAGE_VALUES.error, ...NEXTAUTH_V4_PAGE_VALUES.signIn]);
const V5_VALUES: ReadonlySet<string> = new Set([...AUTHJS_PAGE_VALUES.error, ...AUTHJS_PAGE_VALUES.signIn]);
/** Page values that are also ordinary words: evidence only next to a value that is not. */
const GENERIC_PAGE_VALUES: ReadonlySet<string> = new Set(['Callback', 'Configuration', 'Verification', 'Default', 'Signin']);

/**
 * The `?error=` values a page compares with that the project's major never sends there: a v4 name in a v5
 * project (renamed, or folded into `Configuration`), or a value the other page receives. Values of neither
 * major are no concern here (`no-unknown-error-code` reads those).
 */
export function findUnreachablePageValues(facts: PageValueFacts): UnreachableFinding[] {
  if (facts.authMajor === undefined) return [];
  const values = new Set(facts.values);
  const known = [...values].filter((value) => V4_VALUES.has(value) || V5_VALUES.has(value));
  // Generic words alone (`'Callback'`, `'Configuration'`) do not show that the read is about Auth.js pages.
  if (!known.some((value) => !GENERIC_PAGE_VALUES.has(value))) return [];
  const findings: UnreachableFinding[] = [];
  const pages = facts.authMajor === 5 ? AUTHJS_PAGE_VALUES : NEXTAUTH_V4_PAGE_VALUES;
  const sent = facts.authMajor === 5 ? V5_VALUES : V4_VALUES;
  for (const value of known) {
    if (facts.written?.has(value)) continue;
    if (facts.authMajor === 5 && !V5_VALUES.has(value)) {
      const renamed = AUTHJS_RENAMED_PAGE_VALUES[value];
      findings.push(
        renamed !== undefined
          ? { value, cause: 'authjsRenamedValue', instead: renamed, ...(values.has(renamed) ? {} : { replacement: renamed }) }
          : { value, cause: 'authjsV4Value', instead: 'Configuration' },
      );
      continue;
    }
    if (!sent.has(value) || facts.page === undefined || facts.page === 'both') continue;
    const here: readonly string[] = pages[facts.page];
    if (!here.includes(value)) findings.push({ value, cause: 'authjsWrongPage' });
  }
  return findings;
}

/** Auth.js v5 sends this value for an error it does not expose to clients (a plain `Error` from `authorize`). */
export const AUTHJS_HIDDEN_ERROR = 'Configuration';

/** What the caller knows about the strings compared with an `error` that an `authorize` failure would carry. */
export interface ThrownMessageFacts {
  readonly authMajor: 4 | 5 | undefined;
  /** Every string compared with the value (the `?error=` of a page, or the `error` of a `signIn()` result). */
  readonly values: readonly string[];
  /** Messages of plain `Error`s thrown in the project's Credentials `authorize`. */
  readonly thrown: ReadonlySet<string>;
  /** Values the project writes into `?error=` itself. */
  readonly written?: ReadonlySet<string>;
}

/**
 * The compared strings that are messages thrown as plain `Error`s from `authorize`: v4 passes such a message on
 * as `error`, Auth.js v5 wraps the error and sends `Configuration` (only a `CredentialsSignin` subclass gets its
 * `code` through, as `code`: next-auth #12721). A value that is also one of Auth.js's own page values is left to
 * {@link findUnreachablePageValues}; one the project writes itself does arrive.
 */
export function findThrownMessageValues(facts: ThrownMessageFacts): UnreachableFinding[] {
  if (facts.authMajor !== 5) return [];
  const findings: UnreachableFinding[] = [];
  for (const value of new Set(facts.values)) {
    if (!facts.thrown.has(value) || facts.written?.has(value) || V4_VALUES.has(value) || V5_VALUES.has(value)) continue;
    findings.push({ value, cause: 'authjsThrownMessage', instead: AUTHJS_HIDDEN_ERROR });
  }
  return findings;
}
