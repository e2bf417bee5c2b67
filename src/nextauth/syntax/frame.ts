import type { TSESTree } from '@typescript-eslint/utils';

import type { ImportBinding } from '../config/imports';

/**
 * The names a scope binds, as the model sees them: a `const` with an initialiser (followed), an import, or
 * anything else (opaque). Built by the model's own layer (bindings.ts) for files it parses, and from ESLint's
 * scope manager (linter-frames.ts) for the file being linted.
 */

export type Binding =
  | {
      readonly kind: 'const';
      readonly name: string;
      readonly init: TSESTree.Expression;
      readonly declarator: TSESTree.VariableDeclarator;
      readonly frame: Frame;
      /** Set when the file writes into the value after declaring it (any write, appends included). */
      mutated: boolean;
      /**
       * The `name.push(…)` / `name.unshift(…)` calls on the value, with the scope each sits in. Only adds
       * elements, so a list built this way still has every element its initialiser gives it.
       */
      readonly appends: Located<TSESTree.CallExpression>[];
      /** Set when the file writes into the value in any way other than an append (`x.a = …`, `x.splice(…)`). */
      rewritten: boolean;
    }
  | { readonly kind: 'import'; readonly name: string; readonly binding: ImportBinding; readonly frame: Frame }
  | { readonly kind: 'other'; readonly name: string; readonly frame: Frame };

/** One lexical scope: the names declared directly in it, and the scope around it. */
export class Frame {
  readonly bindings = new Map<string, Binding>();
  constructor(readonly parent: Frame | undefined) {}

  lookup(name: string): Binding | undefined {
    for (let frame: Frame | undefined = this; frame; frame = frame.parent) {
      const binding = frame.bindings.get(name);
      if (binding) return binding;
    }
    return undefined;
  }
}

/** An expression together with the scope its identifiers resolve in. */
export interface Located<T extends TSESTree.Node = TSESTree.Node> {
  readonly node: T;
  readonly frame: Frame;
}
