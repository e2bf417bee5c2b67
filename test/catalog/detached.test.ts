import { describe, expect, it } from 'vitest';

import { detachedString } from '../../src/catalog/detached';

describe('detachedString', () => {
  it('gives back the same text for labels cut out of a file', () => {
    const file = `export const messages = {\n  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: 'That email is taken.',\n  'auth/invalid-credential': '잘못된 자격 증명',\n  OAuthSignin: 'Try another provider.',\n};\n`;
    for (const label of ['USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL', 'auth/invalid-credential', '잘못된 자격 증명', 'OAuthSignin']) {
      const start = file.indexOf(label);
      const cut = file.slice(start, start + label.length);
      expect(detachedString(cut)).toBe(label);
    }
  });

  it('keeps empty, short and concatenated keys unchanged', () => {
    expect(detachedString('')).toBe('');
    expect(detachedString('a')).toBe('a');
    expect(detachedString('exactly_13ch')).toBe('exactly_13ch');
    const key = `better-auth\u0000${'INVALID_EMAIL_OR_PASSWORD'}`;
    expect(detachedString(key)).toBe(key);
    expect(detachedString(key).length).toBe(key.length);
  });
});
