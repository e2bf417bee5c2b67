import type { TSESLint } from '@typescript-eslint/utils';

import { PLUGIN_PREFIX, recommendedRules, strictRules } from './configs';
import { packageJson } from './package-meta';
import { rules } from './rules';

interface AuthErrorsPlugin {
  meta: { name: string; version: string };
  rules: typeof rules;
  configs: {
    recommended: TSESLint.FlatConfig.Config;
    strict: TSESLint.FlatConfig.Config;
  };
}

const plugin: AuthErrorsPlugin = {
  meta: { name: packageJson.name, version: packageJson.version },
  rules,
  configs: {} as AuthErrorsPlugin['configs'],
};

const pluginForConfig = plugin as unknown as TSESLint.FlatConfig.Plugin;

plugin.configs.recommended = {
  name: `${PLUGIN_PREFIX}/recommended`,
  plugins: { [PLUGIN_PREFIX]: pluginForConfig },
  rules: recommendedRules(),
};
plugin.configs.strict = {
  name: `${PLUGIN_PREFIX}/strict`,
  plugins: { [PLUGIN_PREFIX]: pluginForConfig },
  rules: strictRules(),
};

export = plugin;
