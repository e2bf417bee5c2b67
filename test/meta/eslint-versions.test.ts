import * as path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-9';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index';

const exampleDir = path.join(__dirname, '..', '..', 'examples', 'next-app');

type AnyESLint = typeof ESLint10 | typeof ESLint9;

function create(ESLintClass: AnyESLint, settings?: Record<string, unknown>) {
  return new ESLintClass({
    cwd: exampleDir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx}'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        ...(settings ? { settings } : {}),
      },
      plugin.configs.recommended,
    ] as never,
  });
}

async function findings(ESLintClass: AnyESLint) {
  const results = await create(ESLintClass).lintFiles(['.']);
  return results.flatMap((result) =>
    result.messages.map((message) => ({
      file: path.relative(exampleDir, result.filePath),
      ruleId: message.ruleId,
      line: message.line,
      column: message.column,
      messageId: message.messageId,
      fatal: message.fatal ?? false,
    })),
  );
}

describe('ESLint versions', () => {
  it('reports the same findings on the example app under ESLint 10 and ESLint 9', async () => {
    const [ten, nine] = await Promise.all([findings(ESLint10), findings(ESLint9)]);
    expect(ESLint10.version.startsWith('10.')).toBe(true);
    expect(ESLint9.version.startsWith('9.')).toBe(true);
    expect(ten.filter((finding) => finding.fatal)).toEqual([]);
    expect(ten.length).toBeGreaterThan(0);
    expect(nine).toEqual(ten);
  });

  it.each([
    ['ESLint 10', ESLint10],
    ['ESLint 9', ESLint9],
  ] as const)('%s stops with an error naming the bad setting', async (_name, ESLintClass) => {
    const eslint = create(ESLintClass, { 'auth-errors': { locale: 'fr' } });
    await expect(
      eslint.lintText("switch (error.errorCode) { case 'UNAUTHORIZED': break; case 'TOKEN_EXPIRED': break; }", {
        filePath: path.join(exampleDir, 'check.ts'),
      }),
    ).rejects.toThrow('settings["auth-errors"].locale must be one of "en", "ko", but it is "fr".');
  });
});
