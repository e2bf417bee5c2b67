import type * as TS from 'typescript';

import { addMissingCasesAction } from './add-missing-cases';
import { analysisOf } from './cache';
import type { DocumentVersion } from './cache';
import type { EditorOptions } from './options';
import { replaceCodeAction } from './replace-code';
import type { TypeScript } from './syntax';
import type { EditorCodeAction } from './types';

/**
 * Every action available for the range `start`–`end`: "Replace with `X`" first, then "Add missing error-code
 * cases". `document` names the document version the host has parsed, for reusing the analysis of its groups.
 */
export function codeActionsAt(
  ts: TypeScript,
  sourceFile: TS.SourceFile,
  start: number,
  end: number,
  options: EditorOptions,
  document?: DocumentVersion,
): EditorCodeAction[] {
  const analysis = analysisOf(sourceFile, options, document);
  const actions: EditorCodeAction[] = [];
  const replace = replaceCodeAction(ts, sourceFile, start, options, analysis);
  if (replace) actions.push(replace);
  const addCases = addMissingCasesAction(ts, sourceFile, start, end, options, analysis);
  if (addCases) actions.push(addCases);
  return actions;
}
