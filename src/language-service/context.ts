import type * as TS from 'typescript';

import type { DocumentVersion } from '../editor/cache';
import type { EditorOptions } from '../editor/options';

/** What each feature module needs: the host's `typescript`, TypeScript's own service and host, the options. */
export interface PluginContext {
  readonly ts: typeof TS;
  /** TypeScript's own language service (the one the plugin decorates). */
  readonly languageService: TS.LanguageService;
  /** The project's host: it knows each script's version. */
  readonly host: Pick<TS.LanguageServiceHost, 'getScriptVersion'>;
  options(): EditorOptions;
}

/**
 * The parsed file as the project already has it (parents set), with its script version so that the editor core
 * can reuse the analyses of that version; `undefined` for a file outside the program.
 */
export function sourceFileOf(
  context: PluginContext,
  fileName: string,
): { sourceFile: TS.SourceFile; document: DocumentVersion } | undefined {
  // The program first: getting it brings the host's files up to date, so the version read next is the parsed one.
  const sourceFile = context.languageService.getProgram()?.getSourceFile(fileName);
  if (!sourceFile) return undefined;
  const version = context.host.getScriptVersion(fileName);
  return { sourceFile, document: { file: fileName, version: version === '' ? sourceFile.text : version } };
}

/** `start` and `end` of a position or a range. */
export function rangeOf(positionOrRange: number | TS.TextRange): { start: number; end: number } {
  return typeof positionOrRange === 'number'
    ? { start: positionOrRange, end: positionOrRange }
    : { start: positionOrRange.pos, end: positionOrRange.end };
}
