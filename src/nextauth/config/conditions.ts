import type { TSESTree } from '@typescript-eslint/utils';

import { programOf } from '../syntax/bindings';
import type { MaybeOrigin } from './provider-sources';

/** The longest condition quoted in a message; longer ones are cut with an ellipsis. */
const MAX_CONDITION = 60;

/**
 * The condition under which a maybe-present provider is in the list, as the source writes it (` (`flag`)`, with
 * a leading space, ready to follow a word in a message), or an empty string when there is none to quote: no
 * `if` around the append, or the condition sits in another file than the one being linted.
 */
export function conditionText(maybe: MaybeOrigin, program: TSESTree.Program, text: string): string {
  const condition = maybe.condition;
  if (!condition || programOf(maybe.frame) !== program) return '';
  const source = text.slice(condition.range[0], condition.range[1]).replace(/\s+/g, ' ').trim();
  if (source === '' || source.includes('`')) return '';
  const shown = source.length > MAX_CONDITION ? `${source.slice(0, MAX_CONDITION - 1).trimEnd()}…` : source;
  return ` (\`${shown}\`)`;
}
