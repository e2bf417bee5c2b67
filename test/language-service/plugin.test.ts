import type * as TS from 'typescript';
import { describe, expect, it } from 'vitest';

import { baasMarkdown, codesOf, entry, LOGIN_FORM, PAGES } from '../editor/samples';
import { applyChanges, createVirtualProject, offsetOf, ROOT, TYPESCRIPTS } from './harness';

const LOGIN = `${ROOT}/login.tsx`;
const PAGES_FILE = `${ROOT}/pages.ts`;
const text = (parts: readonly TS.SymbolDisplayPart[] | undefined) => (parts ?? []).map((part) => part.text).join('');

describe.each(TYPESCRIPTS)('tsserver plugin in process (%s)', (_name, ts) => {
  const project = (config: Record<string, unknown> = {}) =>
    createVirtualProject(ts, { 'login.tsx': LOGIN_FORM, 'pages.ts': PAGES }, config);

  describe('quick info', () => {
    it('builds its own quick info on a case label, where TypeScript has none, spanning the literal', () => {
      const { service, original } = project();
      const at = offsetOf(LOGIN_FORM, 'RATE_LIMIT_EXCEEDED', 4);
      expect(original.getQuickInfoAtPosition(LOGIN, at)).toBeUndefined();
      expect(service.getQuickInfoAtPosition(LOGIN, at)).toEqual({
        kind: ts.ScriptElementKind.string,
        kindModifiers: '',
        textSpan: { start: offsetOf(LOGIN_FORM, "'RATE_LIMIT_EXCEEDED'"), length: 21 },
        displayParts: [
          { kind: 'punctuation', text: '(' },
          { kind: 'text', text: 'error code' },
          { kind: 'punctuation', text: ')' },
          { kind: 'space', text: ' ' },
          { kind: 'stringLiteral', text: '"RATE_LIMIT_EXCEEDED"' },
        ],
        documentation: [{ kind: 'text', text: baasMarkdown('RATE_LIMIT_EXCEEDED') }],
        tags: [],
      });
    });

    it('speaks Korean with locale "ko"', () => {
      const { service } = project({ locale: 'ko' });
      const info = service.getQuickInfoAtPosition(LOGIN, offsetOf(LOGIN_FORM, 'RATE_LIMIT_EXCEEDED'));
      expect(text(info?.displayParts)).toBe('(오류 코드) "RATE_LIMIT_EXCEEDED"');
      expect(info?.documentation).toEqual([{ kind: 'text', text: baasMarkdown('RATE_LIMIT_EXCEEDED', 'ko') }]);
    });

    it("appends to TypeScript's own quick info on a map key, never replacing it", () => {
      const { service, original } = project();
      const at = offsetOf(PAGES, 'TOKEN_EXPIRED:', 1);
      const own = original.getQuickInfoAtPosition(PAGES_FILE, at)!;
      expect(text(own.displayParts)).toBe('(property) TOKEN_EXPIRED: string');
      expect(own.documentation).toEqual([{ kind: 'text', text: 'Shown after the session ran out.' }]);
      expect(service.getQuickInfoAtPosition(PAGES_FILE, at)).toEqual({
        ...own,
        documentation: [...own.documentation!, { kind: 'lineBreak', text: '\n\n' }, { kind: 'text', text: baasMarkdown('TOKEN_EXPIRED') }],
      });
    });

    it('leaves generic words alone unless the context says they are error codes', () => {
      const { service, original } = project();
      for (const needle of ["'Default'", 'Default:', 'Configuration:']) {
        const at = offsetOf(PAGES, needle, 1);
        expect(service.getQuickInfoAtPosition(PAGES_FILE, at)).toEqual(original.getQuickInfoAtPosition(PAGES_FILE, at));
      }
      const compared = service.getQuickInfoAtPosition(PAGES_FILE, offsetOf(PAGES, "'Configuration'", 1));
      expect(text(compared?.displayParts)).toBe('(error code) "Configuration"');
      expect(text(compared?.documentation)).toContain('**`Configuration`** — NextAuth.js v4 page error values');
    });
  });

  describe('completions', () => {
    it("adds the switch's missing codes to TypeScript's own string completions", () => {
      const { service, original, setFile } = project();
      const typed = LOGIN_FORM.replace('errorCode: string', "errorCode: 'UNAUTHORIZED' | 'INVALID_USER' | (string & {})").replace(
        "case 'TOKEN_EXPIRD':",
        "case '':",
      );
      setFile('login.tsx', typed);
      const at = offsetOf(typed, "case ''", 6);
      const own = original.getCompletionsAtPosition(LOGIN, at, {})!;
      // TypeScript offers the union's members the switch does not handle yet.
      expect(own.entries.map((item) => item.name)).toEqual(['INVALID_USER']);
      const result = service.getCompletionsAtPosition(LOGIN, at, {})!;
      expect(result.entries.slice(0, own.entries.length)).toEqual(own.entries);
      const added = result.entries.slice(own.entries.length);
      expect(added.map((item) => item.name)).toEqual(
        codesOf('baas', ['UNAUTHORIZED', 'RATE_LIMIT_EXCEEDED']).filter((item) => item !== 'INVALID_USER'),
      );
      expect(added[0]).toEqual({
        name: 'INVALID_REQUEST',
        kind: ts.ScriptElementKind.string,
        kindModifiers: '',
        sortText: '00001',
        replacementSpan: { start: at, length: 0 },
        labelDetails: { description: entry('INVALID_REQUEST', 'baas').summary.en },
      });
    });

    it('answers on its own where TypeScript has nothing, and details an offered code', () => {
      const { service, original, setFile } = project({ locale: 'ko' });
      const typing = LOGIN_FORM.replace("case 'TOKEN_EXPIRD':", "case 'TOO");
      setFile('login.tsx', typing);
      const at = offsetOf(typing, "'TOO", 4);
      expect(original.getCompletionsAtPosition(LOGIN, at, {})?.entries ?? []).toEqual([]);
      const result = service.getCompletionsAtPosition(LOGIN, at, {})!;
      expect(result.isNewIdentifierLocation).toBe(true);
      expect(result.entries.map((item) => item.name)).toContain('TOO_MANY_LOGIN_ATTEMPTS');
      const details = service.getCompletionEntryDetails(LOGIN, at, 'TOO_MANY_LOGIN_ATTEMPTS', {}, undefined, {}, undefined)!;
      const e = entry('TOO_MANY_LOGIN_ATTEMPTS', 'baas');
      expect(details.displayParts).toEqual([{ kind: 'text', text: e.summary.ko }]);
      expect(text(details.documentation)).toMatch(/^\*\*`TOO_MANY_LOGIN_ATTEMPTS`\*\* — BaaS 인증 API 오류 코드\n\n/);
    });
  });

  describe('refactors', () => {
    it('offers "Replace with X" and "Add missing error-code cases" on a misspelled label and applies them', () => {
      const { service } = project();
      const at = offsetOf(LOGIN_FORM, 'TOKEN_EXPIRD');
      const refactors = service.getApplicableRefactors(LOGIN, at, {}, undefined, undefined);
      const ours = refactors.find((refactor) => refactor.name === 'auth-errors');
      expect(ours).toEqual({
        name: 'auth-errors',
        description: 'Auth error codes',
        actions: [
          { name: 'replaceCode:TOKEN_EXPIRED', description: 'Replace with `TOKEN_EXPIRED`', kind: 'refactor.rewrite.auth-errors' },
          { name: 'addMissingCases', description: 'Add missing error-code cases', kind: 'refactor.rewrite.auth-errors' },
        ],
      });
      const replace = service.getEditsForRefactor(LOGIN, {}, at, 'auth-errors', 'replaceCode:TOKEN_EXPIRED', {})!;
      expect(replace.edits).toEqual([
        { fileName: LOGIN, textChanges: [{ span: { start: at, length: 12 }, newText: 'TOKEN_EXPIRED' }] },
      ]);
      const cases = service.getEditsForRefactor(LOGIN, {}, at, 'auth-errors', 'addMissingCases', {})!;
      const after = applyChanges(LOGIN_FORM, cases.edits[0]!.textChanges);
      const missing = codesOf('baas', ['UNAUTHORIZED', 'RATE_LIMIT_EXCEEDED', 'TOKEN_EXPIRD']);
      const inserted = missing.map((code) => `    case '${code}': // ${entry(code, 'baas').summary.en}\n      break;\n`).join('');
      expect(after).toBe(LOGIN_FORM.replace('    default:', `${inserted}    default:`));
    });

    it('offers nothing when the editor asks for another kind, and keeps TypeScript refactors', () => {
      const { service, original } = project();
      const at = offsetOf(LOGIN_FORM, 'TOKEN_EXPIRD');
      expect(service.getApplicableRefactors(LOGIN, at, {}, undefined, 'refactor.extract')).toEqual(
        original.getApplicableRefactors(LOGIN, at, {}, undefined, 'refactor.extract'),
      );
      const range = { pos: offsetOf(LOGIN_FORM, 'error.message'), end: offsetOf(LOGIN_FORM, 'error.message') + 13 };
      const own = original.getApplicableRefactors(LOGIN, range, {}, undefined, undefined);
      expect(own.length).toBeGreaterThan(0);
      expect(service.getApplicableRefactors(LOGIN, range, {}, undefined, undefined)).toEqual(own);
    });
  });

  describe('options and safety', () => {
    it('logs invalid options with a fixed prefix and falls back to the defaults', () => {
      const { service, logs } = project({ locale: 'fr' });
      expect(logs.filter((line) => line.startsWith('Err:'))).toEqual([
        'Err: [eslint-plugin-auth-errors] eslint-plugin-auth-errors: the plugin options.locale must be one of "en", "ko", but it is "fr". Using the default options.',
      ]);
      const info = service.getQuickInfoAtPosition(LOGIN, offsetOf(LOGIN_FORM, 'RATE_LIMIT_EXCEEDED'));
      expect(text(info?.displayParts)).toBe('(error code) "RATE_LIMIT_EXCEEDED"');
    });

    it('merges options an editor sends over the tsconfig entry (onConfigurationChanged)', () => {
      const { service, configure } = project({ families: ['baas'] });
      const at = offsetOf(PAGES, 'OAUTH_CALLBACK_ERROR');
      expect(service.getQuickInfoAtPosition(PAGES_FILE, at)).toBeUndefined();
      configure({ locale: 'ko' });
      expect(service.getQuickInfoAtPosition(PAGES_FILE, at)).toBeUndefined();
      expect(text(service.getQuickInfoAtPosition(LOGIN, offsetOf(LOGIN_FORM, 'UNAUTHORIZED'))?.displayParts)).toBe(
        '(오류 코드) "UNAUTHORIZED"',
      );
      configure({ locale: 'ko', families: ['nextauth', 'baas'] });
      expect(text(service.getQuickInfoAtPosition(PAGES_FILE, at)?.displayParts)).toBe('(오류 코드) "OAUTH_CALLBACK_ERROR"');
      // Each configuration replaces the previous one: what the editor no longer sends comes from tsconfig again.
      configure({});
      expect(service.getQuickInfoAtPosition(PAGES_FILE, at)).toBeUndefined();
      expect(text(service.getQuickInfoAtPosition(LOGIN, offsetOf(LOGIN_FORM, 'UNAUTHORIZED'))?.displayParts)).toBe(
        '(error code) "UNAUTHORIZED"',
      );
    });

    it('gives only TypeScript\'s own answers while an editor sends enable: false, and answers again after', () => {
      const { service, original, configure, logs } = project({});
      const code = offsetOf(LOGIN_FORM, 'UNAUTHORIZED');
      const typing = offsetOf(LOGIN_FORM, 'TOKEN_EXPIRD');
      configure({ enable: false });
      expect(service.getQuickInfoAtPosition(LOGIN, code)).toEqual(original.getQuickInfoAtPosition(LOGIN, code));
      expect(service.getCompletionsAtPosition(LOGIN, typing, {})).toEqual(original.getCompletionsAtPosition(LOGIN, typing, {}));
      expect(service.getApplicableRefactors(LOGIN, typing, {})).toEqual(original.getApplicableRefactors(LOGIN, typing, {}));
      configure({ enable: true });
      expect(text(service.getQuickInfoAtPosition(LOGIN, code)?.displayParts)).toBe('(error code) "UNAUTHORIZED"');
      configure({ enable: 'no' });
      expect(text(service.getQuickInfoAtPosition(LOGIN, code)?.displayParts)).toBe('(error code) "UNAUTHORIZED"');
      expect(logs.filter((line) => line.startsWith('Err:'))).toEqual([
        'Err: [eslint-plugin-auth-errors] the plugin options.enable must be true or false, but it is "no". Staying enabled.',
      ]);
    });

    it("answers with TypeScript's own result and logs when a feature throws", () => {
      const broken = (service: TS.LanguageService): TS.LanguageService => ({
        ...service,
        getProgram: () => {
          throw new Error('program unavailable');
        },
      });
      const { service, original, logs } = createVirtualProject(ts, { 'login.tsx': LOGIN_FORM, 'pages.ts': PAGES }, {}, broken);
      const at = offsetOf(PAGES, 'TOKEN_EXPIRED:', 1);
      expect(service.getQuickInfoAtPosition(PAGES_FILE, at)).toEqual(original.getQuickInfoAtPosition(PAGES_FILE, at));
      const typing = offsetOf(LOGIN_FORM, 'TOKEN_EXPIRD');
      expect(service.getCompletionsAtPosition(LOGIN, typing, {})).toEqual(original.getCompletionsAtPosition(LOGIN, typing, {}));
      expect(service.getApplicableRefactors(LOGIN, typing, {})).toEqual(original.getApplicableRefactors(LOGIN, typing, {}));
      const errors = logs.filter((line) => line.startsWith('Err:'));
      expect(errors.map((line) => line.split(';')[0])).toEqual([
        'Err: [eslint-plugin-auth-errors] quick info failed',
        'Err: [eslint-plugin-auth-errors] completions failed',
        'Err: [eslint-plugin-auth-errors] refactors failed',
      ]);
      expect(errors[0]).toContain('program unavailable');
    });
  });
});
