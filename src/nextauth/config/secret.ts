import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getLiteralString, skipTypeWrappers } from '../../util/ast';
import { findDeclaredEnv, secretEnvNames } from '../env/env';
import type { ProjectEnv } from '../env/env';
import type { Frame } from '../syntax/bindings';
import { memberName } from '../syntax/exports';
import { resolveValue } from './objects';

/** What a `secret` value is, as far as the file shows. */
export type SecretValue =
  /** A string written in the code (a literal, a template without expressions, or a `const` holding one). */
  | { readonly kind: 'hardcoded'; readonly node: TSESTree.Node }
  /** An empty string: the library treats it as no secret at all. */
  | { readonly kind: 'empty'; readonly node: TSESTree.Node }
  /**
   * An env read with a hard-coded fallback (`process.env.X || "dev"`, `?? "dev"`, `cond ? process.env.X : "dev"`).
   * `env` is the env read, when one side is one.
   */
  | {
      readonly kind: 'fallback';
      readonly node: TSESTree.Node;
      readonly fallback: TSESTree.Node;
      readonly env?: EnvRead;
    }
  /** A plain env read (`process.env.X`, `process.env.X!`, `process.env.X ?? ""`). */
  | { readonly kind: 'env'; readonly env: EnvRead }
  /** Anything else: a call, a config module's value, … */
  | { readonly kind: 'dynamic' };

/** A `process.env.NAME` read (also `process.env["NAME"]`). */
export interface EnvRead {
  readonly node: TSESTree.Node;
  readonly name: string;
}

/** `process.env.NAME` / `process.env["NAME"]` / `process.env.NAME!`, else `undefined`. */
export function envRead(node: TSESTree.Node, frame: Frame): EnvRead | undefined {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = memberName(target);
  if (name === undefined) return undefined;
  const object = skipTypeWrappers(target.object);
  if (
    object.type !== AST_NODE_TYPES.MemberExpression ||
    object.computed ||
    object.property.type !== AST_NODE_TYPES.Identifier ||
    object.property.name !== 'env' ||
    object.object.type !== AST_NODE_TYPES.Identifier ||
    object.object.name !== 'process' ||
    frame.lookup('process')
  ) {
    return undefined;
  }
  return { node: target, name };
}

/**
 * Classifies a `secret` value. Follows `const`s of the same file, so `const SECRET = "…"` is hard-coded too;
 * the returned nodes are as written in the config when the value is written there.
 */
export function secretValue(node: TSESTree.Node, frame: Frame): SecretValue {
  const written = skipTypeWrappers(node);
  const resolved = resolveValue(written, frame);
  const value = resolved.node;
  const literal = getLiteralString(value);
  if (literal !== undefined) return literal === '' ? { kind: 'empty', node: written } : { kind: 'hardcoded', node: written };
  const env = envRead(value, resolved.frame);
  if (env) return { kind: 'env', env };
  if (value.type === AST_NODE_TYPES.LogicalExpression && (value.operator === '||' || value.operator === '??')) {
    const left = envRead(value.left, resolved.frame);
    const fallback = resolveValue(value.right, resolved.frame);
    const fallbackText = getLiteralString(fallback.node);
    if (fallbackText === '' && left) return { kind: 'env', env: left };
    if (fallbackText !== undefined) {
      return { kind: 'fallback', node: value, fallback: value.right, ...(left ? { env: left } : {}) };
    }
    return { kind: 'dynamic' };
  }
  if (value.type === AST_NODE_TYPES.ConditionalExpression) {
    for (const [branch, other] of [
      [value.consequent, value.alternate],
      [value.alternate, value.consequent],
    ] as const) {
      const text = getLiteralString(resolveValue(branch, resolved.frame).node);
      if (text !== undefined && text !== '') {
        const env = envRead(other, resolved.frame);
        return { kind: 'fallback', node: value, fallback: branch, ...(env ? { env } : {}) };
      }
    }
  }
  return { kind: 'dynamic' };
}

// ---- the v4 middleware's own secret ------------------------------------------------------------------------

/** What the v4 middleware check knows about a project. */
export interface MiddlewareSecretFacts {
  /** Whether the middleware passes `secret` to `withAuth` (the re-exported default passes none). */
  readonly passed: 'present' | 'absent' | 'unknown';
  /** The env variable the project's NextAuth config reads its `secret` from, when it reads one. */
  readonly configEnv: string | undefined;
  /** The project's env files and schemas; `undefined` when there is no project. */
  readonly env: ProjectEnv | undefined;
}

/**
 * next-auth 4's middleware verifies the session token with the `secret` given to `withAuth`, else
 * `NEXTAUTH_SECRET` (and since 4.24 `AUTH_SECRET`); the options the route handler is built from never reach it.
 * When the config reads its secret from another variable (`secret: process.env.JWT_SECRET`), the middleware
 * passes none, and the project declares neither name the middleware reads, every request through the
 * middleware fails with NO_SECRET. Returns the names the middleware reads in that case, else `undefined`.
 *
 * Silent when anything is unknown: options the model cannot read, an env file it cannot read, or a project that
 * keeps no env file or schema at all (nothing then shows which variables a deployment has).
 */
export function middlewareSecretMismatch(facts: MiddlewareSecretFacts): readonly string[] | undefined {
  if (facts.passed !== 'absent' || facts.configEnv === undefined) return undefined;
  const names = secretEnvNames('v4');
  if (names.includes(facts.configEnv)) return undefined;
  const env = facts.env;
  if (!env || env.files.some((file) => file.unreadable) || !env.files.some((file) => file.exists)) return undefined;
  return findDeclaredEnv(env, names) ? undefined : names;
}
