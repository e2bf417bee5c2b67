import type { Catalog } from './catalog';
import { conventionsOf, splitPrefix } from './convention';

/**
 * Cheap tests a rule runs on the strings of a group (a switch's labels, a map's keys, the strings compared with one
 * value) before it asks the catalog which family the group is about. Most groups of an app are no error codes at
 * all (`{ className, onClick }`, `status === 'paid'`); these tests let a rule skip them without reading what the
 * file and the project say about families. Both are exact: they answer `false` only when the full analysis would
 * find nothing to report.
 */

interface CatalogIndex {
  /** `prefix\0convention` of every code of every family: a string in none of them is near no code. */
  readonly conventions: ReadonlySet<string>;
  /** Every code (and old name) of every family, for {@link isAnyCode}. */
  readonly codes: ReadonlySet<string>;
  /** Answers of {@link mayBeCode} so far (strings repeat across the files of a lint run). */
  readonly answers: Map<string, boolean>;
}

/** Enough for the distinct strings of a large app; emptied when full, so memory stays bounded. */
const MAX_ANSWERS = 50_000;

const indexes = new WeakMap<Catalog, CatalogIndex>();

function indexOf(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    const conventions = new Set<string>();
    const codes = new Set<string>();
    for (const family of catalog.families) {
      for (const code of family.byCode.keys()) codes.add(code);
      for (const entry of family.entries) {
        const [prefix, rest] = splitPrefix(entry.code);
        for (const convention of conventionsOf(rest)) if (convention !== 'other') conventions.add(`${prefix}\u0000${convention}`);
      }
    }
    index = { conventions, codes, answers: new Map() };
    indexes.set(catalog, index);
  }
  return index;
}

/** Whether a string is a code of any family of the catalog. */
export function isAnyCode(catalog: Catalog, label: string): boolean {
  return indexOf(catalog).codes.has(label);
}

/**
 * Whether any family could say something about a string: it is one of its codes (perhaps an old name), or the
 * catalog suggests a code for it. `false` means no family judges it, whatever the file's evidence, the
 * discriminant or the project's version: `Catalog.suggest` only considers codes written in the string's own
 * convention (and `prefix/`), which is tested first from an index of the catalog's conventions.
 */
export function mayBeCode(catalog: Catalog, label: string): boolean {
  const index = indexOf(catalog);
  const known = index.answers.get(label);
  if (known !== undefined) return known;
  const answer = judge(catalog, index, label);
  if (index.answers.size >= MAX_ANSWERS) index.answers.clear();
  index.answers.set(label, answer);
  return answer;
}

function judge(catalog: Catalog, index: CatalogIndex, label: string): boolean {
  if (index.codes.has(label)) return true;
  const [prefix, rest] = splitPrefix(label);
  let written = false;
  for (const convention of conventionsOf(rest)) {
    if (convention !== 'other' && index.conventions.has(`${prefix}\u0000${convention}`)) written = true;
  }
  if (!written) return false;
  return catalog.families.some((family) => catalog.suggest(label, family.id) !== undefined);
}
