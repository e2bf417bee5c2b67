import type { TSESTree } from '@typescript-eslint/utils';

import { decideVersion, hasConflict } from './imports';
import type { AuthVersion } from './imports';
import type { AuthConfig, ConfigSite, FindOptions, ObjectModel } from './model';
import { nestedObject, notNullish, settable, stringProperty } from './objects';
import { providerModuleVersion } from './providers';
import type { ProviderReader } from './providers';

/**
 * From what the analyzer saw to the configs it reports: each object literal that a `NextAuth(…)` call receives
 * or a config type annotates is a {@link Candidate}, with the sites that use it and the versions they point to;
 * {@link assembleConfigs} turns each into an {@link AuthConfig} (the version decided, the settings read) and
 * links a piece spread into another config to the config that includes it.
 */

/** A config object literal the analyzer found, with what its sites say about it. */
export interface Candidate {
  object: ObjectModel;
  sites: ConfigSite[];
  versions: Set<AuthVersion>;
  anchor: TSESTree.Node;
  called: boolean;
  fullType: boolean;
  contextuallyTyped: boolean;
}

/** What reading a candidate's settings needs from the analysis of its program. */
export interface AssemblyContext {
  readonly program: TSESTree.Program;
  /** The version the file's imports point to, for a config whose own sites do not say. */
  readonly fileVersion: AuthVersion;
  readonly options: FindOptions;
  readonly providers: ProviderReader;
}

/** The configs of the candidates, in source order, each pointing at the config that includes it (if any). */
export function assembleConfigs(candidates: Iterable<Candidate>, context: AssemblyContext): AuthConfig[] {
  const configs = new Map<TSESTree.ObjectExpression, AuthConfig>();
  const ordered = [...candidates].sort((a, b) => a.object.node.range[0] - b.object.node.range[0]);
  for (const candidate of ordered) {
    configs.set(candidate.object.node, toConfig(candidate, context));
  }
  // An object spread into another config stands for a piece of it: point it at the config that includes it.
  const list = [...configs.values()];
  const containers = firstContainers(list);
  return list.map((config, i) => {
    const container = containers[i];
    return container === undefined ? config : { ...config, includedIn: list[container]! };
  });
}

function toConfig(candidate: Candidate, context: AssemblyContext): AuthConfig {
  const { object } = candidate;
  const providers = context.providers.providers(object);
  const hints = new Set(candidate.versions);
  for (const provider of providers.items) {
    if (provider.source) {
      const version = providerModuleVersion(provider.source);
      if (version) hints.add(version);
    }
  }
  let version = decideVersion(hints);
  if (version === 'unknown' && !hasConflict(hints)) version = context.fileVersion;
  const session = nestedObject(object, 'session', context.options);
  const jwt = nestedObject(object, 'jwt', context.options);
  const pages = nestedObject(object, 'pages', context.options);
  return {
    node: object.node,
    object,
    version,
    sites: candidate.sites,
    anchor: candidate.anchor,
    complete: candidate.called || candidate.fullType,
    contextuallyTyped: candidate.contextuallyTyped,
    providers,
    adapter: settable(object.get('adapter')),
    session,
    sessionStrategy: stringProperty(session, 'strategy'),
    secret: notNullish(object.get('secret')),
    jwtSecret: jwt.state === 'present' ? notNullish(jwt.value.get('secret')) : jwt,
    pages: { signIn: stringProperty(pages, 'signIn'), error: stringProperty(pages, 'error') },
    spreads: object.unresolved,
    program: context.program,
  };
}

function includesObject(container: ObjectModel, object: TSESTree.ObjectExpression): boolean {
  if (container.node === object) return false;
  return container.entries.some(
    (entry) =>
      entry.kind === 'property' &&
      entry.property.range[0] >= object.range[0] &&
      entry.property.range[1] <= object.range[1],
  );
}

/**
 * For each config (in source order), the index of the config whose entries include its literal, or `undefined`:
 * one pass over the nesting of the literals and a binary search per entry, not every config against every other.
 */
function firstContainers(configs: readonly AuthConfig[]): (number | undefined)[] {
  const ranges = configs.map((config) => config.node.range);
  // The nearest config whose literal encloses each one (they are sorted by start).
  const enclosing: number[] = [];
  const open: number[] = [];
  let nested = true;
  ranges.forEach(([start, end], i) => {
    while (open.length > 0 && ranges[open[open.length - 1]!]![1] < end) {
      // A literal that ends inside this one without enclosing it: not one file's nesting (configs of several files).
      if (ranges[open[open.length - 1]!]![1] > start) nested = false;
      open.pop();
    }
    if (open.length > 0 && ranges[open[open.length - 1]!]![0] === start) nested = false;
    enclosing.push(open.length > 0 ? open[open.length - 1]! : -1);
    open.push(i);
  });
  if (!nested) {
    return configs.map((config) => {
      const container = configs.findIndex((other) => other !== config && includesObject(other.object, config.node));
      return container === -1 ? undefined : container;
    });
  }
  const containers: (number | undefined)[] = configs.map(() => undefined);
  configs.forEach((config, j) => {
    for (const entry of config.object.entries) {
      if (entry.kind !== 'property') continue;
      const [start, end] = entry.property.range;
      // The last literal that starts at or before the entry, then outwards to those that enclose it.
      let low = 0;
      let high = ranges.length - 1;
      let i = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (ranges[middle]![0] <= start) {
          i = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      while (i !== -1 && ranges[i]![1] < end) i = enclosing[i]!;
      for (; i !== -1; i = enclosing[i]!) {
        if (i !== j && containers[i] === undefined) containers[i] = j;
      }
    }
  });
  return containers;
}
