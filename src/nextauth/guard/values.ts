import type { TSESTree } from '@typescript-eslint/utils';

import type { SafeRegex } from '../../util/safe-regex';
import type { ImportBinding } from '../config/imports';
import type { FunctionNode } from '../syntax/functions';

/** The guard evaluator's vocabulary: outcomes, roles, options, the values it computes with, and its bounds. */

/** What the guard does with a signed-out request to the path. */
export type GuardOutcome =
  /** Lets it through. */
  | 'allow'
  /** Says no (a falsy `authorized` result): the library redirects to the sign-in page. */
  | 'deny'
  /** Redirects it somewhere itself (`Response.redirect`, `redirect()`, `signIn()`, `{ redirect }` props). */
  | 'redirect'
  | 'unknown';

/** Which function is being evaluated; it decides how the parameters are seeded and how results read. */
export type GuardRole =
  /** v4 `withAuth({ callbacks: { authorized({ token, req }) } })`: a truthy result lets the request through. */
  | 'v4-authorized'
  /** v5 `callbacks.authorized({ auth, request })`: truthy passes, falsy denies, a `Response` is used as is. */
  | 'v5-authorized'
  /** v5 `auth((req) => …)`'s function, or a hand-written middleware `(req) => …`. */
  | 'handler'
  /** A page / layout component or `getServerSideProps`. */
  | 'page';

export interface GuardOptions {
  /** The request's pathname (without `basePath`), as `req.nextUrl.pathname` reads it. */
  readonly pathname: string;
  /**
   * Gives the value of an imported name (e.g. `publicRoutes` from `./routes`) when the caller can read the
   * other file; `undefined` keeps it unknown.
   */
  readonly importedValue?: (binding: ImportBinding, program: TSESTree.Program) => StaticValue | undefined;
  /**
   * Whether the visitor is signed out (the default: every session source is `null`) or signed in (every
   * session source is an object nothing else is known about). Comparing both tells a redirect that exists
   * because of the missing session from one that happens anyway.
   */
  readonly session?: 'absent' | 'present';
}

/** A value an imported constant may have: strings, numbers, booleans and arrays / objects of them. */
export type StaticValue = string | number | boolean | null | readonly StaticValue[] | { readonly [key: string]: StaticValue };

export type Primitive = string | number | boolean | null | undefined;

export type Value =
  | { readonly t: 'prim'; readonly v: Primitive }
  | { readonly t: 'regex'; readonly re: SafeRegex }
  | { readonly t: 'array'; readonly items: readonly Value[] }
  /** `open`: properties not listed are unknown (a request); closed: they are `undefined` (a literal). */
  | { readonly t: 'object'; readonly props: ReadonlyMap<string, Value>; readonly open: boolean }
  | { readonly t: 'response'; readonly kind: 'redirect' | 'next' | 'rewrite' | 'other' }
  | { readonly t: 'function'; readonly node: FunctionNode; readonly env: Env }
  /** Something that exists (an object, a URL) with nothing else known about it. */
  | { readonly t: 'truthy' }
  | { readonly t: 'unknown' };

export const UNKNOWN: Value = { t: 'unknown' };
export const TRUTHY: Value = { t: 'truthy' };
export const UNDEFINED: Value = { t: 'prim', v: undefined };
export const NULL: Value = { t: 'prim', v: null };

export function prim(v: Primitive): Value {
  return { t: 'prim', v };
}

export function openObject(entries: Record<string, Value>): Value {
  return { t: 'object', props: new Map(Object.entries(entries)), open: true };
}

/** Truthiness: `true` / `false`, or `undefined` when unknown. */
export function truthy(value: Value): boolean | undefined {
  switch (value.t) {
    case 'prim':
      return Boolean(value.v);
    case 'unknown':
      return undefined;
    default:
      return true;
  }
}

/** Thrown (inside the evaluator only) when a call ends the render or request with a redirect. */
export class RedirectSignal {}
/** Thrown when the evaluation leaves what it can follow. */
export class GiveUp {}

export type Env = Map<string, Value>;

export type Completion =
  | { readonly type: 'normal'; readonly env: Env }
  | { readonly type: 'return'; readonly value: Value }
  | { readonly type: 'redirect' }
  | { readonly type: 'throw' }
  | { readonly type: 'unknown' };

export const MAX_PATHS = 64;
export const MAX_DEPTH = 40;
/** Expressions and statements one evaluation may visit (array items scanned count too). */
export const MAX_STEPS = 20_000;
/** The longest string an evaluation builds; a longer one is unknown. */
export const MAX_STRING_LENGTH = 4_096;


/** The value of an optional chain that met a nullish value (`a?.b` with `a` null). */
export const SHORT = Symbol('short-circuit');

export function fromStatic(value: StaticValue): Value {
  if (value === null || typeof value !== 'object') return prim(value);
  if (Array.isArray(value)) return { t: 'array', items: value.map(fromStatic) };
  const props = new Map<string, Value>();
  for (const [key, item] of Object.entries(value as Record<string, StaticValue>)) props.set(key, fromStatic(item));
  return { t: 'object', props, open: false };
}

/** Reads `object[key]`; `strict` reads of `null` / `undefined` give up (they throw at run time). */
export function member(object: Value, key: string, strict: boolean): Value {
  switch (object.t) {
    case 'object': {
      const found = object.props.get(key);
      if (found) return found;
      return object.open ? UNKNOWN : UNDEFINED;
    }
    case 'array':
      if (key === 'length') return prim(object.items.length);
      return /^\d+$/.test(key) ? (object.items[Number(key)] ?? UNDEFINED) : UNKNOWN;
    case 'prim':
      if (object.v === null || object.v === undefined) {
        // Reading a property of null throws at run time; nothing to follow.
        if (strict) throw new GiveUp();
        return UNKNOWN;
      }
      if (typeof object.v === 'string' && key === 'length') return prim(object.v.length);
      return UNKNOWN;
    default:
      return UNKNOWN;
  }
}
