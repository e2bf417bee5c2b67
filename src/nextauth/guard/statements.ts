import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyKeyName } from '../../util/ast';
import type { FunctionNode } from '../syntax/functions';
import { classify } from './outcome';
import {
  GiveUp,
  MAX_DEPTH,
  MAX_PATHS,
  MAX_STEPS,
  member,
  NULL,
  openObject,
  prim,
  RedirectSignal,
  truthy,
  UNDEFINED,
  UNKNOWN,
} from './values';
import type { Completion, Env, GuardOptions, GuardOutcome, GuardRole, Value } from './values';

/**
 * The statement half of the guard evaluator: the budget, the parameters a role seeds, and statements (blocks,
 * `if`, declarations, `return`, `throw`) over every path; {@link Evaluator} (evaluator.ts) adds expressions.
 */
export abstract class StatementRunner {
  private steps = 0;
  protected depth = 0;

  constructor(protected readonly options: GuardOptions) {}

  /** Evaluates an expression (evaluator.ts). */
  protected abstract expr(node: TSESTree.Node, env: Env): Value;

  /** Counts work against the evaluation's budget; past it, nothing more is followed. */
  step(cost = 1): void {
    this.steps += cost;
    if (this.steps > MAX_STEPS) throw new GiveUp();
  }

  run(fn: FunctionNode, role: GuardRole): GuardOutcome {
    const env: Env = new Map();
    this.seedParams(fn, role, env);
    let completions: Completion[];
    try {
      completions = this.callBody(fn, env);
    } catch (error) {
      if (error instanceof GiveUp) return 'unknown';
      throw error;
    }
    const outcomes = new Set(completions.map((completion) => classify(completion, role)));
    return outcomes.size === 1 ? [...outcomes][0]! : 'unknown';
  }

  // ---- parameters ----------------------------------------------------------------------------------------

  protected get session(): Value {
    return this.options.session === 'present' ? openObject({}) : NULL;
  }

  private request(withAuth: boolean): Value {
    const nextUrl = openObject({ pathname: prim(this.options.pathname) });
    return openObject(withAuth ? { nextUrl, auth: this.session } : { nextUrl });
  }

  private seedParams(fn: FunctionNode, role: GuardRole, env: Env): void {
    const [first, second] = fn.params;
    let value: Value = UNKNOWN;
    switch (role) {
      case 'v4-authorized':
        value = { t: 'object', props: new Map([['req', this.request(false)], ['token', this.session]]), open: false };
        break;
      case 'v5-authorized':
        value = { t: 'object', props: new Map([['request', this.request(false)], ['auth', this.session]]), open: false };
        break;
      case 'handler':
        value = this.request(true);
        break;
      case 'page':
        value = UNKNOWN;
        break;
    }
    if (first) this.bindPattern(first, value, env);
    if (second) this.bindPattern(second, UNKNOWN, env);
    for (const extra of fn.params.slice(2)) this.bindPattern(extra, UNKNOWN, env);
  }

  // ---- statements ----------------------------------------------------------------------------------------

