import * as path from 'node:path';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getLiteralString, getPropertyKeyName } from '../../util/ast';
import { objectModel, stringProperty } from '../config/objects';
import type { RoutingOptions } from '../middleware/matcher';
import { getProgramScopes, resolveIn } from '../syntax/bindings';
import type { Frame } from '../syntax/bindings';
import { arrayOfStrings } from './auth-facts';
import type { Stamps } from './stamps';

const NEXT_CONFIGS = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs', 'next.config.mts'] as const;

/**
 * `basePath` and `i18n` of the project's next.config, as far as they are literals: `routing` is `undefined` when
 * next.config sets `i18n` in a way that cannot be read, `{}` when there is no next.config.
 */
export function readNextConfig(
root: string,
stamps: Stamps,
parse: (file: string) => TSESTree.Program | undefined,
): { routing: RoutingOptions | undefined; locale?: string } {
  const file = NEXT_CONFIGS.map((name) => path.join(root, name)).find((candidate) => stamps.exists(candidate));
  if (!file) return { routing: {} };
  const program = parse(file);
  if (!program) return { routing: undefined };
  let basePath: string | undefined;
  let i18n: { locales: string[]; defaultLocale?: string } | undefined;
  let unreadable = false;
  const visit = (node: TSESTree.Node, frame: Frame): void => {
    if (node.type !== AST_NODE_TYPES.Property || node.computed) return;
    const name = getPropertyKeyName(node);
    if (name === 'basePath') {
      // Next.js puts basePath in front of both the matcher and the request's pathname, so a basePath the rule
      // cannot read changes no answer here: it is only kept when it is a literal.
      basePath = getLiteralString(resolveIn(node.value, frame).node);
    } else if (name === 'i18n') {
      const object = objectModel(node.value, frame);
      const locales = object ? arrayOfStrings(object.get('locales')) : undefined;
      const defaultLocale = object
        ? stringProperty({ state: 'present', value: object, node: node.value, frame }, 'defaultLocale')
        : undefined;
      if (!locales || defaultLocale?.state !== 'present') unreadable = true;
      else i18n = { locales, defaultLocale: defaultLocale.value };
    }
  };
  getProgramScopes(program).walk(visit);
  if (unreadable) return { routing: undefined };
  const routing: RoutingOptions = { ...(basePath ? { basePath } : {}), ...(i18n ? { i18n } : {}) };
  return i18n?.defaultLocale ? { routing, locale: i18n.defaultLocale } : { routing };
}
