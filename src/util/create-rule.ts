import { ESLintUtils } from '@typescript-eslint/utils';

import { ruleDocsUrl } from '../package-meta';
import { rememberLintedScopes } from './linted-scopes';

export interface AuthErrorsRuleDocs {
  /** Whether the rule is in the `recommended` preset (every rule is in `strict`). */
  recommended?: boolean;
  /** Whether the rule can use type information when it is available (never required). */
  requiresTypeChecking?: false;
}

const namedRule = ESLintUtils.RuleCreator<AuthErrorsRuleDocs>(ruleDocsUrl);

/** Distinct option sets remembered per rule: a config has a handful, so this bound is never reached in practice. */
const MAX_OPTION_SETS = 64;

/**
 * The one `RuleCreator` every rule of this plugin is built with; docs URLs are derived in one place. ESLint calls
 * a rule's `create` once per file with the same options for every file of a config, and typescript-eslint's
 * wrapper deep-clones the defaults on each call; here the defaults are merged once per distinct option set and
 * the result is frozen (no rule writes into its options). It also hands the file's scope manager to the project
 * model, so that the model and the rules resolve the file's names one way.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, AuthErrorsRuleDocs>>,
): ReturnType<typeof namedRule<Options, MessageIds>> {
  const rule = namedRule(spec);
  const defaults = (spec.meta.defaultOptions ?? spec.defaultOptions ?? []) as Readonly<Options>;
  const merged = new Map<string, Readonly<Options>>();
  // ESLint hands the same options array to every file of a config when the rule is configured by severity alone
  // (its `meta.defaultOptions`): that array is remembered as it is, without serializing it again.
  let lastGiven: unknown;
  let lastMerged: Readonly<Options> | undefined;
  return {
    ...rule,
    create(context) {
      let options = context.options === lastGiven ? lastMerged : undefined;
      if (!options) {
        const key = JSON.stringify(context.options);
        options = merged.get(key);
        if (!options) {
          options = deepFreeze(ESLintUtils.applyDefault(defaults, context.options as Options));
          if (merged.size >= MAX_OPTION_SETS) merged.clear();
          merged.set(key, options);
        }
        lastGiven = context.options;
        lastMerged = options;
      }
      // The project model resolves names in this file through ESLint's scopes, as the rules do.
      rememberLintedScopes(context.sourceCode);
      return spec.create(context, options);
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