  protected callBody(fn: FunctionNode, env: Env): Completion[] {
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
      return this.guarded(() => [{ type: 'return', value: this.expr(fn.body as TSESTree.Expression, env) }]);
    }
    this.hoist(fn.body.body, env);
    return this.exec(fn.body.body, env).map((completion) =>
      completion.type === 'normal' ? { type: 'return', value: UNDEFINED } : completion,
    );
  }

  private hoist(statements: readonly TSESTree.Statement[], env: Env): void {
    for (const statement of statements) {
      if (statement.type === AST_NODE_TYPES.FunctionDeclaration && statement.id) env.set(statement.id.name, UNKNOWN);
    }
  }

  /** Runs an expression, turning a redirecting call into a `redirect` completion. */
  private guarded(run: () => Completion[]): Completion[] {
    try {
      return run();
    } catch (error) {
      if (error instanceof RedirectSignal) return [{ type: 'redirect' }];
      throw error;
    }
  }

  private exec(statements: readonly TSESTree.Statement[], env: Env): Completion[] {
    if (++this.depth > MAX_DEPTH) throw new GiveUp();
    try {
      let states: Completion[] = [{ type: 'normal', env }];
      for (const statement of statements) {
        const next: Completion[] = [];
        for (const state of states) {
          if (state.type !== 'normal') next.push(state);
          else next.push(...this.statement(statement, state.env));
        }
        if (next.length > MAX_PATHS) throw new GiveUp();
        states = next;
      }
      return states;
    } finally {
      this.depth--;
    }
  }

  private statement(statement: TSESTree.Statement, env: Env): Completion[] {
    this.step();
    switch (statement.type) {
      case AST_NODE_TYPES.EmptyStatement:
      case AST_NODE_TYPES.DebuggerStatement:
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.TSTypeAliasDeclaration:
      case AST_NODE_TYPES.TSInterfaceDeclaration:
        return [{ type: 'normal', env }];
      case AST_NODE_TYPES.ExpressionStatement:
        return this.guarded(() => {
          this.expr(statement.expression, env);
          return [{ type: 'normal', env }];
        });
      case AST_NODE_TYPES.VariableDeclaration:
        return this.guarded(() => {
          for (const declarator of statement.declarations) {
            const value = declarator.init ? this.expr(declarator.init, env) : UNDEFINED;
            this.bindPattern(declarator.id, value, env);
          }
          return [{ type: 'normal', env }];
        });
      case AST_NODE_TYPES.ReturnStatement:
        return this.guarded(() => [
          { type: 'return', value: statement.argument ? this.expr(statement.argument, env) : UNDEFINED },
        ]);
      case AST_NODE_TYPES.ThrowStatement:
        return this.guarded(() => {
          this.expr(statement.argument, env);
          return [{ type: 'throw' }];
        });
      case AST_NODE_TYPES.BlockStatement:
        this.hoist(statement.body, env);
        return this.exec(statement.body, env);
      case AST_NODE_TYPES.IfStatement:
        return this.ifStatement(statement, env);
      default:
        return [{ type: 'unknown' }];
    }
  }

  private ifStatement(statement: TSESTree.IfStatement, env: Env): Completion[] {
    let test: boolean | undefined;
    try {
      test = truthy(this.expr(statement.test, env));
    } catch (error) {
      if (error instanceof RedirectSignal) return [{ type: 'redirect' }];
      throw error;
    }
    const branch = (node: TSESTree.Statement | null | undefined, branchEnv: Env): Completion[] =>
      node ? this.statement(node, branchEnv) : [{ type: 'normal', env: branchEnv }];
    if (test === true) return branch(statement.consequent, env);
    if (test === false) return branch(statement.alternate, env);
    return [...branch(statement.consequent, new Map(env)), ...branch(statement.alternate, new Map(env))];
  }

  protected bindPattern(pattern: TSESTree.Node, value: Value, env: Env): void {
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier:
        env.set(pattern.name, value);
        return;
      case AST_NODE_TYPES.AssignmentPattern: {
        const missing = value.t === 'prim' && value.v === undefined;
        const unknown = value.t === 'unknown';
        this.bindPattern(pattern.left, unknown ? UNKNOWN : missing ? this.expr(pattern.right, env) : value, env);
        return;
      }
      case AST_NODE_TYPES.ObjectPattern:
        for (const property of pattern.properties) {
          if (property.type === AST_NODE_TYPES.RestElement) {
            this.bindPattern(property.argument, UNKNOWN, env);
            continue;
          }
          const key = property.computed ? undefined : getPropertyKeyName(property);
          this.bindPattern(property.value, key === undefined ? UNKNOWN : member(value, key, false), env);
        }
        return;
      case AST_NODE_TYPES.ArrayPattern:
        pattern.elements.forEach((element, index) => {
          if (!element) return;
          const item = value.t === 'array' ? (value.items[index] ?? UNDEFINED) : UNKNOWN;
          this.bindPattern(element, element.type === AST_NODE_TYPES.RestElement ? UNKNOWN : item, env);
        });
        return;
      case AST_NODE_TYPES.RestElement:
        this.bindPattern(pattern.argument, UNKNOWN, env);
        return;
      default:
        return;
    }
  }
}
