/**
 * The path Neovim, Zed, Sublime and other LSP editors take: typescript-language-server runs the chosen tsserver,
 * which loads the plugin from examples/next-app's tsconfig; the hover comes back as LSP Markdown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LspClient, positionOf } from '../language-server/lsp-client';
import { baasMarkdown } from '../editor/samples';

const root = path.resolve(__dirname, '..', '..');
const app = path.join(root, 'examples', 'next-app');
const loginForm = path.join(app, 'app', 'login', 'login-form.tsx');
const cli = path.join(root, 'node_modules', 'typescript-language-server', 'lib', 'cli.mjs');

const SERVERS = [
  ['TypeScript 6.0', path.join(root, 'node_modules', 'typescript', 'lib', 'tsserver.js'), '6.0.3'],
  ['TypeScript 5.9', path.join(root, 'node_modules', 'typescript-5', 'lib', 'tsserver.js'), '5.9.3'],
] as const;

describe.each(SERVERS)('typescript-language-server --stdio with %s', (_name, tsserver, version) => {
  let client: LspClient;
  let versionReported: Promise<{ version: string; source: string }>;

  beforeAll(async () => {
    client = LspClient.start(process.execPath, [cli, '--stdio'], app);
    versionReported = new Promise((resolve) => client.connection.onNotification('$/typescriptVersion', resolve));
    await client.initialize(app, { tsserver: { path: tsserver } });
  });
  afterAll(async () => {
    await client?.shutdown().catch(() => client.dispose());
  });

  it('runs the chosen tsserver', async () => {
    expect(await versionReported).toEqual({ version, source: 'user-setting' });
  });

  it('shows the code docs in textDocument/hover Markdown', async () => {
    const text = readFileSync(loginForm, 'utf8');
    const uri = await client.didOpen(loginForm, 'typescriptreact', text);
    // Until tsserver has loaded the project, typescript-language-server answers hovers from its syntax-only
    // server, which loads no tsconfig plugins; editors see the docs once the project is loaded.
    const at = positionOf(text, "'RATE_LIMIT_EXCEEDED'", 3);
    await expect.poll(() => client.hover(uri, at), { timeout: 60_000, interval: 500 }).not.toBeNull();
    const hover = await client.hover(uri, at);
    const start = positionOf(text, "'RATE_LIMIT_EXCEEDED'");
    expect(hover?.range).toEqual({ start, end: { line: start.line, character: start.character + 21 } });
    const contents = hover?.contents as { kind: string; value: string };
    expect(contents.kind).toBe('markdown');
    expect(contents.value).toContain('```typescript\n(error code) "RATE_LIMIT_EXCEEDED"\n```');
    expect(contents.value).toContain(baasMarkdown('RATE_LIMIT_EXCEEDED'));
  });
});
