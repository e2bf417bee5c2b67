import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { walkNodes, skipTypeWrappers } from '../../util/ast';
import { programOf } from '../syntax/bindings';
import type { Frame, Located } from '../syntax/bindings';
import { isFunctionNode } from '../syntax/functions';
import { isNullish } from '../syntax/values';

/**
 * The elements of a `providers` list as real apps build it: an array literal, spreads of other lists, a `const`
 * list that the file only appends to (`const providers: Provider[] = []; if (…) providers.push(X)`), a
 * conditional spread (`...(flag ? [X] : [])`) and conditional elements (`flag ? X : undefined`, `flag && X`).
 *
 * An append or a condition can only add an element, so whatever such a slot holds is *maybe* present: enough to
 * say "when this provider is enabled, …", never enough to say that a provider is certainly there. Anything the
 * walk cannot follow makes the list incomplete.
 */

/** Why a slot's element may be missing at run time. */
export interface MaybeOrigin {
  /** The node that makes it conditional: the `push` call, the `?:`, the `&&`. */
  readonly node: TSESTree.Node;
  /** The condition under which the element is there, when one is written (the `if` test, the `?:` test). */
  readonly condition?: TSESTree.Node;
  /** The scope `condition` sits in (which file it belongs to). */
  readonly frame: Frame;
}

/** One element of a providers list, with the scope it resolves in. */
export interface ProviderSlot {
  readonly element: TSESTree.Node;
  readonly frame: Frame;
  readonly maybe?: MaybeOrigin;
}

export interface ProviderSlots {
  readonly slots: readonly ProviderSlot[];
  /** Whether `slots` are all the list can hold (nothing the walk could not follow). */
  readonly complete: boolean;
}

/** Resolves a node to the expression it stands for (the config model's `resolveValue`). */
export type Resolve = (node: TSESTree.Node, frame: Frame) => Located;

const MAX_DEPTH = 8;

/** The slots of a providers list (see the module comment). */
export function providerSlots(node: TSESTree.Node, frame: Frame, resolve: Resolve): ProviderSlots {
  const walker = new SlotWalker(resolve);
  const complete = walker.list(node, frame, undefined, 0, new Set());
  return { slots: walker.slots, complete };
}

class SlotWalker {
  readonly slots: ProviderSlot[] = [];
  constructor(private readonly resolve: Resolve) {}

  /** Adds the elements of a list; false when part of it cannot be followed. */
  list(node: TSESTree.Node, frame: Frame, maybe: MaybeOrigin | undefined, depth: number, seen: Set<TSESTree.Node>): boolean {
    if (depth > MAX_DEPTH) return false;
    const located = this.resolve(node, frame);
    const target = located.node;
    if (target.type === AST_NODE_TYPES.ArrayExpression) {
      if (seen.has(target)) return false;
      const inner = new Set(seen).add(target);
      let complete = true;
      for (const element of target.elements) {
        if (!element) continue;
        if (element.type === AST_NODE_TYPES.SpreadElement) {
          if (!this.list(element.argument, located.frame, maybe, depth + 1, inner)) complete = false;
        } else if (!this.element(element, located.frame, maybe, depth + 1)) complete = false;
      }
      return complete;
    }
    if (target.type === AST_NODE_TYPES.ConditionalExpression) {
      // `...(flag ? [Email(…)] : [])`: each branch is there only sometimes.
      const consequent = this.list(target.consequent, located.frame, maybe ?? conditional(target, target.test, located.frame), depth + 1, seen);
      const alternate = this.list(target.alternate, located.frame, maybe ?? conditional(target, undefined, located.frame), depth + 1, seen);
      return consequent && alternate;
    }
    if (target.type === AST_NODE_TYPES.Identifier) return this.appendedList(target, located.frame, maybe, depth, seen);
    return false;
  }

