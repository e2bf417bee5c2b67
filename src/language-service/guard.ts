import type * as TS from 'typescript';

/** Every line the plugin writes to tsserver's log starts with this. */
export const LOG_PREFIX = '[eslint-plugin-auth-errors]';

/** Runs `run`; on any exception, logs it and answers `fallback` (TypeScript's own answer) instead. */
export type Guard = <T>(operation: string, fallback: T, run: () => T) => T;

/** The plugin's log: tsserver's logger, with the fixed prefix. */
export interface PluginLog {
  info(message: string): void;
  error(message: string): void;
}

export function createLog(ts: typeof TS, info: TS.server.PluginCreateInfo): PluginLog {
  const logger = info.project.projectService.logger;
  return {
    info: (message) => logger.info(`${LOG_PREFIX} ${message}`),
    error: (message) => logger.msg(`${LOG_PREFIX} ${message}`, ts.server.Msg.Err),
  };
}

/** The one guard every hook goes through: nothing the plugin does may reach tsserver as an exception. */
export function createGuard(log: PluginLog): Guard {
  return (operation, fallback, run) => {
    try {
      return run();
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      try {
        log.error(`${operation} failed; answering with TypeScript's own result. ${detail}`);
      } catch {
        // A broken logger must not break the editor either.
      }
      return fallback;
    }
  };
}
