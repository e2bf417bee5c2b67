import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface PackageJson {
  name: string;
  version: string;
  homepage: string;
}

/**
 * Reads this package's own package.json by walking up from this module, so that the same code works from
 * `src/` (tests) and from `dist/src/` (published build).
 */
function readOwnPackageJson(): PackageJson {
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const parsed = JSON.parse(readFileSync(candidate, 'utf8')) as Partial<PackageJson>;
      if (parsed.name === 'eslint-plugin-auth-errors' && parsed.version && parsed.homepage) {
        return parsed as PackageJson;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error('eslint-plugin-auth-errors: cannot find its own package.json');
    }
    dir = parent;
  }
}

export const packageJson: PackageJson = readOwnPackageJson();

/** Where a rule's documentation lives, derived once from package.json. */
export function ruleDocsUrl(ruleName: string): string {
  const base = packageJson.homepage.replace(/#.*$/, '');
  return `${base}/blob/v${packageJson.version}/docs/rules/${ruleName}.md`;
}
