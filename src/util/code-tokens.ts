import { mayBeCandidateIn } from '../catalog';
import type { Catalog, EvidenceSources } from '../catalog';
import { isAnyCode } from '../catalog/code-like';
import { constantObjectNames } from '../catalog/constants';
import { conventionsOf, splitPrefix } from '../catalog/convention';
import { detachedString } from '../catalog/detached';
import { misspellingThreshold, normalizeCode } from '../catalog/distance';
import { mayBeInventedCodeOf } from '../catalog/switch-analysis';

/**
 * What a file writes that the error-code rules could judge, read from its text in a few linear passes (no tree
 * walk, no scope): the rules that look at every file (`exhaustive-error-codes`, `no-unknown-error-code`) ask this
 * in `create()` and listen to nothing in a file where nothing passes the catalog's cheap tests.
 *
 * Every value those rules judge is written in the file: a case label, a compared string or a constant they
 * resolve is a string or template literal of the file (constants are resolved in the file's own scope), and a
 * map key is one of those or a name or number written before a `:`. The text is not tokenized; instead every
 * stretch between two consecutive unescaped quotes of one kind is taken as a string, and every name before a
 * `:` as a key. That reads more than the file's literals (the stretch between two strings, a word in a comment),
 * never fewer, so the answer errs only on the side of listening.
 */
export interface CodeTokens {
  /** Some string or key is a code (or an old name) of some family: a map of codes is possible. */
  readonly anyCode: boolean;
  /** Some string or key is one a family could judge (see `mayBeCode`), or an invented code of a closed family. */
  readonly codeLike: boolean;
  /**
   * The ids of the families one of whose codes (or old names) is written: a rule that can judge a group only
   * against a family the file shows evidence of can skip the file when none of these has it (`'unauthorized'` is
   * an Auth0 code, and an API route's own status too). Every family when the text cannot be read so.
   */
  readonly codeFamilies: ReadonlySet<string>;
  /**
   * The ids of the families the other strings could be judged against (a near miss of one of their codes, or an
   * invented code of a closed family). Every family when the text cannot be read so.
   */
  readonly codeLikeFamilies: ReadonlySet<string>;
  /** A name a family exports a constant map under (`AuthErrorCodes`) is written, so `X.KEY` may need a check. */
  readonly constantObject: boolean;
}

/**
 * Whether one of `families` could be chosen for some group of the file (`mayBeCandidateIn`: it needs no evidence,
 * the file shows it, or a name may hint at it), among the families `only` allows (a rule's `families` option).
 */
export function anyCandidateIn(
  catalog: Catalog,
  families: Iterable<string>,
  text: string,
  sources: EvidenceSources,
  only?: readonly string[],
): boolean {
  if (candidates.text !== text || candidates.sources !== sources || candidates.catalog !== catalog) {
    candidates.text = text;
    candidates.sources = sources;
    candidates.catalog = catalog;
    candidates.answers.clear();
  }
  for (const id of families) {
    if (only && !only.includes(id)) continue;
    let answer = candidates.answers.get(id);
    if (answer === undefined) {
      const family = catalog.family(id);
      answer = family !== undefined && mayBeCandidateIn(family, text, sources);
      candidates.answers.set(id, answer);
    }
    if (answer) return true;
  }
  return false;
}

/**
 * The answers of `mayBeCandidateIn` for the file being linted: the rules of one file ask in turn, with the same
 * text and (per config) the same sources, so only the last file's answers are kept.
 */
const candidates: { text: string | undefined; sources: EvidenceSources | undefined; catalog: Catalog | undefined; readonly answers: Map<string, boolean> } = {
  text: undefined,
  sources: undefined,
  catalog: undefined,
  answers: new Map(),
};

const cache = new WeakMap<object, { readonly catalog: Catalog; readonly result: CodeTokens }>();

/** What {@link CodeTokens} says of a file's text, computed once per program (the rules share it). */
export function codeTokensOf(program: object, text: string, catalog: Catalog): CodeTokens {
  const cached = cache.get(program);
  if (cached?.catalog === catalog) return cached.result;
  const result = scan(text, catalog);
  cache.set(program, { catalog, result });
  return result;
}

