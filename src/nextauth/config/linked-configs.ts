import type { TSESTree } from '@typescript-eslint/utils';

import type { ParserLike } from '../project/files';
import { linkedAuthModel } from '../project/model';
import { programOf } from '../syntax/bindings';
import type { Frame } from '../syntax/bindings';
import { analyzeProgram } from './analyzer';
import type { AuthConfig } from './model';

/**
 * The configs of the file being linted for the config rules, with the parts it imports from the app's own files
 * followed (the `auth.config.ts` split: `NextAuth({ adapter, ...authConfig })`, a middleware's
 * `NextAuth(authConfig)`, `providers: [...authConfig.providers, X]`). Only a file whose own model leaves
 * something open that an import could fill asks the project model; other files cost nothing extra. What the
 * project cannot resolve stays unknown, exactly as without it.
 */
export interface LintConfigs {
  readonly configs: readonly AuthConfig[];
  /** Whether a node sits in the file being linted. */
  isLocal(frame: Frame | undefined): boolean;
  /** Where a node of another file sits (`auth.config.ts:7`), for a message. */
  where(node: TSESTree.Node, frame: Frame): string | undefined;
  /**
   * For a config whose object literal is written in another file: the config that file's own model has for it
   * (so a rule can leave a problem to the report that file already gets), `undefined` when it has none.
   */
  ownConfig(config: AuthConfig): AuthConfig | undefined;
}

export interface LintConfigOptions {
  readonly filename: string;
  /** ESLint's parser, to parse other files the same way (see `project.ts`). */
  readonly parser?: ParserLike;
}

/** The configs of a program, imports followed where that can change an answer (see the module comment). */
export function lintConfigs(program: TSESTree.Program, options: LintConfigOptions): LintConfigs {
  const plain = analyzeProgram(program);
  const isLocal = (frame: Frame | undefined): boolean => !frame || programOf(frame) === program;
  const base: LintConfigs = {
    configs: plain.configs,
    isLocal,
    where: () => undefined,
    ownConfig: () => undefined,
  };
  if (!needsImports(plain.configs, plain.unresolved.some((call) => call.origin !== undefined))) return base;
  const linked = linkedAuthModel(program, options.filename, options.parser ? { parser: options.parser } : {});
  if (!linked) return base;
  return {
    configs: linked.model.configs,
    isLocal,
    where: (node, frame) => {
      const place = linked.describe(node, frame);
      return place ? `${place.file}:${place.line}` : undefined;
    },
    ownConfig: (config) => {
      const other = programOf(config.object.frame);
      if (!other || other === program) return undefined;
      return analyzeProgram(other).configs.find((candidate) => candidate.node === config.node);
    },
  };
}

/** Whether following imports could add to what the file's own configs say. */
function needsImports(configs: readonly AuthConfig[], importedArgument: boolean): boolean {
  if (importedArgument) return true;
  return configs.some(
    (config) =>
      config.object.unresolved.some((origin) => origin.kind === 'import') ||
      !config.providers.complete ||
      config.providers.state === 'unknown' ||
      // `providers: [GitHubProvider, PasswordProvider]` with the providers made in `./providers`.
      config.providers.items.some((provider) => provider.kind === 'unknown'),
  );
}
