import { isModuleOf } from './catalog';
import type { Catalog } from './catalog';
import { editDistance, misspellingThreshold } from './distance';
import type { CodeEntry, Family } from './types';

/**
 * The constant maps a family's library exports (`AuthErrorCodes.INVALID_PASSWORD`), read from the entries'
 * `constants`: a member the map lacks is `undefined` at run time, whatever the types say. Strings in, verdicts out.
 */

/** A member of a constant map that the map does not have. */
export interface UnknownConstant {
  readonly family: Family;
  /** The member it most likely means, when one is a near miss. */
  readonly suggestion?: { readonly key: string; readonly entry: CodeEntry } | undefined;
}

const maps = new WeakMap<Family, ReadonlyMap<string, ReadonlyMap<string, CodeEntry>>>();

/** Per exported object name, its keys and the entry each holds. */
export function constantMaps(family: Family): ReadonlyMap<string, ReadonlyMap<string, CodeEntry>> {
  let found = maps.get(family);
  if (!found) {
    const byObject = new Map<string, Map<string, CodeEntry>>();
    for (const entry of family.entries) {
      for (const constant of entry.constants ?? []) {
        const dot = constant.lastIndexOf('.');
        const object = dot > 0 ? constant.slice(0, dot) : family.constantObject;
        if (object === undefined) continue;
        const keys = byObject.get(object) ?? new Map<string, CodeEntry>();
        keys.set(dot > 0 ? constant.slice(dot + 1) : constant, entry);
        byObject.set(object, keys);
      }
    }
    found = byObject;
    maps.set(family, found);
  }
  return found;
}

const objectNames = new WeakMap<Catalog, ReadonlySet<string>>();

/** The names of every constant map the catalog's families export (`AuthErrorCodes`, `AccessTokenErrorCode`, …). */
export function constantObjectNames(catalog: Catalog): ReadonlySet<string> {
  let names = objectNames.get(catalog);
  if (!names) {
    names = new Set(catalog.families.flatMap((family) => [...constantMaps(family).keys()]));
    objectNames.set(catalog, names);
  }
  return names;
}

/**
 * For `object.key` where `object` is imported (by that exported name) from `module`: the family whose constant map
 * it is and that lacks `key`, with the member meant when one is close. `undefined` when the map has the key, or no
 * family of the catalog exports such a map from that module.
 */
export function checkConstant(
  catalog: Catalog,
  access: { readonly object: string; readonly module: string; readonly key: string },
  families?: readonly string[],
): UnknownConstant | undefined {
  for (const family of catalog.families) {
    if (families && !families.includes(family.id)) continue;
    if (!isModuleOf(access.module, family.evidence?.modules ?? [])) continue;
    const keys = constantMaps(family).get(access.object);
    if (!keys) continue;
    if (keys.has(access.key)) return undefined;
    return { family, suggestion: nearestKey(keys, access.key) };
  }
  return undefined;
}

function nearestKey(keys: ReadonlyMap<string, CodeEntry>, key: string): { key: string; entry: CodeEntry } | undefined {
  const wanted = key.toUpperCase();
  const limit = misspellingThreshold(wanted.length);
  let best: { key: string; entry: CodeEntry; distance: number } | undefined;
  let tie = false;
  for (const [candidate, entry] of keys) {
    const distance = candidate.toUpperCase() === wanted ? 0 : editDistance(wanted, candidate.toUpperCase(), limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance) {
      best = { key: candidate, entry, distance };
      tie = false;
    } else if (distance === best.distance && entry !== best.entry) {
      tie = true;
    }
  }
  return best && !tie ? { key: best.key, entry: best.entry } : undefined;
}
