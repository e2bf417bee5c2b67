/**
 * One package name, two hosts: ESLint (and Node, bundlers) load `exports["."]`, the ESLint plugin object;
 * tsserver resolves plugins Node10-style, which ignores `exports` and reads `main`, the language-service factory.
 * tsserver.test.ts proves the tsserver side with the real process; this checks the rest of the layout, and that
 * the LSP server is a package of its own (packages/language-server) that takes the editor core from the plugin.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { Linter } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const app = path.join(root, 'examples', 'next-app');
const requireFromApp = createRequire(path.join(app, 'package.json'));
interface Manifest {
  name: string;
  version: string;
  main: string;
  bin?: Record<string, string>;
  exports: Record<string, { default: string }>;
  files: string[];
  dependencies: Record<string, string>;
  workspaces?: string[];
}
const readManifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
const manifest = readManifest(root);
const serverDir = path.join(root, 'packages', 'language-server');
const serverManifest = readManifest(serverDir);

describe('package layout', () => {
  it('gives ESLint the plugin object through exports["."], with require and with import', () => {
    expect(requireFromApp.resolve('eslint-plugin-auth-errors')).toBe(path.join(root, 'dist', 'src', 'index.js'));
    const required = requireFromApp('eslint-plugin-auth-errors') as Record<string, unknown>;
    expect(typeof required).toBe('object');
    expect(Object.keys(required)).toEqual(['meta', 'rules', 'configs']);
    // What an ESM eslint.config.mjs does, in a plain Node process (not through the test runner's loader).
    const esm = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import plugin from 'eslint-plugin-auth-errors'; console.log(JSON.stringify([typeof plugin, Object.keys(plugin), plugin.meta.name]));",
      ],
      { cwd: app, encoding: 'utf8' },
    );
    expect(JSON.parse(esm)).toEqual(['object', ['meta', 'rules', 'configs'], 'eslint-plugin-auth-errors']);
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify("const code = 'OAUTH_CALLBACK_ERROR';\n", [
      { plugins: { 'auth-errors': required as never }, ...(required.configs as { recommended: object }).recommended },
    ]);
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  });

  it('points main, which tsserver reads, at the language-service factory', () => {
    expect(manifest.main).toBe('dist/src/language-service/index.js');
    const factory = createRequire(__filename)(path.join(root, manifest.main)) as (modules: { typescript: typeof ts }) => unknown;
    expect(typeof factory).toBe('function');
    const pluginModule = factory({ typescript: ts }) as Record<string, unknown>;
    expect(Object.keys(pluginModule)).toEqual(['create', 'onConfigurationChanged']);
  });

  it('exports the editor core and the tsserver plugin by subpath', () => {
    expect(requireFromApp.resolve('eslint-plugin-auth-errors/editor')).toBe(path.join(root, 'dist', 'src', 'editor', 'index.js'));
    expect(typeof requireFromApp('eslint-plugin-auth-errors/language-service')).toBe('function');
    const editor = requireFromApp('eslint-plugin-auth-errors/editor') as { getHover: unknown; getCompletions: unknown; getCodeActions: unknown };
    expect([typeof editor.getHover, typeof editor.getCompletions, typeof editor.getCodeActions]).toEqual(['function', 'function', 'function']);
  });

  it('installs only what the rules need: typescript-eslint as ranges, no typescript, no LSP libraries', () => {
    expect(manifest.dependencies).toEqual({
      '@typescript-eslint/parser': expect.stringMatching(/^\^8\.\d+\.\d+$/),
      '@typescript-eslint/utils': expect.stringMatching(/^\^8\.\d+\.\d+$/),
      'path-to-regexp': expect.any(String),
    });
    expect(manifest.bin).toBeUndefined();
    expect(Object.keys(manifest.exports)).not.toContain('./language-server');
  });
});

describe('the language server package', () => {
  it('is a workspace package with its own bin, TypeScript 6 and LSP libraries, on the plugin of the same version', () => {
    expect(manifest.workspaces).toContain('packages/language-server');
    expect(serverManifest.name).toBe('auth-errors-language-server');
    expect(serverManifest.dependencies).toEqual({
      'eslint-plugin-auth-errors': manifest.version,
      typescript: expect.stringMatching(/^~6\./),
      'vscode-languageserver': expect.any(String),
      'vscode-languageserver-textdocument': expect.any(String),
    });
    expect(serverManifest.version).toBe(manifest.version);
  });

  it('ships its bin as an executable script inside the published files', () => {
    const bin = serverManifest.bin?.['auth-errors-language-server'];
    expect(bin).toBe('dist/cli.js');
    expect(serverManifest.files).toContain('dist');
    expect(readFileSync(path.join(serverDir, bin!), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('takes the editor core from the plugin by package name, not by a path into its sources', () => {
    const requireFromServer = createRequire(path.join(serverDir, 'dist', 'cli.js'));
    expect(realpathSync(requireFromServer.resolve('eslint-plugin-auth-errors/editor'))).toBe(path.join(root, 'dist', 'src', 'editor', 'index.js'));
    const built = readdirSync(path.join(serverDir, 'dist')).filter((file) => file.endsWith('.js'));
    const relativeOutside = built.flatMap((file) =>
      [...readFileSync(path.join(serverDir, 'dist', file), 'utf8').matchAll(/require\("(\.\.\/[^"]*)"\)/g)].map((match) => `${file}: ${match[1]}`),
    );
    expect(relativeOutside).toEqual([]);
    const server = requireFromServer(path.join(serverDir, 'dist', 'index.js')) as Record<string, unknown>;
    expect(Object.keys(server)).toEqual(expect.arrayContaining(['startServer', 'loadParser']));
  });
});
