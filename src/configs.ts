import type { TSESLint } from '@typescript-eslint/utils';
import type { Linter } from 'eslint';

import { rules } from './rules';

export const PLUGIN_PREFIX = 'auth-errors';

type RuleEntry = Linter.RuleEntry;

/**
 * Options that `strict` turns on beyond each rule's defaults. Keyed by rule name; a rule not listed runs with
 * its defaults.
 */
const strictOptions: Partial<Record<string, readonly unknown[]>> = {
  'exhaustive-error-codes': [{ requireDefault: true, checkHttpStatus: true }],
  // Clerk's strict enumeration protection and Cognito's PreventUserExistenceErrors live in the dashboard / the pool:
  // `strict` assumes them on; a team that has them off says so with the option set to `false`.
  'no-unreachable-error-code': [{ clerkStrictEnumeration: true, cognitoPreventUserExistenceErrors: true }],
};

type AnyRule = TSESLint.RuleModule<string, readonly unknown[], { recommended?: boolean }>;

const allRules: Record<string, AnyRule> = rules;

function isRecommended(rule: AnyRule): boolean {
  return Boolean(rule.meta.docs?.recommended);
}

/** `recommended`: the rules whose docs say so, as errors, with their default options. */
export function recommendedRules(): Record<string, RuleEntry> {
  const result: Record<string, RuleEntry> = {};
  for (const [name, rule] of Object.entries(allRules)) {
    if (isRecommended(rule)) result[`${PLUGIN_PREFIX}/${name}`] = 'error';
  }
  return result;
}

/** `strict`: every rule as an error, with the stricter options where a rule has them. */
export function strictRules(): Record<string, RuleEntry> {
  const result: Record<string, RuleEntry> = {};
  for (const name of Object.keys(allRules)) {
    const options = strictOptions[name];
    result[`${PLUGIN_PREFIX}/${name}`] = options ? (['error', ...options] as RuleEntry) : 'error';
  }
  return result;
}
