/**
 * A stretch of plain text every match of a regular expression contains (`FirebaseError` for
 * `/\bFirebaseError\b/`, `auth/` for `/["'`]auth\/[a-z]/`), or `undefined` when none of at least
 * {@link MIN_LITERAL} characters can be read off its source. A text without it cannot match, so a caller can ask
 * `text.includes(literal)` (a fast search) before it runs the expression over a whole file.
 *
 * Only the top level of the source is read: a group, a class, an escape that stands for a set (`\s`, `\b`) or an
 * anchor ends a stretch; a quantified character is dropped from it; any `|` outside a group, or one of the
 * flags `i`, `g`, `y`, `v`, means no answer. That finds fewer literals than there are, never a wrong one.
 */
export function requiredLiteral(pattern: RegExp): string | undefined {
  let answer = literals.get(pattern);
  if (answer === undefined) {
    answer = readLiteral(pattern) ?? null;
    literals.set(pattern, answer);
  }
  return answer ?? undefined;
}

/** Whether the text can match: the expression is run only where its required literal occurs. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const literal = requiredLiteral(pattern);
  if (literal !== undefined && !text.includes(literal)) return false;
  return pattern.test(text);
}

/** Shorter stretches are not worth a search of their own before the expression's. */
const MIN_LITERAL = 3;

const literals = new WeakMap<RegExp, string | null>();

/** Characters that mean something outside a class unless escaped. */
const SPECIAL = new Set(['^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}', '\\']);
const QUANTIFIERS = new Set(['?', '*', '+', '{']);
/** Escapes of one character that stand for that character (`\/`, `\$`, `\.`). */
const PLAIN_ESCAPE = /^[!-/:-@[-`{-~]$/;

function readLiteral(pattern: RegExp): string | undefined {
  // Case folding, stateful matching and `v`-mode nested classes are not read.
  if (/[igyv]/.test(pattern.flags)) return undefined;
  const source = pattern.source;
  let best = '';
  let run = '';
  const close = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const next = source[i + 1];
      i++;
      if (depth === 0 && next !== undefined && PLAIN_ESCAPE.test(next)) {
        if (QUANTIFIERS.has(source[i + 1] ?? '')) close();
        else run += next;
      } else if (depth === 0) close();
      continue;
    }
    if (char === '[') {
      // A class: skip to its end (an escaped `]` does not end it).
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      if (depth === 0) close();
      continue;
    }
    if (char === '(') {
      if (depth === 0) close();
      depth++;
      continue;
    }
    if (char === ')') {
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (char === '|') return undefined;
    if (char === '{') {
      // `{2}`, `{1,3}`: a count for what comes before it, which is then not one plain character.
      const count = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i));
      run = run.slice(0, -1);
      close();
      if (count) i += count[0].length - 1;
      continue;
    }
    if (SPECIAL.has(char)) {
      // A quantifier makes the character before it optional (or repeated): the stretch ends before it.
      if (QUANTIFIERS.has(char)) run = run.slice(0, -1);
      close();
      continue;
    }
    if (QUANTIFIERS.has(source[i + 1] ?? '')) close();
    else run += char;
  }
  close();
  return best.length >= MIN_LITERAL ? best : undefined;
}