/**
 * The only strings other than exact codes that `mayBeCode` or `mayBeInventedCode` can accept: after an optional
 * `prefix/`, a word in one of the naming conventions (letters, digits, `_` and `-`). Anything else is judged by
 * the exact-code look-up alone.
 */
const CODE_SHAPE = /^(?:[^/]+\/)?[A-Za-z0-9_-]+$/;

interface ShapeIndex {
  /** The codes that are not of {@link CODE_SHAPE} (usually none): the only ones an odd string can be. */
  readonly odd: ReadonlySet<string>;
  /**
   * `prefix\0convention\0length` of every code (length normalized as the catalog measures it), with the families
   * that have such a code: a string can be a misspelling only of a code with its prefix and convention, at most
   * `misspellingThreshold` longer or shorter.
   */
  readonly near: ReadonlyMap<string, readonly string[]>;
  /** Every family's id. */
  readonly all: ReadonlySet<string>;
}

const shapeIndexes = new WeakMap<Catalog, ShapeIndex>();

function shapeIndexOf(catalog: Catalog): ShapeIndex {
  let index = shapeIndexes.get(catalog);
  if (!index) {
    const odd = new Set<string>();
    const near = new Map<string, string[]>();
    for (const family of catalog.families) {
      for (const code of family.byCode.keys()) {
        if (!CODE_SHAPE.test(code)) odd.add(code);
        const [prefix, rest] = splitPrefix(code);
        const length = normalizeCode(code).length;
        for (const convention of conventionsOf(rest)) {
          if (convention === 'other') continue;
          const key = `${prefix}\u0000${convention}\u0000${length}`;
          const families = near.get(key);
          if (!families) near.set(key, [family.id]);
          else if (!families.includes(family.id)) families.push(family.id);
        }
      }
    }
    index = { odd, near, all: new Set(catalog.families.map((family) => family.id)) };
    shapeIndexes.set(catalog, index);
  }
  return index;
}

/**
 * The families with a code near enough to a string of {@link CODE_SHAPE} for `Catalog.suggest` to consider it
 * (same prefix, same convention, a length within the threshold), added to `out`: a cheap test that must pass before
 * `mayBeCode` is asked, which otherwise compares the string with every code of every family the first time it sees it.
 */
function addNearFamilies(index: ShapeIndex, value: string, out: Set<string>): void {
  const length = normalizeCode(value).length;
  if (length === 0) return;
  const limit = misspellingThreshold(length);
  const [prefix, rest] = splitPrefix(value);
  for (const convention of conventionsOf(rest)) {
    if (convention === 'other') continue;
    for (let delta = -limit; delta <= limit; delta++) {
      for (const id of index.near.get(`${prefix}\u0000${convention}\u0000${length + delta}`) ?? []) out.add(id);
    }
  }
}

const NONE: ReadonlySet<string> = new Set();

