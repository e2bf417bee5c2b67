import { expect } from 'vitest';

import type { Localized } from '../../src/catalog/types';

/** Hangul syllables and jamo: a Korean text has some, an English one none. */
export const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
/** Words and marks a text left unfinished would have. */
export const PLACEHOLDER = /\bTODO\b|\bTBD\b|\bFIXME\b|\bN\/A\b|\blorem\b|\bipsum\b|\bXXX\b|\?\?\?|\$\{/i;

/**
 * A catalog text in both languages: neither empty nor padded nor a placeholder, the Korean one in Hangul, the
 * English one without, and the two not the same string.
 */
export function checkLocalized(label: string, text: Localized): void {
  for (const locale of ['en', 'ko'] as const) {
    const value = text[locale];
    expect(value.trim().length, `${label}.${locale} is empty`).toBeGreaterThan(0);
    expect(value, `${label}.${locale} has surrounding blanks`).toBe(value.trim());
    expect(value, `${label}.${locale} contains a placeholder`).not.toMatch(PLACEHOLDER);
  }
  expect(text.ko, `${label}.ko has no Hangul`).toMatch(HANGUL);
  expect(text.en, `${label}.en contains Hangul`).not.toMatch(HANGUL);
  expect(text.en, `${label}: en and ko are identical`).not.toBe(text.ko);
}
