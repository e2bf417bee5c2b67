import type { TSESLint } from '@typescript-eslint/utils';

import { resolveSettings } from '../catalog';
import type { ResolvedSettings } from '../catalog';

/** The key of this plugin's shared settings: `settings["auth-errors"]`. */
export const SETTINGS_KEY = 'auth-errors';

/**
 * The validated `settings["auth-errors"]` of a lint run (locale and catalog). Throws a clear error naming the
 * bad field; results are cached per process.
 */
export function getAuthErrorsSettings(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): ResolvedSettings {
  return resolveSettings(context.settings[SETTINGS_KEY]);
}