function scan(text: string, catalog: Catalog): CodeTokens {
  const index = shapeIndexOf(catalog);
  const unknown: CodeTokens = { anyCode: true, codeLike: true, constantObject: true, codeFamilies: index.all, codeLikeFamilies: index.all };
  const exact = new Set<string>();
  const near = new Set<string>();
  /** Notes the families a string or key is a code of, or may be judged against. */
  const judge = (value: string): void => {
    const judgement = judgementOf(catalog, index, value);
    if (judgement === NO_JUDGEMENT) return;
    for (const id of judgement.exact) exact.add(id);
    if (near.size < index.all.size) for (const id of judgement.near) near.add(id);
  };
  // Only a string of CODE_SHAPE can be judged when no code is odd (the usual case): the others (class names,
  // paths, sentences: most strings of an app) are recognised in place, without copying them out of the text.
  const shapedOnly = index.odd.size === 0;
  for (const quote of ["'", '"', '`']) {
    let backslash = -1;
    let open = nextQuote(text, quote, 0);
    while (open !== -1) {
      const close = nextQuote(text, quote, open + 1);
      if (close === -1) break;
      const start = open + 1;
      open = close;
      // The next backslash at or after the string's start, found once per stretch of text (strings come in order).
      if (backslash !== -2 && backslash < start) {
        backslash = text.indexOf('\\', start);
        if (backslash === -1) backslash = -2;
      }
      const escaped = backslash >= 0 && backslash < close;
      if (!escaped) {
        if (shapedOnly && !isCodeShapedAt(text, start, close)) continue;
        const raw = text.slice(start, close);
        // A quoted string never holds a line break (a template may), nor does a template with a value `${…}`.
        if (quote !== '`' && (raw.includes('\n') || raw.includes('\r'))) continue;
        if (quote === '`' && raw.includes('${')) continue;
        judge(quote === '`' ? raw.replaceAll('\r\n', '\n') : raw);
        continue;
      }
      const raw = text.slice(start, close);
      const value = cook(quote === '`' ? raw.replaceAll('\r\n', '\n') : raw);
      if (value === undefined) return unknown;
      judge(value);
    }
  }
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    const key = keyBefore(text, colon);
    if (key === null) return unknown;
    if (key === undefined) continue;
    const first = key.charCodeAt(0);
    const value = first === 46 || (first >= 48 && first <= 57) ? numericKey(key) : key;
    if (value !== undefined) judge(value);
  }
  let constantObject = false;
  for (const name of constantObjectNames(catalog)) {
    if (text.includes(name)) {
      constantObject = true;
      break;
    }
  }
  return {
    anyCode: exact.size > 0,
    codeLike: exact.size > 0 || near.size > 0,
    constantObject,
    codeFamilies: exact.size > 0 ? exact : NONE,
    codeLikeFamilies: near.size > 0 ? near : NONE,
  };
}

/** A letter, digit, `_` or `-`: the characters of a code after its prefix (see {@link CODE_SHAPE}). */
function isCodeChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

/**
 * Whether `text.slice(start, end)` is of {@link CODE_SHAPE}, read in place from its end: code characters, and at most
 * one `/` with something before it. A string with a backslash is not asked (its value differs from its text).
 */
export function isCodeShapedAt(text: string, start: number, end: number): boolean {
  let at = end - 1;
  while (at >= start && isCodeChar(text.charCodeAt(at))) at--;
  if (at === end - 1) return false;
  if (at < start) return true;
  if (text.charCodeAt(at) !== 47 || at === start) return false;
  for (let before = at - 1; before >= start; before--) if (text.charCodeAt(before) === 47) return false;
  return true;
}

/**
 * The name or number written right before a `:` (past blanks), `undefined` when there is none (`'key':`, `?:`,
 * `):`), or `null` when a comment stands between them or the name has an escape: then the caller cannot tell.
 */
function keyBefore(text: string, colon: number): string | null | undefined {
  let end = colon;
  let lineStart = -1;
  for (;;) {
    const code = text.charCodeAt(end - 1);
    if (code === 32 || code === 9 || code === 11 || code === 12 || code === 0xa0 || code === 0xfeff) end--;
    else if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      end--;
      lineStart = end;
    } else break;
  }
  // A line comment may end the line before the colon's: the key is then somewhere in it.
  if (lineStart !== -1 && text.lastIndexOf('//', lineStart) > text.lastIndexOf('\n', lineStart - 1)) return null;
  let start = end;
  for (;;) {
    const code = text.charCodeAt(start - 1);
    // Letters, digits, `_`, `$`, `.` (numbers), and anything beyond ASCII (names may use it).
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code === 46 || code >= 0x80) {
      start--;
    } else break;
  }
  const before = text.charCodeAt(start - 1);
  // `*/` (a comment) or `\` (an escape in the name) right before: unknown.
  if (start === end) return before === 47 && text.charCodeAt(end - 2) === 42 ? null : undefined;
  if (before === 92) return null;
  return text.slice(start, end);
}

