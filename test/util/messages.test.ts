import { describe, expect, it } from 'vitest';

import { printable } from '../../src/util/messages';

describe('printable', () => {
  it('spells control and bidi characters as escapes', () => {
    expect(printable('/auth/\u202eerror')).toBe('/auth/\\u{202e}error');
    expect(printable('a\u001b[31mb')).toBe('a\\u{1b}[31mb');
    expect(printable('x\u2066y\u2069')).toBe('x\\u{2066}y\\u{2069}');
  });

  it('leaves ordinary text, Korean included, alone', () => {
    expect(printable('USER_ALREADY_EXIST')).toBe('USER_ALREADY_EXIST');
    expect(printable('로그인 오류')).toBe('로그인 오류');
  });

  it('caps the length, marking the cut', () => {
    const long = 'A'.repeat(500);
    expect(printable(long)).toHaveLength(80);
    expect(printable(long).endsWith('…')).toBe(true);
    expect(printable(long, 10)).toBe(`${'A'.repeat(9)}…`);
  });
});
