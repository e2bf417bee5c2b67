import type { Catalog } from '../catalog/catalog';
import { findUnknownCodes, identifyFamilies } from '../catalog/switch-analysis';
import type { FamilyContext, UnknownCodeFinding } from '../catalog/switch-analysis';
import type { DocumentAnalysis } from './cache';
import { LABEL_CONTEXT, labelsOf } from './context';
import type { CodeSite } from './context';

/**
 * What holds for a whole group of labels whichever label a request is about: the family the labels show and the
 * near misses among them. Both depend only on the set of the group's labels and its discriminant's name (the
 * same from each of its labels, see `CodeSite.group`), so one computation per document version serves every label
 * of the group: a 4,000-case switch is judged once, not once per refactor or completion request.
 */
export interface GroupAnalysis {
  /** The families the group's labels (and the discriminant's name) point to, as {@link identifyFamilies} says. */
  identified(): ReturnType<typeof identifyFamilies>;
  /** The group's near misses and old names, as the `no-unknown-error-code` rule finds them. */
  unknownCodes(): readonly UnknownCodeFinding[];
}

/** The analysis of the group a (non-plain) site belongs to, shared through the document's cache. */
export function groupAnalysis(
  catalog: Catalog,
  site: CodeSite,
  context: FamilyContext,
  analysis: DocumentAnalysis | undefined,
): GroupAnalysis {
  const labels = labelsOf(site);
  const compute = {
    identified: () => identifyFamilies(catalog, labels, { ...context, discriminant: site.discriminant }),
    unknownCodes: () =>
      site.kind === 'plain'
        ? []
        : findUnknownCodes(catalog, labels, { ...context, discriminant: site.discriminant, context: LABEL_CONTEXT[site.kind] }),
  };
  if (!analysis || site.group === undefined) return compute;
  const key = `${site.group}\u0000${site.discriminant ?? ''}`;
  return {
    identified: () => analysis.memo(`identified\u0000${key}`, compute.identified),
    unknownCodes: () => analysis.memo(`unknown\u0000${key}`, compute.unknownCodes),
  };
}
