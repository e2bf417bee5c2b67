import { hintsAt, isCandidate, localize } from './catalog';
import { sameConvention, wordsOf } from './convention';
import type { Catalog, FamilyMatch } from './catalog';
import type { AuthPage, CodeEntry, Family, Locale } from './types';

/**
 * Pure decisions about code that handles error codes: which family a `switch` (or a group of comparisons, or
 * the keys of a code → message map) is about, which codes it misses, which strings are near misses of a code,
 * and the text of the fixes. Strings in, verdicts out: the ESLint rules (ESTree) and the language service
 * (TypeScript AST) both call these, so the editor and the lint gate always agree.
 */

/** What the caller found in one `switch` over strings. */
export interface SwitchFacts {
  /** Static string values of the `case` labels (duplicates allowed). */
  readonly labels: readonly string[];
  /** How many `case` labels have a value that could not be determined (non-constant expressions). */
  readonly unresolvedLabels?: number;
  /** Whether the switch has a `default` clause. */
  readonly hasDefault: boolean;
  /** Last name of the value switched on (`errorCode` for `error.errorCode`). */
  readonly discriminant?: string | undefined;
  /**
   * With type information: the members of the discriminant's type when it is a union of string literals
   * (`null` / `undefined` removed). That union is then the set of values to cover.
   */
  readonly unionMembers?: readonly string[] | undefined;
  /**
   * The page the file is, when the project says so (it is the config's `pages.error` / `pages.signIn`; `both` when
   * one page serves as both). Without it the page is told from the labels.
   */
  readonly page?: AuthPage | 'both' | undefined;
  /**
   * The calls whose failure the switched value is (see `getRaisingCalls`): dotted callee paths such as
   * `signInWithEmailAndPassword` or `supabase.auth.signInWithPassword`. When the family says which codes one of them
   * raises (`raisedBy`), only those codes are demanded.
   */
  readonly calls?: readonly string[] | undefined;
}

/** What, besides the labels, says which family a group of codes is about. */
export interface FamilyContext {
  /** Families with evidence in the file (see `evidentFamilies`). */
  readonly evident?: ReadonlySet<string> | undefined;
  /** The NextAuth.js / Auth.js major version of the project, when known. */
  readonly authMajor?: 4 | 5 | undefined;
}

export interface ExhaustivenessOptions extends FamilyContext {
  /** Report a switch without `default` even when every known code is handled. */
  readonly requireDefault?: boolean;
  /** Only these family ids are checked (all when absent). */
  readonly families?: readonly string[] | undefined;
  /** Codes (or HTTP statuses, as strings) never demanded. */
  readonly ignoreCodes?: readonly string[];
  /** How many labels must count as evidence for the family (see `Catalog.inferFamily`). */
  readonly minMatchingCases?: number | undefined;
}

/** A code a switch does not handle, with its catalog entry when the catalog knows it. */
export interface MissingCode {
  readonly code: string;
  readonly entry?: CodeEntry | undefined;
}

export type ExhaustivenessVerdict =
  | {
      readonly kind: 'missingCases';
      /** The family the switch is about, then any family that fits its labels exactly as well. */
      readonly families: readonly [Family, ...Family[]];
      readonly missing: readonly MissingCode[];
      /** `union`: the discriminant's union type was the set to cover; `catalog`: the family's codes were. */
      readonly source: 'union' | 'catalog';
      /** For page values: the page whose values were demanded. */
      readonly page?: AuthPage | 'both' | undefined;
      /** When only the codes of the tied calls were demanded: those calls, as the family's `raisedBy` names them. */
      readonly calls?: readonly string[] | undefined;
    }
  | {
      readonly kind: 'missingDefault';
      readonly families: readonly [Family, ...Family[]];
    };

/** The family (and equally good rivals) a set of labels is about, or `undefined` when the evidence is not clear. */
export function identifyFamilies(
  catalog: Catalog,
  labels: readonly string[],
  options: FamilyContext & {
    discriminant?: string | undefined;
    families?: readonly string[] | undefined;
    minMatching?: number | undefined;
  },
): { match: FamilyMatch; families: readonly [Family, ...Family[]] } | undefined {
  const match = catalog.inferFamily(labels, {
    discriminant: options.discriminant,
    families: options.families,
    minMatching: options.minMatching,
    evident: options.evident,
    authMajor: options.authMajor,
  });
  if (!match) return undefined;
  return { match, families: [match.family, ...(match.rivals ?? [])] };
}

