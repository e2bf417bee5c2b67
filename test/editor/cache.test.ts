/**
 * The editor core keeps what it found in a group of labels per document version: a second request on the same
 * version is answered from it, a new version (or other options) starts afresh, and the answers are the ones an
 * uncached run gives.
 */
import ts from 'typescript';
import { beforeEach, describe, expect, it } from 'vitest';

import {
  clearEditorCache,
  codeActionsAt,
  completionsAt,
  editorCacheStats,
  getCodeActions,
  getCompletions,
  getHover,
  parseDocument,
  resolveEditorOptions,
} from '../../src/editor';
import { code, offsetOf } from '../language-service/harness';

const HANDLER = code`
  type ApiError = { errorCode: string };

  const friendly = {
    USER_NOT_FOUND: 'No account with that e-mail.',
    INVALID_PASSWRD: 'Wrong password.',
  };

  export function describe(error: ApiError): string {
    switch (error.errorCode) {
      case 'UNAUTHORIZED':
        return 'Please sign in.';
      case 'TOKEN_EXPIRD':
        return 'Sign in again.';
      case 'RATE_LIMIT_EXCEEDED':
        return 'Slow down.';
    }
    return friendly[error.errorCode] ?? 'Something went wrong.';
  }

  export function retry(error: ApiError): boolean {
    // Being typed: the last comparison's code.
    return error.errorCode === 'RATE_LIMIT_EXCEDED' || error.errorCode === 'UNAUTHORIZED' || error.errorCode === '';
  }
`;

/** Every position a user may ask at: the start and the inside of each string, and each `switch`. */
function positions(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(/'[^'\n]*'|switch/g)) found.push(match.index, match.index + 1);
  return found;
}

/** Hover, completions and code actions at each position of a text, as one list. */
function everything(text: string, version?: number, at: readonly number[] = positions(text)) {
  return at.map((at) => ({
    at,
    hover: getHover(ts, 'handler.ts', text, at, undefined, version),
    completions: getCompletions(ts, 'handler.ts', text, at, undefined, version),
    actions: getCodeActions(ts, 'handler.ts', text, at, at, undefined, version),
  }));
}

beforeEach(() => clearEditorCache());

describe('one document version', () => {
  it('answers a second request from what the first one found', () => {
    const at = offsetOf(HANDLER, 'TOKEN_EXPIRD');
    const first = getCodeActions(ts, 'handler.ts', HANDLER, at, at, undefined, 1);
    expect(first.map((action) => action.name)).toEqual(['replaceCode:TOKEN_EXPIRED', 'addMissingCases']);
    const computed = editorCacheStats.computed;
    expect(computed).toBeGreaterThan(0);

    const again = getCodeActions(ts, 'handler.ts', HANDLER, at, at, undefined, 1);
    expect(again).toEqual(first);
    expect(editorCacheStats.computed).toBe(computed);
    expect(editorCacheStats.reused).toBeGreaterThan(0);
  });

  it('judges a switch once for all of its labels', () => {
    const options = resolveEditorOptions(undefined);
    const sourceFile = parseDocument(ts, 'handler.ts', HANDLER);
    const document = { file: 'handler.ts', version: 7 };
    codeActionsAt(ts, sourceFile, offsetOf(HANDLER, 'UNAUTHORIZED'), offsetOf(HANDLER, 'UNAUTHORIZED'), options, document);
    const computed = editorCacheStats.computed;
    const at = offsetOf(HANDLER, 'RATE_LIMIT_EXCEEDED');
    const actions = codeActionsAt(ts, sourceFile, at, at, options, document);
    expect(actions.map((action) => action.id)).toEqual(['addMissingCases']);
    expect(editorCacheStats.computed).toBe(computed);
  });

  it('gives the same completions object to each detail request on the literal', () => {
    const options = resolveEditorOptions(undefined);
    const sourceFile = parseDocument(ts, 'handler.ts', HANDLER);
    const document = { file: 'handler.ts', version: 3 };
    const at = offsetOf(HANDLER, "=== ''", 5);
    const first = completionsAt(ts, sourceFile, at, options, document);
    expect(first?.items.map((item) => item.code)).toContain('USER_NOT_FOUND');
    expect(completionsAt(ts, sourceFile, at, options, document)).toBe(first);
    // The same version parsed again (another SourceFile object) still reuses it.
    expect(completionsAt(ts, parseDocument(ts, 'handler.ts', HANDLER), at, options, document)).toBe(first);
  });

  it('without a version, takes the text for one', () => {
    const at = offsetOf(HANDLER, 'TOKEN_EXPIRD');
    getCodeActions(ts, 'handler.ts', HANDLER, at, at);
    const computed = editorCacheStats.computed;
    getCodeActions(ts, 'handler.ts', HANDLER, at, at);
    expect(editorCacheStats.computed).toBe(computed);

    const fixed = HANDLER.replace('TOKEN_EXPIRD', 'TOKEN_EXPIRED');
    const actions = getCodeActions(ts, 'handler.ts', fixed, at, at);
    expect(actions.map((action) => action.id)).toEqual(['addMissingCases']);
    expect(editorCacheStats.computed).toBeGreaterThan(computed);
  });
});

