import { localize } from '../../catalog';
import type { AuthJsErrorType, Catalog, Locale, NextAuthErrorCode } from '../../catalog';
import type { AuthVersion } from './imports';

/** A configuration error as each major version names it: v4's logger code and v5's error type. */
export interface ConfigError {
  readonly v4: NextAuthErrorCode;
  readonly v5: AuthJsErrorType;
}

export const CREDENTIALS_JWT_ERROR: ConfigError = { v4: 'CALLBACK_CREDENTIALS_JWT_ERROR', v5: 'UnsupportedStrategy' };
export const MISSING_SECRET_ERROR: ConfigError = { v4: 'NO_SECRET', v5: 'MissingSecret' };
export const MISSING_ADAPTER_ERROR: ConfigError = { v4: 'EMAIL_REQUIRES_ADAPTER_ERROR', v5: 'MissingAdapter' };
export const MISSING_AUTHORIZE_ERROR: ConfigError = { v4: 'CALLBACK_CREDENTIALS_HANDLER_ERROR', v5: 'MissingAuthorize' };

/** The message data for a config error: the code(s) for the version and the catalog's summary of it. */
export type ConfigErrorText = {
  /** `NO_SECRET`, `MissingSecret`, or both (`NO_SECRET / MissingSecret`) when the version is unknown. */
  readonly code: string;
  /** The catalog's one-sentence summary, in the locale (the code itself when the catalog has none). */
  readonly summary: string;
};

/** Names a config error for the version a config belongs to, with its summary from the catalog. */
export function describeConfigError(
  error: ConfigError,
  version: AuthVersion,
  catalog: Catalog,
  locale: Locale,
): ConfigErrorText {
  const v5 = version === 'v5';
  const code = version === 'v4' ? error.v4 : v5 ? error.v5 : `${error.v4} / ${error.v5}`;
  const found = v5 ? catalog.lookup(error.v5, 'authjs') : catalog.lookup(error.v4, 'nextauth');
  const summary = found ? localize(found.entry.summary, locale).replace(/\.$/, '') : v5 ? error.v5 : error.v4;
  return { code, summary };
}
