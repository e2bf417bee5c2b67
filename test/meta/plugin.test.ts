import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { TSESLint } from '@typescript-eslint/utils';

import plugin from '../../src/index';
import { rules as registry } from '../../src/rules';

const rules: Record<string, TSESLint.RuleModule<string, readonly unknown[], { recommended?: boolean }>> = registry;

const root = path.join(__dirname, '..', '..');
const ruleFiles = readdirSync(path.join(root, 'rules'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };

describe('plugin entry', () => {
  it('names itself from package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
  });

  it('lists every file in rules/ and nothing else', () => {
    expect(Object.keys(rules).sort()).toEqual(ruleFiles);
  });

  it('builds flat configs that register the plugin under "auth-errors"', () => {
    for (const config of [plugin.configs.recommended, plugin.configs.strict]) {
      expect(config.plugins?.['auth-errors']).toBe(plugin);
      for (const ruleId of Object.keys(config.rules ?? {})) {
        expect(ruleId.startsWith('auth-errors/')).toBe(true);
        expect(Object.keys(rules)).toContain(ruleId.slice('auth-errors/'.length));
      }
    }
  });

  it('puts every rule in strict and the recommended ones in recommended', () => {
    const recommended = Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs?.recommended)
      .map(([name]) => `auth-errors/${name}`)
      .sort();
    expect(Object.keys(plugin.configs.recommended.rules ?? {}).sort()).toEqual(recommended);
    expect(Object.keys(plugin.configs.strict.rules ?? {}).sort()).toEqual(ruleFiles.map((name) => `auth-errors/${name}`));
  });
});

describe.each(ruleFiles)('rule %s', (name) => {
  const rule = rules[name];

  it('has a docs page with the generated title line', () => {
    const doc = readFileSync(path.join(root, 'docs', 'rules', `${name}.md`), 'utf8');
    expect(doc.split('\n')[0]).toContain(`(\`auth-errors/${name}\`)`);
  });

  it('has a test file', () => {
    expect(() => readFileSync(path.join(root, 'test', 'rules', `${name}.test.ts`))).not.toThrow();
  });

  it('has a docs URL pointing at its page and a schema', () => {
    expect(rule?.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
    expect(rule?.meta.schema).toBeDefined();
  });

  it('has a Korean twin for every message', () => {
    const ids = Object.keys(rule?.meta.messages ?? {});
    for (const id of ids.filter((messageId) => !messageId.endsWith('Ko'))) {
      expect(ids).toContain(`${id}Ko`);
    }
  });
});