describe('a new version', () => {
  it('gives fresh answers after an edit', () => {
    const at = offsetOf(HANDLER, 'TOKEN_EXPIRD');
    expect(getCodeActions(ts, 'handler.ts', HANDLER, at, at, undefined, 1).map((action) => action.id)).toEqual([
      'replaceCode',
      'addMissingCases',
    ]);
    const fixed = HANDLER.replace('TOKEN_EXPIRD', 'TOKEN_EXPIRED');
    expect(getCodeActions(ts, 'handler.ts', fixed, at, at, undefined, 2).map((action) => action.id)).toEqual(['addMissingCases']);
  });

  it('never answers for another text that a host numbered alike', () => {
    const at = offsetOf(HANDLER, 'TOKEN_EXPIRD');
    getCodeActions(ts, 'handler.ts', HANDLER, at, at, undefined, 1);
    const fixed = HANDLER.replace('TOKEN_EXPIRD', 'TOKEN_EXPIRED');
    expect(getCodeActions(ts, 'handler.ts', fixed, at, at, undefined, 1).map((action) => action.id)).toEqual(['addMissingCases']);
  });

  it('starts afresh with other options', () => {
    const at = offsetOf(HANDLER, 'TOKEN_EXPIRD');
    const [english] = getCodeActions(ts, 'handler.ts', HANDLER, at, at, { locale: 'en' }, 1);
    const [korean] = getCodeActions(ts, 'handler.ts', HANDLER, at, at, { locale: 'ko' }, 1);
    expect(english?.title).toBe('Replace with `TOKEN_EXPIRED`');
    expect(korean?.title).toBe('`TOKEN_EXPIRED`로 바꾸기');
    const position = offsetOf(HANDLER, "=== ''", 5);
    const inEnglish = getCompletions(ts, 'handler.ts', HANDLER, position, { locale: 'en' }, 1);
    const inKorean = getCompletions(ts, 'handler.ts', HANDLER, position, { locale: 'ko' }, 1);
    expect(inKorean?.items[0]?.detail).not.toBe(inEnglish?.items[0]?.detail);
  });

  it('keeps a few documents only', () => {
    const at = offsetOf(HANDLER, 'TOKEN_EXPIRD');
    getCodeActions(ts, 'first.ts', HANDLER, at, at, undefined, 1);
    for (let index = 0; index < 8; index++) getCodeActions(ts, `other-${index}.ts`, HANDLER, at, at, undefined, 1);
    const computed = editorCacheStats.computed;
    getCodeActions(ts, 'first.ts', HANDLER, at, at, undefined, 1);
    expect(editorCacheStats.computed).toBeGreaterThan(computed);
  });
});

describe('cached and uncached answers', () => {
  it('are the same at every position, in any order', () => {
    const uncached = positions(HANDLER).flatMap((at) => {
      clearEditorCache();
      return everything(HANDLER, undefined, [at]);
    });
    clearEditorCache();
    const backwards = everything(HANDLER, 1, [...positions(HANDLER)].reverse()).reverse();
    const cached = everything(HANDLER, 1);
    expect(editorCacheStats.reused).toBeGreaterThan(0);
    expect(cached).toEqual(uncached);
    expect(backwards).toEqual(uncached);
    // The fixtures cover every kind of answer.
    expect(cached.some((answer) => answer.hover)).toBe(true);
    expect(cached.some((answer) => answer.completions)).toBe(true);
    expect(cached.some((answer) => answer.actions.some((action) => action.id === 'replaceCode'))).toBe(true);
    expect(cached.some((answer) => answer.actions.some((action) => action.id === 'addMissingCases'))).toBe(true);
  });
});
