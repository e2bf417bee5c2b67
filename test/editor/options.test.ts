import { describe, expect, it } from 'vitest';

import { AuthErrorsSettingsError, BUILTIN_FAMILY_IDS } from '../../src/catalog';
import { defaultEditorOptions, resolveEditorOptions } from '../../src/editor';

describe('editor options', () => {
  it('defaults to English and every built-in family', () => {
    expect(resolveEditorOptions(undefined)).toBe(defaultEditorOptions);
    expect(defaultEditorOptions.locale).toBe('en');
    expect(defaultEditorOptions.catalog.families.map((family) => family.id)).toEqual([...BUILTIN_FAMILY_IDS]);
    expect(BUILTIN_FAMILY_IDS).toContain('nextauth-pages');
  });

  it('accepts the tsconfig entry as it is, name and all', () => {
    const options = resolveEditorOptions({ name: 'eslint-plugin-auth-errors', locale: 'ko', families: ['authjs', 'baas'] });
    expect(options.locale).toBe('ko');
    expect(options.catalog.families.map((family) => family.id)).toEqual(['authjs', 'baas']);
  });

  it("keeps the user's own catalogs whatever families says", () => {
    const options = resolveEditorOptions({ families: ['baas'], catalogs: [{ name: 'billing', codes: ['QUOTA_GONE'] }] });
    expect(options.catalog.families.map((family) => family.id)).toEqual(['baas', 'billing']);
  });

  it.each([
    [{ locale: 'fr' }, /the plugin options\.locale must be one of "en", "ko", but it is "fr"/],
    [{ families: ['nextauth', 'firebase'] }, /the plugin options\.families must be an array of built-in family names/],
    [{ catalogs: [{ name: 'x', codes: [] }] }, /the plugin options\.catalogs\[0\]\.codes must be a non-empty array/],
    [{ colour: 'blue' }, /the plugin options has an unknown field "colour"/],
    ['ko', /the plugin options must be an object/],
  ])('rejects %j naming the field', (raw, message) => {
    expect(() => resolveEditorOptions(raw, 'the plugin options')).toThrow(AuthErrorsSettingsError);
    expect(() => resolveEditorOptions(raw, 'the plugin options')).toThrow(message);
  });
});
