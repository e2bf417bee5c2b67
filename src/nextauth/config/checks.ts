import type { TSESTree } from '@typescript-eslint/utils';

import { findDeclaredEnv, secretEnvNames } from '../env/env';
import type { ProjectEnv } from '../env/env';
import type { AuthVersion } from './imports';
import type { AuthConfig, Present, ProviderInfo, SecretHelperCall, Tri } from './model';
import { secretValue } from './secret';
import type { SecretValue } from './secret';

/**
 * The verdicts of the config rules, as pure functions of the config model (and, for the secret, of the
 * project's env files). The ESLint rules report them; the language service can show the same ones.
 */

/** Why the Credentials sign-ins of a config end up without a session. */
export type DatabaseSessionReason = 'databaseStrategy' | 'adapterDefaultsToDatabase';

/**
 * `databaseStrategy` for an explicit `session.strategy: "database"`; `adapterDefaultsToDatabase` for an adapter
 * with no strategy (the default is then `"database"`); `undefined` otherwise, or when the model cannot tell.
 */
export function databaseSessionReason(config: AuthConfig): DatabaseSessionReason | undefined {
  const strategy = config.sessionStrategy;
  if (strategy.state === 'present') return strategy.value === 'database' ? 'databaseStrategy' : undefined;
  if (strategy.state === 'absent' && config.adapter.state === 'present') return 'adapterDefaultsToDatabase';
  return undefined;
}

/** The Credentials providers whose sign-ins get no session, with the reason. */
export function credentialsWithoutJwt(
  config: AuthConfig,
): { readonly reason: DatabaseSessionReason; readonly providers: readonly ProviderInfo[] } | undefined {
  if (config.includedIn) return undefined;
  const providers = config.providers.items.filter((provider) => provider.kind === 'credentials');
  if (providers.length === 0) return undefined;
  const reason = databaseSessionReason(config);
  return reason ? { reason, providers } : undefined;
}

/** Whether a Credentials provider certainly has no `authorize`. */
export function lacksAuthorize(provider: ProviderInfo): boolean {
  if (provider.kind !== 'credentials') return false;
  if (provider.options.state === 'absent') return true;
  return provider.options.state === 'present' && provider.options.value.get('authorize').state === 'absent';
}

/** Why a config needs an adapter it does not have. */
export type AdapterNeed =
  | { readonly reason: 'email' | 'webauthn'; readonly provider: ProviderInfo }
  | { readonly reason: 'databaseStrategy'; readonly strategy: Present<string> };

/**
 * What needs the adapter a config lacks: e-mail and passkey / WebAuthn providers, and an explicit `"database"`
 * strategy. Empty when the config has an adapter, may have one, or is a piece another file may extend.
 */
export function adapterNeeds(config: AuthConfig): AdapterNeed[] {
  if (config.includedIn || !config.complete || config.adapter.state !== 'absent') return [];
  const needs: AdapterNeed[] = [];
  for (const provider of config.providers.items) {
    if (provider.kind === 'email' || provider.kind === 'webauthn') needs.push({ reason: provider.kind, provider });
  }
  const strategy = config.sessionStrategy;
  if (strategy.state === 'present' && strategy.value === 'database') needs.push({ reason: 'databaseStrategy', strategy });
  return needs;
}

/** A problem with a secret (a config's `secret` / `jwt.secret`, or the `secret` passed to `withAuth` / `getToken`). */
export type SecretProblem =
  | {
      readonly kind: 'hardcoded' | 'fallback' | 'empty';
      /** The value as written, to report on and replace. */
      readonly node: TSESTree.Node;
      /** The `secret` property, when the value is one's (a shorthand `{ secret }` is replaced whole). */
      readonly property?: TSESTree.Property;
      readonly value: SecretValue;
    }
  | {
      /** No secret and no env file declares one of `names`. */
      readonly kind: 'missing';
      readonly names: readonly string[];
      readonly files: readonly string[];
    }
  | {
      /** No `secret` property although `requireExplicit` is on, or the helper never reads env. */
      readonly kind: 'explicit';
      readonly reason: 'requireExplicit' | 'noEnvFallback';
    };

export interface SecretCheckOptions {
  /** Demand the property even when env files provide the secret. */
  readonly requireExplicit: boolean;
  /** The project's env files, loaded lazily (only a config without a secret needs them). */
  readonly env: () => ProjectEnv | undefined;
}

/** Judges a written secret: hard-coded, a hard-coded fallback, empty, or fine. */
export function judgeSecretValue(secret: Present<TSESTree.Node>): SecretProblem | undefined {
  const value = secretValue(secret.node, secret.frame);
  if (value.kind === 'hardcoded' || value.kind === 'empty' || value.kind === 'fallback') {
    return { kind: value.kind, node: secret.node, ...(secret.property ? { property: secret.property } : {}), value };
  }
  return undefined;
}

function judgeMissing(
  version: AuthVersion,
  envFallback: boolean,
  options: SecretCheckOptions,
): SecretProblem | undefined {
  if (!envFallback) return { kind: 'explicit', reason: 'noEnvFallback' };
  if (options.requireExplicit) return { kind: 'explicit', reason: 'requireExplicit' };
  const env = options.env();
  // No project, or an env file the rule cannot read (it may well declare the secret): stay silent.
  if (!env || env.files.some((file) => file.unreadable)) return undefined;
  const names = secretEnvNames(version);
  if (findDeclaredEnv(env, names)) return undefined;
  return { kind: 'missing', names: names.slice(0, 2), files: env.files.map((file) => file.name) };
}

/** The secret problems of a config: a bad `secret` / `jwt.secret`, or no secret anywhere. */
export function configSecretProblems(config: AuthConfig, options: SecretCheckOptions): SecretProblem[] {
  if (config.includedIn) return [];
  const problems: SecretProblem[] = [];
  const written: Tri<TSESTree.Node>[] = [config.secret];
  if (config.version !== 'v5') written.push(config.jwtSecret);
  for (const secret of written) {
    if (secret.state !== 'present') continue;
    const problem = judgeSecretValue(secret);
    if (problem) problems.push(problem);
  }
  const missing = config.secret.state === 'absent' && (config.version === 'v5' || config.jwtSecret.state === 'absent');
  if (missing && (config.complete || options.requireExplicit)) {
    const problem = judgeMissing(config.version, true, options);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The secret problems of a `withAuth` / `getToken` call. */
export function helperSecretProblems(helper: SecretHelperCall, options: SecretCheckOptions): SecretProblem[] {
  if (helper.secret.state === 'present') {
    const problem = judgeSecretValue(helper.secret);
    return problem ? [problem] : [];
  }
  if (helper.secret.state === 'unknown') return [];
  const problem = judgeMissing(helper.version, helper.envFallback, options);
  return problem ? [problem] : [];
}
