import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { scopeOf } from '../../src/util/scope';
import { dedent } from '../dedent';

/** Lints `code` with one probe rule that hands the file's SourceCode and every node (in visiting order) to `look`. */
function probe(code: string, look: (sourceCode: Readonly<TSESLint.SourceCode>, nodes: TSESTree.Node[]) => void): void {
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', messages: {}, schema: [] },
    defaultOptions: [],
    create(context) {
      const nodes: TSESTree.Node[] = [];
      return {
        '*'(node: TSESTree.Node) {
          nodes.push(node);
        },
        'Program:exit'() {
          look(context.sourceCode, nodes);
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { test: { rules: { probe: rule as never } } },
        rules: { 'test/probe': 'error' },
      },
    ],
    { filename: 'probe.ts' },
  );
  expect(messages).toEqual([]);
}

const NESTED = dedent`
  import { getAuth } from 'firebase/auth';

  const LIMIT = 3;
  export const retry = function retry(error: { code: string }, attempt: number): boolean {
    if (attempt > LIMIT) return false;
    for (let i = 0; i < attempt; i++) {
      try {
        getAuth();
      } catch (caught) {
        if ((caught as { code?: string }).code === 'auth/network-request-failed') continue;
      }
    }
    switch (error.code) {
      case 'auth/too-many-requests': {
        const wait = () => attempt * 2;
        return wait() < 10;
      }
      default:
        return error.code === 'auth/internal-error' || error.code === 'auth/timeout';
    }
  };

  export class Backoff {
    delay(attempt: number) {
      return attempt * LIMIT;
    }
  }

  export enum Outcome {
    Retry = 'retry',
    Stop = 'stop',
  }
`;

describe('scopeOf', () => {
  it("gives ESLint's own scope for every node, whichever node is asked about first", () => {
    for (const order of ['outside in', 'inside out'] as const) {
      probe(NESTED, (sourceCode, nodes) => {
        const asked = order === 'outside in' ? nodes : [...nodes].reverse();
        const ours = asked.map((node) => scopeOf(sourceCode, node));
        expect(ours).toEqual(asked.map((node) => sourceCode.getScope(node)));
        // A named function expression has a scope for its own name above the function's: the function's is the answer.
        const retry = asked.find((node) => node.type === 'FunctionExpression');
        const scope = scopeOf(sourceCode, retry!);
        expect([scope.type, scope.block]).toEqual(['function', retry]);
      });
    }
  });

  it('asks the scope manager about each node of a long `||` chain once, not once per comparison', () => {
    // Deeper chains than this overflow the parser's stack in the test worker.
    const size = 500;
    const chain = Array.from({ length: size }, (_, i) => `error.code === 'code-${i}'`).join(' || ');
    const code = `export function retry(error: { code: string }) {\n  return ${chain};\n}\n`;
    probe(code, (sourceCode, nodes) => {
      const scopeManager = sourceCode.scopeManager!;
      const acquire = scopeManager.acquire.bind(scopeManager);
      let asked = 0;
      scopeManager.acquire = (node, inner) => {
        asked++;
        return acquire(node, inner);
      };
      const comparisons = nodes.filter((node) => node.type === 'BinaryExpression');
      expect(comparisons).toHaveLength(size);
      // Deepest first: the order that made every lookup walk the whole chain.
      const scopes = new Set([...comparisons].reverse().map((node) => scopeOf(sourceCode, node)));
      scopeManager.acquire = acquire;
      expect([...scopes].map((scope) => scope.type)).toEqual(['function']);
      // The comparisons and the `||` nodes between them, each passed once, plus the return statement and the body.
      expect(asked).toBeLessThan(2 * size + 10);
    });
  });
});
