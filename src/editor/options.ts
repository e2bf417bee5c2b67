import { AuthErrorsSettingsError, builtinFamilies, Catalog, resolveSettings } from '../catalog';
import type { EvidenceSources, Locale, UserCatalog } from '../catalog';

/**
 * The options a host passes on, as the user wrote them: the tsconfig plugin entry, the LSP server's
 * `initializationOptions` / settings, or the VS Code extension's settings.
 */
export interface EditorOptionsInput {
  /** Language of hovers, completion details and action titles (default `"en"`). */
  locale?: Locale;
  /** Built-in families to use (default: all). The user's own `catalogs` are always used. */
  families?: string[];
  /** The user's own families of codes. */
  catalogs?: UserCatalog[];
  /** Families that need evidence (`baas`) to document in every file, as `settings["auth-errors"].enabledFamilies`. */
  enabledFamilies?: string[];
  /** Per family, modules whose import is evidence, as `settings["auth-errors"].familyModules`. */
  familyModules?: Record<string, string[]>;
}

/** Options ready for use: validated, with the catalog they describe. */
export interface EditorOptions {
  readonly locale: Locale;
  readonly catalog: Catalog;
  /** What, beyond a file's text, says that a file uses a family that needs evidence. */
  readonly evidence?: EvidenceSources;
}

/**
 * Fields a host leaves in the object besides the options: `name` of the tsconfig plugin entry, and `global`,
 * which tsserver adds for a plugin an editor extension contributes.
 */
const HOST_FIELDS = new Set(['name', 'global']);
const OPTION_FIELDS = ['locale', 'families', 'catalogs', 'enabledFamilies', 'familyModules'];
const BUILTIN_IDS = builtinFamilies.map((family) => family.id);

/** The options every host starts from. */
export const defaultEditorOptions: EditorOptions = Object.freeze({
  locale: 'en',
  catalog: resolveSettings(undefined).catalog,
});

/**
 * Validates options as a user wrote them. Throws an {@link AuthErrorsSettingsError} naming the bad field, so
 * that the host can log it and carry on with {@link defaultEditorOptions}.
 */
export function resolveEditorOptions(raw: unknown, root = 'options'): EditorOptions {
  if (raw === undefined || raw === null) return defaultEditorOptions;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new AuthErrorsSettingsError(`eslint-plugin-auth-errors: ${root} must be an object.`);
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!HOST_FIELDS.has(key) && !OPTION_FIELDS.includes(key)) {
      throw new AuthErrorsSettingsError(
        `eslint-plugin-auth-errors: ${root} has an unknown field "${key}" (allowed: ${OPTION_FIELDS.join(', ')}).`,
      );
    }
  }
  const families = readFamilies(record.families, `${root}.families`);
  const resolved = resolveSettings(
    { locale: record.locale, catalogs: record.catalogs, enabledFamilies: record.enabledFamilies, familyModules: record.familyModules },
    root,
  );
  const catalog = families
    ? new Catalog(resolved.catalog.families.filter((family) => !family.builtin || families.includes(family.id)))
    : resolved.catalog;
  // A family the user names in `families` is one they turned on.
  const enabled = [...resolved.settings.enabledFamilies, ...(families ?? [])];
  return { locale: resolved.locale, catalog, evidence: { enabled, modules: resolved.settings.familyModules } };
}

function readFamilies(value: unknown, path: string): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const valid = Array.isArray(value) && value.every((item) => typeof item === 'string' && BUILTIN_IDS.includes(item));
  if (!valid) {
    throw new AuthErrorsSettingsError(
      `eslint-plugin-auth-errors: ${path} must be an array of built-in family names (${BUILTIN_IDS.map((id) => `"${id}"`).join(', ')}), but it is ${JSON.stringify(value)}.`,
    );
  }
  return value as string[];
}

/** Whether a value is already a resolved {@link EditorOptions}. */
export function isEditorOptions(value: unknown): value is EditorOptions {
  return typeof value === 'object' && value !== null && (value as { catalog?: unknown }).catalog instanceof Catalog;
}
