/**
 * One package name, two hosts: ESLint (and Node, bundlers) load `exports["."]`, the ESLint plugin object;
 * tsserver resolves plugins Node10-style, which ignores `exports` and reads `main`, the language-service factory.
 * tsserver.test.ts proves the tsserver side with the real process; this checks the rest of the layout.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { Linter } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const app = path.join(root, 'examples', 'next-app');
const requireFromApp = createRequire(path.join(app, 'package.json'));
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  bin: Record<string, string>;
  exports: Record<string, { default: string }>;
  files: string[];
};

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

  it('exports the editor core, the plugin and the server by subpath', () => {
    expect(requireFromApp.resolve('eslint-plugin-auth-errors/editor')).toBe(path.join(root, 'dist', 'src', 'editor', 'index.js'));
    expect(typeof requireFromApp('eslint-plugin-auth-errors/language-service')).toBe('function');
    expect(Object.keys(requireFromApp('eslint-plugin-auth-errors/language-server') as object)).toEqual(
      expect.arrayContaining(['startServer', 'loadParser']),
    );
    const editor = requireFromApp('eslint-plugin-auth-errors/editor') as { getHover: unknown; getCompletions: unknown; getCodeActions: unknown };
    expect([typeof editor.getHover, typeof editor.getCompletions, typeof editor.getCodeActions]).toEqual(['function', 'function', 'function']);
  });

  it('ships the language server as an executable script inside the published files', () => {
    const bin = manifest.bin['auth-errors-language-server']!;
    expect(bin).toBe('dist/src/language-server/cli.js');
    expect(manifest.files).toContain('dist/src');
    expect(readFileSync(path.join(root, bin), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
