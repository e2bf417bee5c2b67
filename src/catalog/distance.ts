/**
 * Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and
 * transpositions of neighbours each cost 1. Returns early with `limit + 1` once the distance must exceed
 * `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  // Three rows of the table, reused: the one before the previous (for transpositions), the previous, the current.
  let prevPrev = rowsOf(cols, 0);
  let prev = rowsOf(cols, 1);
  let current = rowsOf(cols, 2);
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const cost = charA === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const done = prevPrev;
    prevPrev = prev;
    prev = current;
    current = done;
  }
  return prev[cols - 1]!;
}

/** Scratch rows for {@link editDistance}, grown as needed (the function is not re-entrant, nor needs to be). */
const scratch: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function rowsOf(length: number, which: 0 | 1 | 2): Int32Array {
  if (scratch[which]!.length < length) scratch[which] = new Int32Array(Math.max(length, scratch[which]!.length * 2));
  return scratch[which]!;
}

/** Upper-cases and drops `_`, `-` and spaces, so `user-already-exists` and `USER_ALREADY_EXISTS` compare equal. */
export function normalizeCode(code: string): string {
  return code.replace(/[\s_-]+/g, '').toUpperCase();
}

/**
 * The largest distance at which `input` still counts as a misspelling of a code of this length: about one
 * edit per five characters, at least 1 and at most 3. Short strings get no slack beyond a single edit so that
 * unrelated words stay quiet.
 */
export function misspellingThreshold(length: number): number {
  if (length < 4) return 0;
  return Math.min(3, Math.max(1, Math.floor(length / 5)));
}
