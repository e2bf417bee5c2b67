import { differsByWholeWords, sameConvention } from './convention';
import { editDistance, misspellingThreshold, normalizeCode } from './distance';
import { detachedString } from './detached';
import { mayMatch } from './required-literal';
import type { CodeEntry, Family, FamilyDefinition, FoundCode, Locale, Localized } from './types';

/** Builds the look-up tables of a family definition. */
export function createFamily(definition: FamilyDefinition, builtin: boolean): Family {
  const byCode = new Map<string, CodeEntry>();
  const statuses = new Set<number>();
  for (const entry of definition.entries) {
    byCode.set(entry.code, entry);
    for (const alias of entry.aliases ?? []) byCode.set(alias, entry);
    if (entry.httpStatus !== undefined) statuses.add(entry.httpStatus);
  }
  return { ...definition, builtin, byCode, statuses };
}

/** Picks the text of a locale. */
export function localize(text: Localized, locale: Locale): string {
  return text[locale];
}

export interface InferOptions {
  /**
   * Name of the value switched on / compared (`errorCode`, `type`, …), last segment only. It hints at a family
   * when it equals one of the family's `discriminantHints` or ends with one at a word boundary
   * (`apiErrorCode`, `loginError`, `error_code`).
   */
  readonly discriminant?: string | undefined;
  /** Restrict the candidates to these family ids. */
  readonly families?: readonly string[] | undefined;
  /**
   * Ids of the families with evidence in the file (see {@link evidentFamilies}). A family that needs evidence is
   * a candidate only when listed here or when the discriminant is one of its evidence names.
   */
  readonly evident?: ReadonlySet<string> | undefined;
  /** The NextAuth.js / Auth.js major version the project runs: families of the other major are no candidates. */
  readonly authMajor?: 4 | 5 | undefined;
  /**
   * How many labels must count as evidence for the family (default 2; 1 when the discriminant's name hints at it).
   * Generic words count only as described on {@link Catalog.inferFamily}.
   */
  readonly minMatching?: number | undefined;
}

/** What a set of labels (case labels, compared strings, map keys) is about. */
export interface FamilyMatch {
  readonly family: Family;
  /** Labels that are codes of the family. */
  readonly known: readonly string[];
  /** Labels that are not codes of the family. */
  readonly unknown: readonly string[];
  /** Unknown labels that are a likely misspelling or an old name of a code of the family. */
  readonly misspelled: readonly string[];
  /** Whether the discriminant's name is one the family lists as a hint. */
  readonly hinted: boolean;
  /** Other families that fit the labels exactly as well (empty when the match is clear). */
  readonly rivals?: readonly Family[];
}

export interface Suggestion {
  readonly entry: CodeEntry;
  /** `renamed`: the input is an older name of the code; `misspelled`: the input is close to the code. */
  readonly reason: 'renamed' | 'misspelled';
}

const DEFAULT_MIN_MATCHING = 2;
const SUGGESTION_MEMO_SIZE = 20_000;

/**
 * A set of families with the pure look-ups that the rules (ESTree) and the editor (TypeScript AST) share.
 * Immutable; safe to cache per process.
 */
export class Catalog {
  readonly families: readonly Family[];
  private readonly byId: ReadonlyMap<string, Family>;
  /**
   * Answers of {@link suggest}, per process (the catalog is immutable), in two generations of at most
   * `SUGGESTION_MEMO_SIZE` each: when the newer one is full it becomes the older one and the one before is dropped.
   * So the answers to the last `SUGGESTION_MEMO_SIZE` distinct questions are always at hand (a single memo emptied
   * when full forgot them all at once, and the labels of a 20k-label group, judged twice, were computed twice).
   */
  private newerAnswers = new Map<string, Suggestion | undefined>();
  private olderAnswers = new Map<string, Suggestion | undefined>();

  constructor(families: readonly Family[]) {
    this.families = families;
    this.byId = new Map(families.map((family) => [family.id, family]));
  }

  family(id: string): Family | undefined {
    return this.byId.get(id);
  }

  /** The first family (in catalog order, or the given one) that knows the code. */
  lookup(code: string, familyId?: string): FoundCode | undefined {
    if (familyId !== undefined) {
      const family = this.byId.get(familyId);
      const entry = family?.byCode.get(code);
      return family && entry ? { family, entry } : undefined;
    }
    for (const family of this.families) {
      const entry = family.byCode.get(code);
      if (entry) return { family, entry };
    }
    return undefined;
  }

