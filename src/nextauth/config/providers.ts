import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { resolveIn } from '../syntax/bindings';
import type { Frame } from '../syntax/bindings';
import { isMaybe, isNullish } from '../syntax/values';
import { moduleVersionHint, providerFactory, providerModule } from './imports';
import type { AuthVersion, ImportBinding, ProviderKind } from './imports';
import { ABSENT, unknown } from './model';
import type { FindOptions, ObjectModel, ProviderInfo, ProviderList, Tri } from './model';
import { resolveValue, stringProperty } from './objects';
import type { ObjectBuilder } from './objects';
import { providerSlots } from './provider-sources';

/**
 * The `providers` of a config: each element's kind (credentials, email, OAuth, …), the factory call and its
 * options, recognised by the module the factory is imported from whatever its local name.
 */
export class ProviderReader {
  constructor(
    private readonly builder: ObjectBuilder,
    private readonly options: FindOptions,
  ) {}

  providers(object: ObjectModel): ProviderList {
    const value = object.get('providers');
    if (value.state === 'absent') return { state: 'absent', items: [], complete: true };
    if (value.state === 'unknown') return { state: 'unknown', items: [], complete: false };
    const items: ProviderInfo[] = [];
    const complete = this.collectProviders(value.node, value.frame, items);
    return { state: complete || items.length > 0 ? 'present' : 'unknown', items, complete, property: value.property! };
  }

  /**
   * Adds the providers of a list (array literals, spreads of same-file lists, appends, conditional parts: see
   * `provider-sources.ts`); false when something was opaque.
   */
  private collectProviders(node: TSESTree.Node, frame: Frame, items: ProviderInfo[]): boolean {
    const { slots, complete } = providerSlots(node, frame, (target, at) => resolveValue(target, at, this.options));
    let all = complete;
    for (const slot of slots) {
      const provider = this.provider(slot.element, slot.frame);
      if (provider) items.push(slot.maybe ? { ...provider, maybe: slot.maybe } : provider);
      else all = false;
    }
    return all;
  }

  /** One provider element; `undefined` when it may or may not be a provider (a conditional, `cond && X`). */
  provider(element: TSESTree.Node, frame: Frame): ProviderInfo | undefined {
    const located = this.providerInFrame(element, frame);
    return located ? { ...located, frame } : undefined;
  }

  private providerInFrame(element: TSESTree.Node, frame: Frame): Omit<ProviderInfo, 'frame'> | undefined {
    const located = resolveValue(element, frame, this.options);
    const node = located.node;
    if (isMaybe(node) || isNullish(node, located.frame)) return undefined;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const factory = this.factoryOf(node.callee, located.frame);
      if (!factory) return { kind: 'unknown', node: element, call: node, options: unknown(node) };
      const argument = node.arguments[0];
      let options: Tri<ObjectModel> = ABSENT;
      if (argument) {
        const model =
          argument.type === AST_NODE_TYPES.SpreadElement
            ? undefined
            : this.builder.build(argument, located.frame, 0, new Set());
        options = model
          ? { state: 'present', value: model, node: argument, frame: located.frame }
          : unknown(argument);
      }
      return { kind: factory.kind, node: element, call: node, source: factory.source, name: factory.name, options };
    }
    const bare = this.factoryOf(node, located.frame);
    if (bare) return { kind: bare.kind, node: element, source: bare.source, name: bare.name, options: ABSENT };
    if (node.type === AST_NODE_TYPES.ObjectExpression) {
      const model = this.builder.build(node, located.frame, 0, new Set());
      const type = model ? stringProperty({ state: 'present', value: model, node, frame: located.frame }, 'type') : ABSENT;
      const kind: ProviderKind = type.state === 'present' ? providerKindOfType(type.value) : 'unknown';
      return {
        kind,
        node: element,
        options: model ? { state: 'present', value: model, node, frame: located.frame } : unknown(node),
      };
    }
    return { kind: 'unknown', node: element, options: unknown(node) };
  }

  factoryOf(
    callee: TSESTree.Node,
    frame: Frame,
  ): { kind: ProviderKind; source: string; name: string } | undefined {
    const target = resolveIn(callee, frame);
    let binding: ImportBinding | undefined;
    if (target.node.type === AST_NODE_TYPES.Identifier) {
      const found = target.frame.lookup(target.node.name);
      if (found?.kind === 'import') binding = found.binding;
    } else if (
      target.node.type === AST_NODE_TYPES.MemberExpression &&
      !target.node.computed &&
      target.node.property.type === AST_NODE_TYPES.Identifier &&
      target.node.property.name === 'default' &&
      target.node.object.type === AST_NODE_TYPES.Identifier
    ) {
      // `import * as Credentials from "next-auth/providers/credentials"; Credentials.default({…})`, and the
      // `import Credentials from "…"; Credentials.default({…})` that Nuxt's server build needs (CommonJS interop).
      const found = target.frame.lookup(target.node.object.name);
      if (found?.kind === 'import' && (found.binding.imported === '*' || found.binding.imported === 'default')) {
        binding = { ...found.binding, imported: 'default' };
      }
    }
    const factory = providerFactory(binding);
    return factory && binding ? { kind: factory.kind, source: binding.source, name: factory.name } : undefined;
  }
}

export function providerModuleVersion(source: string): AuthVersion | undefined {
  const version = providerModule(source)?.version ?? moduleVersionHint({ source, imported: 'default' } as ImportBinding);
  return version === 'unknown' ? undefined : version;
}

function providerKindOfType(type: string): ProviderKind {
  switch (type) {
    case 'credentials':
      return 'credentials';
    case 'email':
      return 'email';
    case 'webauthn':
      return 'webauthn';
    case 'oauth':
    case 'oidc':
      return 'oauth';
    default:
      return 'unknown';
  }
}