/**
 * Whether a `switch` over strings leaves codes of its family unhandled. The family comes from the labels and
 * the discriminant's name (plus the discriminant's union type when known). The codes to cover are the union's
 * members when there is a union, otherwise the codes the family's library emits — for page values only those
 * that reach the page the switch is on; when the labels fit two families equally well, only codes missing under
 * both are demanded. A switch with a label that is no code of the family (nor a near miss) is over another set
 * of codes that merely shares some: nothing is demanded of it.
 */
export function checkExhaustiveness(
  catalog: Catalog,
  facts: SwitchFacts,
  options: ExhaustivenessOptions = {},
): ExhaustivenessVerdict | undefined {
  if (facts.hasDefault) return undefined;
  const union = facts.unionMembers && facts.unionMembers.length > 0 ? [...new Set(facts.unionMembers)] : undefined;
  const identified = identifyFamilies(catalog, union ? [...facts.labels, ...union] : facts.labels, {
    discriminant: facts.discriminant,
    families: options.families,
    minMatching: options.minMatchingCases,
    evident: options.evident,
    authMajor: options.authMajor,
  });
  if (!identified) return undefined;
  const { families, match } = identified;
  if (!union && match.unknown.length > match.misspelled.length) return undefined;
  const ignore = new Set(options.ignoreCodes ?? []);
  const handled = new Set(facts.labels);
  let missing: MissingCode[] = [];
  let page: AuthPage | 'both' | undefined;
  let raised: RaisedCodes | undefined;
  // With labels we could not read, what is covered is unknown: only the missing `default` is certain.
  if (!facts.unresolvedLabels) {
    if (union) {
      missing = union
        .filter((code) => !handled.has(code) && !ignore.has(code))
        .map((code) => ({ code, entry: findEntry(families, code) }));
    } else {
      const [primary, ...rivals] = families;
      raised = rivals.length === 0 ? codesRaisedBy(primary, facts.calls ?? []) : undefined;
      const scope = pageScope(primary, handled, facts.page);
      page = scope?.page;
      const rivalScopes = rivals.map((rival) => ({ rival, scope: pageScope(rival, handled, facts.page) }));
      missing = catalog
        .missingCodes(primary.id, handled, ignore)
        .filter((entry) => !scope || scope.values.has(entry.code))
        .filter((entry) => !raised || raised.codes.has(entry.code))
        .filter((entry) =>
          rivalScopes.every(
            ({ rival, scope: rivalScope }) =>
              rival.byCode.get(entry.code)?.emitted !== false &&
              rival.byCode.has(entry.code) &&
              (!rivalScope || rivalScope.values.has(entry.code)),
          ),
        )
        .map((entry) => ({ code: entry.code, entry }));
    }
  }
  if (missing.length > 0) {
    const source = union ? 'union' : 'catalog';
    return raised ? { kind: 'missingCases', families, missing, source, page, calls: raised.calls } : { kind: 'missingCases', families, missing, source, page };
  }
  if (options.requireDefault) return { kind: 'missingDefault', families };
  return undefined;
}

/** The codes a family says some calls raise, and the names (as `raisedBy` spells them) of the calls it knows. */
export interface RaisedCodes {
  readonly calls: readonly string[];
  readonly codes: ReadonlySet<string>;
}

/**
 * The codes of a family that the given calls raise, where the family says so: every entry whose `raisedBy` names
 * one of the calls. A call is named by its callee path's tail (`supabase.auth.mfa.verify` is `mfa.verify`,
 * `admin.auth().createUser` is `createUser`); a class-qualified name (`ConfirmationResult.confirm`) matches the
 * method on any object. `undefined` when no entry names any of the calls: then nothing narrower than the whole
 * family is known.
 */