  /** Every family that knows the code. */
  lookupAll(code: string): FoundCode[] {
    const found: FoundCode[] = [];
    for (const family of this.families) {
      const entry = family.byCode.get(code);
      if (entry) found.push({ family, entry });
    }
    return found;
  }

  /**
   * Decides which family a group of string labels belongs to, or `undefined` when the evidence is not clear.
   * Precision first:
   * - a generic word (`Default`, `Callback`, `Configuration`) counts only next to a non-generic code of the same
   *   family, or when the discriminant's name hints at the family, is not one of the names every other switch uses
   *   (`type`, `kind`, `code`, `name`, `status` — a reducer's `action.type` with a `'Configuration'` case is no
   *   auth switch), and at least two generic codes that the library really sends are present (`Default`, which is
   *   never sent, is no evidence on its own);
   * - at least `minMatching` labels must count (default 2; 1 when the discriminant's name hints at the family);
   * - at least half of the labels must be codes (or near misses) of the family.
   * When two families fit equally well, the user's own family beats a built-in one; a remaining tie is reported
   * in `rivals`, and callers that act on the match should treat it as unclear.
   */
  inferFamily(labels: readonly string[], options: InferOptions = {}): FamilyMatch | undefined {
    const unique = [...new Set(labels)];
    if (unique.length === 0) return undefined;
    const candidates: { match: FamilyMatch; score: readonly number[] }[] = [];
    for (const family of this.families) {
      if (options.families && !options.families.includes(family.id)) continue;
      if (!isCandidate(family, options)) continue;
      const known: string[] = [];
      const unknown: string[] = [];
      const misspelled: string[] = [];
      let strong = 0;
      let weak = 0;
      let weakEmitted = 0;
      for (const label of unique) {
        const entry = family.byCode.get(label);
        if (entry) {
          known.push(label);
          if (!entry.generic) strong++;
          else {
            weak++;
            if (entry.emitted !== false) weakEmitted++;
          }
        } else {
          unknown.push(label);
        }
      }
      const hinted = options.discriminant !== undefined && hintsAt(options.discriminant, family.discriminantHints);
      const specificHint = hinted && !hintsAt(options.discriminant ?? '', COMMON_DISCRIMINANTS);
      const evidence = strong + (strong > 0 || (specificHint && weakEmitted >= 2) ? weak : 0);
      const needed = Math.max(1, options.minMatching ?? (hinted ? 1 : DEFAULT_MIN_MATCHING));
      if (evidence < needed) continue;
      for (const label of unknown) if (this.suggest(label, family.id)) misspelled.push(label);
      if ((known.length + misspelled.length) * 2 < unique.length) continue;
      const score = [evidence, strong, hinted ? 1 : 0, known.length, family.builtin ? 0 : 1];
      candidates.push({ match: { family, known, unknown, misspelled, hinted, rivals: [] }, score });
    }
    if (candidates.length === 0) return undefined;
    candidates.sort((a, b) => compareScores(b.score, a.score));
    const [best, ...rest] = candidates;
    if (!best) return undefined;
    const rivals = rest.filter((other) => compareScores(other.score, best.score) === 0).map((other) => other.match.family);
    return { ...best.match, rivals };
  }

  /**
   * The codes of a family that `handled` does not cover. Codes the library no longer emits (documented only)
   * are never demanded.
   */
  missingCodes(familyId: string, handled: Iterable<string>, ignore: Iterable<string> = []): CodeEntry[] {
    const family = this.byId.get(familyId);
    if (!family) return [];
    const skip = new Set([...handled, ...ignore]);
    return family.entries.filter(
      (entry) =>
        entry.emitted !== false && !skip.has(entry.code) && !(entry.aliases ?? []).some((alias) => skip.has(alias)),
    );
  }

  /**
   * For a string that is not a code of the family: the code it most likely means (the same words in another
   * order — `CALLBACK_OAUTH_ERROR` for `OAUTH_CALLBACK_ERROR` — or a unique nearest code within a small edit
   * distance), else `undefined`. Only codes written in the string's own convention are candidates: the same
   * words in another convention (`user_already_exists`, `access_denied`) belong to another code system.
   */
  suggest(input: string, familyId: string): Suggestion | undefined {
    // The same label is judged while the family is chosen and again when it is reported: remember the answer.
    const key = `${familyId}\u0000${input}`;
    if (this.newerAnswers.has(key)) return this.newerAnswers.get(key);
    const suggestion = this.olderAnswers.has(key) ? this.olderAnswers.get(key) : this.computeSuggestion(input, familyId);
    if (this.newerAnswers.size >= SUGGESTION_MEMO_SIZE) {
      this.olderAnswers = this.newerAnswers;
      this.newerAnswers = new Map();
    }
    // The key holds the label, a slice of the linted file's text: stored as a copy, so the file is not kept.
    this.newerAnswers.set(detachedString(key), suggestion);
    return suggestion;
  }

