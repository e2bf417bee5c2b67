/** The languages every catalog text is written in. */
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every supported language. */
export interface Localized {
  readonly en: string;
  readonly ko: string;
}

/** The built-in families. Users add their own through `settings["auth-errors"].catalogs`. */
export const BUILTIN_FAMILY_IDS = ['nextauth', 'nextauth-pages', 'authjs', 'baas', 'firebase-auth', 'firebase-admin-auth', 'supabase-auth', 'better-auth', 'clerk', 'amplify-auth', 'auth0'] as const;
export type BuiltinFamilyId = (typeof BUILTIN_FAMILY_IDS)[number];

/** Where a NextAuth v4 logger code shows up. */
export type Where = 'client' | 'server';

/** The section of the NextAuth v4 errors page a code is listed under. */
export type NextAuthSection =
  | 'client'
  | 'oauth'
  | 'signin-callback'
  | 'session'
  | 'signout'
  | 'database'
  | 'configuration'
  | 'other';

/**
 * Which revision of the NextAuth v4 errors page names a code:
 * `ko-newer` is seed 000 (Korean, newer), `en-older` is seed 002 (English, older).
 */
export type DocRevision = 'ko-newer' | 'en-older';

/** One error code with everything the rules and the editor say about it. */
export interface CodeEntry {
  /** The exact string the library / API emits. */
  readonly code: string;
  /** What the code means, one sentence. */
  readonly summary: Localized;
  /** The most likely cause. */
  readonly cause: Localized;
  /** What to do about it. */
  readonly fix: Localized;
  /** Link to the upstream documentation (anchor of the errors page, API reference, …). */
  readonly docsUrl?: string;
  /** HTTP status the server answers with (BaaS). */
  readonly httpStatus?: number;
  /**
   * The message string the API itself returns, verbatim (BaaS, Korean as the API sends it; Better Auth, the
   * `message` its `APIError` body carries next to the code).
   */
  readonly apiMessage?: string;
  /** Whether a client may retry the request (BaaS). */
  readonly retryable?: boolean;
  /** Where the code shows (NextAuth v4 logger codes). */
  readonly where?: readonly Where[];
  /** Section of the v4 errors page (NextAuth v4 logger codes). */
  readonly section?: NextAuthSection;
  /** Which seed revisions of the v4 errors page document the code (NextAuth v4 logger codes). */
  readonly documentedIn?: readonly DocRevision[];
  /**
   * Whether the installed library emits the code (checked by the fidelity test). `false` means the code is
   * only documented (see `documentedIn`), e.g. a code an older release used.
   */
  readonly emitted?: boolean;
  /**
   * Other spellings the library really sends for the same code (next-auth's email callback redirects with
   * `error=configuration`). They are looked up like the code and never reported as misspellings.
   */
  readonly aliases?: readonly string[];
  /** The code that replaced this one in a newer revision (e.g. CALLBACK_OAUTH_ERROR → OAUTH_CALLBACK_ERROR). */
  readonly replacedBy?: string;
  /**
   * An ordinary word that is also a code (`Default`, `Callback`, `Configuration`, …): it counts as evidence
   * of a family only next to other codes of that family.
   */
  readonly generic?: boolean;
  /** Auth.js v5: a sign-in error that a sign-in / error page may show to the user. */
  readonly signInError?: boolean;
  /**
   * The calls that raise the code, where the library says so (Firebase: `signInWithEmailAndPassword`,
   * `Auth.createUser`, …). Absent when any call may raise it or nothing more precise is known.
   */
  readonly raisedBy?: readonly string[];
  /**
   * Raised only by a server SDK (the Firebase Admin SDK), never by the client library of the same product: a client
   * that waits for it waits in vain.
   */
  readonly serverOnly?: boolean;
  /** Still raised, but only by a feature the library has deprecated (Firebase Dynamic Links): move off it. */
  readonly deprecated?: boolean;
  /**
   * Keys of the library's exported constant map that hold the code (Firebase `AuthErrorCodes.INVALID_PASSWORD`,
   * Admin `AuthErrorCode.INVALID_PASSWORD`). Empty or absent when the library exports no name for it.
   */
  readonly constants?: readonly string[];
  /**
   * The parts of the library that define or raise the code (Better Auth: `core` for its base codes and core routes,
   * else the built-in plugin's directory name — `organization`, `two-factor`, …; Auth0: `oauth` for the
   * specifications' codes, `auth0-spa-js`, `nextjs-auth0`). A code two parts share lists both.
   */
  readonly definedBy?: readonly string[];
}

