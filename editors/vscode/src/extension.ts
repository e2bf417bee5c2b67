/**
 * Auth Errors for VS Code. Two ways to the same hovers, completions and quick fixes, never both at once:
 * - tsserver (TypeScript up to 6): the manifest contributes the plugin `eslint-plugin-auth-errors` through
 *   `typescriptServerPlugins`, so VS Code's TypeScript loads it with no tsconfig edit, and the settings reach
 *   it through the TypeScript extension's `configurePlugin`;
 * - standalone (TypeScript 7, which loads no tsserver plugin): the extension registers its own providers over
 *   the editor core, and tells the plugin to keep quiet in case a tsserver still runs.
 */
import * as vscode from 'vscode';

import { selectServer, onServerSelectionInputsChanged, TYPESCRIPT_EXTENSION_ID } from './server-selection';
import { modeSetting, SECTION, userPluginConfig } from './settings';
import type { PluginConfig } from './settings';
import { loadRuntime, StandaloneProviders } from './standalone';
import { PLUGIN_NAME } from './tsconfig-options';

/** The part of the TypeScript extension's API (`getAPI(0)`) the extension uses. */
interface TypeScriptApi {
  configurePlugin(pluginId: string, configuration: unknown): void;
}

export type Side = 'tsserver' | 'standalone';

/** What `activate` returns: which side serves the editor now (read by nothing but tests and curious users). */
export interface AuthErrorsApi {
  readonly side: Side;
}

export async function activate(context: vscode.ExtensionContext): Promise<AuthErrorsApi> {
  const log = vscode.window.createOutputChannel('Auth Errors', { log: true });
  context.subscriptions.push(log);
  const typescriptApi = await getTypeScriptApi(log);
  const controller = new Controller(typescriptApi, log);
  context.subscriptions.push(
    controller,
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) controller.update('settings changed');
    }),
    onServerSelectionInputsChanged(() => controller.update('TypeScript server selection changed')),
  );
  controller.update('activated');
  return {
    get side() {
      return controller.side;
    },
  };
}

export function deactivate(): void {}

async function getTypeScriptApi(log: vscode.LogOutputChannel): Promise<TypeScriptApi | undefined> {
  const extension = vscode.extensions.getExtension<{ getAPI?(version: 0): TypeScriptApi | undefined }>(TYPESCRIPT_EXTENSION_ID);
  if (!extension) return undefined;
  try {
    const exports = extension.isActive ? extension.exports : await extension.activate();
    const api = exports?.getAPI?.(0);
    if (api && typeof api.configurePlugin === 'function') return api;
    log.warn(`${TYPESCRIPT_EXTENSION_ID} has no configurePlugin API; the plugin keeps its tsconfig options`);
  } catch (error) {
    log.warn(`could not reach ${TYPESCRIPT_EXTENSION_ID}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return undefined;
}

/** Picks the side from `authErrors.mode` and the server selection, and keeps the plugin's options in step. */
class Controller implements vscode.Disposable {
  side: Side = 'tsserver';
  private standalone: StandaloneProviders | undefined;
  private lastSent: string | undefined;

  constructor(
    private readonly typescriptApi: TypeScriptApi | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  update(why: string): void {
    const mode = modeSetting();
    const selection = selectServer();
    const side: Side = mode === 'auto' ? (selection.tsserver ? 'tsserver' : 'standalone') : mode;
    const config = userPluginConfig();
    if (side !== this.side || why === 'activated') {
      this.log.info(`${why}: serving from ${side} (mode ${mode}; ${selection.reason})`);
    }
    this.side = side;

    // The plugin hears the user's settings on the tsserver side, and `enable: false` on the other, so that a
    // tsserver that still runs (mode forced to standalone) adds no second hover.
    this.configurePlugin(side === 'tsserver' ? config : { ...config, enable: false });

    if (side === 'standalone') {
      if (this.standalone) {
        this.standalone.update(config);
      } else {
        try {
          this.standalone = new StandaloneProviders(loadRuntime(), config, this.log);
        } catch (error) {
          this.log.error(`cannot start the standalone providers: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    } else if (this.standalone) {
      this.standalone.dispose();
      this.standalone = undefined;
    }
  }

  private configurePlugin(config: PluginConfig): void {
    const text = JSON.stringify(config);
    if (!this.typescriptApi || text === this.lastSent) return;
    this.lastSent = text;
    this.log.info(`configurePlugin ${PLUGIN_NAME} ${text}`);
    this.typescriptApi.configurePlugin(PLUGIN_NAME, config);
  }

  dispose(): void {
    this.standalone?.dispose();
    this.standalone = undefined;
  }
}
