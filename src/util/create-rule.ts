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
  // ESLint hands every file of a config a fresh copy of the same options: one equal to the last is not serialized
  // again (a config has a handful of option sets, and a lint run asks once per file and rule).
  let lastGiven: unknown;
  let lastMerged: Readonly<Options> | undefined;
  return {
    ...rule,
    create(context) {
      let options = lastMerged !== undefined && sameJson(context.options, lastGiven) ? lastMerged : undefined;
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

/**
 * Whether two values of rule options (JSON: plain objects, arrays, primitives) are equal, member by member. Past a
 * depth no options reach, the answer is "no" (and the caller serializes them as before).
 */
function sameJson(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  // ESLint's copy is a new array of the same option objects: equal member by member, nothing to walk.
  if (depth === 0 && Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i])) return true;
  if (depth > 16 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
