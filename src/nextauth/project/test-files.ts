import * as path from 'node:path';

/**
 * Whether a source file is a test: a file named `*.test.*`, `*.spec.*` (also `*.e2e-spec.*`), `*.servertest.*` or
 * `*.clienttest.*`, or one inside a `__tests__` / `__mocks__` folder, or a `test`, `tests`, `e2e`, `cypress` or
 * `playwright` folder. Folders are looked at below `root` only (the project root), so a project that itself lives
 * in a folder named `test` does not make all its files tests. Inside Next.js's `app/` and `pages/` folders a
 * folder named `test` or `e2e` is a route that gets deployed (`app/api/test/route.ts`), so there only the
 * underscore folders count (Next.js never routes a folder whose name starts with `_`).
 */
const TEST_NAME = /\.(?:[a-z0-9]+-)?(?:test|spec|servertest|clienttest)\.[cm]?[jt]sx?$/i;
const PRIVATE_TEST_FOLDERS = new Set(['__tests__', '__mocks__']);
const TEST_FOLDERS = new Set(['test', 'tests', 'e2e', 'cypress', 'playwright']);
const ROUTE_DIRS = new Set(['app', 'pages']);

export function isTestFile(file: string, root: string): boolean {
  if (TEST_NAME.test(path.basename(file))) return true;
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const folders = relative.split(path.sep).slice(0, -1);
  if (folders.some((folder) => PRIVATE_TEST_FOLDERS.has(folder))) return true;
  const routes = ROUTE_DIRS.has(folders[0] ?? '') || (folders[0] === 'src' && ROUTE_DIRS.has(folders[1] ?? ''));
  return !routes && folders.some((folder) => TEST_FOLDERS.has(folder));
}
