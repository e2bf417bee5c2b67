import type * as TS from 'typescript';

import type { EditorOptions } from '../editor/options';

/** What each feature module needs: the host's `typescript`, TypeScript's own service, the options. */
export interface PluginContext {
  readonly ts: typeof TS;
  /** TypeScript's own language service (the one the plugin decorates). */
  readonly languageService: TS.LanguageService;
  options(): EditorOptions;
}

/** The parsed file as the project already has it (parents set); `undefined` for a file outside the program. */
export function sourceFileOf(context: PluginContext, fileName: string): TS.SourceFile | undefined {
  return context.languageService.getProgram()?.getSourceFile(fileName);
}

/** `start` and `end` of a position or a range. */
export function rangeOf(positionOrRange: number | TS.TextRange): { start: number; end: number } {
  return typeof positionOrRange === 'number'
    ? { start: positionOrRange, end: positionOrRange }
    : { start: positionOrRange.pos, end: positionOrRange.end };
}
