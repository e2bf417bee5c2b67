import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyKeyName, getRootIdentifier, skipTypeWrappers, walkNodes } from '../../util/ast';
import { lintedScopesOf } from '../../util/linted-scopes';
import { collectImports } from '../config/imports';
import { Frame } from './frame';
import type { Located } from './frame';
import { LinterFrames } from './linter-frames';

/**
 * Name resolution for one program without ESLint's scope manager, so that the config model also works on files
 * a rule parses itself. It knows enough lexical scoping to be safe: a name declared with `const` and an
 * initialiser is followed; a name bound any other way (`let`, `var`, parameters, functions, classes,
 * destructuring) is opaque; a `const` whose value the file mutates (`x.a = …`, `x.push(…)`,
 * `Object.assign(x, …)`, `delete x.a`) is opaque too.
 */

export { Frame } from './frame';
export type { Binding, Located } from './frame';

const programByRoot = new WeakMap<Frame, TSESTree.Program>();

/** The program a scope belongs to (so that imports can be followed from any scope of it). */
export function programOf(frame: Frame): TSESTree.Program | undefined {
  let root = frame;
  while (root.parent) root = root.parent;
  return programByRoot.get(root);
}

type Visitor = (node: TSESTree.Node, frame: Frame) => void;

/**
 * The scopes of one program, built once: from ESLint's scope manager when the program is the file being linted
 * (see `rememberLintedScopes`), else by this module's own reading of the declarations.
 */
export class ProgramScopes {
  readonly root: Frame;
  private readonly frames = new WeakMap<TSESTree.Node, Frame>();
  private readonly linter: LinterFrames | undefined;

  constructor(
    readonly program: TSESTree.Program,
    scopeManager = lintedScopesOf(program),
  ) {
    if (scopeManager) {
      this.linter = new LinterFrames(program, scopeManager, collectImports(program));
      this.root = this.linter.root;
    } else {
      this.root = new Frame(undefined);
      declareStatements(this.root, program.body);
      for (const [name, binding] of collectImports(program)) {
        this.root.bindings.set(name, { kind: 'import', name, binding, frame: this.root });
      }
    }
    this.frames.set(program, this.root);
    let top = this.root;
    while (top.parent) top = top.parent;
    programByRoot.set(top, program);
  }

  /**
   * Visits every node of the program with the scope it sits in, marking mutated `const`s on the way. Call it
   * once before resolving anything.
   */
  walk(visit: Visitor): void {
    this.visit(this.program, this.root, visit);
  }

  /** The scope a function's body sees (its parameters, then the body's declarations). */
  functionBodyFrame(fn: TSESTree.FunctionLike, outer: Frame): Frame {
    // ESLint's function scope holds the parameters and the body's declarations alike.
    if (this.linter) return this.linter.frameOf(fn) ?? outer;
    const params = this.frameOf(fn, outer);
    return fn.body && fn.body.type === AST_NODE_TYPES.BlockStatement ? this.frameOf(fn.body, params) : params;
  }

  private frameOf(owner: TSESTree.Node, parent: Frame): Frame {
    let frame = this.frames.get(owner);
    if (frame) return frame;
    frame = new Frame(parent);
    declareOwn(frame, owner);
    this.frames.set(owner, frame);
    return frame;
  }

  private visit(node: TSESTree.Node, frame: Frame, visit: Visitor): void {
    let inner = this.linter ? (this.linter.frameOf(node) ?? frame) : frame;
    switch (node.type) {
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.StaticBlock:
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.CatchClause:
      case AST_NODE_TYPES.SwitchStatement:
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression:
        if (!this.linter) inner = this.frameOf(node, frame);
        break;
      case AST_NODE_TYPES.AssignmentExpression:
      case AST_NODE_TYPES.UpdateExpression:
        markMutation(node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : node.argument, frame);
        break;
      case AST_NODE_TYPES.UnaryExpression:
        if (node.operator === 'delete') markMutation(node.argument, frame);
        break;
      case AST_NODE_TYPES.CallExpression:
        markCallMutation(node, frame);
        break;
      default:
        break;
    }
    visit(node, inner);
    walkNodes(node, (child) => {
      if (child === node) return true;
      this.visit(child, inner, visit);
      return false;
    });
  }
}

