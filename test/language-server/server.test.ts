/**
 * The LSP server as a real process over stdio, installed the way npm lays it out in a project whose own
 * `typescript` is TypeScript 7 (native, no JavaScript parser API): the server must parse with a TypeScript 6 it
 * resolves from its own package folder, never the project's.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { baasMarkdown, codesOf, entry } from '../editor/samples';
import { LspClient, positionOf } from './lsp-client';

const root = path.resolve(__dirname, '..', '..');
const serverRoot = path.join(root, 'packages', 'language-server');
const fixture = path.join(root, 'test', 'fixtures', 'language-server-ts7');
const serverManifest = JSON.parse(readFileSync(path.join(serverRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const RUNTIME_DEPENDENCIES = [
  'vscode-languageserver',
  'vscode-languageserver-protocol',
  'vscode-languageserver-types',
  'vscode-jsonrpc',
  'vscode-languageserver-textdocument',
];

/**
 * A copy of the fixture with node_modules as npm would install it: `typescript` is TypeScript 7 at the top, the
 * server package and the plugin it takes the editor core from are real folders (package.json and built files),
 * and — when `ownTypeScript` — the TypeScript 6 that the server depends on is nested in the server's own
 * node_modules.
 */
function installFixture(ownTypeScript: boolean): { dir: string; server: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'auth-errors-ts7-'));
  cpSync(fixture, dir, { recursive: true });
  const modules = path.join(dir, 'node_modules');
  const plugin = path.join(modules, 'eslint-plugin-auth-errors');
  const server = path.join(modules, 'auth-errors-language-server');
  mkdirSync(modules, { recursive: true });
  symlinkSync(path.join(root, 'node_modules', 'typescript-7'), path.join(modules, 'typescript'), 'dir');
  for (const name of RUNTIME_DEPENDENCIES) symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name), 'dir');
  cpSync(path.join(root, 'package.json'), path.join(plugin, 'package.json'));
  cpSync(path.join(root, 'dist', 'src'), path.join(plugin, 'dist', 'src'), { recursive: true });
  cpSync(path.join(serverRoot, 'package.json'), path.join(server, 'package.json'));
  cpSync(path.join(serverRoot, 'dist'), path.join(server, 'dist'), { recursive: true });
  if (ownTypeScript) {
    mkdirSync(path.join(server, 'node_modules'));
    symlinkSync(path.join(root, 'node_modules', 'typescript'), path.join(server, 'node_modules', 'typescript'), 'dir');
  }
  return { dir, server: path.join(server, serverManifest.bin['auth-errors-language-server']!) };
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
      `[auth-errors] parsing with TypeScript 6.0.3 from ${path.join(realpathSync(path.join(install.dir, 'node_modules', 'auth-errors-language-server', 'node_modules', 'typescript')), 'lib', 'typescript.js')}`,
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

describe('auth-errors-language-server given a malformed message header', () => {
  let install: { dir: string; server: string };

  beforeAll(() => {
    install = installFixture(true);
  });
  afterAll(() => {
    rmSync(install.dir, { recursive: true, force: true });
  });

  /** Starts the server over stdio, writes `input` and keeps stdin open; resolves with how the process ended. */
  function feed(input: Buffer | string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, [install.server, '--stdio'], { cwd: install.dir, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.write(input);
    return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
  }

  const exitLine = (problem: string) => `[auth-errors] auth-errors-language-server: malformed message from the client: ${problem}. Exiting.\n`;

  it.each([
    ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}', 'the Content-Length "abc" is not a number of bytes'],
    ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}', 'the header "Content-Type: application/vscode-jsonrpc; charset=utf-8" has no Content-Length'],
    ['a line that is not "Name: value"', 'GET / HTTP/1.1\r\n\r\n', 'the header line "GET / HTTP/1.1" is not "Name: value"'],
    ['binary garbage', Buffer.from([0x1f, 0x8b, 0x08, 0x00]), 'the byte 0x1f cannot be part of a message header'],
    ['text that never ends its header', 'x'.repeat(9000), '8192 bytes arrived without the empty line that ends a message header'],
  ])('logs %s to stderr and exits with 1', async (_name, input, problem) => {
    const result = await feed(input);
    expect(result).toEqual({ code: 1, stdout: '', stderr: exitLine(problem) });
  });

  it('answers the messages before the malformed header, then exits with 1', async () => {
    const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const framed = `Content-Length: ${Buffer.byteLength(initialize)}\r\n\r\n${initialize}`;
    const child = spawn(process.execPath, [install.server, '--stdio'], { cwd: install.dir, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const answered = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('"serverInfo"')) resolve();
      }),
    );
    const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
    child.stdin.write(framed);
    await answered;
    child.stdin.write('Content-Length: 12x\r\n\r\n');
    expect(await closed).toBe(1);
    expect(stdout).toMatch(/^Content-Length: \d+\r\n\r\n\{"jsonrpc":"2.0","id":1,"result":\{"capabilities":/);
    expect(stderr).toBe(exitLine('the Content-Length "12x" is not a number of bytes'));
  });

  it('logs a body that is not JSON and exits with 1', async () => {
    const result = await feed('Content-Length: 9\r\n\r\n{"id": 1,');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^\[auth-errors\] auth-errors-language-server: unreadable message from the client: .*JSON.*\. Exiting\.\n$/);
  });
});