  /** Drops the remembered answers of {@link suggest}, so that a measurement sees what a file's first lint costs. */
  forgetAnswers(): void {
    this.newerAnswers = new Map();
    this.olderAnswers = new Map();
  }

  private computeSuggestion(input: string, familyId: string): Suggestion | undefined {
    const family = this.byId.get(familyId);
    if (!family || family.byCode.has(input)) return undefined;
    const normalized = normalizeCode(input);
    if (normalized.length === 0) return undefined;
    const words = sortedWords(input);
    const limit = misspellingThreshold(normalized.length);
    let best: CodeEntry | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    let tie = false;
    const normalizedCodes = normalizedCodesOf(family);
    for (const [index, entry] of family.entries.entries()) {
      const candidate = normalizedCodes[index]!;
      // Cheap first: a length apart by more than the limit is neither a near miss nor the same words reordered.
      if (Math.abs(candidate.length - normalized.length) > limit) continue;
      const sameWords = words.includes(' ') && words === sortedWordsOf(family)[index];
      const distance = candidate === normalized || sameWords ? 0 : editDistance(normalized, candidate, limit);
      if (distance > limit) continue;
      // Another convention is another code system (`rate_limit_exceeded`, OAuth's `access_denied`), and a name
      // with a whole word more or less is another name (`url_verification`): neither is a misspelling. (Asked
      // after the distance, which rules out most codes for less.)
      if (!sameConvention(input, entry.code) || differsByWholeWords(input, entry.code)) continue;
      if (distance < bestDistance) {
        best = entry;
        bestDistance = distance;
        tie = false;
      } else if (distance === bestDistance && best?.replacedBy !== entry.code && entry.replacedBy !== best?.code) {
        // An old name and its replacement are one answer, not a tie.
        tie = true;
      }
    }
    if (!best || tie) return undefined;
    return this.followRename(best, family);
  }

  private followRename(entry: CodeEntry, family: Family): Suggestion {
    if (entry.replacedBy !== undefined) {
      const current = family.byCode.get(entry.replacedBy);
      if (current) return { entry: current, reason: 'renamed' };
    }
    return { entry, reason: 'misspelled' };
  }

  /** The current code for an old name that the family still lists (`CALLBACK_OAUTH_ERROR`), else `undefined`. */
  renamedTo(code: string, familyId: string): CodeEntry | undefined {
    const family = this.byId.get(familyId);
    const entry = family?.byCode.get(code);
    if (!family || entry?.replacedBy === undefined) return undefined;
    return family.byCode.get(entry.replacedBy);
  }
}

/**
 * Whether a family may be chosen at all: a family of the other NextAuth.js / Auth.js major is not, and a family
 * that needs evidence only with it.
 */
export function isCandidate(
  family: Family,
  options: { readonly evident?: ReadonlySet<string> | undefined; readonly discriminant?: string | undefined; readonly authMajor?: 4 | 5 | undefined },
): boolean {
  if (options.authMajor !== undefined && family.authMajor !== undefined && family.authMajor !== options.authMajor) return false;
  const evidence = family.evidence;
  if (!evidence || options.evident?.has(family.id)) return true;
  return options.discriminant !== undefined && hintsAt(options.discriminant, evidence.discriminants);
}

/** What, beyond a file's own text, says that the file uses a family. */
export interface EvidenceSources {
  /** Families the user turned on: checked in every file without other evidence. */
  readonly enabled?: readonly string[] | undefined;
  /** Per family, modules an import of which is evidence (the app's own client of that API). */
  readonly modules?: Readonly<Record<string, readonly string[]>> | undefined;
}

/**
 * The families a file shows evidence of: those turned on, those whose markers occur in the text, and those one
 * of whose modules the file imports. Only families that need evidence are listed; the others need none.
 */
export function evidentFamilies(catalog: Catalog, text: string, sources: EvidenceSources = {}): ReadonlySet<string> {
  const evident = new Set<string>();
  for (const family of catalog.families) if (family.evidence && isEvidentIn(family, text, sources)) evident.add(family.id);
  return evident;
}

/** Whether a family that needs evidence has it in a file's text (see {@link evidentFamilies}). */
function isEvidentIn(family: Family, text: string, sources: EvidenceSources): boolean {
  const evidence = family.evidence;
  if (!evidence) return false;
  return (
    sources.enabled?.includes(family.id) === true ||
    evidence.markers.some((marker) => mayMatch(marker, text)) ||
    (evidence.modules ?? []).some((module) => importsModule(text, module)) ||
    (sources.modules?.[family.id] ?? []).some((module) => importsModule(text, module))
  );
}

