import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { entryPointOf } from './entry-points';
import type { EntryName, Framework } from './entry-points';

/**
 * Which NextAuth.js / Auth.js module a name was imported from. Everything here works on a `TSESTree.Program`
 * alone (no ESLint scope manager), so the cross-file rules can use it on files they parse themselves.
 */

/** One local name bound by an `import` declaration. */
export interface ImportBinding {
  /** The local name in this file. */
  readonly local: string;
  /** The module specifier, exactly as written: `next-auth/providers/credentials`, `./auth.config`. */
  readonly source: string;
  /** The exported name: `default`, a named export, or `*` for a namespace import. */
  readonly imported: string;
  /** Whether the whole declaration or this specifier is `import type`. */
  readonly typeOnly: boolean;
  readonly specifier: TSESTree.ImportClause;
}

/** The NextAuth major version a piece of code belongs to. */
export type AuthVersion = 'v4' | 'v5' | 'unknown';

/** What a provider factory makes, after the `type` the library gives it. */
export type ProviderKind = 'credentials' | 'email' | 'oauth' | 'webauthn' | 'unknown';

/**
 * A provider factory module: `next-auth/providers/<name>`, `@auth/core/providers/<name>`, or a framework
 * package's copy of it (`@auth/sveltekit/providers/<name>`, `@auth/express/providers/<name>`, …).
 */
export interface ProviderModule {
  /** The file name of the provider module: `credentials`, `nodemailer`, `github`, … */
  readonly name: string;
  readonly kind: ProviderKind;
  /** The version the module implies: only v5 ships `@auth/core/providers/*` and the newer e-mail / passkey providers. */
  readonly version: AuthVersion;
}

/** Every `import` of the program, by local name. */
export function collectImports(program: TSESTree.Program): ReadonlyMap<string, ImportBinding> {
  const imports = new Map<string, ImportBinding>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || typeof statement.source.value !== 'string') continue;
    const source = statement.source.value;
    const declarationTypeOnly = statement.importKind === 'type';
    for (const specifier of statement.specifiers) {
      let imported: string;
      let typeOnly = declarationTypeOnly;
      if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) imported = 'default';
      else if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) imported = '*';
      else {
        imported =
          specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
        typeOnly ||= specifier.importKind === 'type';
      }
      imports.set(specifier.local.name, { local: specifier.local.name, source, imported, typeOnly, specifier });
    }
  }
  return imports;
}

/** Provider modules whose providers have `type: "email"` (v4: `email`; @auth/core: these). */
const EMAIL_PROVIDERS = new Set([
  'email',
  'nodemailer',
  'resend',
  'sendgrid',
  'postmark',
  'forwardemail',
  'loops',
  'mailgun',
]);
/** Provider modules whose providers have `type: "webauthn"`. */
const WEBAUTHN_PROVIDERS = new Set(['passkey', 'webauthn']);
/** Provider modules that only exist in Auth.js v5 (@auth/core); next-auth v4 ships none of them. */
const V5_ONLY_PROVIDERS = new Set([...EMAIL_PROVIDERS, ...WEBAUTHN_PROVIDERS].filter((name) => name !== 'email'));

const PROVIDER_MODULE = /^(?:next-auth|@auth\/(?:core|sveltekit|express|qwik|solid-start))\/providers\/([a-z0-9-]+)$/;

/** The provider module a specifier names, or `undefined` when it is not one. */
export function providerModule(source: string): ProviderModule | undefined {
  const match = PROVIDER_MODULE.exec(source);
  const name = match?.[1];
  if (name === undefined || name === 'index' || name === 'provider-types') return undefined;
  let kind: ProviderKind = 'oauth';
  if (name === 'credentials') kind = 'credentials';
  else if (EMAIL_PROVIDERS.has(name)) kind = 'email';
  else if (WEBAUTHN_PROVIDERS.has(name)) kind = 'webauthn';
  const version: AuthVersion = source.startsWith('@auth/') || V5_ONLY_PROVIDERS.has(name) ? 'v5' : 'unknown';
  return { name, kind, version };
}

/** The provider factory an import binding brings in (the default export of a provider module). */
export function providerFactory(binding: ImportBinding | undefined): ProviderModule | undefined {
  if (!binding || binding.typeOnly || binding.imported !== 'default') return undefined;
  return providerModule(binding.source);
}

