/**
 * The editor core: hover docs, completions and code actions for error-code strings, from syntax alone. Hosts
 * (the tsserver plugin, the LSP server, the VS Code extension) hand in the `typescript` module to parse with and
 * map the plain data they get back; nothing here imports `typescript` at run time or needs a type checker.
 */
import type * as TS from 'typescript';

import { codeActionsAt } from './actions';
import { completionsAt } from './completions';
import { hoverAt } from './hover';
import { isEditorOptions, resolveEditorOptions } from './options';
import type { DocumentVersion } from './cache';
import type { EditorOptions, EditorOptionsInput } from './options';
import type { TypeScript } from './syntax';
import type { EditorCodeAction, EditorCompletions, EditorHover } from './types';

export { codeActionsAt } from './actions';
export { clearEditorCache, editorCacheStats } from './cache';
export type { DocumentVersion } from './cache';
export { completionsAt } from './completions';
export { hoverAt } from './hover';
export { defaultEditorOptions, isEditorOptions, resolveEditorOptions } from './options';
export type { EditorOptions, EditorOptionsInput } from './options';
export type { TypeScript } from './syntax';
export type * from './types';

/** Options as any host may hold them: already resolved, as the user wrote them, or none (the defaults). */
export type AnyEditorOptions = EditorOptions | EditorOptionsInput | undefined;

const resolvedByInput = new WeakMap<object, EditorOptions>();

/** Resolves options once per object. Throws an `AuthErrorsSettingsError` naming the bad field. */
function toOptions(options: AnyEditorOptions): EditorOptions {
  if (isEditorOptions(options)) return options;
  if (options === undefined) return resolveEditorOptions(undefined);
  let resolved = resolvedByInput.get(options);
  if (!resolved) {
    resolved = resolveEditorOptions(options);
    resolvedByInput.set(options, resolved);
  }
  return resolved;
}

/** The script kind TypeScript parses a file name as (`.tsx` / `.jsx` allow JSX). */
export function scriptKindOf(ts: TypeScript, fileName: string): TS.ScriptKind {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (lower.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(lower)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** Parses a document with parent pointers, the way every function of the core expects it. */
export function parseDocument(ts: TypeScript, fileName: string, text: string): TS.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKindOf(ts, fileName));
}

/** The document version a request is about; without a version from the host, the text stands in for it. */
function versionOf(fileName: string, version: string | number | undefined): DocumentVersion | undefined {
  return version === undefined ? undefined : { file: fileName, version };
}

/**
 * Hover Markdown and span for the code string at `offset` of `text`. `version` is the host's version of the
 * document (the analyses of a version are reused by the next request on it).
 */
export function getHover(
  ts: TypeScript,
  fileName: string,
  text: string,
  offset: number,
  options?: AnyEditorOptions,
  version?: string | number,
): EditorHover | undefined {
  return hoverAt(ts, parseDocument(ts, fileName, text), offset, toOptions(options), versionOf(fileName, version));
}

/** Codes to offer between the quotes at `offset` of `text`. */
export function getCompletions(
  ts: TypeScript,
  fileName: string,
  text: string,
  offset: number,
  options?: AnyEditorOptions,
  version?: string | number,
): EditorCompletions | undefined {
  return completionsAt(ts, parseDocument(ts, fileName, text), offset, toOptions(options), versionOf(fileName, version));
}

/** Code actions for the range `start`–`end` of `text`. */
export function getCodeActions(
  ts: TypeScript,
  fileName: string,
  text: string,
  start: number,
  end: number,
  options?: AnyEditorOptions,
  version?: string | number,
): EditorCodeAction[] {
  return codeActionsAt(ts, parseDocument(ts, fileName, text), start, end, toOptions(options), versionOf(fileName, version));
}