export function codesRaisedBy(family: Family, calls: readonly string[]): RaisedCodes | undefined {
  if (calls.length === 0) return undefined;
  const paths = calls.map((call) => call.split('.'));
  // The names in the order of the calls, so a message lists them as the code reads.
  const named = paths.map(() => new Set<string>());
  const codes = new Set<string>();
  for (const entry of family.entries) {
    for (const raiser of entry.raisedBy ?? []) {
      paths.forEach((path, index) => {
        if (!callMatches(raiser, path)) return;
        named[index]!.add(raiser);
        codes.add(entry.code);
      });
    }
  }
  return codes.size > 0 ? { calls: [...new Set(named.flatMap((names) => [...names]))], codes } : undefined;
}

/** Whether a `raisedBy` name (`signIn`, `mfa.verify`, `tenantManager().createTenant`, `ConfirmationResult.confirm`) is the callee path. */
function callMatches(raiser: string, path: readonly string[]): boolean {
  let wanted = raiser.replace(/\(\)/g, '').split('.');
  // `ConfirmationResult.confirm`: a method of a class, called on an instance of any name.
  if (wanted.length > 1 && /^[A-Z]/.test(wanted[0] ?? '')) wanted = wanted.slice(1);
  if (wanted.length > path.length) return false;
  const tail = path.slice(path.length - wanted.length);
  return wanted.every((segment, index) => segment === tail[index]);
}

/**
 * For a family of page values, the values a switch over them must cover: those of the page the project says
 * the file is, else of the page its labels show (a value only the error page receives, or only the sign-in
 * page); labels of both pages ask for both, labels that fit either page (Auth.js's `Configuration`) only for the
 * values both pages receive. `undefined` when the family has no pages, or when a label is a code the library
 * never sends to a page (a switch over thrown Auth.js error types covers the whole family).
 */
export function pageScope(
  family: Family,
  handled: ReadonlySet<string>,
  filePage?: AuthPage | 'both',
): { page: AuthPage | 'both' | undefined; values: ReadonlySet<string> } | undefined {
  const pages = family.pages;
  if (!pages) return undefined;
  const error = new Set(pages.error);
  const signIn = new Set(pages.signIn);
  let errorOnly = false;
  let signInOnly = false;
  for (const label of handled) {
    const entry = family.byCode.get(label);
    if (!entry || entry.emitted === false) continue;
    const toError = error.has(entry.code);
    const toSignIn = signIn.has(entry.code);
    if (!toError && !toSignIn) return undefined;
    if (toError && !toSignIn) errorOnly = true;
    if (toSignIn && !toError) signInOnly = true;
  }
  const page = filePage ?? (errorOnly && signInOnly ? 'both' : errorOnly ? 'error' : signInOnly ? 'signIn' : undefined);
  if (page === 'error') return { page, values: error };
  if (page === 'signIn') return { page, values: signIn };
  if (page === 'both') return { page, values: new Set([...error, ...signIn]) };
  return { page, values: new Set([...error].filter((value) => signIn.has(value))) };
}

