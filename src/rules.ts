import type { TSESLint } from '@typescript-eslint/utils';

import credentialsRequiresAuthorize from '../rules/credentials-requires-authorize';
import credentialsRequiresJwt from '../rules/credentials-requires-jwt';
import emailRequiresAdapter from '../rules/email-requires-adapter';
import exhaustiveErrorCodes from '../rules/exhaustive-error-codes';
import noAuthOnErrorPage from '../rules/no-auth-on-error-page';
import noUnknownErrorCode from '../rules/no-unknown-error-code';
import noUnreachableErrorCode from '../rules/no-unreachable-error-code';
import requireSecret from '../rules/require-secret';

/**
 * Every rule of the plugin, by name. One import and one line per rule, kept in alphabetical order; the
 * meta-test checks that each file in `rules/` is listed here and has a docs page and a test.
 */
export const rules = {
  'credentials-requires-authorize': credentialsRequiresAuthorize,
  'credentials-requires-jwt': credentialsRequiresJwt,
  'email-requires-adapter': emailRequiresAdapter,
  'exhaustive-error-codes': exhaustiveErrorCodes,
  'no-auth-on-error-page': noAuthOnErrorPage,
  'no-unknown-error-code': noUnknownErrorCode,
  'no-unreachable-error-code': noUnreachableErrorCode,
  'require-secret': requireSecret,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type RuleName = keyof typeof rules;
