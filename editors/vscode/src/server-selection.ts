import * as vscode from 'vscode';

/** VS Code's built-in TypeScript extension, which runs tsserver and loads the contributed plugins. */
export const TYPESCRIPT_EXTENSION_ID = 'vscode.typescript-language-features';

/**
 * The extensions that bring TypeScript 7 (the native port). VS Code's TypeScript extension stops running tsserver
 * when `useTsgo` is on and one of these is installed; the list is the one it checks itself.
 */
export const TYPESCRIPT_7_EXTENSION_IDS = [
  'typescriptteam.native-preview',
  'typescriptteam.vscode-typescript',
  'typescriptteam.vscode-typescript-nightly',
] as const;

/** `js/ts.experimental.useTsgo`, or its older name `typescript.experimental.useTsgo` when the new one is unset. */
export function useTsgoSetting(): boolean {
  const unified = vscode.workspace.getConfiguration('js/ts').inspect<boolean>('experimental.useTsgo');
  const set =
    unified &&
    (unified.globalValue !== undefined || unified.workspaceValue !== undefined || unified.workspaceFolderValue !== undefined);
  const value = set
    ? vscode.workspace.getConfiguration('js/ts').get<boolean>('experimental.useTsgo')
    : vscode.workspace.getConfiguration('typescript').get<boolean>('experimental.useTsgo');
  return value === true;
}

/** Why the editor is (or is not) served by tsserver, for the log. */
export interface ServerSelection {
  readonly tsserver: boolean;
  readonly reason: string;
}

/**
 * Whether tsserver (TypeScript up to 6, which loads the plugin) serves JS/TS files in this window: not when the
 * TypeScript extension is missing or disabled, and not when TypeScript 7 took over (`useTsgo` on and a
 * TypeScript 7 extension installed, the same test VS Code's TypeScript extension makes). `useTsgo` alone, with no
 * TypeScript 7 extension, leaves tsserver running.
 */
export function selectServer(): ServerSelection {
  if (!vscode.extensions.getExtension(TYPESCRIPT_EXTENSION_ID)) {
    return { tsserver: false, reason: `${TYPESCRIPT_EXTENSION_ID} is not available` };
  }
  if (useTsgoSetting()) {
    const native = TYPESCRIPT_7_EXTENSION_IDS.find((id) => vscode.extensions.getExtension(id));
    if (native) return { tsserver: false, reason: `useTsgo is on and ${native} serves TypeScript 7` };
    return { tsserver: true, reason: 'useTsgo is on but no TypeScript 7 extension is installed, so tsserver still runs' };
  }
  return { tsserver: true, reason: 'tsserver serves JS/TS files' };
}

/** Fires when something {@link selectServer} reads may have changed. */
export function onServerSelectionInputsChanged(listener: () => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.extensions.onDidChange(listener),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (
        event.affectsConfiguration('js/ts.experimental.useTsgo') ||
        event.affectsConfiguration('typescript.experimental.useTsgo')
      ) {
        listener();
      }
    }),
  );
}