function findEntry(families: readonly Family[], code: string): CodeEntry | undefined {
  for (const family of families) {
    const entry = family.byCode.get(code);
    if (entry) return entry;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP statuses

/** What the caller found in one `switch` over numbers. */
export interface StatusSwitchFacts {
  /** Numeric `case` labels. */
  readonly statuses: readonly number[];
  /** `case` labels that are not numeric literals. */
  readonly unresolvedLabels?: number;
  readonly hasDefault: boolean;
  /** Last name of the value switched on (`status` for `response.status`). */
  readonly discriminant?: string | undefined;
}

/** An HTTP status a switch does not handle, with the family's codes the API sends with it. */
export interface MissingStatus {
  readonly status: number;
  readonly codes: readonly CodeEntry[];
}

export type StatusVerdict =
  | { readonly kind: 'missingStatuses'; readonly family: Family; readonly missing: readonly MissingStatus[] }
  | { readonly kind: 'missingDefault'; readonly family: Family };

const STATUS_NAMES = ['status', 'statusCode', 'httpStatus'];

/**
 * Whether a `switch` on an HTTP status (`response.status`) leaves statuses of an API family unhandled. Evidence:
 * the value's name says it is a status, and at least `minMatchingCases` (default 2) of the labels — and at least
 * half of them — are statuses the family's codes use.
 */
export function checkStatusExhaustiveness(
  catalog: Catalog,
  facts: StatusSwitchFacts,
  options: ExhaustivenessOptions = {},
): StatusVerdict | undefined {
  if (facts.hasDefault || facts.discriminant === undefined || !hintsAt(facts.discriminant, STATUS_NAMES)) return undefined;
  const labels = [...new Set(facts.statuses)];
  if (labels.length === 0) return undefined;
  const needed = Math.max(1, options.minMatchingCases ?? 2);
  let best: { family: Family; matched: number } | undefined;
  let tied = false;
  for (const family of catalog.families) {
    if (family.statuses.size === 0) continue;
    if (options.families && !options.families.includes(family.id)) continue;
    // A status is every API's: only a family with evidence in the file (or no need of it) is checked.
    if (!isCandidate(family, { evident: options.evident, authMajor: options.authMajor })) continue;
    const matched = labels.filter((status) => family.statuses.has(status)).length;
    if (matched < needed || matched * 2 < labels.length) continue;
    if (!best || matched > best.matched || (matched === best.matched && best.family.builtin && !family.builtin)) {
      best = { family, matched };
      tied = false;
    } else if (matched === best.matched && best.family.builtin === family.builtin) {
      tied = true;
    }
  }
  if (!best || tied) return undefined;
  const { family } = best;
  const ignore = new Set(options.ignoreCodes ?? []);
  const handled = new Set(labels);
  const missing: MissingStatus[] = [];
  if (!facts.unresolvedLabels) {
    for (const status of [...family.statuses].sort((a, b) => a - b)) {
      if (handled.has(status) || ignore.has(String(status))) continue;
      const codes = family.entries.filter((entry) => entry.httpStatus === status && entry.emitted !== false);
      // A status whose every code is ignored is not demanded either.
      if (codes.length > 0 && codes.every((entry) => ignore.has(entry.code))) continue;
      missing.push({ status, codes });
    }
  }
  if (missing.length > 0) return { kind: 'missingStatuses', family, missing };
  if (options.requireDefault) return { kind: 'missingDefault', family };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Unknown codes

/** Where the strings were found; `map` skips the conventional fallback key `default`. */
export type LabelContext = 'switch' | 'comparison' | 'map';

export interface UnknownCodeOptions extends FamilyContext {
  /** Last name of the value switched on / compared. */
  readonly discriminant?: string | undefined;
  /** Only these family ids are considered (all when absent). */
  readonly families?: readonly string[] | undefined;
  /** Strings never reported (codes your server sends that the catalog does not list). */
  readonly ignoreCodes?: readonly string[];
  readonly context?: LabelContext;
}

/** A string that is not a code of its family but most likely means one. */
export interface UnknownCodeFinding {
  /** The string as written. */
  readonly label: string;
  readonly family: Family;
  /** The code it should be. */
  readonly entry: CodeEntry;
  /** `renamed`: the string is an older name of the code; `misspelled`: it is close to the code. */
  readonly reason: 'renamed' | 'misspelled';
}

/**
 * The strings of a group (case labels, strings compared with one value, keys of one map) that are near misses
 * or old names of a code of the family the group is about. A string far from every code, a string that is a
 * code of another family, and every string of a group whose family is unclear are left alone.
 *
 * When no string of the group is a code at all, the discriminant's name alone may name the family (a lone
 * `error.errorCode === 'USER_ALREADY_EXIST'`): the families it hints at that have a near miss for at least half
 * of the strings, and only where they all agree on the code meant.
 */
export function findUnknownCodes(
  catalog: Catalog,
  labels: readonly string[],
  options: UnknownCodeOptions = {},
): UnknownCodeFinding[] {
  const unique = labelsToJudge(labels, options);
  if (unique.length === 0) return [];
  const identified = identifyFamilies(catalog, unique, options);
  const families = identified ? identified.families : familiesByNameOnly(catalog, unique, options);
  if (families.length === 0) return [];
  const considered = catalog.families.filter((family) => !options.families || options.families.includes(family.id));
  const findings: UnknownCodeFinding[] = [];
  for (const label of unique) {
    const verdicts = families.map((family) => judgeLabel(catalog, family, label));
    const first = verdicts[0];
    if (!first || verdicts.some((verdict) => verdict?.entry.code !== first.entry.code || verdict.reason !== first.reason)) {
      continue;
    }
    // A code of another family is deliberate (or a different problem): never "correct" it.
    if (first.reason === 'misspelled' && considered.some((family) => family.byCode.has(label))) continue;
    findings.push({ label, family: families[0]!, entry: first.entry, reason: first.reason });
  }
  return findings;
}

/** The distinct labels worth judging: not ignored by the options, and not a map's `default` key. */
function labelsToJudge(labels: readonly string[], options: UnknownCodeOptions): string[] {
  const ignore = new Set(options.ignoreCodes ?? []);
  return [...new Set(labels)].filter(
    (label) => !ignore.has(label) && !(options.context === 'map' && label.toLowerCase() === 'default'),
  );
}

export interface InventedCodeOptions extends UnknownCodeOptions {
  /** Ids of the families whose library the file imports (see `importedFamilies`): an invented code needs one. */
  readonly imported: ReadonlySet<string>;
}

/** A string written like a family's codes that no family has, nor is a near miss of one: a code the app made up. */
export interface InventedCodeFinding {
  readonly label: string;
  readonly family: Family;
  /** The code of the family it most likely stands for, when one clearly shares its words. */
  readonly entry?: CodeEntry | undefined;
}

/**
 * The strings of a group that are written in its family's convention (and with its `prefix/`) but are codes of no
 * family and no near miss of one (`auth/invalid-login`, `auth/null-value`), for a family whose list is `closed`. The family is the one
 * the group's other strings show, or, for a group without any, the one prefix family (`auth/…`) the file imports;
 * either way the file must import the family's library. Whether the strings really come from that library (a
 * `catch` of its call) is the caller's evidence to add. Near misses and old names are {@link findUnknownCodes}'s.
 */
export function findInventedCodes(catalog: Catalog, labels: readonly string[], options: InventedCodeOptions): InventedCodeFinding[] {
  const unique = labelsToJudge(labels, options);
  if (unique.length === 0) return [];
  const identified = identifyFamilies(catalog, unique, options);
  let family: Family | undefined;
  if (identified) {
    if (identified.families.length > 1) return [];
    family = identified.match.family;
  } else {
    const prefixed = catalog.families.filter(
      (candidate) =>
        candidate.builtin &&
        (!options.families || options.families.includes(candidate.id)) &&
        options.imported.has(candidate.id) &&
        codePrefix(candidate) !== undefined &&
        unique.every((label) => label.startsWith(codePrefix(candidate)!)),
    );
    if (prefixed.length !== 1) return [];
    family = prefixed[0];
  }
  if (!family || family.closed !== true || !options.imported.has(family.id)) return [];
  const findings: InventedCodeFinding[] = [];
  for (const label of unique) {
    if (catalog.lookupAll(label).length > 0 || catalog.suggest(label, family.id)) continue;
    if (!family.entries.some((entry) => sameConvention(label, entry.code))) continue;
    const prefix = codePrefix(family);
    if (prefix !== undefined && !label.startsWith(prefix)) continue;
    findings.push({ label, family, entry: closestByWords(family, label) });
  }
  return findings;
}

/**
 * Whether {@link findInventedCodes} could report a string at all: it is written like the codes of a closed family
 * (with its `prefix/`). Cheap, for a rule to skip groups early.
 */
export function mayBeInventedCode(catalog: Catalog, label: string): boolean {
  return catalog.families.some((family) => mayBeInventedCodeOf(family, label));
}

/** {@link mayBeInventedCode} for one family. */
export function mayBeInventedCodeOf(family: Family, label: string): boolean {
  if (family.closed !== true) return false;
  const prefix = codePrefix(family);
  if (prefix !== undefined && !label.startsWith(prefix)) return false;
  return family.entries.some((entry) => sameConvention(label, entry.code));
}

const prefixes = new WeakMap<Family, string | null>();

/** The `prefix/` every code of a family starts with (`auth/` for Firebase), else `undefined`. */
function codePrefix(family: Family): string | undefined {
  let prefix = prefixes.get(family);
  if (prefix === undefined) {
    const first = family.entries[0]?.code ?? '';
    const slash = first.indexOf('/');
    const candidate = slash > 0 ? first.slice(0, slash + 1) : '';
    prefix = candidate !== '' && family.entries.every((entry) => entry.code.startsWith(candidate)) ? candidate : null;
    prefixes.set(family, prefix);
  }
  return prefix ?? undefined;
}

/**
 * The code of a family that shares the most words with an invented string (its constant names count:
 * `auth/invalid-login` meets `INVALID_LOGIN_CREDENTIALS`, which holds `auth/invalid-credential`): at least two
 * words besides the prefix, and a clear best by the share of words in common; else `undefined`.
 */
function closestByWords(family: Family, label: string): CodeEntry | undefined {
  const prefixWords = new Set(wordsOf(codePrefix(family) ?? ''));
  const wanted = new Set(wordsOf(label).filter((word) => !prefixWords.has(word)));
  const scored: { entry: CodeEntry; score: readonly number[] }[] = [];
  for (const entry of family.entries) {
    if (entry.emitted === false || !sameConvention(label, entry.code)) continue;
    let score: readonly number[] | undefined;
    for (const name of [entry.code, ...(entry.constants ?? [])]) {
      const words = new Set(wordsOf(name.replace(/^.*\./, '')).filter((word) => !prefixWords.has(word)));
      const shared = [...wanted].filter((word) => words.has(word)).length;
      if (shared < 2) continue;
      const candidate = [shared, shared / new Set([...wanted, ...words]).size];
      // Half the words or more in common, or it is another code that merely shares two words.
      if ((candidate[1] ?? 0) < 0.5) continue;
      if (!score || compareNumbers(candidate, score) > 0) score = candidate;
    }
    if (score) scored.push({ entry, score });
  }
  scored.sort((a, b) => compareNumbers(b.score, a.score));
  const [first, second] = scored;
  if (!first || (second && compareNumbers(first.score, second.score) === 0)) return undefined;
  return first.entry;
}

function compareNumbers(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Whether a value's name hints at any family (of `families`, when given): `errorCode`, `type`, `error`, … */
export function isHintedName(catalog: Catalog, name: string, families?: readonly string[]): boolean {
  return catalog.families.some(
    (family) => (!families || families.includes(family.id)) && hintsAt(name, family.discriminantHints),
  );
}

function judgeLabel(
  catalog: Catalog,
  family: Family,
  label: string,
): { entry: CodeEntry; reason: 'renamed' | 'misspelled' } | undefined {
  if (family.byCode.has(label)) {
    const current = catalog.renamedTo(label, family.id);
    return current ? { entry: current, reason: 'renamed' } : undefined;
  }
  const suggestion = catalog.suggest(label, family.id);
  return suggestion ? { entry: suggestion.entry, reason: suggestion.reason } : undefined;
}

function familiesByNameOnly(catalog: Catalog, labels: readonly string[], options: UnknownCodeOptions): Family[] {
  const discriminant = options.discriminant;
  if (discriminant === undefined) return [];
  const fitting = catalog.families.filter((family) => {
    if (options.families && !options.families.includes(family.id)) return false;
    if (!isCandidate(family, options)) return false;
    if (!hintsAt(discriminant, family.discriminantHints)) return false;
    if (labels.some((label) => family.byCode.has(label))) return false;
    // A generic word (`Verification`, `Default`) is no evidence on a name alone.
    const near = labels.filter((label) => {
      const suggestion = catalog.suggest(label, family.id);
      return suggestion !== undefined && suggestion.entry.generic !== true;
    }).length;
    return near > 0 && near * 2 >= labels.length;
  });
  // Several hinted families are fine as long as they agree on every fix (checked by the caller).
  return fitting;
}

// ---------------------------------------------------------------------------------------------------------------
// Texts

/**
 * The one-sentence meaning of a code for use inside a sentence: without its final full stop, and in English
 * starting in lower case unless the first word is an acronym or a code (`API`, `OAuth`, `` `signIn` ``).
 */
export function describeCode(entry: CodeEntry, locale: Locale): string {
  const text = localize(entry.summary, locale).trim().replace(/[.。]$/, '');
  if (locale !== 'en' || !/^[A-Z](?:[a-z]|\s)/.test(text)) return text;
  return `${text[0]!.toLowerCase()}${text.slice(1)}`;
}

/**
 * How families read in a message: a built-in family by its title (`BaaS auth API error codes`), a user's family
 * as `"my-api" error codes`; `A / B` when the labels fit two families equally well.
 */
export function familyTitle(families: readonly Family[], locale: Locale): string {
  return families
    .map((family) => {
      if (family.builtin) return localize(family.title, locale);
      const name = localize(family.title, locale);
      return locale === 'ko' ? `"${name}" 오류 코드` : `"${name}" error codes`;
    })
    .join(' / ');
}

/** A list that shows its first `max` items and counts the rest: "`A`, `B`, `C` and 4 more" / "… 외 4개". */
export function formatList(items: readonly string[], locale: Locale, max = 3): string {
  const shown = items.slice(0, Math.max(1, max));
  const rest = items.length - shown.length;
  if (locale === 'ko') return rest > 0 ? `${shown.join(', ')} 외 ${rest}개` : shown.join(', ');
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * Missing codes for a message: "`TOKEN_EXPIRED`, `ACCOUNT_LOCKED`, `USER_NOT_FOUND` and N more". Only the codes:
 * a message stays one line, and what each code means is in the hover and in the comment of the `case` clause a
 * suggestion adds for it.
 */
export function formatMissingCodes(missing: readonly MissingCode[], locale: Locale, max = 3): string {
  return formatList(missing.map(({ code }) => `\`${code}\``), locale, max);
}

/** Missing statuses for a message: "409, 429, 500 and N more" (the codes of each are in the added clauses' comments). */
export function formatMissingStatuses(missing: readonly MissingStatus[], locale: Locale, max = 3): string {
  return formatList(missing.map(({ status }) => String(status)), locale, max);
}

/** The quote characters a generated label may use. */
export type Quote = "'" | '"' | '`';

/** How generated clauses are laid out, taken from the switch they go into. */
export interface ClauseLayout {
  /** Indentation of a `case` line. */
  readonly caseIndent: string;
  /** Indentation of a statement inside a clause. */
  readonly bodyIndent: string;
  /** Quote of the existing string labels. */
  readonly quote: Quote;
}

/** A string literal for `code` in the given quotes, escaped as needed. */
export function quoteCode(code: string, quote: Quote): string {
  let escaped = code.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  escaped = escaped.split(quote).join(`\\${quote}`);
  if (quote === '`') escaped = escaped.replace(/\$\{/g, '\\${');
  return `${quote}${escaped}${quote}`;
}

/** A comment's text on one line (no line breaks). */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * The lines of the `case` clauses for the missing codes, each with a comment saying what the code means and a
 * `break`, so inserting them changes nothing at run time until the user fills them in.
 */
export function renderCaseClauses(missing: readonly MissingCode[], layout: ClauseLayout, locale: Locale): string[] {
  const lines: string[] = [];
  for (const { code, entry } of missing) {
    const comment = entry ? ` // ${oneLine(localize(entry.summary, locale))}` : '';
    lines.push(`${layout.caseIndent}case ${quoteCode(code, layout.quote)}:${comment}`, `${layout.bodyIndent}break;`);
  }
  return lines;
}

/** The lines of `case` clauses for missing HTTP statuses, each naming the codes the API sends with it. */
export function renderStatusClauses(missing: readonly MissingStatus[], layout: ClauseLayout): string[] {
  const lines: string[] = [];
  for (const { status, codes } of missing) {
    const comment = codes.length > 0 ? ` // ${codes.map((entry) => entry.code).join(', ')}` : '';
    lines.push(`${layout.caseIndent}case ${status}:${comment}`, `${layout.bodyIndent}break;`);
  }
  return lines;
}

/** The lines of a `default` clause that keeps today's behaviour and says why it is there. */
export function renderDefaultClause(layout: ClauseLayout, locale: Locale): string[] {
  const comment =
    locale === 'ko'
      ? '// 위에서 다루지 않은 코드(서버가 나중에 추가하는 코드 포함)'
      : '// Codes not handled above, including ones the server adds later.';
  return [`${layout.caseIndent}default:`, `${layout.bodyIndent}${comment}`, `${layout.bodyIndent}break;`];
}