/**
 * Whether {@link isCandidate} could accept a family for some value of a file, before any value is known: the family
 * needs no evidence, the file shows it, or the file writes a name that could hint at it (`errorCode`). `false`
 * lets a rule skip a file whose only judgeable strings belong to families it cannot choose.
 */
export function mayBeCandidateIn(family: Family, text: string, sources: EvidenceSources = {}): boolean {
  const evidence = family.evidence;
  if (!evidence) return true;
  // A name with an escape (`error\u0043ode`) is not written as it reads: whether it hints cannot be told here.
  if (evidence.discriminants.some((hint) => hint !== '' && mentions(text, hint)) || (evidence.discriminants.length > 0 && text.includes('\\u'))) {
    return true;
  }
  return isEvidentIn(family, text, sources);
}

const mentionPatterns = new Map<string, RegExp>();

/** Whether the text holds a word, in any case (a name ending in it may hint at a family: see {@link hintsAt}). */
function mentions(text: string, word: string): boolean {
  let pattern = mentionPatterns.get(word);
  if (!pattern) {
    pattern = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    mentionPatterns.set(word, pattern);
  }
  return pattern.test(text);
}

/**
 * The families whose library a file imports (one of the family's `evidence.modules`, or one the settings list for
 * it): stronger evidence than a marker, which may be a word the app uses too.
 */
export function importedFamilies(catalog: Catalog, text: string, sources: EvidenceSources = {}): ReadonlySet<string> {
  const imported = new Set<string>();
  for (const family of catalog.families) {
    const modules = [...(family.evidence?.modules ?? []), ...(sources.modules?.[family.id] ?? [])];
    if (modules.some((module) => importsModule(text, module))) imported.add(family.id);
  }
  return imported;
}

/** Whether a module specifier is one of the given modules or a subpath of one (`firebase/auth` of `firebase`). */
export function isModuleOf(specifier: string, modules: readonly string[]): boolean {
  return modules.some((module) => specifier === module || specifier.startsWith(`${module}/`));
}

/** Whether a file's text names a module in quotes, as an import or a require call does (`from '@acme/api'`, subpaths too). */
function importsModule(text: string, module: string): boolean {
  // One search for the name alone first: most files name none of the modules asked about.
  if (!text.includes(module)) return false;
  for (const quote of ["'", '"']) {
    if (text.includes(`${quote}${module}${quote}`) || text.includes(`${quote}${module}/`)) return true;
  }
  return false;
}

/**
 * Whether a value's name hints at a family: equal to a hint (ignoring case), or ending with one where a new word
 * starts (`apiErrorCode` ends with `errorCode`, `login_error` with `error`; `prototype` does not end with `type`).
 */
/** Discriminant names too common to make a switch of generic words (`'Configuration'`, `'Default'`) an auth switch. */
const COMMON_DISCRIMINANTS: readonly string[] = ['type', 'kind', 'code', 'name', 'status'];

export function hintsAt(name: string, hints: readonly string[]): boolean {
  const lower = name.toLowerCase();
  for (const hint of hints) {
    const wanted = hint.toLowerCase();
    if (wanted === '' || !lower.endsWith(wanted)) continue;
    if (lower.length === wanted.length) return true;
    const start = name.length - wanted.length;
    const first = name[start] ?? '';
    const before = name[start - 1] ?? '';
    if (before === '_' || before === '-' || before === '.' || (first !== first.toLowerCase() && before === before.toLowerCase())) {
      return true;
    }
  }
  return false;
}

/** A value for each of a family's codes, in entry order, computed once per family. */
function perEntry(compute: (code: string) => string): (family: Family) => readonly string[] {
  const computed = new WeakMap<Family, readonly string[]>();
  return (family) => {
    let values = computed.get(family);
    if (!values) {
      values = family.entries.map((entry) => compute(entry.code));
      computed.set(family, values);
    }
    return values;
  };
}

/** The normalized spelling of each of a family's codes. */
const normalizedCodesOf = perEntry(normalizeCode);
/** {@link sortedWords} of each of a family's codes. */
const sortedWordsOf = perEntry((code) => sortedWords(code));

/** The words of a code, lower-cased and sorted: `CALLBACK_OAUTH_ERROR` and `oauthCallbackError` give `callback error oauth`. */
function sortedWords(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase())
    .sort()
    .join(' ');
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
