import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { ImportBinding } from '../config/imports';
import { Frame } from './frame';
import type { Binding } from './frame';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/**
 * The model's scopes for the file being linted, read from ESLint's scope manager instead of worked out again:
 * one frame per ESLint scope, with the same three kinds of names the model's own layer gives (a `const` with an
 * initialiser, an import, anything else). Names the file does not declare (globals) are not bindings.
 */
export class LinterFrames {
  readonly root: Frame;
  private readonly frames = new Map<Scope, Frame>();

  constructor(
    program: TSESTree.Program,
    private readonly scopeManager: TSESLint.Scope.ScopeManager,
    private readonly imports: ReadonlyMap<string, ImportBinding>,
  ) {
    const top = scopeManager.acquire(program, true) ?? scopeManager.globalScope;
    if (!top) throw new Error('the scope manager has no scope for the program');
    this.root = this.frameFor(top);
  }

  /** The frame of the scope a node opens (the innermost one), or `undefined` when it opens none. */
  frameOf(node: TSESTree.Node): Frame | undefined {
    const scope = this.scopeManager.acquire(node, true);
    return scope ? this.frameFor(scope) : undefined;
  }

  private frameFor(scope: Scope): Frame {
    let frame = this.frames.get(scope);
    if (frame) return frame;
    frame = new Frame(scope.upper ? this.frameFor(scope.upper) : undefined);
    this.frames.set(scope, frame);
    for (const variable of scope.set.values()) {
      const binding = this.bindingOf(variable, frame);
      if (binding) frame.bindings.set(variable.name, binding);
    }
    return frame;
  }

  private bindingOf(variable: Variable, frame: Frame): Binding | undefined {
    const name = variable.name;
    const [def, ...others] = variable.defs;
    // A global the file only uses (`process`, `Object`): the file does not bind it.
    if (!def) return undefined;
    if (others.length === 0 && def.type === 'ImportBinding') {
      const binding = this.imports.get(name);
      return binding ? { kind: 'import', name, binding, frame } : { kind: 'other', name, frame };
    }
    // Types live in their own namespace: a type named like a value hides nothing.
    if ((variable as { isValueVariable?: boolean }).isValueVariable === false) return undefined;
    if (others.length === 0 && def.type === 'Variable') {
      const declarator = def.node as TSESTree.VariableDeclarator;
      const declaration = def.parent as TSESTree.VariableDeclaration | null;
      if (declaration?.kind === 'const' && !declaration.declare && declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init) {
        return { kind: 'const', name, init: declarator.init, declarator, frame, mutated: false, appends: [], rewritten: false };
      }
    }
    return { kind: 'other', name, frame };
  }
}