  /** A `const` list the file only appends to: its initialiser, then every appended element as maybe present. */
  private appendedList(
    name: TSESTree.Identifier,
    frame: Frame,
    maybe: MaybeOrigin | undefined,
    depth: number,
    seen: Set<TSESTree.Node>,
  ): boolean {
    const binding = frame.lookup(name.name);
    if (binding?.kind !== 'const' || binding.rewritten || binding.appends.length === 0) return false;
    const init = skipTypeWrappers(binding.init);
    if (init.type !== AST_NODE_TYPES.ArrayExpression || seen.has(init)) return false;
    let complete = this.list(init, binding.frame, maybe, depth + 1, seen);
    // In source order, whatever order the scope walk met them in.
    const appends = [...binding.appends].sort((a, b) => a.node.range[0] - b.node.range[0]);
    for (const append of appends) {
      const origin = maybe ?? {
        node: append.node,
        frame: append.frame,
        ...conditionOf(append.node, append.frame),
      };
      for (const argument of append.node.arguments) {
        const ok =
          argument.type === AST_NODE_TYPES.SpreadElement
            ? this.list(argument.argument, append.frame, origin, depth + 1, seen)
            : this.element(argument, append.frame, origin, depth + 1);
        if (!ok) complete = false;
      }
    }
    return complete;
  }

  /** One element; conditional elements (`flag ? X : undefined`, `flag && X`) become maybe slots. */
  private element(node: TSESTree.Node, frame: Frame, maybe: MaybeOrigin | undefined, depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    const target = skipTypeWrappers(node);
    if (target.type === AST_NODE_TYPES.ConditionalExpression) {
      const consequent = this.branch(target.consequent, frame, maybe ?? conditional(target, target.test, frame), depth);
      const alternate = this.branch(target.alternate, frame, maybe ?? conditional(target, undefined, frame), depth);
      return consequent && alternate;
    }
    if (target.type === AST_NODE_TYPES.LogicalExpression && target.operator === '&&') {
      // `flag && X` puts `false` in the list when the flag is off; X is there only when it is on.
      return this.branch(target.right, frame, maybe ?? conditional(target, target.left, frame), depth);
    }
    this.slots.push({ element: node, frame, ...(maybe ? { maybe } : {}) });
    return true;
  }

  private branch(node: TSESTree.Node, frame: Frame, maybe: MaybeOrigin, depth: number): boolean {
    const resolved = this.resolve(node, frame);
    // An empty branch adds nothing.
    if (isNullish(resolved.node, resolved.frame)) return true;
    return this.element(node, frame, maybe, depth + 1);
  }
}

function conditional(node: TSESTree.Node, condition: TSESTree.Node | undefined, frame: Frame): MaybeOrigin {
  return condition ? { node, condition, frame } : { node, frame };
}

/**
 * The condition an `if` (or `?:`, or `&&`) around a node puts on it: the innermost one between the node and its
 * function or program, taken from the consequent side only (an `else` branch has no condition written as such).
 */
function conditionOf(target: TSESTree.Node, frame: Frame): { condition?: TSESTree.Node } {
  const program = programOf(frame);
  if (!program) return {};
  let condition: TSESTree.Node | undefined;
  let current: TSESTree.Node = program;
  for (let guard = 0; guard < 200 && current !== target; guard++) {
    const child = childContaining(current, target);
    if (!child) break;
    if (current.type === AST_NODE_TYPES.IfStatement) condition = child === current.consequent ? current.test : undefined;
    else if (current.type === AST_NODE_TYPES.ConditionalExpression && child !== current.test) {
      condition = child === current.consequent ? current.test : undefined;
    } else if (current.type === AST_NODE_TYPES.LogicalExpression && current.operator === '&&' && child === current.right) {
      condition = current.left;
    } else if (isFunctionNode(child)) condition = undefined;
    current = child;
  }
  return condition ? { condition } : {};
}

/** The direct child of `node` whose range holds `target`. */
function childContaining(node: TSESTree.Node, target: TSESTree.Node): TSESTree.Node | undefined {
  let found: TSESTree.Node | undefined;
  walkNodes(node, (child) => {
    if (child === node) return true;
    if (!found && child.range[0] <= target.range[0] && child.range[1] >= target.range[1]) found = child;
    return false;
  });
  return found;
}
