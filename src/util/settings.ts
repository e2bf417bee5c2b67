import type { TSESLint } from '@typescript-eslint/utils';

import { AuthErrorsSettingsError, resolveSettings } from '../catalog';
import type { EvidenceSources, ResolvedSettings } from '../catalog';

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

/**
 * Checks a rule's `families` option against the families the catalog has (built-in and the user's own): a
 * misspelled id (`"bass"`) would silently turn the rule off, so it fails naming the option instead.
 */
export function checkFamilyOption(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  resolved: ResolvedSettings,
  families: readonly string[] | undefined,
): void {
  if (!families) return;
  const known = resolved.catalog.families.map((family) => family.id);
  families.forEach((id, index) => {
    if (!known.includes(id)) {
      throw new AuthErrorsSettingsError(
        `eslint-plugin-auth-errors: the "families" option of ${context.id} lists "${id}" at [${index}], which is no family (known: ${known.map((name) => `"${name}"`).join(', ')}).`,
      );
    }
  });
}

const sourcesCache = new WeakMap<object, Map<readonly string[] | undefined, EvidenceSources>>();

/**
 * What, beyond a file's text, says that it uses a family, for a rule with a `families` option: the families the
 * settings turn on and the rule lists, and the settings' own modules. Built once per settings and option set (a
 * rule asks in every file).
 */
export function evidenceSourcesOf(resolved: ResolvedSettings, families: readonly string[] | undefined): EvidenceSources {
  let bySet = sourcesCache.get(resolved.settings);
  if (!bySet) {
    bySet = new Map();
    sourcesCache.set(resolved.settings, bySet);
  }
  let sources = bySet.get(families);
  if (!sources) {
    sources = { enabled: [...resolved.settings.enabledFamilies, ...(families ?? [])], modules: resolved.settings.familyModules };
    bySet.set(families, sources);
  }
  return sources;
}
