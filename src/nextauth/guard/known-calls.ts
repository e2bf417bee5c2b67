import { NULL, prim, TRUTHY, truthy, UNDEFINED, UNKNOWN } from './values';
import type { Value } from './values';

/**
 * The calls whose result the guard evaluator knows without running them: session readers, redirecting calls,
 * and the string, regex and array methods guards test paths with (`startsWith`, `test`, `some`, …).
 */

/** Session readers: their awaited result is `null` for a signed-out visitor. */
export const SESSION_READERS: readonly { source: RegExp; imported: string }[] = [
  { source: /^next-auth(\/next)?$/, imported: 'getServerSession' },
  { source: /^next-auth\/react$/, imported: 'getSession' },
  { source: /^(next-auth|@auth\/core)\/jwt$/, imported: 'getToken' },
];

/** Calls that end a render with a redirect. */
export const REDIRECTING_CALLS: readonly { source: RegExp; imported: string }[] = [
  { source: /^next\/navigation$/, imported: 'redirect' },
  { source: /^next\/navigation$/, imported: 'permanentRedirect' },
  { source: /^next-auth\/react$/, imported: 'signIn' },
];

/** What a known method needs from the evaluator: the step budget, and calling a callback. */
export interface CallHost {
  step(cost: number): void;
  invoke(fn: Extract<Value, { t: 'function' }>, args: readonly Value[]): Value;
}

/** The result of `object.method(...args)` for the string, regex and array methods known here; else unknown. */
export function methodCall(object: Value, method: string, args: readonly Value[], host: CallHost): Value {
  const [first] = args;
  if (object.t === 'prim' && typeof object.v === 'string') {
    const text = object.v;
    const argument = first?.t === 'prim' && typeof first.v === 'string' ? first.v : undefined;
    switch (method) {
      case 'startsWith':
        return argument === undefined ? UNKNOWN : prim(text.startsWith(argument));
      case 'endsWith':
        return argument === undefined ? UNKNOWN : prim(text.endsWith(argument));
      case 'includes':
        return argument === undefined ? UNKNOWN : prim(text.includes(argument));
      case 'indexOf':
        return argument === undefined ? UNKNOWN : prim(text.indexOf(argument));
      case 'toLowerCase':
        return prim(text.toLowerCase());
      case 'toUpperCase':
        return prim(text.toUpperCase());
      case 'trim':
        return prim(text.trim());
      case 'match': {
        // `match` with `g` starts from 0; with `y` alone, from `lastIndex`.
        const sticky = first?.t === 'regex' && first.re.flags.includes('y') && !first.re.flags.includes('g');
        const matched = first?.t === 'regex' && !sticky ? first.re.test(text) : undefined;
        return matched === undefined ? UNKNOWN : matched ? TRUTHY : NULL;
      }
      default:
        return UNKNOWN;
    }
  }
  if (object.t === 'regex' && method === 'test' && first?.t === 'prim' && typeof first.v === 'string') {
    // With `g` or `y`, a test starts at the object's `lastIndex`, which earlier tests moved.
    const matched = /[gy]/.test(object.re.flags) ? undefined : object.re.test(first.v);
    return matched === undefined ? UNKNOWN : prim(matched);
  }
  if (object.t === 'array') return arrayMethod(object.items, method, args, host);
  return UNKNOWN;
}

function arrayMethod(items: readonly Value[], method: string, args: readonly Value[], host: CallHost): Value {
  const [first] = args;
  if (method === 'includes' || method === 'indexOf') {
    if (first?.t !== 'prim') return UNKNOWN;
    host.step(items.length);
    let unknown = false;
    let index = -1;
    items.forEach((item, position) => {
      if (item.t !== 'prim') unknown = true;
      else if (item.v === first.v && index === -1) index = position;
    });
    if (index !== -1) return method === 'includes' ? prim(true) : prim(index);
    return unknown ? UNKNOWN : method === 'includes' ? prim(false) : prim(-1);
  }
  if ((method === 'some' || method === 'every' || method === 'find') && first?.t === 'function') {
    let unknown = false;
    for (const [index, item] of items.entries()) {
      const verdict = truthy(host.invoke(first, [item, prim(index)]));
      if (verdict === undefined) unknown = true;
      else if (method === 'some' && verdict) return prim(true);
      else if (method === 'find' && verdict) return item;
      else if (method === 'every' && !verdict) return prim(false);
    }
    if (unknown) return UNKNOWN;
    return method === 'some' ? prim(false) : method === 'every' ? prim(true) : UNDEFINED;
  }
  return UNKNOWN;
}

