import type { TSESTree } from '@typescript-eslint/utils';

import type { Frame } from '../syntax/bindings';
import type { Framework } from './entry-points';
import type { AuthVersion, EntryKind, ProviderKind } from './imports';
import type { MaybeOrigin } from './provider-sources';

/**
 * The shapes of the config model: what `analyzeProgram` (analyzer.ts) finds in a program, with every setting a
 * {@link Tri} (present with its node, absent, or unknown) so that a rule can stay silent on what it cannot see.
 */

/** A value the model found, with the node that holds it. */
export interface Present<T> {
  readonly state: 'present';
  readonly value: T;
  /** The node the value was read from, as written in the config (for a property: its value). */
  readonly node: TSESTree.Node;
  /** The property that holds the value, when there is one. */
  readonly property?: TSESTree.Property;
  /** The scope `node` sits in, to resolve it further. */
  readonly frame: Frame;
}

/** The config certainly does not set the value. */
export interface Absent {
  readonly state: 'absent';
}

/** The model cannot tell (a spread it cannot follow, a computed key, a non-literal value, a conditional, …). */
export interface Unknown {
  readonly state: 'unknown';
  /** The node that makes it unknown, when there is one. */
  readonly node?: TSESTree.Node;
}

/** Present, absent, or unknown. Rules act on `present` / `absent` only and stay silent on `unknown`. */
export type Tri<T> = Present<T> | Absent | Unknown;

/** A spread (or computed key) the model could not follow. */
export type SpreadOrigin =
  | {
      readonly kind: 'import';
      readonly node: TSESTree.SpreadElement;
      /** The module specifier of the import, as written: `./auth.config`. */
      readonly source: string;
      /** The imported name: `default` or a named export. `*` for a namespace import's member is not followed. */
      readonly imported: string;
    }
  | { readonly kind: 'unknown'; readonly node: TSESTree.Node };

/** One entry of an object literal, spreads of same-file objects inlined. */
export type ObjectEntry =
  | {
      readonly kind: 'property';
      readonly name: string;
      readonly property: TSESTree.Property;
      readonly value: TSESTree.Node;
      readonly frame: Frame;
    }
  | { readonly kind: 'unknown'; readonly origin: SpreadOrigin };

/** An object literal with its same-file spreads followed. */
export interface ObjectModel {
  /** The object literal as written. */
  readonly node: TSESTree.ObjectExpression;
  readonly frame: Frame;
  /** Entries in evaluation order (later entries win). */
  readonly entries: readonly ObjectEntry[];
  /** Spreads and computed keys the model could not follow. */
  readonly unresolved: readonly SpreadOrigin[];
  /** The value of a property: the last entry that sets it, or unknown when an unfollowed spread comes after it. */
  get(name: string): Tri<TSESTree.Node>;
}

/** One element of `providers`. */
export interface ProviderInfo {
  readonly kind: ProviderKind;
  /** The element as written: usually the factory call, or the bare factory (`providers: [GitHub]`), or an object. */
  readonly node: TSESTree.Node;
  /** The factory call, when the element is one. */
  readonly call?: TSESTree.CallExpression;
  /** The module the factory comes from: `next-auth/providers/credentials`. */
  readonly source?: string;
  /** The provider module's name: `credentials`, `nodemailer`, `github`. */
  readonly name?: string;
  /** The options object: absent when the factory is not called with any, unknown when it cannot be followed. */
  readonly options: Tri<ObjectModel>;
  /** The scope `node` sits in (which file it belongs to, when the config takes it from another file). */
  readonly frame?: Frame;
  /**
   * Set when the provider is in the list only sometimes: appended (`providers.push(X)`, usually in an `if`), in
   * a conditional spread (`...(flag ? [X] : [])`) or a conditional element (`flag && X`). Such a provider is
   * *maybe* present; one without it is in the list whenever the list is.
   */
  readonly maybe?: MaybeOrigin;
}

/** The `providers` array. */
export interface ProviderList {
  /** `present` when the array was followed, `absent` when there is no `providers`, else `unknown`. */
  readonly state: 'present' | 'absent' | 'unknown';
  /** The providers the model could see, those that are only maybe there included (see `ProviderInfo.maybe`). */
  readonly items: readonly ProviderInfo[];
  /** Whether `items` is the whole list (no spread, conditional or call it could not follow). */
  readonly complete: boolean;
  /** The `providers` property, when there is one. */
  readonly property?: TSESTree.Property;
}

/** How a config was found. */
export type ConfigSite =
  | {
      readonly kind: 'call';
      readonly call: TSESTree.CallExpression;
      readonly entry: EntryKind;
      /** The framework of the entry point (`nextjs` for `NextAuth`, `sveltekit` for `SvelteKitAuth`, …). */
      readonly framework?: Framework;
      /** Whether the config comes from a function (`NextAuth((req) => ({…}))`). */
      readonly lazy: boolean;
    }
  | {
      readonly kind: 'typed';
      /** The declarator (`const authOptions: NextAuthOptions = …`) or the `satisfies` / `as` expression. */
      readonly node: TSESTree.Node;
      /** The type's imported name: `NextAuthOptions`, `AuthOptions`, `NextAuthConfig`, `AuthConfig`. */
      readonly typeName: string;
    };

