import type * as TS from 'typescript';

import { codeNodeAt, documentedCodes, familyContextOf, siteOf } from './context';
import { hoverMarkdown } from './markdown';
import type { EditorOptions } from './options';
import { spanOf } from './syntax';
import type { TypeScript } from './syntax';
import type { EditorHover } from './types';
import { unreachableNote } from './unreachable';

/**
 * Hover docs for the code string at `offset`, or `undefined` when there is none: not a string (or property key),
 * not a code of any family, or a generic word (`Default`) in a place that does not say it is an error code.
 */
export function hoverAt(ts: TypeScript, sourceFile: TS.SourceFile, offset: number, options: EditorOptions): EditorHover | undefined {
  const node = codeNodeAt(ts, sourceFile, offset);
  if (!node || options.catalog.lookupAll(node.text).length === 0) return undefined;
  const site = siteOf(ts, sourceFile, node);
  if (!site) return undefined;
  const found = documentedCodes(options.catalog, site, familyContextOf(sourceFile, options));
  if (found.length === 0) return undefined;
  const note = unreachableNote(ts, sourceFile, site, options);
  const markdown = hoverMarkdown(found, options.locale);
  return {
    markdown: note === undefined ? markdown : `${note}\n\n${markdown}`,
    span: spanOf(node, sourceFile),
    codes: found.map(({ family, entry }) => ({ family: family.id, code: entry.code })),
  };
}
