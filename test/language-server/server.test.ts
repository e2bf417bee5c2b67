/**
 * The LSP server as a real process over stdio, installed the way npm lays it out in a project whose own
 * `typescript` is TypeScript 7 (native, no JavaScript parser API): the server must parse with a TypeScript 6 it
 * resolves from its own package folder, never the project's.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baasMarkdown, codesOf, entry } from '../editor/samples';
import { LspClient, positionOf } from './lsp-client';

const root = path.resolve(__dirname, '..', '..');
const fixture = path.join(root, 'test', 'fixtures', 'language-server-ts7');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const RUNTIME_DEPENDENCIES = [
  'vscode-languageserver',
  'vscode-languageserver-protocol',
  'vscode-languageserver-types',
  'vscode-jsonrpc',
  'vscode-languageserver-textdocument',
];

/**
 * A copy of the fixture with node_modules as npm would install it: `typescript` is TypeScript 7 at the top, the
 * package is a real folder (its package.json and dist/src), and — when `ownTypeScript` — the TypeScript 6 that
 * the package depends on is nested in the package's own node_modules.
 */
function installFixture(ownTypeScript: boolean): { dir: string; server: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'auth-errors-ts7-'));
  cpSync(fixture, dir, { recursive: true });
  const modules = path.join(dir, 'node_modules');
  const pkg = path.join(modules, 'eslint-plugin-auth-errors');
  mkdirSync(pkg, { recursive: true });
  symlinkSync(path.join(root, 'node_modules', 'typescript-7'), path.join(modules, 'typescript'), 'dir');
  for (const name of RUNTIME_DEPENDENCIES) symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name), 'dir');
  cpSync(path.join(root, 'package.json'), path.join(pkg, 'package.json'));
  cpSync(path.join(root, 'dist', 'src'), path.join(pkg, 'dist', 'src'), { recursive: true });
  if (ownTypeScript) {
    mkdirSync(path.join(pkg, 'node_modules'));
    symlinkSync(path.join(root, 'node_modules', 'typescript'), path.join(pkg, 'node_modules', 'typescript'), 'dir');
  }
  return { dir, server: path.join(pkg, packageJson.bin['auth-errors-language-server']!) };
}

