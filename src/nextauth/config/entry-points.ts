import type { AuthVersion, ImportBinding } from './imports';

/**
 * The functions that take a NextAuth.js / Auth.js config, one per framework integration, each recognised by the
 * package it is imported from (whatever its local name). All of them hand the config to `@auth/core` (or, for
 * next-auth v4 and the Nuxt module built on it, to next-auth's own core), so the config rules apply to each.
 */

/** The framework a config entry point belongs to. */
export type Framework = 'nextjs' | 'core' | 'sveltekit' | 'express' | 'qwik' | 'solid-start' | 'nuxt';

/** The name of an entry point, as its package exports it. */
export type EntryName = 'NextAuth' | 'Auth' | 'SvelteKitAuth' | 'ExpressAuth' | 'QwikAuth$' | 'SolidAuth' | 'NuxtAuthHandler';

export interface EntryPoint {
  readonly name: EntryName;
  readonly framework: Framework;
  /** The version importing it implies: `unknown` for `next-auth` itself (v4 and v5 share the name). */
  readonly version: AuthVersion;
  /**
   * Where the config is among the arguments. `NextAuth` is special: v4's `NextAuth(req, res, options)` takes it
   * third, every other shape first.
   */
  readonly configArgument: number;
}

interface EntryRow extends EntryPoint {
  /** The module specifiers that export it. */
  readonly sources: readonly string[];
  /** The exported name: `default` or a named export. */
  readonly imported: string;
}

const ENTRY_POINTS: readonly EntryRow[] = [
  { name: 'NextAuth', framework: 'nextjs', version: 'unknown', configArgument: 0, sources: ['next-auth'], imported: 'default' },
  { name: 'NextAuth', framework: 'nextjs', version: 'v4', configArgument: 0, sources: ['next-auth/next'], imported: 'default' },
  { name: 'Auth', framework: 'core', version: 'v5', configArgument: 1, sources: ['@auth/core'], imported: 'Auth' },
  {
    name: 'SvelteKitAuth',
    framework: 'sveltekit',
    version: 'v5',
    configArgument: 0,
    sources: ['@auth/sveltekit'],
    imported: 'SvelteKitAuth',
  },
  { name: 'ExpressAuth', framework: 'express', version: 'v5', configArgument: 0, sources: ['@auth/express'], imported: 'ExpressAuth' },
  { name: 'QwikAuth$', framework: 'qwik', version: 'v5', configArgument: 0, sources: ['@auth/qwik'], imported: 'QwikAuth$' },
  { name: 'SolidAuth', framework: 'solid-start', version: 'v5', configArgument: 0, sources: ['@auth/solid-start'], imported: 'SolidAuth' },
  // sidebase's Nuxt module exposes its handler through the `#auth` alias it registers. Older releases wrap
  // next-auth v4, newer ones @auth/core, so the handler alone says nothing about the version.
  {
    name: 'NuxtAuthHandler',
    framework: 'nuxt',
    version: 'unknown',
    configArgument: 0,
    sources: ['#auth', '@sidebase/nuxt-auth'],
    imported: 'NuxtAuthHandler',
  },
];

/** The entry point an import binding brings in, or `undefined`. */
export function entryPointOf(binding: ImportBinding | undefined): EntryPoint | undefined {
  if (!binding || binding.typeOnly) return undefined;
  return ENTRY_POINTS.find((row) => row.imported === binding.imported && row.sources.includes(binding.source));
}

/** The framework packages whose own `providers/*` modules re-export @auth/core's providers. */
export const FRAMEWORK_PACKAGES = ['@auth/core', '@auth/sveltekit', '@auth/express', '@auth/qwik', '@auth/solid-start'] as const;

/** Whether a module specifier is one of the packages the config model looks at (a file importing none is skipped). */
export function isAuthModule(source: string): boolean {
  if (source === '#auth' || source === '@sidebase/nuxt-auth') return true;
  return /^(?:next-auth|@auth\/(?:core|sveltekit|express|qwik|solid-start))(?:\/|$)/.test(source);
}
