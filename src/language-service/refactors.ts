import type * as TS from 'typescript';

import { codeActionsAt } from '../editor/actions';
import type { Locale } from '../catalog/types';
import { rangeOf, sourceFileOf } from './context';
import type { PluginContext } from './context';

/** The refactor's name in tsserver's protocol; its actions are named by the editor core. */
export const REFACTOR_NAME = 'auth-errors';
export const REFACTOR_KIND = 'refactor.rewrite.auth-errors';

const DESCRIPTION = { en: 'Auth error codes', ko: '인증 오류 코드' } satisfies Record<Locale, string>;

/** Whether the editor asked for refactors of a kind ours belongs to (`refactor`, `refactor.rewrite`, …). */
function kindWanted(kind: string | undefined): boolean {
  return kind === undefined || REFACTOR_KIND.startsWith(kind);
}

/** TypeScript's refactors plus ours: "Replace with `X`" and "Add missing error-code cases". */
export function getRefactors(
  context: PluginContext,
  fileName: string,
  positionOrRange: number | TS.TextRange,
  kind: string | undefined,
  prior: TS.ApplicableRefactorInfo[],
): TS.ApplicableRefactorInfo[] {
  if (!kindWanted(kind)) return prior;
  const file = sourceFileOf(context, fileName);
  if (!file) return prior;
  const { start, end } = rangeOf(positionOrRange);
  const options = context.options();
  const actions = codeActionsAt(context.ts, file.sourceFile, start, end, options, file.document);
  if (actions.length === 0) return prior;
  return [
    ...prior,
    {
      name: REFACTOR_NAME,
      description: DESCRIPTION[options.locale],
      actions: actions.map((action) => ({ name: action.name, description: action.title, kind: REFACTOR_KIND })),
    },
  ];
}

/** The edits of one of our actions, recomputed from the file as it is now. */
export function getRefactorEdits(
  context: PluginContext,
  fileName: string,
  positionOrRange: number | TS.TextRange,
  actionName: string,
): TS.RefactorEditInfo | undefined {
  const file = sourceFileOf(context, fileName);
  if (!file) return undefined;
  const { start, end } = rangeOf(positionOrRange);
  const action = codeActionsAt(context.ts, file.sourceFile, start, end, context.options(), file.document).find(
    (candidate) => candidate.name === actionName,
  );
  if (!action) return undefined;
  return {
    edits: [{ fileName, textChanges: action.edits.map((edit) => ({ span: edit.span, newText: edit.newText })) }],
  };
}
