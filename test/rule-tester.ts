import * as path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';

/** Folder of the small typed project that typed rule tests point their `filename` into. */
export const typedFixtureDir = path.join(__dirname, 'fixtures', 'typed');

/**
 * A project with no auth library in its package.json. Rules that read the project's NextAuth.js / Auth.js major
 * would otherwise see this repository's own dev dependencies (next-auth 4) for a test file without a name.
 */
export const neutralProjectDir = path.join(__dirname, 'fixtures', 'projects', 'no-auth-dependency');

/** A rule tester without type information (the way most users run the rules). */
export function createRuleTester(settings?: Record<string, unknown>, options: { neutralProject?: boolean } = {}): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    ...(options.neutralProject
      ? { defaultFilenames: { ts: path.join(neutralProjectDir, 'file.ts'), tsx: path.join(neutralProjectDir, 'react.tsx') } }
      : {}),
    ...(settings ? { settings } : {}),
  });
}

/** A rule tester with type information through typescript-eslint's project service. */
export function createTypedRuleTester(settings?: Record<string, unknown>): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.ts*'], defaultProject: 'tsconfig.json' },
        tsconfigRootDir: typedFixtureDir,
        ecmaFeatures: { jsx: true },
      },
    },
    ...(settings ? { settings } : {}),
  });
}
