import * as path from 'node:path';

/**
 * Whether a source file is a test: a file named `*.test.*`, `*.spec.*` (also `*.e2e-spec.*`), `*.servertest.*` or
 * `*.clienttest.*`, or one inside a `__tests__`, `__mocks__`, `test`, `tests`, `e2e`, `cypress` or `playwright`
 * folder. Folders are looked at below `root` only (the project root), so a project that itself lives in a folder
 * named `test` does not make all its files tests.
 */
const TEST_NAME = /\.(?:[a-z0-9]+-)?(?:test|spec|servertest|clienttest)\.[cm]?[jt]sx?$/i;
const TEST_FOLDERS = new Set(['__tests__', '__mocks__', 'test', 'tests', 'e2e', 'cypress', 'playwright']);

export function isTestFile(file: string, root: string): boolean {
  if (TEST_NAME.test(path.basename(file))) return true;
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const folders = relative.split(path.sep).slice(0, -1);
  return folders.some((folder) => TEST_FOLDERS.has(folder));
}
