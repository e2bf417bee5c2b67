import type * as TS from 'typescript';
import type { TextDocument } from 'vscode-languageserver-textdocument';

import { parseDocument } from 'eslint-plugin-auth-errors/editor';
import type { TypeScript } from 'eslint-plugin-auth-errors/editor';

/** Language ids the server answers for, with the file extension each is parsed as. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  typescript: '.ts',
  typescriptreact: '.tsx',
  javascript: '.js',
  javascriptreact: '.jsx',
};

export function isSupported(document: TextDocument): boolean {
  return document.languageId in EXTENSIONS || /\.[cm]?[jt]sx?$/i.test(document.uri);
}

/** One parse per document version: hover, completion and code action on the same version share it. */
export function createParseCache(ts: TypeScript) {
  const parsed = new Map<string, { version: number; sourceFile: TS.SourceFile }>();
  return {
    get(document: TextDocument): TS.SourceFile {
      const cached = parsed.get(document.uri);
      if (cached && cached.version === document.version) return cached.sourceFile;
      // The language id decides how to parse (JSX or not), whatever the URI's extension says.
      const extension = EXTENSIONS[document.languageId];
      const fileName = extension ? `document${extension}` : decodeURIComponent(document.uri.replace(/^file:\/\//, ''));
      const sourceFile = parseDocument(ts, fileName, document.getText());
      parsed.set(document.uri, { version: document.version, sourceFile });
      return sourceFile;
    },
    delete(uri: string): void {
      parsed.delete(uri);
    },
  };
}