/** One NextAuth / Auth.js config. */
export interface AuthConfig {
  /** The config object literal. */
  readonly node: TSESTree.ObjectExpression;
  readonly object: ObjectModel;
  readonly version: AuthVersion;
  /** Every way the config was found; `sites[0]` is a call when there is one. */
  readonly sites: readonly ConfigSite[];
  /** A short node that names the config, to report on: the `NextAuth` callee or the declared name. */
  readonly anchor: TSESTree.Node;
  /**
   * Whether the object is a whole config: passed to `NextAuth` / `Auth` in this file, or typed as v4's
   * `NextAuthOptions`. A v5 object only typed as `NextAuthConfig` may be a piece another file extends (the
   * `auth.config.ts` split), so what it lacks proves nothing.
   */
  readonly complete: boolean;
  /** Set when this object is spread into another config of the same file, which then stands for it. */
  readonly includedIn?: AuthConfig;
  /** Whether the object literal is contextually typed as a config (so `"jwt"` needs no `as const`). */
  readonly contextuallyTyped: boolean;
  readonly providers: ProviderList;
  readonly adapter: Tri<TSESTree.Node>;
  /** The `session` object. */
  readonly session: Tri<ObjectModel>;
  /** `session.strategy`: a string (`"jwt"`, `"database"`); `null` / `undefined` count as absent. */
  readonly sessionStrategy: Tri<string>;
  /** `secret` as written (`undefined` / `null` count as absent); `secretValue` classifies it. */
  readonly secret: Tri<TSESTree.Node>;
  /** v4 only: `jwt.secret`, which next-auth v4 uses when `secret` is not set. */
  readonly jwtSecret: Tri<TSESTree.Node>;
  readonly pages: { readonly signIn: Tri<string>; readonly error: Tri<string> };
  /** Spreads (and computed keys) at the top level of the config that could not be followed. */
  readonly spreads: readonly SpreadOrigin[];
  /**
   * The program the config was found in (where its call or type annotation is). Parts of it may come from other
   * files when imports were followed: their nodes' frames belong to those files' programs.
   */
  readonly program?: TSESTree.Program;
}

/** A `NextAuth(x)` / `Auth(req, x)` call whose config could not be followed in this file. */
export interface UnresolvedConfig {
  readonly call: TSESTree.CallExpression;
  /** The argument that should be the config (missing when the call has no such argument). */
  readonly argument?: TSESTree.Node;
  /** When the argument is an imported name: where from. */
  readonly origin?: { readonly source: string; readonly imported: string };
  readonly version: AuthVersion;
}

/** All configs of a program. */
export interface ProgramAuthModel {
  readonly configs: readonly AuthConfig[];
  readonly unresolved: readonly UnresolvedConfig[];
  /** The version the file's imports point to on their own. */
  readonly fileVersion: AuthVersion;
  /** Every provider factory call of the file, inside a config or not (`Credentials({…})` anywhere). */
  readonly providerCalls: readonly ProviderInfo[];
  /** Calls of the helpers that take a `secret` (`withAuth`, `getToken`). */
  readonly secretHelpers: readonly SecretHelperCall[];
}

/** A call of `withAuth` (next-auth v4 middleware) or `getToken` (`next-auth/jwt`, `@auth/core/jwt`). */
export interface SecretHelperCall {
  readonly name: 'withAuth' | 'getToken';
  readonly call: TSESTree.CallExpression;
  /** The callee, to report on. */
  readonly anchor: TSESTree.Node;
  readonly version: AuthVersion;
  /** Whether the helper falls back to env variables when no `secret` is passed (v4 does, @auth/core does not). */
  readonly envFallback: boolean;
  /** The options object: absent when the call passes none, unknown when it cannot be followed. */
  readonly options: Tri<ObjectModel>;
  /** `options.secret`. */
  readonly secret: Tri<TSESTree.Node>;
}

/**
 * Follows an import into another file: given the module specifier, the imported name and the importing
 * program, returns the other file's program (parsed by the caller), or `undefined`.
 */
export type ImportResolver = (
  source: string,
  imported: string,
  from: TSESTree.Program,
) => TSESTree.Program | undefined;

export interface FindOptions {
  /** Follows spreads and config arguments imported from other files. Results are then not cached. */
  readonly resolveImport?: ImportResolver;
}

export const ABSENT: Absent = { state: 'absent' };

export function unknown(node?: TSESTree.Node): Unknown {
  return node ? { state: 'unknown', node } : { state: 'unknown' };
}
