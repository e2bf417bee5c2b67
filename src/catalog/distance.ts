/**
 * Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and
 * transpositions of neighbours each cost 1. Returns early with `limit + 1` once the distance must exceed
 * `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev: number[] = [];
  let prev: number[] = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current: number[] = [i];
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[cols - 1]!;
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
