import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getLiteralString, walkNodes } from '../../util/ast';
import { writtenErrorValues } from '../../util/query-param';
import type { ProviderInfo } from '../config/model';
import { functionIn, stringProperty } from '../config/objects';
import type { AuthFacts } from '../project/auth-facts';
import type { ParserLike } from '../project/files';
import { getNextAuthProject } from '../project/model';
import type { NextAuthProject } from '../project/model';
import { programOf } from '../syntax/bindings';
import { isFunctionNode } from '../syntax/functions';

/**
 * What the project's NextAuth.js / Auth.js config says about the values its pages and `signIn()` results can
 * carry as `error`: the messages of plain `Error`s its Credentials providers' `authorize` throws (v4 passes such a
 * message on as `error`; Auth.js v5 sends `Configuration` instead), and the `?error=` values the config's files
 * write themselves (a `signIn` callback that redirects to `/login?error=Banned`). Read once per project model.
 */

export interface ConfigErrorFacts {
  /** Message → where it is thrown (`auth.ts:14`), for each `throw new Error('…')` reaching `authorize`'s caller. */
  readonly thrown: ReadonlyMap<string, string>;
  /** The ids of the Credentials providers read (`credentials` unless the options set `id`). */
  readonly credentialIds: ReadonlySet<string>;
  /** `?error=` values the files of the config write as literals. */
  readonly written: ReadonlySet<string>;
}

const DEFAULT_CREDENTIALS_ID = 'credentials';

const cache = new WeakMap<NextAuthProject, ConfigErrorFacts | undefined>();

/**
 * The facts for the project a file belongs to, from the config its middleware runs and the one in the
 * conventional places (with the `auth.config.ts` split, the middleware's piece has no providers; `auth.ts`, which
 * the route handlers run, has them). `undefined` when neither gives one config whose `providers` can be read (no
 * config, several that disagree, or one passed to `NextAuth` from another file's export).
 */
export function configErrorFacts(file: string, parser?: ParserLike): ConfigErrorFacts | undefined {
  const project = getNextAuthProject(file, parser ? { parser } : {});
  if (!project) return undefined;
  if (cache.has(project)) return cache.get(project);
  const conventional = project.conventionalAuth();
  const sources = conventional === project.auth ? [project.auth] : [project.auth, conventional];
  const result = readFacts(project, sources);
  cache.set(project, result);
  return result;
}

function readFacts(project: NextAuthProject, sources: readonly AuthFacts[]): ConfigErrorFacts | undefined {
  const readable = sources.filter((facts) => facts.found && facts.providers?.state === 'present');
  if (readable.length === 0) return undefined;
  const thrown = new Map<string, string>();
  const credentialIds = new Set<string>();
  const programs = new Set<TSESTree.Program>();
  for (const facts of readable) readConfig(project, facts, { thrown, credentialIds, programs });
  const written = new Set<string>();
  for (const program of programs) for (const value of writtenErrorValues(program)) written.add(value);
  return { thrown, credentialIds, written };
}

function readConfig(
  project: NextAuthProject,
  facts: AuthFacts,
  into: { thrown: Map<string, string>; credentialIds: Set<string>; programs: Set<TSESTree.Program> },
): void {
  const { thrown, credentialIds, programs } = into;
  const providers = facts.providers!;
  if (facts.authorizedProgram) programs.add(facts.authorizedProgram);
  for (const provider of providers.items) {
    if (provider.kind !== 'credentials' || provider.options.state !== 'present') continue;
    const id = stringProperty(provider.options, 'id');
    if (id.state === 'present') credentialIds.add(id.value);
    else if (id.state === 'absent') credentialIds.add(DEFAULT_CREDENTIALS_ID);
    const authorize = functionIn(provider.options, 'authorize');
    if (authorize.state !== 'present') continue;
    const program = programOf(authorize.frame);
    if (program) programs.add(program);
    for (const { message, node } of thrownMessages(authorize.value)) {
      const where = project.describe(node, authorize.frame);
      if (where && !thrown.has(message)) thrown.set(message, `${where.file}:${where.line}`);
    }
  }
  for (const program of providerPrograms(providers.items)) programs.add(program);
}

function providerPrograms(items: readonly ProviderInfo[]): TSESTree.Program[] {
  return items.flatMap((item) => {
    const program = item.frame ? programOf(item.frame) : undefined;
    return program ? [program] : [];
  });
}

/**
 * The messages of `throw new Error('…')` (or `throw Error('…')`) in a function's own body that leave it: not in a
 * nested function, not in the block of a `try` that has a `catch`.
 */
export function thrownMessages(fn: TSESTree.Node): { message: string; node: TSESTree.ThrowStatement }[] {
  const found: { message: string; node: TSESTree.ThrowStatement }[] = [];
  const visit = (node: TSESTree.Node): boolean | void => {
    if (node !== fn && isFunctionNode(node)) return false;
    if (node.type === AST_NODE_TYPES.TryStatement && node.handler) {
      walkNodes(node.handler, visit);
      if (node.finalizer) walkNodes(node.finalizer, visit);
      return false;
    }
    if (node.type !== AST_NODE_TYPES.ThrowStatement) return undefined;
    const argument = node.argument;
    if (
      (argument.type === AST_NODE_TYPES.NewExpression || argument.type === AST_NODE_TYPES.CallExpression) &&
      argument.callee.type === AST_NODE_TYPES.Identifier &&
      argument.callee.name === 'Error'
    ) {
      const message = getLiteralString(argument.arguments[0]);
      if (message !== undefined) found.push({ message, node });
    }
    return false;
  };
  walkNodes(fn, visit);
  return found;
}
