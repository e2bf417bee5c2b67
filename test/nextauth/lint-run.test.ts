import { describe, expect, it } from 'vitest';

import { lintRunOf } from '../../src/nextauth/project/lint-run';

/** The parts of a rule's context a run is inferred from: each lint of a file brings a new tree. */
function lintOf(filename: string, languageOptions: object) {
  return { filename, languageOptions, sourceCode: { ast: { type: 'Program' } } };
}

describe('lintRunOf: one lint run as the rules see it', () => {
  it('gives every rule of one file, and the next files, the same run', () => {
    const config = {};
    const page = lintOf('/shop/app/page.tsx', config);
    const run = lintRunOf(page);
    expect(lintRunOf(page)).toBe(run);
    expect(lintRunOf(lintOf('/shop/app/login/page.tsx', config))).toBe(run);
  });

  it('starts a new run when a file of the run is linted again (an editor server after a change)', () => {
    const config = {};
    const run = lintRunOf(lintOf('/blog/auth.ts', config));
    lintRunOf(lintOf('/blog/middleware.ts', config));
    const again = lintRunOf(lintOf('/blog/auth.ts', config));
    expect(again).not.toBe(run);
    expect(again.id).toBeGreaterThan(run.id);
  });

  it('starts a new run with a new config (a new ESLint instance, another Linter.verify call)', () => {
    const run = lintRunOf(lintOf('/docs/app/page.tsx', {}));
    expect(lintRunOf(lintOf('/docs/app/about/page.tsx', {}))).not.toBe(run);
  });

  it('remembers a fact for the rest of its run only', () => {
    const config = {};
    const run = lintRunOf(lintOf('/shop/lib/a.ts', config));
    let computed = 0;
    const root = () => run.remember('root:/shop/lib', () => ++computed);
    expect(root()).toBe(1);
    expect(root()).toBe(1);
    const next = lintRunOf(lintOf('/shop/lib/a.ts', config));
    expect(next.remember('root:/shop/lib', () => ++computed)).toBe(2);
  });
});
