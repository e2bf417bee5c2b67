/**
 * The project model resolves the names of the file being linted through ESLint's scope manager, and its own scope
 * layer only in files it parses itself: both must give the same answers on ordinary code.
 */
import * as path from 'node:path';

import tsParser, { parseForESLint } from '@typescript-eslint/parser';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index';
import { ProgramScopes, resolveIn } from '../../src/nextauth/syntax/bindings';
import type { Frame } from '../../src/nextauth/syntax/bindings';
import { dedent } from '../dedent';
import { neutralProjectDir } from '../rule-tester';

function parsed(code: string): { ast: TSESTree.Program; scopeManager: TSESLint.Scope.ScopeManager } {
  const result = parseForESLint(code, { range: true, loc: true, jsx: true, sourceType: 'module' } as never);
  return { ast: result.ast as TSESTree.Program, scopeManager: result.scopeManager as unknown as TSESLint.Scope.ScopeManager };
}

/** What each identifier that is read resolves to, as "name@line → what": a node's text, or the kind of name. */
function resolutions(code: string, scopes: ProgramScopes): string[] {
  const found: string[] = [];
  scopes.walk((node: TSESTree.Node, frame: Frame) => {
    if (node.type !== AST_NODE_TYPES.Identifier || node.parent?.type === AST_NODE_TYPES.VariableDeclarator) return;
    if (node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.property === node) return;
    if (node.parent?.type === AST_NODE_TYPES.Property && node.parent.key === node) return;
    const resolved = resolveIn(node, frame).node;
    const binding = frame.lookup(node.name);
    const what = resolved === node ? (binding?.kind ?? 'unbound') : code.slice(...resolved.range);
    found.push(`${node.name}@${node.loc.start.line} → ${what}${binding?.kind === 'const' && binding.mutated ? ' (mutated)' : ''}`);
  });
  return found;
}

const CONFIG = dedent`
  import NextAuth from "next-auth";
  import type { NextAuthOptions } from "next-auth";
  import GitHub from "next-auth/providers/github";

  const ROUTES = { error: "/auth/error", signIn: "/login" } as const;
  const providers = [GitHub({ clientId: "id", clientSecret: "secret" })];
  const extra = { debug: true };
  Object.assign(extra, { debug: false });
  const list = [];
  list.push(GitHub({ clientId: "a", clientSecret: "b" }));

  export const authOptions: NextAuthOptions = {
    providers,
    pages: { error: ROUTES.error, signIn: ROUTES.signIn },
    ...extra,
  };

  function handler(request: Request) {
    const ROUTES = request.url;
    return NextAuth({ ...authOptions, pages: { error: ROUTES } });
  }

  export const GET = (request: Request) => {
    for (const providers of [list]) {
      if (providers.length > 0) return handler(request);
    }
    try {
      return handler(request);
    } catch (providers) {
      return providers;
    }
  };
`;

describe('the linted file through ESLint scopes, other files through the model\'s own', () => {
  it('resolve every name of a config file alike', () => {
    const { ast, scopeManager } = parsed(CONFIG);
    const own = resolutions(CONFIG, new ProgramScopes(ast, undefined));
    const linter = resolutions(CONFIG, new ProgramScopes(ast, scopeManager));
    expect(linter).toEqual(own);
    // The sample has each kind of answer: a const followed, an inner const shadowing it, mutated values, loop and
    // catch names, an import, and a global the file does not declare.
    expect(own).toEqual(
      expect.arrayContaining([
        'ROUTES@14 → { error: "/auth/error", signIn: "/login" }',
        'ROUTES@20 → request.url',
        'extra@15 → const (mutated)',
        'list@24 → const (mutated)',
        'providers@13 → [GitHub({ clientId: "id", clientSecret: "secret" })]',
        'providers@25 → other',
        'providers@30 → other',
        'NextAuth@20 → import',
        'Object@8 → unbound',
      ]),
    );
  });

  it('sees a var hoisted out of its block in the linted file', () => {
    const code = dedent`
      const strategy = "jwt";
      export function sessionStrategy(database: boolean) {
        if (database) {
          var strategy = "database";
        }
        return strategy;
      }
    `;
    const { ast, scopeManager } = parsed(code);
    // ESLint scopes the var to the function: the returned name is not the outer const.
    expect(resolutions(code, new ProgramScopes(ast, scopeManager))).toContain('strategy@6 → other');
  });
});

describe('a rule on the linted file', () => {
  const linter = new Linter();
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as Linter.Parser },
      plugins: { 'auth-errors': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: { 'auth-errors/credentials-requires-jwt': 'error' },
    },
  ];
  const options = (strategy: string) => dedent`
    import NextAuth from 'next-auth';
    import CredentialsProvider from 'next-auth/providers/credentials';
    import { PrismaAdapter } from '@next-auth/prisma-adapter';

    const strategy = 'database';
    export function handler(stateless: boolean) {
      ${strategy}
      return NextAuth({
        adapter: PrismaAdapter(prisma),
        session: { strategy },
        providers: [CredentialsProvider({ credentials: {}, authorize: async () => null })],
      });
    }
  `;
  const reports = (code: string) =>
    linter.verify(code, config, { filename: path.join(neutralProjectDir, 'auth.ts') }).map((message) => message.messageId ?? message.message);

  it('reads a const the way ESLint scopes it', () => {
    expect(reports(options('if (stateless) console.info("stateless");'))).toHaveLength(1);
    // A var in a block belongs to the whole function: `strategy` is no longer the outer const, so nothing is known.
    expect(reports(options("if (stateless) { var strategy = 'jwt'; }"))).toEqual([]);
  });
});
