import type { TSESLint } from '@typescript-eslint/utils';

import exhaustiveErrorCodes from '../rules/exhaustive-error-codes';
import noUnknownErrorCode from '../rules/no-unknown-error-code';

/**
 * Every rule of the plugin, by name. One import and one line per rule, kept in alphabetical order; the
 * meta-test checks that each file in `rules/` is listed here and has a docs page and a test.
 */
export const rules = {
  'exhaustive-error-codes': exhaustiveErrorCodes,
  'no-unknown-error-code': noUnknownErrorCode,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type RuleName = keyof typeof rules;
