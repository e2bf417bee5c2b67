import type { Connection, InitializeResult } from 'vscode-languageserver';
import { CodeActionKind, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

import { defaultEditorOptions, resolveEditorOptions } from 'eslint-plugin-auth-errors/editor';
import type { EditorOptions } from 'eslint-plugin-auth-errors/editor';
import { packageJson } from './package-meta';
import { createParseCache, isSupported } from './documents';
import { codeActions, completion, hover } from './features';
import type { FeatureContext } from './features';
import type { Parser } from './typescript';

export const SERVER_NAME = 'auth-errors-language-server';
/** Every log line of the server starts with this. */
export const LOG_PREFIX = '[auth-errors]';
/** The settings section read on `workspace/didChangeConfiguration` (`{ "authErrors": { "locale": "ko" } }`). */
export const SETTINGS_SECTION = 'authErrors';

/**
 * Serves hover, completion and code actions for error-code strings in TS / JS / TSX / JSX documents, beside the
 * editor's own TypeScript server. Options come from `initializationOptions` and the `authErrors` settings
 * section; invalid options are logged and replaced by the defaults.
 */
export function startServer(connection: Connection, parser: Parser): void {
  const documents = new TextDocuments(TextDocument);
  let options: EditorOptions = defaultEditorOptions;
  const context: FeatureContext = { ts: parser.ts, cache: createParseCache(parser.ts), options: () => options };

  const readOptions = (raw: unknown, origin: string): EditorOptions => {
    try {
      return resolveEditorOptions(raw, origin);
    } catch (error) {
      connection.console.error(`${LOG_PREFIX} ${error instanceof Error ? error.message : String(error)} Using the default options.`);
      return defaultEditorOptions;
    }
  };

  /** Runs a handler; on any exception logs it and answers `fallback`, so one bad document never stops the server. */
  const guard = <T>(operation: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      connection.console.error(`${LOG_PREFIX} ${operation} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };

  connection.onInitialize((params): InitializeResult => {
    options = readOptions(params.initializationOptions, 'initializationOptions');
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ["'", '"', '`'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: SERVER_NAME, version: packageJson.version },
    };
  });
  connection.onInitialized(() => {
    connection.console.info(`${LOG_PREFIX} parsing with TypeScript ${parser.version} from ${parser.path}`);
  });
  connection.onDidChangeConfiguration(({ settings }) => {
    const section = (settings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
    if (section !== undefined) options = readOptions(section, `settings.${SETTINGS_SECTION}`);
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isSupported(document)) return null;
    return guard('hover', null, () => hover(context, document, document.offsetAt(position)));
  });
  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isSupported(document)) return null;
    return guard('completion', null, () => completion(context, document, document.offsetAt(position)));
  });
  connection.onCodeAction(({ textDocument, range, context: actionContext }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isSupported(document)) return [];
    return guard('code action', [], () => codeActions(context, document, range, actionContext.only));
  });
  documents.onDidClose(({ document }) => context.cache.delete(document.uri));

  documents.listen(connection);
  connection.listen();
}
