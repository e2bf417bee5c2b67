import type { Locale } from '../catalog';

/** A message id as reported in a locale: `missingCases` in English, `missingCasesKo` in Korean. */
export type LocalizedMessageId<Id extends string> = Id | `${Id}Ko`;

/**
 * Builds a rule's `meta.messages` from an English and a Korean table with the same ids. Korean ids get the
 * suffix `Ko`, so `settings["auth-errors"].locale = "ko"` switches a report to its Korean twin while the
 * English id stays the documented one.
 */
export function defineMessages<Id extends string>(
  en: Record<Id, string>,
  ko: Record<Id, string>,
): Record<LocalizedMessageId<Id>, string> {
  const messages: Record<string, string> = { ...en };
  for (const [id, text] of Object.entries<string>(ko)) messages[`${id}Ko`] = text;
  return messages as Record<LocalizedMessageId<Id>, string>;
}

/** The id to report for a locale. */
export function localizedMessageId<Id extends string>(id: Id, locale: Locale): LocalizedMessageId<Id> {
  return locale === 'ko' ? `${id}Ko` : id;
}
