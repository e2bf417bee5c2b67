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
   * Takes the options an editor sent (`onConfigurationChanged`) and lays them over the tsconfig entry's. Each call
   * replaces the previous editor options, so a setting the user removed falls back to the tsconfig value.
   */
  merge(config: unknown): void;
}

export function createOptionsState(tsconfigEntry: unknown, log: PluginLog): OptionsState {
  const base = isRecord(tsconfigEntry) ? tsconfigEntry : {};
  let current = read(base, log);
  return {
    current: () => current,
    merge(config) {
      current = read({ ...base, ...(isRecord(config) ? config : {}) }, log);
    },
  };
}

function read(raw: Record<string, unknown>, log: PluginLog): EditorOptions {
  try {
    const options = resolveEditorOptions(raw, 'the plugin options');
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
