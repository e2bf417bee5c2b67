import type * as TS from 'typescript';

import { addMissingCasesAction } from './add-missing-cases';
import type { EditorOptions } from './options';
import { replaceCodeAction } from './replace-code';
import type { TypeScript } from './syntax';
import type { EditorCodeAction } from './types';

/** Every action available for the range `start`–`end`: "Replace with `X`" first, then "Add missing error-code cases". */
export function codeActionsAt(
  ts: TypeScript,
  sourceFile: TS.SourceFile,
  start: number,
  end: number,
  options: EditorOptions,
): EditorCodeAction[] {
  const actions: EditorCodeAction[] = [];
  const replace = replaceCodeAction(ts, sourceFile, start, options);
  if (replace) actions.push(replace);
  const addCases = addMissingCasesAction(ts, sourceFile, start, end, options);
  if (addCases) actions.push(addCases);
  return actions;
}
