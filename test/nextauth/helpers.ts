/** What the project-model tests share: parsing a snippet, and small projects written to a temporary folder. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { afterAll } from 'vitest';

/** A module's ESTree, with ranges and locations, JSX allowed. */
export function program(code: string): TSESTree.Program {
  return parse(code, { range: true, loc: true, jsx: true, sourceType: 'module' } as never) as TSESTree.Program;
}

/**
 * A folder for the calling test file's projects (removed after its tests) and a function writing one project
 * into it: the given files, with a `package.json` unless the files bring their own. Returns the project's root.
 */
export function temporaryProjects(prefix: string, packageJson = '{ "name": "tmp" }'): (files: Record<string, string>) => string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (files) => {
    const root = mkdtempSync(path.join(dir, 'p-'));
    for (const [relative, text] of Object.entries({ 'package.json': packageJson, ...files })) {
      mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      writeFileSync(path.join(root, relative), text);
    }
    return root;
  };
}