describe('auth-errors-language-server in a TypeScript 7 project', () => {
  let install: { dir: string; server: string };
  let client: LspClient;
  let apiText: string;
  let apiUri: string;

  beforeAll(async () => {
    install = installFixture(true);
    client = LspClient.start(process.execPath, [install.server, '--stdio'], install.dir);
    apiText = readFileSync(path.join(install.dir, 'src', 'api-errors.ts'), 'utf8');
  });
  afterAll(() => {
    client?.dispose();
    rmSync(install.dir, { recursive: true, force: true });
  });

  it("is really a TypeScript 7 project: the project's typescript has no parser API", () => {
    const projectTs = createRequire(path.join(install.dir, 'package.json'))('typescript') as Record<string, unknown>;
    expect(projectTs.version).toBe('7.0.2');
    expect(projectTs.createSourceFile).toBeUndefined();
  });

  it('initializes with hover, completion and code actions and parses with its own TypeScript 6', async () => {
    const result = await client.initialize(install.dir, { locale: 'en' });
    expect(result.serverInfo).toEqual({ name: 'auth-errors-language-server', version: '0.1.0' });
    expect(result.capabilities).toEqual({
      textDocumentSync: 2,
      hoverProvider: true,
      completionProvider: { triggerCharacters: ["'", '"', '`'] },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
    });
    await expect.poll(() => client.logs.map((log) => log.message)).toContain(
      // Node follows the nested symlink to the TypeScript 6 it points at.
      `[auth-errors] parsing with TypeScript 6.0.3 from ${path.join(realpathSync(path.join(install.dir, 'node_modules', 'eslint-plugin-auth-errors', 'node_modules', 'typescript')), 'lib', 'typescript.js')}`,
    );
  });

  it('answers textDocument/hover with the Markdown docs and the literal as range', async () => {
    apiUri = await client.didOpen(path.join(install.dir, 'src', 'api-errors.ts'), 'typescript', apiText);
    const start = positionOf(apiText, "'RATE_LIMIT_EXCEEDED'");
    expect(await client.hover(apiUri, positionOf(apiText, 'RATE_LIMIT_EXCEEDED', 4))).toEqual({
      contents: { kind: 'markdown', value: baasMarkdown('RATE_LIMIT_EXCEEDED') },
      range: { start, end: { line: start.line, character: start.character + 21 } },
    });
    expect(await client.hover(apiUri, positionOf(apiText, 'describeError'))).toBeNull();
  });

  it('offers codes after didChange puts the cursor in a new case label', async () => {
    const at = positionOf(apiText, "    case 'RATE_LIMIT_EXCEEDED'");
    await client.didChange(apiUri, 2, [{ range: { start: at, end: at }, text: "    case '':\n      break;\n" }]);
    const cursor = { line: at.line, character: 10 };
    const list = await client.completion(apiUri, cursor);
    expect(Array.isArray(list)).toBe(false);
    const items = (list as { items: { label: string }[] }).items;
    expect(items.map((item) => item.label)).toEqual(codesOf('baas', ['UNAUTHORIZED', 'USER_ALREADY_EXIST', 'RATE_LIMIT_EXCEEDED']));
    expect(items[0]).toEqual({
      label: 'INVALID_USER',
      kind: 20,
      detail: entry('INVALID_USER', 'baas').summary.en,
      documentation: { kind: 'markdown', value: baasMarkdown('INVALID_USER') },
      sortText: '00000',
      filterText: 'INVALID_USER',
      textEdit: { range: { start: cursor, end: cursor }, newText: 'INVALID_USER' },
    });
    const undo = { start: at, end: { line: at.line + 2, character: 0 } };
    await client.didChange(apiUri, 3, [{ range: undo, text: '' }]);
  });

  it('returns "Replace with" and "Add missing error-code cases" as code actions with workspace edits', async () => {
    const misspelled = positionOf(apiText, 'USER_ALREADY_EXIST');
    const actions = await client.codeAction(apiUri, { start: misspelled, end: misspelled });
    const defaultLine = positionOf(apiText, '    default:');
    expect(actions).toEqual([
      {
        title: 'Replace with `USER_ALREADY_EXISTS`',
        kind: 'quickfix',
        isPreferred: true,
        edit: {
          changes: {
            [apiUri]: [
              {
                range: { start: misspelled, end: { line: misspelled.line, character: misspelled.character + 18 } },
                newText: 'USER_ALREADY_EXISTS',
              },
            ],
          },
        },
      },
      {
        title: 'Add missing error-code cases',
        kind: 'quickfix',
        isPreferred: false,
        edit: {
          changes: {
            [apiUri]: [
              {
                range: { start: defaultLine, end: defaultLine },
                newText: codesOf('baas', ['UNAUTHORIZED', 'USER_ALREADY_EXIST', 'RATE_LIMIT_EXCEEDED'])
                  .map((code) => `    case '${code}': // ${entry(code, 'baas').summary.en}\n      break;\n`)
                  .join(''),
              },
            ],
          },
        },
      },
    ]);
    expect(await client.codeAction(apiUri, { start: misspelled, end: misspelled }, ['refactor.extract'])).toEqual([]);
  });

  it('switches to Korean on workspace/didChangeConfiguration and reads JSX', async () => {
    await client.didChangeConfiguration({ authErrors: { locale: 'ko' } });
    const hover = await client.hover(apiUri, positionOf(apiText, 'RATE_LIMIT_EXCEEDED'));
    expect(hover?.contents).toEqual({ kind: 'markdown', value: baasMarkdown('RATE_LIMIT_EXCEEDED', 'ko') });
    const jsxText = readFileSync(path.join(install.dir, 'src', 'sign-in-error.jsx'), 'utf8');
    const jsxUri = await client.didOpen(path.join(install.dir, 'src', 'sign-in-error.jsx'), 'javascriptreact', jsxText);
    const jsxHover = await client.hover(jsxUri, positionOf(jsxText, 'OAuthAccountNotLinked'));
    expect((jsxHover?.contents as { value: string }).value).toMatch(/^\*\*`OAuthAccountNotLinked`\*\* — NextAuth.js v4 페이지 오류 값\n\n/);
  });

  it('logs invalid settings and keeps serving with the defaults', async () => {
    await client.didChangeConfiguration({ authErrors: { locale: 'fr' } });
    await expect.poll(() => client.logs.map((log) => log.message)).toContain(
      '[auth-errors] eslint-plugin-auth-errors: settings.authErrors.locale must be one of "en", "ko", but it is "fr". Using the default options.',
    );
    const hover = await client.hover(apiUri, positionOf(apiText, 'UNAUTHORIZED'));
    expect((hover?.contents as { value: string }).value).toMatch(/^\*\*`UNAUTHORIZED`\*\* — BaaS auth API error codes/);
  });

  it('shuts down cleanly', async () => {
    expect(await client.shutdown()).toBe(0);
  });
});

describe('auth-errors-language-server without a TypeScript 6 of its own', () => {
  it('exits with a message that names the TypeScript it found', async () => {
    const install = installFixture(false);
    try {
      const client = LspClient.start(process.execPath, [install.server, '--stdio'], install.dir);
      const code = await new Promise<number | null>((resolve) => client.child.once('exit', resolve));
      client.dispose();
      expect(code).toBe(1);
      expect(client.stderr).toContain(
        `auth-errors-language-server parses with TypeScript 5.x or 6.x, but "typescript" resolves to version 7.0.2 at ${path.join(realpathSync(path.join(install.dir, 'node_modules', 'typescript')), 'lib', 'version.cjs')}, which has no JavaScript parser API`,
      );
    } finally {
      rmSync(install.dir, { recursive: true, force: true });
    }
  });
});