/** The next quote at or after `from` that no backslash escapes, or -1. */
function nextQuote(text: string, quote: string, from: number): number {
  for (let at = text.indexOf(quote, from); at !== -1; at = text.indexOf(quote, at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', 0: '\0' };
const ESCAPE = /\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g;

/**
 * The value of a string's text with escapes, as JavaScript reads it; `undefined` when it cannot be told (a legacy
 * octal escape, a code point beyond Unicode).
 */
function cook(raw: string): string | undefined {
  let unknown = false;
  const value = raw.replace(ESCAPE, (_, escape: string) => {
    if (escape.startsWith('u{')) {
      const point = Number.parseInt(escape.slice(2, -1), 16);
      if (point > 0x10ffff) unknown = true;
      return point > 0x10ffff ? '' : String.fromCodePoint(point);
    }
    if (escape.length > 1 && (escape[0] === 'u' || escape[0] === 'x')) return String.fromCharCode(Number.parseInt(escape.slice(1), 16));
    if (escape === '\n' || escape === '\r' || escape === '\r\n' || escape === '\u2028' || escape === '\u2029') return '';
    if (/^[1-7]$/.test(escape)) unknown = true;
    return SIMPLE_ESCAPES[escape] ?? escape;
  });
  return unknown ? undefined : value;
}

/** The key a number written before a `:` stands for (`0x10` is `"16"`); `undefined` when it is no number. */
function numericKey(written: string): string | undefined {
  const value = Number(written.replaceAll('_', ''));
  return Number.isFinite(value) ? String(value) : undefined;
}

interface Judgement {
  /** The families the string is a code (or an old name) of. */
  readonly exact: readonly string[];
  /** The families it may be judged against: a near miss of one of their codes, or an invented code of theirs. */
  readonly near: readonly string[];
}

const NO_JUDGEMENT: Judgement = { exact: [], near: [] };

/** Answers of {@link judgementOf} so far, per catalog (strings repeat across the files of a lint run). */
const answers = new WeakMap<Catalog, Map<string, Judgement>>();
/** Enough for the distinct strings of a large app; emptied when full, so memory stays bounded. */
const MAX_ANSWERS = 50_000;

/** What a string or key of a file says for {@link CodeTokens}, computed once per distinct string. */
function judgementOf(catalog: Catalog, index: ShapeIndex, value: string): Judgement {
  let known = answers.get(catalog);
  if (!known) {
    known = new Map();
    answers.set(catalog, known);
  }
  let judgement = known.get(value);
  if (judgement === undefined) {
    judgement = judgeAfresh(catalog, index, value);
    if (known.size >= MAX_ANSWERS) known.clear();
    // `value` is a slice of the file's text: stored as a copy, so the memo keeps no file alive.
    known.set(detachedString(value), judgement);
  }
  return judgement;
}

function judgeAfresh(catalog: Catalog, index: ShapeIndex, value: string): Judgement {
  if (!CODE_SHAPE.test(value)) {
    return index.odd.has(value) ? { exact: catalog.lookupAll(value).map((found) => found.family.id), near: [] } : NO_JUDGEMENT;
  }
  if (isAnyCode(catalog, value)) return { exact: catalog.lookupAll(value).map((found) => found.family.id), near: [] };
  // `mayBeCode` itself is not asked here: it compares the string with every code the first time it sees it, and
  // an app writes thousands of distinct strings (class names, keys, paths). The listeners ask it of the few
  // strings they compare.
  const families = new Set<string>();
  addNearFamilies(index, value, families);
  // A family that needs no evidence is a candidate in every file, so the length test alone would keep most
  // files listening (`display_name` is as long as `configuration`): for those few families, whose codes are few,
  // the catalog's own answer is asked instead.
  for (const id of families) if (catalog.family(id)?.evidence === undefined && !catalog.suggest(value, id)) families.delete(id);
  for (const family of catalog.families) if (mayBeInventedCodeOf(family, value)) families.add(family.id);
  return families.size === 0 ? NO_JUDGEMENT : { exact: [], near: [...families] };
}
