/**
 * `npm run package:vscode` in a checkout whose dependencies are not installed (issue 15, point 8): the script
 * names what to run instead of dying on a module-resolution stack trace.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeTempDir, removeDir, root, run } from './scratch';

let checkout: string;

beforeAll(() => {
  // The script finds the repository from its own location, so a copy in a bare folder sees no node_modules.
  checkout = makeTempDir('no-install');
  for (const file of ['package.json', 'scripts/vscode/package.mjs', 'editors/vscode/package.json']) {
    mkdirSync(path.dirname(path.join(checkout, file)), { recursive: true });
    copyFileSync(path.join(root, file), path.join(checkout, file));
  }
});

afterAll(() => {
  if (checkout) removeDir(checkout);
});

describe('package:vscode without npm ci', () => {
  it('exits with a message that says to run npm ci, and no stack trace', () => {
    const result = run(process.execPath, ['scripts/vscode/package.mjs'], checkout);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('typescript/bin/tsc and @vscode/vsce/vsce not found');
    expect(result.stderr).toContain('`npm ci` at the repository root');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
