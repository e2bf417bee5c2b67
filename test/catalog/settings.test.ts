import { describe, expect, it } from 'vitest';

import { AuthErrorsSettingsError, defaultCatalog, parseSettings, resolveSettings } from '../../src/catalog';

describe('parseSettings', () => {
  it('defaults to English and no own catalogs', () => {
    expect(parseSettings(undefined)).toEqual({ locale: 'en', catalogs: [], enabledFamilies: [], familyModules: {} });
    expect(resolveSettings(undefined).catalog).toBe(defaultCatalog);
  });

  it('reads a user catalog of plain codes and documented codes', () => {
    const settings = parseSettings({
      locale: 'ko',
      catalogs: [
        {
          name: 'billing-api',
          discriminants: ['reason'],
          codes: ['CARD_DECLINED', { code: 'EXPIRED_CARD', status: 402, summary: 'The card has expired.', docsUrl: 'https://example.com/errors#expired' }],
        },
      ],
    });
    expect(settings.locale).toBe('ko');
    const family = settings.catalogs[0];
    expect(family?.id).toBe('billing-api');
    expect(family?.discriminantHints).toEqual(['reason']);
    expect(family?.entries.map((entry) => entry.code)).toEqual(['CARD_DECLINED', 'EXPIRED_CARD']);
    expect(family?.entries[1]).toMatchObject({
      httpStatus: 402,
      summary: { en: 'The card has expired.', ko: 'The card has expired.' },
      docsUrl: 'https://example.com/errors#expired',
    });
    expect(family?.entries[0]?.summary.en).toContain('CARD_DECLINED');
  });

  it('adds user families after the built-in ones in the resolved catalog', () => {
    const { catalog, locale } = resolveSettings({ catalogs: [{ name: 'billing-api', codes: ['CARD_DECLINED'] }] });
    expect(locale).toBe('en');
    expect(catalog.families.at(-1)?.id).toBe('billing-api');
    expect(catalog.lookup('CARD_DECLINED')?.family.id).toBe('billing-api');
    expect(catalog.families.slice(0, -1)).toEqual(defaultCatalog.families);
  });

  it('returns the same resolved object for equal settings (per-process cache)', () => {
    const raw = { catalogs: [{ name: 'cache-check', codes: ['A_CODE'] }] };
    expect(resolveSettings(raw)).toBe(resolveSettings(raw));
    expect(resolveSettings(JSON.parse(JSON.stringify(raw)))).toBe(resolveSettings(raw));
  });

  it.each([
    [{ locale: 'fr' }, 'settings["auth-errors"].locale must be one of "en", "ko", but it is "fr".'],
    ['ko', 'settings["auth-errors"] must be an object, but it is "ko".'],
    [{ catalogs: {} }, 'settings["auth-errors"].catalogs must be an array, but it is {}.'],
    [{ catalogs: [{ codes: ['A'] }] }, 'settings["auth-errors"].catalogs[0].name must be a family name'],
    [{ catalogs: [{ name: 'baas', codes: ['A'] }] }, 'settings["auth-errors"].catalogs[0].name must be a name no other family uses, but it is "baas".'],
    [{ catalogs: [{ name: 'x', codes: [] }] }, 'settings["auth-errors"].catalogs[0].codes must be a non-empty array'],
    [{ catalogs: [{ name: 'x', codes: ['A', 'A'] }] }, 'settings["auth-errors"].catalogs[0].codes[1] must be a code listed only once'],
    [{ catalogs: [{ name: 'x', codes: [{ code: 'A', status: 'teapot' }] }] }, 'settings["auth-errors"].catalogs[0].codes[0].status must be an integer HTTP status from 100 to 599, but it is "teapot".'],
    [{ catalogs: [{ name: 'x', codes: [{ code: 'A', docsUrl: 'ftp://x' }] }] }, 'settings["auth-errors"].catalogs[0].codes[0].docsUrl must be an http(s) URL'],
    [{ catalogs: [{ name: 'x', codes: [{ code: 'A', summary: { en: '' } }] }] }, 'settings["auth-errors"].catalogs[0].codes[0].summary.en must be a non-empty string'],
    [{ catalogs: [{ name: 'x', codes: [{ code: 'A', colour: 'red' }] }] }, 'settings["auth-errors"].catalogs[0].codes[0] has an unknown field "colour"'],
    [{ catalogs: [{ name: 'x', codes: ['A'], discriminants: [3] }] }, 'settings["auth-errors"].catalogs[0].discriminants must be an array of non-empty strings'],
    [{ catalogs: [42] }, 'settings["auth-errors"].catalogs[0] must be an object { name, codes }, but it is 42.'],
  ])('rejects %j naming the field', (raw, message) => {
    expect(() => parseSettings(raw, undefined, ['baas'])).toThrow(AuthErrorsSettingsError);
    expect(() => parseSettings(raw, undefined, ['baas'])).toThrow(message);
  });

  it('names the root it was given (tsserver plugin options)', () => {
    expect(() => parseSettings({ locale: 'de' }, 'plugin options')).toThrow('plugin options.locale must be one of');
  });
});

describe('aliases', () => {
  it('looks up a spelling the library really sends and never suggests a replacement for it', () => {
    expect(defaultCatalog.lookup('configuration', 'nextauth-pages')?.entry.code).toBe('Configuration');
    expect(defaultCatalog.suggest('configuration', 'nextauth-pages')).toBeUndefined();
    const missing = defaultCatalog.missingCodes('nextauth-pages', ['configuration']).map((entry) => entry.code);
    expect(missing).not.toContain('Configuration');
  });
});
