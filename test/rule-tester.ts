import * as path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';

/** Folder of the small typed project that typed rule tests point their `filename` into. */
export const typedFixtureDir = path.join(__dirname, 'fixtures', 'typed');

/** A rule tester without type information (the way most users run the rules). */
export function createRuleTester(settings?: Record<string, unknown>): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
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
