import type * as TS from 'typescript';

/** A language service that forwards every method to `languageService`; the plugin then replaces a few. */
export function decorate(languageService: TS.LanguageService): TS.LanguageService {
  const proxy = Object.create(null) as Record<string, unknown>;
  const source = languageService as unknown as Record<string, unknown>;
  for (const key of Object.keys(languageService)) {
    const member = source[key];
    proxy[key] = typeof member === 'function' ? (...args: unknown[]) => (member as (...a: unknown[]) => unknown).apply(languageService, args) : member;
  }
  return proxy as unknown as TS.LanguageService;
}
