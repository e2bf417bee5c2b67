import { describe, expect, it } from 'vitest';

import { editDistance } from '../../src/catalog/distance';

/** The textbook table of the optimal string alignment distance, with no early exit: what editDistance must match. */
function reference(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      table[i]![j] = Math.min(table[i - 1]![j]! + 1, table[i]![j - 1]! + 1, table[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) table[i]![j] = Math.min(table[i]![j]!, table[i - 2]![j - 2]! + 1);
    }
  }
  return table[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('USER_NOT_FOUND', 'USER_NOT_FOUND')).toBe(0);
    expect(editDistance('CredentialsSignin', 'CredentialSignin')).toBe(1);
    expect(editDistance('auth/wrong-password', 'auth/wrong-pasword')).toBe(1);
    expect(editDistance('OAuthSignin', 'OAuthSigin')).toBe(1);
    expect(editDistance('ACCESS_DENIED', 'ACCESS_DENEID')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('gives up with limit + 1 once the distance must exceed the limit', () => {
    expect(editDistance('session_not_found', 'rate_limit_exceeded', 2)).toBe(3);
    expect(editDistance('ab', 'abcdef', 1)).toBe(2);
  });

  it('agrees with the full table on strings of every length, with and without a limit', () => {
    // A fixed pseudo-random sequence, so a failure names the same pair every time.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    const word = () => Array.from({ length: next() % 90 }, () => 'ABab_-'[next() % 6]).join('');
    for (let round = 0; round < 400; round++) {
      const [a, b] = [word(), word()];
      const exact = reference(a, b);
      expect(editDistance(a, b), `${a} / ${b}`).toBe(exact);
      const limit = next() % 4;
      expect(editDistance(a, b, limit), `${a} / ${b} within ${limit}`).toBe(Math.min(exact, limit + 1));
    }
  });
});
