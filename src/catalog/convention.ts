/**
 * How a code is written: its naming convention. A code system keeps one convention (next-auth's logger codes are
 * `UPPER_SNAKE`, its page values `PascalCase`, OAuth 2.0 errors `lower_snake`), so a string that spells a
 * catalog code's words in another convention belongs to another code system — the app's own `rate_limit_exceeded`,
 * RFC 6749's `access_denied` — and is no misspelling of the catalog code.
 */

export type Convention = 'upper-snake' | 'lower-snake' | 'kebab' | 'camel' | 'pascal' | 'other';

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const LOWER_WORD = /^[a-z][a-z0-9]*$/;
const LOWER_SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const CAMEL = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/;

/**
 * The conventions a string may be written in. A single lower-case word (`unauthorized`) fits `lower_snake`,
 * `kebab-case` and `camelCase` alike; a prefix before a slash (`auth/user-not-found`) is kept apart, see
 * {@link sameConvention}.
 */
export function conventionsOf(code: string): ReadonlySet<Convention> {
  if (LOWER_WORD.test(code)) return new Set<Convention>(['lower-snake', 'kebab', 'camel']);
  if (UPPER_SNAKE.test(code)) return new Set<Convention>(['upper-snake']);
  if (LOWER_SNAKE.test(code)) return new Set<Convention>(['lower-snake']);
  if (KEBAB.test(code)) return new Set<Convention>(['kebab']);
  if (CAMEL.test(code)) return new Set<Convention>(['camel']);
  if (PASCAL.test(code)) return new Set<Convention>(['pascal']);
  return new Set<Convention>(['other']);
}

/**
 * Whether two strings are written in the same convention, and with the same `prefix/` when they have one.
 * `USER_ALREADY_EXIST` and `USER_ALREADY_EXISTS` are; `rate_limit_exceeded` and `RATE_LIMIT_EXCEEDED`,
 * `access_denied` and `AccessDenied` are not.
 */
export function sameConvention(a: string, b: string): boolean {
  const [prefixA, restA] = splitPrefix(a);
  const [prefixB, restB] = splitPrefix(b);
  if (prefixA !== prefixB) return false;
  const conventions = conventionsOf(restB);
  for (const convention of conventionsOf(restA)) if (convention !== 'other' && conventions.has(convention)) return true;
  return false;
}

/** A code's `prefix/` (empty when it has none) and the rest. */
export function splitPrefix(code: string): [string, string] {
  const slash = code.indexOf('/');
  return slash > 0 ? [code.slice(0, slash), code.slice(slash + 1)] : ['', code];
}

/** The words of a code, lower-cased, in order: `OAuthAccountNotLinked` gives `oauth account not linked`. */
export function wordsOf(code: string): string[] {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-/]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/**
 * Whether one string is the other with whole words added (`UserVerification` and `Verification`,
 * `OAUTH_CALLBACK` and `OAUTH_CALLBACK_ERROR`): a different name, not a slip of the keyboard.
 */
export function differsByWholeWords(a: string, b: string): boolean {
  const wordsA = wordsOf(a);
  const wordsB = wordsOf(b);
  if (wordsA.length === wordsB.length) return false;
  const [shorter, longer] = wordsA.length < wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  let at = 0;
  for (const word of longer) if (at < shorter.length && word === shorter[at]) at++;
  return at === shorter.length;
}
