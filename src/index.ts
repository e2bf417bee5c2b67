import type { ESLint, Linter, Rule } from 'eslint';

import { PLUGIN_PREFIX, recommendedRules, strictRules } from './configs';
import { packageJson } from './package-meta';
import { rules } from './rules';

/**
 * The plugin as ESLint's own types describe it. The declaration file names only `eslint`, which resolves to the
 * project's own copy, so an `eslint.config.ts` type-checks against the ESLint 9 or 10 the project has, with
 * `defineConfig`, a plain `Linter.Config[]` or `tseslint.config(...)`; no typescript-eslint or TypeScript types
 * of this package leak into it.
 */
interface AuthErrorsPlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  rules: Record<string, Rule.RuleModule>;
  configs: {
    recommended: Linter.Config;
    strict: Linter.Config;
  };
}

const plugin: AuthErrorsPlugin = {
  meta: { name: packageJson.name, version: packageJson.version },
  // The rules are built with typescript-eslint's `RuleCreator`; at run time they are ordinary ESLint rules, and
  // its stricter types do not match ESLint's own declarations, so the one conversion is here.
  rules: rules as unknown as Record<string, Rule.RuleModule>,
  configs: {} as AuthErrorsPlugin['configs'],
};

plugin.configs.recommended = {
  name: `${PLUGIN_PREFIX}/recommended`,
  plugins: { [PLUGIN_PREFIX]: plugin },
  rules: recommendedRules(),
};
plugin.configs.strict = {
  name: `${PLUGIN_PREFIX}/strict`,
  plugins: { [PLUGIN_PREFIX]: plugin },
  rules: strictRules(),
};

export = plugin;
