import { ESLintUtils } from '@typescript-eslint/utils';

import { ruleDocsUrl } from '../package-meta';

export interface AuthErrorsRuleDocs {
  /** Whether the rule is in the `recommended` preset (every rule is in `strict`). */
  recommended?: boolean;
  /** Whether the rule can use type information when it is available (never required). */
  requiresTypeChecking?: false;
}

/** The one `RuleCreator` every rule of this plugin is built with; docs URLs are derived in one place. */
export const createRule = ESLintUtils.RuleCreator<AuthErrorsRuleDocs>(ruleDocsUrl);
