import * as vscode from 'vscode';

/** The extension's settings section. */
export const SECTION = 'authErrors';

/** Where the hovers, completions and quick fixes come from. */
export type Mode = 'auto' | 'tsserver' | 'standalone';
export type Locale = 'en' | 'ko';

/**
 * The options the tsserver plugin (through `configurePlugin`) and the editor core (standalone) understand.
 * Only the fields the user set are present, so the plugin's own tsconfig options keep applying to the rest.
 */
export interface PluginConfig {
  enable?: boolean;
  locale?: Locale;
  families?: string[];
}

/** `auto`: VS Code's display language, Korean for `ko` / `ko-KR`, English otherwise. */
export function displayLocale(language: string = vscode.env.language): Locale {
  return /^ko\b/i.test(language) ? 'ko' : 'en';
}

/** Whether the user (or the workspace) set a value, as opposed to the manifest's default. */
function isSet<T>(inspected: ReturnType<vscode.WorkspaceConfiguration['inspect']> & { defaultValue?: T } | undefined): boolean {
  if (!inspected) return false;
  return (
    inspected.globalValue !== undefined ||
    inspected.workspaceValue !== undefined ||
    inspected.workspaceFolderValue !== undefined ||
    inspected.globalLanguageValue !== undefined ||
    inspected.workspaceLanguageValue !== undefined ||
    inspected.workspaceFolderLanguageValue !== undefined
  );
}

function userValue<T>(config: vscode.WorkspaceConfiguration, key: string): T | undefined {
  return isSet(config.inspect<T>(key)) ? config.get<T>(key) : undefined;
}

/** The settings the user set, translated into the plugin's option names (`auto` resolved to a language). */
export function userPluginConfig(config: vscode.WorkspaceConfiguration = vscode.workspace.getConfiguration(SECTION)): PluginConfig {
  const out: PluginConfig = {};
  const enable = userValue<unknown>(config, 'enable');
  if (typeof enable === 'boolean') out.enable = enable;
  const locale = userValue<unknown>(config, 'locale');
  if (locale === 'auto') out.locale = displayLocale();
  else if (locale === 'en' || locale === 'ko') out.locale = locale;
  const families = userValue<unknown>(config, 'families');
  if (Array.isArray(families) && families.every((id) => typeof id === 'string')) out.families = [...families];
  return out;
}

/** `authErrors.mode`, `auto` for anything unknown. */
export function modeSetting(config: vscode.WorkspaceConfiguration = vscode.workspace.getConfiguration(SECTION)): Mode {
  const mode = config.get<unknown>('mode');
  return mode === 'tsserver' || mode === 'standalone' ? mode : 'auto';
}
