import { Catalog, createFamily } from './catalog';
import type { CodeEntry, Family, FamilyDefinition, Locale, Localized } from './types';
import { LOCALES } from './types';

/**
 * A user's own family, as written in `settings["auth-errors"].catalogs` (ESLint) or in the language-service
 * plugin's `catalogs` option.
 */
export interface UserCatalog {
  /** Family id, e.g. `"my-api"`. */
  name: string;
  /** Codes: a plain string, or an object with optional docs. */
  codes: (string | UserCode)[];
  /** Names of the values that hold these codes (`errorCode`, `reason`, …). */
  discriminants?: string[];
  /** Shown in hovers and messages. */
  description?: string | Localized;
}

export interface UserCode {
  code: string;
  summary?: string | Localized;
  fix?: string | Localized;
  status?: number;
  docsUrl?: string;
}

/** The plugin's shared settings, validated. */
export interface AuthErrorsSettings {
  readonly locale: Locale;
  readonly catalogs: readonly FamilyDefinition[];
  /**
   * Families checked in every file without other evidence (for the built-in families that need evidence, such as
   * `baas`).
   */
  readonly enabledFamilies: readonly string[];
  /** Per family, the modules whose import in a file is evidence that the file uses that family's API. */
  readonly familyModules: Readonly<Record<string, readonly string[]>>;
}

/** The fields `settings["auth-errors"]` may have. */
export const SETTINGS_FIELDS = ['locale', 'catalogs', 'enabledFamilies', 'familyModules'] as const;

/** Thrown for settings that do not validate; the message names the offending field. */
export class AuthErrorsSettingsError extends Error {
  override readonly name = 'AuthErrorsSettingsError';
}

type Path = string;

function fail(path: Path, expected: string, value: unknown): never {
  const shown = value === undefined ? 'nothing' : JSON.stringify(value);
  throw new AuthErrorsSettingsError(
    `eslint-plugin-auth-errors: ${path} must be ${expected}, but it is ${shown}.`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], path: Path): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new AuthErrorsSettingsError(
        `eslint-plugin-auth-errors: ${path} has an unknown field "${key}" (allowed: ${allowed.join(', ')}).`,
      );
    }
  }
}

function readLocalized(value: unknown, path: Path): Localized | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return { en: value, ko: value };
  if (isRecord(value)) {
    checkKeys(value, LOCALES, path);
    const en = value.en;
    const ko = value.ko ?? en;
    if (typeof en !== 'string' || en.trim() === '') fail(`${path}.en`, 'a non-empty string', en);
    if (typeof ko !== 'string' || ko.trim() === '') fail(`${path}.ko`, 'a non-empty string', ko);
    return { en, ko };
  }
  return fail(path, 'a non-empty string or an object { en, ko }', value);
}

const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/i;

function readUserCatalog(raw: unknown, path: Path, taken: Set<string>): FamilyDefinition {
  if (!isRecord(raw)) fail(path, 'an object { name, codes }', raw);
  checkKeys(raw, ['name', 'codes', 'discriminants', 'description'], path);
  const name = raw.name;
  if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
    fail(`${path}.name`, 'a family name of letters, digits, ".", "_" or "-"', name);
  }
  if (taken.has(name)) fail(`${path}.name`, 'a name no other family uses', name);
  taken.add(name);
  if (!Array.isArray(raw.codes) || raw.codes.length === 0) fail(`${path}.codes`, 'a non-empty array', raw.codes);
  const seen = new Set<string>();
  const entries: CodeEntry[] = raw.codes.map((item: unknown, index: number) => {
    const itemPath = `${path}.codes[${index}]`;
    const entry = readUserCode(item, itemPath, name);
    if (seen.has(entry.code)) fail(`${itemPath}`, 'a code listed only once', entry.code);
    seen.add(entry.code);
    return entry;
  });
  let discriminantHints: string[] = [];
  if (raw.discriminants !== undefined) {
    if (!Array.isArray(raw.discriminants) || raw.discriminants.some((d) => typeof d !== 'string' || d === '')) {
      fail(`${path}.discriminants`, 'an array of non-empty strings', raw.discriminants);
    }
    discriminantHints = raw.discriminants as string[];
  }
  const description = readLocalized(raw.description, `${path}.description`) ?? {
    en: `Your own "${name}" error codes.`,
    ko: `직접 정의한 "${name}" 오류 코드입니다.`,
  };
  return { id: name, title: { en: name, ko: name }, description, discriminantHints, entries };
}