/**
 * Follows identifiers through `const` declarations (and type wrappers; parentheses are invisible in ESTree) to
 * the expression they stand for. Stops at anything else: an opaque or unknown name gives the identifier itself.
 */
export function resolveIn(node: TSESTree.Node, frame: Frame): Located {
  let current: Located = { node: skipTypeWrappers(node), frame };
  const seen = new Set<TSESTree.Node>();
  while (current.node.type === AST_NODE_TYPES.Identifier && !seen.has(current.node)) {
    seen.add(current.node);
    const binding = current.frame.lookup(current.node.name);
    if (!binding || binding.kind !== 'const' || binding.mutated) return current;
    current = { node: skipTypeWrappers(binding.init), frame: binding.frame };
  }
  return current;
}

// Per-process cache: scopes depend only on the (immutable) program object.
const scopesCache = new WeakMap<TSESTree.Program, ProgramScopes>();

/** The scopes of a program, built (and walked for mutations) once per program object. */
export function getProgramScopes(program: TSESTree.Program): ProgramScopes {
  let scopes = scopesCache.get(program);
  if (!scopes) {
    scopes = new ProgramScopes(program);
    scopes.walk(() => undefined);
    scopesCache.set(program, scopes);
  }
  return scopes;
}

function markRoot(node: TSESTree.Node, frame: Frame): void {
  const root = getRootIdentifier(node);
  if (!root) return;
  const binding = frame.lookup(root.name);
  if (binding?.kind === 'const') {
    binding.mutated = true;
    binding.rewritten = true;
  }
}

const APPENDING_METHODS = new Set(['push', 'unshift']);

function markMutation(target: TSESTree.Node, frame: Frame): void {
  // Reassigning the name itself is impossible for a const; writing into a member is a mutation.
  if (target.type === AST_NODE_TYPES.MemberExpression) markRoot(target, frame);
}

const MUTATING_METHODS = new Set(['push', 'unshift', 'splice', 'pop', 'shift', 'fill', 'reverse', 'sort', 'set', 'delete', 'clear']);

function markCallMutation(call: TSESTree.CallExpression, frame: Frame): void {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
  const method = !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : undefined;
  if (method === undefined) return;
  const object = skipTypeWrappers(callee.object);
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Object' && !frame.lookup('Object')) {
    if ((method === 'assign' || method === 'defineProperty' || method === 'defineProperties') && call.arguments[0]) {
      markRoot(call.arguments[0], frame);
    }
    return;
  }
  if (!MUTATING_METHODS.has(method)) return;
  const target = skipTypeWrappers(callee.object);
  if (APPENDING_METHODS.has(method) && target.type === AST_NODE_TYPES.Identifier) {
    // `providers.push(X)`: the list keeps what it had and may gain X.
    const binding = frame.lookup(target.name);
    if (binding?.kind === 'const') {
      binding.mutated = true;
      // Scopes may be walked more than once (each walk re-marks): keep each call once.
      if (!binding.appends.some((append) => append.node === call)) binding.appends.push({ node: call, frame });
    }
    return;
  }
  markRoot(callee.object, frame);
}

/** Declares the names a scope-owning node binds itself (parameters, loop heads, block statements). */
function declareOwn(frame: Frame, owner: TSESTree.Node): void {
  switch (owner.type) {
    case AST_NODE_TYPES.Program:
      declareStatements(frame, owner.body);
      break;
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.StaticBlock:
      declareStatements(frame, owner.body);
      break;
    case AST_NODE_TYPES.SwitchStatement:
      for (const switchCase of owner.cases) declareStatements(frame, switchCase.consequent);
      break;
    case AST_NODE_TYPES.ForStatement:
      if (owner.init?.type === AST_NODE_TYPES.VariableDeclaration) declareOpaque(frame, owner.init);
      break;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      if (owner.left.type === AST_NODE_TYPES.VariableDeclaration) declareOpaque(frame, owner.left);
      break;
    case AST_NODE_TYPES.CatchClause:
      if (owner.param) declarePattern(frame, owner.param);
      break;
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
      if (owner.type === AST_NODE_TYPES.FunctionExpression && owner.id) declareName(frame, owner.id.name);
      for (const param of owner.params) declarePattern(frame, param);
      frame.bindings.set('arguments', { kind: 'other', name: 'arguments', frame });
      break;
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.ClassExpression:
      if (owner.id) declareName(frame, owner.id.name);
      break;
    default:
      break;
  }
}

