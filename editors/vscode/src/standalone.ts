import * as vscode from 'vscode';

import type * as Core from 'eslint-plugin-auth-errors/editor';
import type * as TS from 'typescript';

import type { PluginConfig } from './settings';
import { TsconfigOptions } from './tsconfig-options';

/** The documents the providers answer for: files on disk and unsaved ones, in the four JS/TS languages. */
const SELECTOR: vscode.DocumentSelector = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'].flatMap(
  (language) => [
    { language, scheme: 'file' },
    { language, scheme: 'untitled' },
  ],
);

/** The languages' file extensions, for an untitled document whose name has none. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  typescript: '.ts',
  typescriptreact: '.tsx',
  javascript: '.js',
  javascriptreact: '.jsx',
};

/** What the standalone path runs on: the editor core and the TypeScript 6 it parses with. */
export interface StandaloneRuntime {
  readonly core: typeof Core;
  readonly ts: typeof TS;
}

/**
 * Loads the editor core and the TypeScript 6 the extension ships (in its own `node_modules`): with TypeScript 7
 * serving the editor there is no tsserver to hand one over, and the project's own `typescript` may be the native
 * port, which has no JavaScript parser API.
 */
export function loadRuntime(): StandaloneRuntime {
  const core = require('eslint-plugin-auth-errors/editor') as typeof Core;
  const ts = require('typescript') as typeof TS;
  if (typeof ts.createSourceFile !== 'function') {
    throw new Error(`the bundled "typescript" (${String(ts.version)}) has no parser API`);
  }
  return { core, ts };
}

/**
 * The extension's own hover, completion and code-action providers over the editor core, used when tsserver (and
 * with it the plugin) does not serve the editor. Each request parses the document once per version.
 */
export class StandaloneProviders implements vscode.Disposable {
  private readonly registrations: vscode.Disposable[] = [];
  private readonly tsconfig: TsconfigOptions;
  private readonly parsed = new Map<string, { version: number; sourceFile: TS.SourceFile }>();
  private readonly resolved = new Map<string, Core.EditorOptions | undefined>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly runtime: StandaloneRuntime,
    private userConfig: PluginConfig,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.tsconfig = new TsconfigOptions(runtime.ts);
    this.registrations.push(
      vscode.languages.registerHoverProvider(SELECTOR, { provideHover: (document, position) => this.hover(document, position) }),
      vscode.languages.registerCompletionItemProvider(
        SELECTOR,
        { provideCompletionItems: (document, position) => this.completions(document, position) },
        "'",
        '"',
        '`',
      ),
      vscode.languages.registerCodeActionsProvider(
        SELECTOR,
        { provideCodeActions: (document, range) => this.codeActions(document, range) },
        { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
      ),
      vscode.workspace.onDidCloseTextDocument((document) => this.parsed.delete(document.uri.toString())),
      vscode.workspace.onDidChangeTextDocument((event) => {
        // A tsconfig edited in the editor (saved or not yet) changes the options of its files.
        if (/(^|[\\/])[tj]sconfig[^\\/]*\.json$/.test(event.document.fileName)) this.resetOptions();
      }),
      this.tsconfig,
    );
  }

  /** New settings from the user: applied from the next request on. */
  update(userConfig: PluginConfig): void {
    this.userConfig = userConfig;
    this.resetOptions();
  }

  private resetOptions(): void {
    this.resolved.clear();
    this.reported.clear();
  }

  private hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    return this.guard('hover', () => {
      const options = this.optionsFor(document);
      if (!options) return undefined;
      const result = this.runtime.core.hoverAt(this.runtime.ts, this.parse(document), document.offsetAt(position), options);
      if (!result) return undefined;
      return new vscode.Hover(new vscode.MarkdownString(result.markdown), rangeOf(document, result.span));
    });
  }

  private completions(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    return this.guard('completions', () => {
      const options = this.optionsFor(document);
      if (!options) return undefined;
      const result = this.runtime.core.completionsAt(this.runtime.ts, this.parse(document), document.offsetAt(position), options);
      if (!result) return undefined;
      const range = rangeOf(document, result.replacementSpan);
      return result.items.map((item) => {
        const completion = new vscode.CompletionItem({ label: item.code, description: item.detail }, vscode.CompletionItemKind.EnumMember);
        completion.detail = item.detail;
        completion.documentation = new vscode.MarkdownString(item.documentation);
        completion.sortText = item.sortText;
        completion.filterText = item.code;
        completion.range = range;
        completion.insertText = item.code;
        return completion;
      });
    });
  }

  private codeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] | undefined {
    return this.guard('code actions', () => {
      const options = this.optionsFor(document);
      if (!options) return undefined;
      const actions = this.runtime.core.codeActionsAt(
        this.runtime.ts,
        this.parse(document),
        document.offsetAt(range.start),
        document.offsetAt(range.end),
        options,
      );
      return actions.map((action) => {
        const codeAction = new vscode.CodeAction(action.title, vscode.CodeActionKind.QuickFix);
        codeAction.isPreferred = action.preferred;
        codeAction.edit = new vscode.WorkspaceEdit();
        for (const edit of action.edits) codeAction.edit.replace(document.uri, rangeOf(document, edit.span), edit.newText);
        return codeAction;
      });
    });
  }

  private parse(document: vscode.TextDocument): TS.SourceFile {
    const key = document.uri.toString();
    const cached = this.parsed.get(key);
    if (cached && cached.version === document.version) return cached.sourceFile;
    let fileName = document.uri.scheme === 'file' ? document.fileName : document.uri.path;
    if (!/\.[cm]?[jt]sx?$/i.test(fileName)) fileName += EXTENSIONS[document.languageId] ?? '.ts';
    const sourceFile = this.runtime.core.parseDocument(this.runtime.ts, fileName, document.getText());
    this.parsed.set(key, { version: document.version, sourceFile });
    return sourceFile;
  }

  /**
   * The options of a document: its tsconfig plugin entry with the user's settings over it (the same merge the
   * plugin makes in tsserver); `undefined` when disabled. Invalid options are reported once and replaced by the
   * defaults, as the plugin does.
   */
  private optionsFor(document: vscode.TextDocument): Core.EditorOptions | undefined {
    const entry = document.uri.scheme === 'file' ? this.tsconfig.forFile(document.fileName) : undefined;
    const key = JSON.stringify(entry ?? null);
    if (this.resolved.has(key)) return this.resolved.get(key);
    const { enable, ...input } = { ...stripUndefined(entry ?? {}), ...this.userConfig };
    let options: Core.EditorOptions | undefined;
    if (enable === false) {
      options = undefined;
    } else {
      try {
        options = this.runtime.core.resolveEditorOptions(input, 'the auth-errors options');
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!this.reported.has(message)) {
          this.reported.add(message);
          this.log.error(`${message} Using the default options.`);
        }
        options = this.runtime.core.defaultEditorOptions;
      }
    }
    this.resolved.set(key, options);
    return options;
  }

  private guard<T>(operation: string, run: () => T | undefined): T | undefined {
    try {
      return run();
    } catch (error) {
      this.log.error(`${operation} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
  }

  dispose(): void {
    for (const registration of this.registrations.splice(0)) registration.dispose();
    this.parsed.clear();
    this.resolved.clear();
  }
}

function rangeOf(document: vscode.TextDocument, span: Core.Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.start + span.length));
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}
