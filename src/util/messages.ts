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

// Control characters (C0, DEL, C1) and the invisible bidirectional marks that can make a message read other
// than it is (a "Trojan source" string).
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Source text as a message may show it: control and bidi characters spelled as `\u{…}` escapes, and at most
 * `max` characters (`…` marks a cut), so a hostile string can neither reorder nor flood the terminal.
 */
export function printable(text: string, max = 80): string {
  const escaped = text.replace(UNPRINTABLE, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
  return escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
}
