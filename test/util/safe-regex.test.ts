import { parse, tokensToRegexp } from 'path-to-regexp';
import { describe, expect, it } from 'vitest';

import { compileSafeRegex, MAX_WORK } from '../../src/util/safe-regex';

/** A small deterministic generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random pattern over `a`, `b`, `A`, `/`, `.` and a newline, using only syntax the engine follows. */
function randomPattern(next: () => number, depth = 0): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const atom = (): string => {
    const roll = next();
    if (depth < 3 && roll < 0.2) return `(${randomPattern(next, depth + 1)})`;
    if (depth < 3 && roll < 0.3) return `(?:${randomPattern(next, depth + 1)})`;
    if (depth < 3 && roll < 0.36) return `(?${pick(['=', '!'])}${randomPattern(next, depth + 1)})`;
    if (roll < 0.5) return pick(['[ab]', '[^a]', '[a-b/]', '[^\\/#\\?]', '[\\w.]', '[]', '[^]', '\\w', '\\W', '\\s', '\\d']);
    if (roll < 0.56) return pick(['^', '$', '\\b', '\\B']);
    if (roll < 0.62) return '.';
    return pick(['a', 'b', 'A', '\\/', '\\.', '\\n', 'x']);
  };
  const quantify = (text: string): string => {
    if (/^(\^|\$|\\b|\\B|\(\?[=!])/.test(text)) return text;
    const roll = next();
    if (roll < 0.5) return text;
    return text + pick(['*', '+', '?', '{2}', '{0,2}', '{1,}', '*?', '+?']);
  };
  const alternatives: string[] = [];
  const count = next() < 0.7 ? 1 : 2;
  for (let index = 0; index < count; index++) {
    let sequence = '';
    const length = 1 + Math.floor(next() * 4);
    for (let item = 0; item < length; item++) sequence += quantify(atom());
    alternatives.push(sequence);
  }
  return alternatives.join('|');
}

function randomInput(next: () => number): string {
  const alphabet = ['a', 'b', 'A', '/', '.', '\n', 'x', ' ', '1'];
  let text = '';
  const length = Math.floor(next() * 9);
  for (let index = 0; index < length; index++) text += alphabet[Math.floor(next() * alphabet.length)];
  return text;
}

describe('compileSafeRegex agrees with V8', () => {
  it('on random patterns and inputs, with and without flags', () => {
    const next = random(13);
    let compared = 0;
    let matched = 0;
    for (let round = 0; round < 1000; round++) {
      const source = randomPattern(next);
      for (const flags of ['', 'i', 'm', 's', 'y']) {
        const native = new RegExp(source, flags);
        const safe = compileSafeRegex(source, flags);
        expect(safe, `${source} /${flags}`).toBeDefined();
        for (let sample = 0; sample < 6; sample++) {
          const input = randomInput(next);
          native.lastIndex = 0;
          const expected = native.test(input);
          expect(safe!.test(input), `/${source}/${flags} on ${JSON.stringify(input)}`).toBe(expected);
          compared++;
          if (expected) matched++;
        }
      }
    }
    expect(compared).toBe(1000 * 5 * 6);
    // Both answers are common, so the comparison says something about each.
    expect(matched / compared).toBeGreaterThan(0.2);
    expect(matched / compared).toBeLessThan(0.8);
  });

  it('on the sources Next.js compiles from matchers', () => {
    const sources = [
      '/:nextData(_next/data/[^/]{1,})?/dashboard/:path*{(\\.json)}?',
      '/:nextData(_next/data/[^/]{1,})?/(/?index|/?index\\.json)?',
      '/:nextData(_next/data/[^/]{1,})?/:nextInternalLocale((?!_next/)[^/.]{1,})/x{(\\.json)}?',
      '/:nextData(_next/data/[^/]{1,})?/((?!api|_next/static|_next/image|favicon.ico).*){(\\.json)}?',
      '/:nextData(_next/data/[^/]{1,})?/(auth|login)/:path+{(\\.json)}?',
    ];
    const paths = ['/', '/index', '/dashboard', '/dashboard/', '/dashboard/a/b', '/Dashboard', '/api/auth/signin', '/apiary',
      '/_next/data/b1/dashboard.json', '/_next/data/b1/en/x.json', '/en/x', '/_next/x', '/login/a', '/favicon.ico'];
    for (const source of sources) {
      const pattern = tokensToRegexp(parse(source)).source;
      const native = new RegExp(pattern);
      const safe = compileSafeRegex(pattern)!;
      for (const path of paths) expect(safe.test(path), `${pattern} on ${path}`).toBe(native.test(path));
    }
  });

  it('folds case the way V8 does without the u flag', () => {
    // U+017F (long s) upper-cases to "S", but a non-ASCII character never folds onto an ASCII one here.
    for (const [source, input] of [['[A-Z]', '\u017f'], ['s', 'S'], ['k', '\u212a'], ['\u00e9', '\u00c9'], ['[^a]', 'A']]) {
      expect(compileSafeRegex(source!, 'i')!.test(input!)).toBe(new RegExp(source!, 'i').test(input!));
    }
  });
});

describe('patterns that backtrack exponentially in V8', () => {
  it('answers for nested quantifiers on a long input', () => {
    const nested = compileSafeRegex('^\\/(a+)+b$')!;
    expect(nested.test(`/${'a'.repeat(5_000)}c`)).toBe(false);
    expect(nested.test(`/${'a'.repeat(5_000)}b`)).toBe(true);
  });

  it('answers for a matcher with a repeated group of repeated characters', () => {
    const source = tokensToRegexp(parse('/:nextData(_next/data/[^/]{1,})?/:path((?:[\\w-]+/?)*)\\.html{(\\.json)}?')).source;
    const safe = compileSafeRegex(source)!;
    expect(safe.test(`/${'auth-error-'.repeat(300)}!`)).toBe(false);
    expect(safe.test(`/${'auth-error/'.repeat(300)}page.html`)).toBe(true);
  });
});

describe('what it refuses', () => {
  it.each([
    ['(a)\\1', ''],
    ['(?<n>a)\\k<n>', ''],
    ['(?<=a)b', ''],
    ['(?<!a)b', ''],
    ['\\p{L}', 'u'],
    ['a', 'u'],
    ['a', 'v'],
    ['\\012', ''],
    ['[\\w-z]', ''],
    ['(?=a)*', ''],
    ['(?i:a)', ''],
    ['(', ''],
    ['a**', ''],
  ])('/%s/%s', (source, flags) => {
    expect(compileSafeRegex(source, flags)).toBeUndefined();
  });

  it('gives no answer when the work would pass the budget', () => {
    const safe = compileSafeRegex('^(?:a|b)*c$')!;
    expect(safe.test('ab'.repeat(1_000))).toBe(false);
    expect(safe.test('a'.repeat(MAX_WORK))).toBeUndefined();
  });
});
