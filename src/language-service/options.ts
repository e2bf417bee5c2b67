import { defaultEditorOptions, resolveEditorOptions } from '../editor/options';
import type { EditorOptions } from '../editor/options';
import type { PluginLog } from './guard';

/**
 * The plugin's options for one project: the tsconfig entry, with whatever an editor sends through
 * `configurePlugin` merged over it. Invalid options are logged and replaced by the defaults.
 */
export interface OptionsState {
  current(): EditorOptions;
  /**
   * Whether the plugin answers at all (`enable`, default true). The VS Code extension sends `enable: false` when
   * its own providers serve the editor, so the same hover never shows twice.
   */
  enabled(): boolean;
  /**
   * Takes the options an editor sent (`onConfigurationChanged`) and lays them over the tsconfig entry's. Each call
   * replaces the previous editor options, so a setting the user removed falls back to the tsconfig value.
   */
  merge(config: unknown): void;
}

export function createOptionsState(tsconfigEntry: unknown, log: PluginLog): OptionsState {
  const base = isRecord(tsconfigEntry) ? tsconfigEntry : {};
  let current = read(base, log);
  let enabled = readEnable(base, log);
  return {
    current: () => current,
    enabled: () => enabled,
    merge(config) {
      const merged = { ...base, ...(isRecord(config) ? config : {}) };
      current = read(merged, log);
      enabled = readEnable(merged, log);
    },
  };
}

function readEnable(raw: Record<string, unknown>, log: PluginLog): boolean {
  const value = raw.enable;
  if (value === undefined || typeof value === 'boolean') return value !== false;
  log.error(`the plugin options.enable must be true or false, but it is ${JSON.stringify(value)}. Staying enabled.`);
  return true;
}

function read(raw: Record<string, unknown>, log: PluginLog): EditorOptions {
  // `enable` is read by readEnable; the editor options never see it.
  const { enable: _enable, ...rest } = raw;
  try {
    const options = resolveEditorOptions(rest, 'the plugin options');
    log.info(`options: locale ${options.locale}; families ${options.catalog.families.map((family) => family.id).join(', ')}`);
    return options;
  } catch (error) {
    log.error(`${error instanceof Error ? error.message : String(error)} Using the default options.`);
    return defaultEditorOptions;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
