import type { CodeAction, CompletionList, Hover, Range } from 'vscode-languageserver';
import { CodeActionKind, CompletionItemKind, MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

import { codeActionsAt, completionsAt, hoverAt } from 'eslint-plugin-auth-errors/editor';
import type { DocumentVersion, EditorOptions, Span, TypeScript } from 'eslint-plugin-auth-errors/editor';
import type { createParseCache } from './documents';

/** What every feature needs: the parser, the parse cache and the current options. */
export interface FeatureContext {
  readonly ts: TypeScript;
  readonly cache: ReturnType<typeof createParseCache>;
  options(): EditorOptions;
}

/** The document version a request is about: the editor core reuses what it found in that version. */
function versionOf(document: TextDocument): DocumentVersion {
  return { file: document.uri, version: document.version };
}

function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.start + span.length) };
}

export function hover(context: FeatureContext, document: TextDocument, offset: number): Hover | null {
  const result = hoverAt(context.ts, context.cache.get(document), offset, context.options(), versionOf(document));
  if (!result) return null;
  return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: rangeOf(document, result.span) };
}

export function completion(context: FeatureContext, document: TextDocument, offset: number): CompletionList | null {
  const result = completionsAt(context.ts, context.cache.get(document), offset, context.options(), versionOf(document));
  if (!result) return null;
  const range = rangeOf(document, result.replacementSpan);
  return {
    isIncomplete: false,
    items: result.items.map((item) => ({
      label: item.code,
      kind: CompletionItemKind.EnumMember,
      detail: item.detail,
      documentation: { kind: MarkupKind.Markdown, value: item.documentation },
      sortText: item.sortText,
      filterText: item.code,
      textEdit: { range, newText: item.code },
    })),
  };
}

/** Whether the client asked only for kinds none of ours belongs to. */
function unwanted(only: readonly string[] | undefined): boolean {
  return only !== undefined && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind));
}

export function codeActions(
  context: FeatureContext,
  document: TextDocument,
  range: Range,
  only: readonly string[] | undefined,
): CodeAction[] {
  if (unwanted(only)) return [];
  const actions = codeActionsAt(
    context.ts,
    context.cache.get(document),
    document.offsetAt(range.start),
    document.offsetAt(range.end),
    context.options(),
    versionOf(document),
  );
  return actions.map((action) => ({
    title: action.title,
    kind: CodeActionKind.QuickFix,
    isPreferred: action.preferred,
    edit: {
      changes: {
        [document.uri]: action.edits.map((edit) => ({ range: rangeOf(document, edit.span), newText: edit.newText })),
      },
    },
  }));
}
