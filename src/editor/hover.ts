import type * as TS from 'typescript';

import { analysisOf } from './cache';
import type { DocumentVersion } from './cache';
import { codeNodeAt, documentedCodes, siteOf } from './context';
import { groupAnalysis } from './groups';
import { hoverMarkdown } from './markdown';
import type { EditorOptions } from './options';
import { spanOf } from './syntax';
import type { TypeScript } from './syntax';
import type { EditorHover } from './types';
import { unreachableNote } from './unreachable';

/**
 * Hover docs for the code string at `offset`, or `undefined` when there is none: not a string (or property key),
 * not a code of any family, or a generic word (`Default`) in a place that does not say it is an error code.
 * `document` names the document version the host has parsed, for reusing the analysis of its groups.
 */
export function hoverAt(
  ts: TypeScript,
  sourceFile: TS.SourceFile,
  offset: number,
  options: EditorOptions,
  document?: DocumentVersion,
): EditorHover | undefined {
  const node = codeNodeAt(ts, sourceFile, offset);
  if (!node || options.catalog.lookupAll(node.text).length === 0) return undefined;
  const site = siteOf(ts, sourceFile, node);
  if (!site) return undefined;
  const analysis = analysisOf(sourceFile, options, document);
  const group = groupAnalysis(options.catalog, site, analysis.context, analysis);
  const found = documentedCodes(options.catalog, site, analysis.context, group);
  if (found.length === 0) return undefined;
  const note = unreachableNote(ts, sourceFile, site, options);
  const markdown = hoverMarkdown(found, options.locale);
  return {
    markdown: note === undefined ? markdown : `${note}\n\n${markdown}`,
    span: spanOf(node, sourceFile),
    codes: found.map(({ family, entry }) => ({ family: family.id, code: entry.code })),
  };
}
