/**
 * The real thing, as VS Code sees it: the installed tsserver (TypeScript 6.0 and 5.9) on examples/next-app, whose
 * tsconfig lists the plugin by package name. tsserver resolves it from node_modules (the workspace's own symlink
 * to this package, built by the global setup) and talks JSON over stdio.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { locate, TsServerClient } from '../../scripts/lib/tsserver-client.mjs';
import { baasMarkdown, codesOf, entry } from '../editor/samples';

const root = path.resolve(__dirname, '..', '..');
const app = path.join(root, 'examples', 'next-app');
const loginForm = path.join(app, 'app', 'login', 'login-form.tsx');
const apiErrors = path.join(app, 'lib', 'api-errors.ts');
const loginText = readFileSync(loginForm, 'utf8');
/** The codes the example's switch handles, read from the file (the example may grow). */
const handled = [...loginText.matchAll(/case '([^']+)':/g)].map((match) => match[1]!);

const SERVERS = [
  ['TypeScript 6.0', path.join(root, 'node_modules', 'typescript', 'lib', 'tsserver.js'), '6.0.3'],
  ['TypeScript 5.9', path.join(root, 'node_modules', 'typescript-5', 'lib', 'tsserver.js'), '5.9.3'],
] as const;

describe.each(SERVERS)('real tsserver (%s) on examples/next-app', (_name, tsserver, version) => {
  let client: TsServerClient;
  let logDir: string;
  let logFile: string;

  beforeAll(() => {
    logDir = mkdtempSync(path.join(tmpdir(), 'auth-errors-tsserver-'));
    logFile = path.join(logDir, 'tsserver.log');
    client = TsServerClient.start({ tsserver, cwd: app, logFile });
    client.open(loginForm, { projectRootPath: app });
  });
  afterAll(async () => {
    await client?.close();
    rmSync(logDir, { recursive: true, force: true });
  });

  it('loads the plugin by package name from the tsconfig entry', async () => {
    // Any request makes sure the project (and its plugins) is loaded before the log is read.
    await client.quickInfo(loginForm, locate(loginText, 'UNAUTHORIZED'));
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain('Enabling plugin eslint-plugin-auth-errors from candidate paths');
    expect(log).toContain(`[eslint-plugin-auth-errors] created for ${path.join(app, 'tsconfig.json')} (TypeScript ${version})`);
    expect(log).not.toContain('Skipped loading plugin eslint-plugin-auth-errors');
  });

  it('answers quickinfo on a case label with the code docs, spanning the literal', async () => {
    const body = await client.quickInfo(loginForm, locate(loginText, "'RATE_LIMIT_EXCEEDED'", { delta: 5 }));
    const start = locate(loginText, "'RATE_LIMIT_EXCEEDED'");
    expect(body).toEqual({
      kind: 'string',
      kindModifiers: '',
      start,
      end: { line: start.line, offset: start.offset + "'RATE_LIMIT_EXCEEDED'".length },
      displayString: '(error code) "RATE_LIMIT_EXCEEDED"',
      documentation: baasMarkdown('RATE_LIMIT_EXCEEDED'),
      tags: [],
    });
  });

  it("appends the docs to TypeScript's own quickinfo on a map key", async () => {
    const text = readFileSync(apiErrors, 'utf8');
    client.open(apiErrors, { projectRootPath: app });
    const body = await client.quickInfo(apiErrors, locate(text, 'TOKEN_EXPIRED:', { delta: 3 }));
    expect(body.displayString).toBe('(property) TOKEN_EXPIRED: string');
    expect(body.documentation).toBe(baasMarkdown('TOKEN_EXPIRED'));
  });

  it('adds the missing codes to completionInfo inside case quotes, with details', async () => {
    const typing = loginText.replace("      case 'RATE_LIMIT_EXCEEDED':", "      case '':\n        break;\n      case 'RATE_LIMIT_EXCEEDED':");
    client.notify('change', {
      file: loginForm,
      line: 1,
      offset: 1,
      endLine: loginText.split('\n').length + 1,
      endOffset: 1,
      insertString: typing,
    });
    const at = locate(typing, "case ''", { delta: 6 });
    const body = await client.completionInfo(loginForm, at);
    expect(body.entries.map((item: { name: string }) => item.name)).toEqual(codesOf('baas', handled));
    expect(body.entries[0]).toEqual({
      name: 'INVALID_USER',
      kind: 'string',
      kindModifiers: '',
      sortText: '00000',
      replacementSpan: { start: at, end: at },
      labelDetails: { description: entry('INVALID_USER', 'baas').summary.en },
    });
    const [details] = await client.completionEntryDetails(loginForm, at, ['TOKEN_EXPIRED']);
    expect(details.displayParts).toEqual([{ kind: 'text', text: entry('TOKEN_EXPIRED', 'baas').summary.en }]);
    expect(details.documentation).toEqual([{ kind: 'text', text: baasMarkdown('TOKEN_EXPIRED') }]);
    client.notify('change', {
      file: loginForm,
      line: 1,
      offset: 1,
      endLine: typing.split('\n').length + 1,
      endOffset: 1,
      insertString: loginText,
    });
  });

  it('offers and applies "Add missing error-code cases" through getApplicableRefactors / getEditsForRefactor', async () => {
    const at = locate(loginText, 'switch (apiError');
    const refactors = await client.applicableRefactors(loginForm, at);
    expect(refactors.find((refactor: { name: string }) => refactor.name === 'auth-errors')).toEqual({
      name: 'auth-errors',
      description: 'Auth error codes',
      actions: [{ name: 'addMissingCases', description: 'Add missing error-code cases', kind: 'refactor.rewrite.auth-errors' }],
    });
    const edits = await client.editsForRefactor(loginForm, at, 'auth-errors', 'addMissingCases');
    const defaultLine = locate(loginText, '      default:');
    expect(edits.edits).toEqual([
      {
        fileName: loginForm,
        textChanges: [
          {
            start: { line: defaultLine.line, offset: 1 },
            end: { line: defaultLine.line, offset: 1 },
            newText: codesOf('baas', handled)
              .map((code) => `      case '${code}': // ${entry(code, 'baas').summary.en}\n        break;\n`)
              .join(''),
          },
        ],
      },
    ]);
  });

  it('takes options an editor sends with configurePlugin (Korean)', async () => {
    await client.request('configurePlugin', { pluginName: 'eslint-plugin-auth-errors', configuration: { locale: 'ko' } });
    const body = await client.quickInfo(loginForm, locate(loginText, "'RATE_LIMIT_EXCEEDED'", { delta: 1 }));
    expect(body.displayString).toBe('(오류 코드) "RATE_LIMIT_EXCEEDED"');
    expect(body.documentation).toBe(baasMarkdown('RATE_LIMIT_EXCEEDED', 'ko'));
    await client.request('configurePlugin', { pluginName: 'eslint-plugin-auth-errors', configuration: { locale: 'en' } });
  });
});
