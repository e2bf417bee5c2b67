import type * as TS from 'typescript';

import { isCandidate, localize } from '../catalog/catalog';
import type { Catalog } from '../catalog/catalog';
import { checkExhaustiveness, identifyFamilies } from '../catalog/switch-analysis';
import type { FoundCode } from '../catalog/types';
import { analysisOf } from './cache';
import type { DocumentVersion } from './cache';
import { codeNodeAt, hintedFamilies, siteOf } from './context';
import type { CodeSite } from './context';
import type { FamilyContext } from '../catalog/switch-analysis';
import { codeMarkdown } from './markdown';
import type { EditorOptions } from './options';
import { innerSpan } from './syntax';
import type { TypeScript } from './syntax';
import type { EditorCompletions, Span } from './types';

/**
 * Codes to type between the quotes at `offset`: inside a `case '…'` of an auth-error switch, a string compared
 * with an error-code value (`error.errorCode === '…'`), or a quoted key of a code → message map. Offers the
 * family's codes the group does not handle yet, in the family's order. `document` names the document version
 * the host has parsed: the same literal asked again in that version (completion details, one per item) is
 * answered from the cache.
 */
export function completionsAt(
  ts: TypeScript,
  sourceFile: TS.SourceFile,
  offset: number,
  options: EditorOptions,
  document?: DocumentVersion,
): EditorCompletions | undefined {
  const node = codeNodeAt(ts, sourceFile, offset, true);
  if (!node || ts.isIdentifier(node)) return undefined;
  const replacementSpan = innerSpan(ts, node, sourceFile);
  if (offset < replacementSpan.start || offset > replacementSpan.start + replacementSpan.length) return undefined;
  const analysis = analysisOf(sourceFile, options, document);
  // What is offered depends on the literal, not on where in it the cursor is.
  return analysis.memo(`completions\u0000${node.pos}-${node.end}`, () => offeredAt(ts, sourceFile, node, replacementSpan, options, analysis.context));
}

function offeredAt(
  ts: TypeScript,
  sourceFile: TS.SourceFile,
  node: TS.StringLiteral | TS.NoSubstitutionTemplateLiteral,
  replacementSpan: Span,
  options: EditorOptions,
  context: FamilyContext,
): EditorCompletions | undefined {
  const site = siteOf(ts, sourceFile, node);
  if (!site || site.kind === 'plain') return undefined;
  const offered = codesToOffer(options.catalog, site, context);
  if (offered.length === 0) return undefined;
  return {
    replacementSpan,
    items: offered.map((found, index) => ({
      code: found.entry.code,
      family: found.family.id,
      detail: localize(found.entry.summary, options.locale),
      documentation: codeMarkdown(found, options.locale),
      sortText: `0${String(index).padStart(4, '0')}`,
    })),
  };
}

/**
 * The family's codes the rest of the group does not handle (the value being typed is no evidence). With no
 * clear family yet (the first `case`), the families the discriminant's name hints at.
 */
function codesToOffer(catalog: Catalog, site: CodeSite, context: FamilyContext): FoundCode[] {
  const facts = { labels: site.siblings, hasDefault: false, discriminant: site.discriminant };
  const verdict = checkExhaustiveness(catalog, facts, context);
  if (verdict?.kind === 'missingCases') {
    const [family] = verdict.families;
    return verdict.missing.flatMap(({ entry }) => (entry ? [{ family, entry }] : []));
  }
  if (identifyFamilies(catalog, site.siblings, { ...context, discriminant: site.discriminant })) return [];
  const offered: FoundCode[] = [];
  const seen = new Set<string>();
  const hinted = hintedFamilies(catalog, site.discriminant).filter((family) =>
    isCandidate(family, { ...context, discriminant: site.discriminant }),
  );
  for (const family of hinted) {
    for (const entry of catalog.missingCodes(family.id, site.siblings)) {
      if (seen.has(entry.code)) continue;
      seen.add(entry.code);
      offered.push({ family, entry });
    }
  }
  return offered;
}