function declareName(frame: Frame, name: string): void {
  frame.bindings.set(name, { kind: 'other', name, frame });
}

function declarePattern(frame: Frame, pattern: TSESTree.Node): void {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      declareName(frame, pattern.name);
      break;
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        declarePattern(frame, property.type === AST_NODE_TYPES.RestElement ? property.argument : property.value);
      }
      break;
    case AST_NODE_TYPES.ArrayPattern:
      for (const element of pattern.elements) if (element) declarePattern(frame, element);
      break;
    case AST_NODE_TYPES.RestElement:
      declarePattern(frame, pattern.argument);
      break;
    case AST_NODE_TYPES.AssignmentPattern:
      declarePattern(frame, pattern.left);
      break;
    case AST_NODE_TYPES.TSParameterProperty:
      declarePattern(frame, pattern.parameter);
      break;
    default:
      break;
  }
}

function declareOpaque(frame: Frame, declaration: TSESTree.VariableDeclaration): void {
  for (const declarator of declaration.declarations) declarePattern(frame, declarator.id);
}

function declareVariables(frame: Frame, declaration: TSESTree.VariableDeclaration): void {
  for (const declarator of declaration.declarations) {
    if (declaration.kind === 'const' && declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init) {
      const name = declarator.id.name;
      // A name declared twice (a redeclaration error, or `declare const` overloads) is not followed.
      if (frame.bindings.has(name)) declareName(frame, name);
      else {
        frame.bindings.set(name, {
          kind: 'const',
          name,
          init: declarator.init,
          declarator,
          frame,
          mutated: false,
          appends: [],
          rewritten: false,
        });
      }
    } else {
      declarePattern(frame, declarator.id);
    }
  }
}

function declareStatements(frame: Frame, statements: readonly TSESTree.Node[]): void {
  for (const statement of statements) {
    let declaration: TSESTree.Node | null | undefined = statement;
    if (
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
    ) {
      declaration = statement.declaration;
    }
    if (!declaration) continue;
    switch (declaration.type) {
      case AST_NODE_TYPES.VariableDeclaration:
        if (!declaration.declare) declareVariables(frame, declaration);
        break;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.TSEnumDeclaration:
      case AST_NODE_TYPES.TSModuleDeclaration:
        if (declaration.id?.type === AST_NODE_TYPES.Identifier) declareName(frame, declaration.id.name);
        break;
      default:
        break;
    }
  }
}

/** The program's top-level function declarations (exported or not), by name. */
export function topLevelFunctions(program: TSESTree.Program): ReadonlyMap<string, TSESTree.FunctionDeclaration> {
  const functions = new Map<string, TSESTree.FunctionDeclaration>();
  for (const statement of program.body) {
    const declaration =
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
        ? statement.declaration
        : statement;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
      functions.set(declaration.id.name, declaration);
    }
  }
  return functions;
}

/**
 * The names a file binds to the `auth` of a top-level `NextAuth(…)` call (`const { auth } = NextAuth(config)`,
 * `export const { auth: guard } = NextAuth(…)`), each with that call.
 */
export function localAuthBindings(program: TSESTree.Program): ReadonlyMap<string, TSESTree.CallExpression> {
  const bindings = new Map<string, TSESTree.CallExpression>();
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) continue;
      const init = skipTypeWrappers(declarator.init);
      if (init.type !== AST_NODE_TYPES.CallExpression) continue;
      for (const property of declarator.id.properties) {
        if (
          property.type === AST_NODE_TYPES.Property &&
          getPropertyKeyName(property) === 'auth' &&
          property.value.type === AST_NODE_TYPES.Identifier &&
          !bindings.has(property.value.name)
        ) {
          bindings.set(property.value.name, init);
        }
      }
    }
  }
  return bindings;
}
