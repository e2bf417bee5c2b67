/**
 * A copy of `value` that shares no memory with the string it was cut from.
 *
 * V8 keeps a substring of 13 or more characters as a slice of its parent, and a concatenation as a pair of its
 * parts, so a label read from a file still holds that file's whole text. A memo that outlives the file must
 * therefore store a copy. Before this was used, the memos of `Catalog.suggest` and of the shared text scan held
 * about 11 MB of dub's source text at the end of a lint. It is applied to what a memo stores, never to lookups.
 *
 * Concatenating to a short prefix and slicing it off flattens the string into a new one of its own length; a
 * string shorter than 13 characters is always a copy already.
 */
export function detachedString(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}
