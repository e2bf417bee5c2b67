import type * as TS from 'typescript';

import { checkExhaustiveness, renderCaseClauses } from '../catalog/switch-analysis';
import type { ClauseLayout, Quote } from '../catalog/switch-analysis';
import type { Locale } from '../catalog/types';
import type { DocumentAnalysis } from './cache';
import { caseLabels, switchGroup } from './context';
import type { EditorOptions } from './options';
import { findNodeAt, indentationAt, newLineOf, skipWrappers, valueName } from './syntax';
import type { TypeScript } from './syntax';
import type { EditorCodeAction, TextEdit } from './types';

const TITLES = {
  en: 'Add missing error-code cases',
  ko: '빠진 오류 코드 case 추가',
} satisfies Record<Locale, string>;

/**
 * "Add missing error-code cases" on an auth-error `switch`: the cursor on the `switch (…)` header or on a
 * `case` label. Inserts one clause per code the family emits and the switch does not handle (before `default`
 * when there is one), each with a comment saying what the code means and a `break`.
 */
export function addMissingCasesAction(
  ts: TypeScript,
  sourceFile: TS.SourceFile,
  start: number,
  end: number,
  options: EditorOptions,
  analysis: DocumentAnalysis,
): EditorCodeAction | undefined {
  const switchStatement = switchAt(ts, sourceFile, start, end);
  if (!switchStatement) return undefined;
  // Everything here depends on the switch alone: once per switch and document version.
  const verdict = analysis.memo(`cases\u0000${switchGroup(switchStatement)}`, () => {
    const labels = caseLabels(ts, switchStatement);
    const unresolvedLabels = switchStatement.caseBlock.clauses.filter((clause) => ts.isCaseClause(clause)).length - labels.length;
    return checkExhaustiveness(
      options.catalog,
      { labels, unresolvedLabels, hasDefault: false, discriminant: valueName(ts, switchStatement.expression) },
      analysis.context,
    );
  });
  if (verdict?.kind !== 'missingCases') return undefined;
  const lines = renderCaseClauses(verdict.missing, layoutOf(ts, sourceFile, switchStatement), options.locale);
  return {
    id: 'addMissingCases',
    name: 'addMissingCases',
    title: TITLES[options.locale],
    edits: [insertion(ts, sourceFile, switchStatement, lines)],
    preferred: false,
  };
}

/** The switch whose header (`switch (…) {`) or one of whose `case …:` labels the range starts in. */
function switchAt(ts: TypeScript, sourceFile: TS.SourceFile, start: number, end: number): TS.SwitchStatement | undefined {
  let node = findNodeAt(ts, sourceFile, start);
  while (node && !ts.isSwitchStatement(node)) node = node.parent;
  if (!node) return undefined;
  const within = (from: number, to: number): boolean => start >= from && start <= to && end <= Math.max(to, start);
  if (within(node.getStart(sourceFile), node.caseBlock.getStart(sourceFile) + 1)) return node;
  for (const clause of node.caseBlock.clauses) {
    if (ts.isCaseClause(clause) && within(clause.getStart(sourceFile), clause.expression.end + 1)) return node;
  }
  return undefined;
}

/** Indentation and quotes of the existing clauses, so the new ones look like them. */
function layoutOf(ts: TypeScript, sourceFile: TS.SourceFile, switchStatement: TS.SwitchStatement): ClauseLayout {
  const switchIndent = indentationAt(sourceFile, switchStatement.getStart(sourceFile));
  const first = switchStatement.caseBlock.clauses[0];
  const caseIndent = first ? indentationAt(sourceFile, first.getStart(sourceFile)) : `${switchIndent}  `;
  const unit = caseIndent.length > switchIndent.length ? caseIndent.slice(switchIndent.length) : '  ';
  let bodyIndent = `${caseIndent}${unit}`;
  for (const clause of switchStatement.caseBlock.clauses) {
    const statement = clause.statements[0];
    if (statement && startsLine(sourceFile, statement.getStart(sourceFile))) {
      bodyIndent = indentationAt(sourceFile, statement.getStart(sourceFile));
      break;
    }
  }
  let quote: Quote = "'";
  for (const clause of switchStatement.caseBlock.clauses) {
    if (!ts.isCaseClause(clause)) continue;
    const label = skipWrappers(ts, clause.expression);
    if (ts.isStringLiteral(label) || ts.isNoSubstitutionTemplateLiteral(label)) {
      quote = sourceFile.text.charAt(label.getStart(sourceFile)) as Quote;
      break;
    }
  }
  return { caseIndent, bodyIndent, quote };
}

function startsLine(sourceFile: TS.SourceFile, position: number): boolean {
  return /^[ \t]*$/.test(sourceFile.text.slice(sourceFile.text.lastIndexOf('\n', position - 1) + 1, position));
}

function lineStart(sourceFile: TS.SourceFile, position: number): number {
  return sourceFile.text.lastIndexOf('\n', position - 1) + 1;
}

/** Before the `default` clause, else before the closing brace; on lines of their own when the code has lines. */
function insertion(ts: TypeScript, sourceFile: TS.SourceFile, switchStatement: TS.SwitchStatement, lines: string[]): TextEdit {
  const nl = newLineOf(sourceFile);
  const fallback = switchStatement.caseBlock.clauses.find((clause) => ts.isDefaultClause(clause));
  const anchor = fallback ? fallback.getStart(sourceFile) : switchStatement.caseBlock.end - 1;
  if (startsLine(sourceFile, anchor)) {
    return { span: { start: lineStart(sourceFile, anchor), length: 0 }, newText: `${lines.join(nl)}${nl}` };
  }
  // A one-line switch: the comments need lines of their own, so the clauses go on new lines.
  return {
    span: { start: anchor, length: 0 },
    newText: `${nl}${lines.join(nl)}${nl}${indentationAt(sourceFile, anchor)}`,
  };
}