/** The two pages a NextAuth / Auth.js `?error=` value is sent to. */
export type AuthPage = 'error' | 'signIn';

/**
 * Which `?error=` values reach which page (read from the installed package; the fidelity test checks them). A
 * value may reach both (Auth.js sends `Configuration` to either).
 */
export interface PageValues {
  readonly error: readonly string[];
  readonly signIn: readonly string[];
}

/**
 * What shows that a file uses a family's API, for families whose codes are common words of other APIs too
 * (`UNAUTHORIZED`, `INVALID_TOKEN`). Such a family is considered only on this evidence, or when the user turns it
 * on.
 */
export interface FamilyEvidence {
  /** Names of the compared value that are the API's own field (`errorCode`); evidence on their own. */
  readonly discriminants: readonly string[];
  /**
   * Markers in a file's text that show the API: its response body (`result: "FAIL"`), a narrowing of its own
   * (`instanceof FirebaseError`, `isAuthApiError(`). Linear patterns only: they run over whole files.
   */
  readonly markers: readonly RegExp[];
  /** Modules an import or a require call of which (`from 'firebase/auth'`, subpaths too) is evidence. */
  readonly modules?: readonly string[];
}

/** The data a family module declares. */
export interface FamilyDefinition {
  readonly id: string;
  readonly title: Localized;
  readonly description: Localized;
  /**
   * Names (last property / identifier) of values that usually hold a code of this family, used as a hint
   * when deciding what a `switch` is about: `errorCode`, `code`, `type`, `error`, …
   */
  readonly discriminantHints: readonly string[];
  readonly entries: readonly CodeEntry[];
  /** For page values: which values reach the error page and which the sign-in page. */
  readonly pages?: PageValues;
  /** The major version of NextAuth.js / Auth.js whose codes these are (4: next-auth v4; 5: Auth.js). */
  readonly authMajor?: 4 | 5;
  /** When set, the family is considered only on this evidence (or when turned on in settings or options). */
  readonly evidence?: FamilyEvidence;
  /**
   * Whether the entries are every code the library puts on its errors (the Firebase SDKs map the server's errors
   * onto their own code lists). Only then is a string written like the family's codes that no entry has a code the
   * app made up. Clerk's package, for one, lists only some of the codes its API sends: not closed.
   */
  readonly closed?: boolean;
  /**
   * The exported object whose keys are the entries' unqualified `constants` (`AuthErrorCodes` of `firebase/auth`,
   * `AuthErrorCode` of `firebase-admin/auth`), imported from one of the `evidence.modules`. Qualified constants
   * (`AccessTokenErrorCode.MISSING_SESSION`) name their object themselves. Absent when the unqualified names are
   * no export (Clerk's internal `ERROR_CODES`).
   */
  readonly constantObject?: string;
}

/** A family ready for look-ups. */
export interface Family extends FamilyDefinition {
  readonly builtin: boolean;
  readonly byCode: ReadonlyMap<string, CodeEntry>;
  /** HTTP statuses used by the family's codes (empty when it has none). */
  readonly statuses: ReadonlySet<number>;
}

/** An entry as a look-up returns it: with the family it belongs to. */
export interface FoundCode {
  readonly family: Family;
  readonly entry: CodeEntry;
}
