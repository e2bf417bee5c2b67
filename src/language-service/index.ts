/**
 * The tsserver plugin: hover docs, completions and refactors for error-code strings. tsserver calls this module
 * once per project with its own `typescript`; each hook asks TypeScript first, then one feature module adds to
 * the answer, behind one guard that falls back to TypeScript's answer on any exception.
 */
import type * as TS from 'typescript';

import type * as EslintPlugin from '../index';

import { getCompletionDetails, getCompletions } from './completions';
import type { PluginContext } from './context';
import { decorate } from './decorator';
import { createGuard, createLog } from './guard';
import { createOptionsState } from './options';
import type { OptionsState } from './options';
import { getQuickInfo } from './quick-info';
import { getRefactorEdits, getRefactors, REFACTOR_NAME } from './refactors';

type Service = TS.LanguageService;

function init(modules: { typescript: typeof TS }): TS.server.PluginModule {
  const ts = modules.typescript;
  const projects = new Set<OptionsState>();
  return {
    create(info) {
      const log = createLog(ts, info);
      const guard = createGuard(log);
      const options = createOptionsState(info.config, log);
      projects.add(options);
      const service = info.languageService;
      const context: PluginContext = { ts, languageService: service, host: info.languageServiceHost, options: options.current };
      const proxy = decorate(service);

      proxy.getQuickInfoAtPosition = (...args: Parameters<Service['getQuickInfoAtPosition']>) => {
        const prior = service.getQuickInfoAtPosition(...args);
        if (!options.enabled()) return prior;
        return guard('quick info', prior, () => getQuickInfo(context, args[0], args[1], prior));
      };
      proxy.getCompletionsAtPosition = (...args: Parameters<Service['getCompletionsAtPosition']>) => {
        const prior = service.getCompletionsAtPosition(...args);
        if (!options.enabled()) return prior;
        return guard('completions', prior, () => getCompletions(context, args[0], args[1], prior));
      };
      proxy.getCompletionEntryDetails = (...args: Parameters<Service['getCompletionEntryDetails']>) => {
        if (!options.enabled()) return service.getCompletionEntryDetails(...args);
        const ours = guard('completion details', undefined, () => getCompletionDetails(context, args[0], args[1], args[2], args[4]));
        if (!ours) return service.getCompletionEntryDetails(...args);
        return guard('completion details', ours, () => service.getCompletionEntryDetails(...args) ?? ours);
      };
      proxy.getApplicableRefactors = (...args: Parameters<Service['getApplicableRefactors']>) => {
        const prior = service.getApplicableRefactors(...args);
        if (!options.enabled()) return prior;
        return guard('refactors', prior, () => getRefactors(context, args[0], args[1], args[4], prior));
      };
      proxy.getEditsForRefactor = (...args: Parameters<Service['getEditsForRefactor']>) => {
        if (args[3] !== REFACTOR_NAME || !options.enabled()) return service.getEditsForRefactor(...args);
        return guard('refactor edits', undefined, () => getRefactorEdits(context, args[0], args[2], args[4]));
      };

      log.info(`created for ${info.project.getProjectName()} (TypeScript ${ts.version})`);
      return proxy;
    },
    onConfigurationChanged(config: unknown) {
      for (const project of projects) project.merge(config);
    },
  };
}

/**
 * package.json `main` is this file, because tsserver resolves plugins by package name through `main` and calls
 * the module as a function; ESLint and Node get the ESLint plugin through `exports`. Tools that load the package
 * folder through `main` (eslint-doc-generator's `require(root)`, older resolvers) still find the ESLint plugin's
 * `meta`, `rules` and `configs` here, loaded only when read, so tsserver never pays for the rules.
 */
for (const key of ['meta', 'rules', 'configs'] as const) {
  Object.defineProperty(init, key, {
    enumerable: true,
    get: () => (require('../index') as typeof EslintPlugin)[key],
  });
}

export = init;