/** The initialiser an import brings in: `NextAuth` (v4 and v5), @auth/core's `Auth`, or a framework's own. */
export type EntryKind = EntryName;

/** What an entry point import gives: its name, the version it implies, its framework and its config argument. */
export interface EntryInfo {
  readonly kind: EntryKind;
  readonly version: AuthVersion;
  readonly framework: Framework;
  readonly configArgument: number;
}

/**
 * Whether the binding is a config entry point: `NextAuth` (`next-auth`'s default, or v4's `next-auth/next`),
 * `Auth` from `@auth/core`, `SvelteKitAuth`, `ExpressAuth`, `QwikAuth$`, `SolidAuth` or `NuxtAuthHandler`.
 */
export function entryKind(binding: ImportBinding | undefined): EntryInfo | undefined {
  const entry = entryPointOf(binding);
  if (!entry) return undefined;
  return { kind: entry.name, version: entry.version, framework: entry.framework, configArgument: entry.configArgument };
}

/** The config types whose annotation marks an object as a config, with the version each implies. */
const CONFIG_TYPES: Readonly<Record<string, Readonly<Record<string, AuthVersion>>>> = {
  'next-auth': { NextAuthOptions: 'v4', AuthOptions: 'v4', NextAuthConfig: 'v5' },
  'next-auth/next': { NextAuthOptions: 'v4', AuthOptions: 'v4' },
  '@auth/core': { AuthConfig: 'v5' },
  '@auth/core/types': { AuthConfig: 'v5' },
  '@auth/sveltekit': { SvelteKitAuthConfig: 'v5' },
  '@auth/express': { ExpressAuthConfig: 'v5' },
  '@auth/qwik': { QwikAuthConfig: 'v5' },
  '@auth/solid-start': { SolidAuthConfig: 'v5' },
};

/** The version a config type implies (`NextAuthOptions` → v4, `NextAuthConfig` → v5), when the binding is one. */
export function configTypeVersion(binding: ImportBinding | undefined): AuthVersion | undefined {
  if (!binding) return undefined;
  return CONFIG_TYPES[binding.source]?.[binding.imported];
}

/** The v4 helpers that take a `secret`: `withAuth` (middleware) and `getToken` (JWT), and v5's `getToken`. */
export type SecretHelper = { name: 'withAuth' | 'getToken'; version: AuthVersion; envFallback: boolean };

/** Whether the binding is `withAuth` / `getToken`; `envFallback` says whether it reads the secret from env itself. */
export function secretHelper(binding: ImportBinding | undefined): SecretHelper | undefined {
  if (!binding || binding.typeOnly) return undefined;
  if (binding.source === 'next-auth/middleware' && (binding.imported === 'withAuth' || binding.imported === 'default')) {
    return { name: 'withAuth', version: 'v4', envFallback: true };
  }
  if (binding.source === 'next-auth/jwt' && binding.imported === 'getToken') {
    return { name: 'getToken', version: 'unknown', envFallback: true };
  }
  if (binding.source === '@auth/core/jwt' && binding.imported === 'getToken') {
    return { name: 'getToken', version: 'v5', envFallback: false };
  }
  return undefined;
}

/** The version that importing a module implies on its own, for a whole file. */
export function moduleVersionHint(binding: ImportBinding): AuthVersion {
  const { source, imported } = binding;
  if (source === 'next-auth/next' || source === 'next-auth/middleware' || source.startsWith('@next-auth/')) return 'v4';
  if (source === 'next-auth' && (imported === 'getServerSession' || imported === 'NextAuthOptions' || imported === 'AuthOptions')) {
    return 'v4';
  }
  if (source === 'next-auth' && imported === 'NextAuthConfig') return 'v5';
  if (/^@auth\/(?:core|sveltekit|express|qwik|solid-start)(?:\/|$)/.test(source)) return 'v5';
  const provider = providerModule(source);
  return provider?.version ?? 'unknown';
}

/** One version when the hints agree on it, else `unknown`. */
export function decideVersion(hints: ReadonlySet<AuthVersion>): AuthVersion {
  const definite = [...hints].filter((hint) => hint !== 'unknown');
  const unique = new Set(definite);
  return unique.size === 1 ? (definite[0] ?? 'unknown') : 'unknown';
}

/** Whether the hints name both versions. */
export function hasConflict(hints: ReadonlySet<AuthVersion>): boolean {
  return hints.has('v4') && hints.has('v5');
}