function readUserCode(item: unknown, path: Path, familyName: string): CodeEntry {
  const defaultSummary = (code: string): Localized => ({
    en: `\`${code}\`, a code of your "${familyName}" catalog.`,
    ko: `직접 정의한 "${familyName}" 카탈로그의 코드 \`${code}\`입니다.`,
  });
  const empty: Localized = { en: '', ko: '' };
  if (typeof item === 'string') {
    if (item === '') fail(path, 'a non-empty string', item);
    return { code: item, summary: defaultSummary(item), cause: empty, fix: empty };
  }
  if (!isRecord(item)) fail(path, 'a code string or an object { code, summary?, fix?, status?, docsUrl? }', item);
  checkKeys(item, ['code', 'summary', 'fix', 'status', 'docsUrl'], path);
  const code = item.code;
  if (typeof code !== 'string' || code === '') fail(`${path}.code`, 'a non-empty string', code);
  const status = item.status;
  if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)) {
    fail(`${path}.status`, 'an integer HTTP status from 100 to 599', status);
  }
  const docsUrl = item.docsUrl;
  if (docsUrl !== undefined && (typeof docsUrl !== 'string' || !/^https?:\/\//.test(docsUrl))) {
    fail(`${path}.docsUrl`, 'an http(s) URL', docsUrl);
  }
  return {
    code,
    summary: readLocalized(item.summary, `${path}.summary`) ?? defaultSummary(code),
    cause: empty,
    fix: readLocalized(item.fix, `${path}.fix`) ?? empty,
    ...(status !== undefined ? { httpStatus: status as number } : {}),
    ...(docsUrl !== undefined ? { docsUrl: docsUrl as string } : {}),
  };
}

/**
 * Validates the plugin's shared settings (`settings["auth-errors"]` in ESLint, the plugin options in
 * tsconfig). Throws {@link AuthErrorsSettingsError} naming the field on bad input.
 */
export function parseSettings(raw: unknown, root = 'settings["auth-errors"]', builtinIds: readonly string[] = []): AuthErrorsSettings {
  if (raw === undefined || raw === null) return { locale: 'en', catalogs: [], enabledFamilies: [], familyModules: {} };
  if (!isRecord(raw)) fail(root, 'an object', raw);
  checkKeys(raw, SETTINGS_FIELDS, root);
  const locale = raw.locale ?? 'en';
  if (typeof locale !== 'string' || !(LOCALES as readonly string[]).includes(locale)) {
    fail(`${root}.locale`, `one of ${LOCALES.map((l) => `"${l}"`).join(', ')}`, raw.locale);
  }
  let catalogs: FamilyDefinition[] = [];
  if (raw.catalogs !== undefined) {
    if (!Array.isArray(raw.catalogs)) fail(`${root}.catalogs`, 'an array', raw.catalogs);
    const taken = new Set(builtinIds);
    catalogs = raw.catalogs.map((item: unknown, index: number) => readUserCatalog(item, `${root}.catalogs[${index}]`, taken));
  }
  const ids = [...builtinIds, ...catalogs.map((catalog) => catalog.id)];
  const enabledFamilies = readFamilyIds(raw.enabledFamilies, `${root}.enabledFamilies`, ids);
  const familyModules: Record<string, readonly string[]> = {};
  if (raw.familyModules !== undefined) {
    if (!isRecord(raw.familyModules)) fail(`${root}.familyModules`, 'an object of family name → module names', raw.familyModules);
    for (const [id, modules] of Object.entries(raw.familyModules)) {
      const path = `${root}.familyModules.${id}`;
      if (!ids.includes(id)) fail(path, `a family name (${ids.map((name) => `"${name}"`).join(', ')})`, id);
      if (!Array.isArray(modules) || modules.length === 0 || modules.some((m) => typeof m !== 'string' || m.trim() === '')) {
        fail(path, 'a non-empty array of module names', modules);
      }
      familyModules[id] = modules as string[];
    }
  }
  return { locale: locale as Locale, catalogs, enabledFamilies, familyModules };
}

function readFamilyIds(value: unknown, path: Path, ids: readonly string[]): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || !ids.includes(item))) {
    fail(path, `an array of family names (${ids.map((name) => `"${name}"`).join(', ')})`, value);
  }
  return value as string[];
}

/** Builds a catalog of the built-in families followed by the user's. */
export function buildCatalog(builtins: readonly Family[], user: readonly FamilyDefinition[]): Catalog {
  return new Catalog([...builtins, ...user.map((definition) => createFamily(definition, false))]);
}
