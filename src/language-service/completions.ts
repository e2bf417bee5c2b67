import type * as TS from 'typescript';

import { completionsAt } from '../editor/completions';
import { sourceFileOf } from './context';
import type { PluginContext } from './context';

/**
 * Adds the codes the group does not handle yet to TypeScript's own completions (never replaces them; a code
 * TypeScript already offers, from a union type, stays TypeScript's).
 */
export function getCompletions(
  context: PluginContext,
  fileName: string,
  position: number,
  prior: TS.WithMetadata<TS.CompletionInfo> | undefined,
): TS.WithMetadata<TS.CompletionInfo> | undefined {
  const file = sourceFileOf(context, fileName);
  if (!file) return prior;
  const result = completionsAt(context.ts, file.sourceFile, position, context.options(), file.document);
  if (!result) return prior;
  const offered = new Set(prior?.entries.map((entry) => entry.name));
  const added: TS.CompletionEntry[] = result.items
    .filter((item) => !offered.has(item.code))
    .map((item) => ({
      name: item.code,
      kind: context.ts.ScriptElementKind.string,
      kindModifiers: '',
      sortText: item.sortText,
      replacementSpan: result.replacementSpan,
      labelDetails: { description: item.detail },
    }));
  if (added.length === 0) return prior;
  if (prior) return { ...prior, entries: [...prior.entries, ...added] };
  return {
    isGlobalCompletion: false,
    isMemberCompletion: false,
    // The user may still type a code the catalog does not know.
    isNewIdentifierLocation: true,
    optionalReplacementSpan: result.replacementSpan,
    entries: added,
  };
}

/** Details (summary and full docs) of a code the plugin offered at this position, else `undefined`. */
export function getCompletionDetails(
  context: PluginContext,
  fileName: string,
  position: number,
  entryName: string,
  source: string | undefined,
): TS.CompletionEntryDetails | undefined {
  if (source !== undefined) return undefined;
  const file = sourceFileOf(context, fileName);
  if (!file) return undefined;
  const item = completionsAt(context.ts, file.sourceFile, position, context.options(), file.document)?.items.find(
    (candidate) => candidate.code === entryName,
  );
  if (!item) return undefined;
  return {
    name: item.code,
    kind: context.ts.ScriptElementKind.string,
    kindModifiers: '',
    displayParts: [{ kind: 'text', text: item.detail }],
    documentation: [{ kind: 'text', text: item.documentation }],
    tags: [],
  };
}
