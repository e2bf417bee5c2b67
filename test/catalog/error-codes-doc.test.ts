import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { renderErrorCodesDoc } from '../../scripts/error-codes-doc';
import { authJsFamily } from '../../src/catalog/authjs';
import { baasFamily } from '../../src/catalog/baas';
import { nextAuthFamily } from '../../src/catalog/nextauth';
import { nextAuthPagesFamily } from '../../src/catalog/nextauth-pages';

const DOC_PATH = resolve(__dirname, '../../docs/error-codes.md');

describe('docs/error-codes.md', () => {
  const rendered = renderErrorCodesDoc();

  it('matches the catalog (UPDATE_DOCS=1 rewrites it)', () => {
    if (process.env.UPDATE_DOCS === '1') {
      mkdirSync(dirname(DOC_PATH), { recursive: true });
      writeFileSync(DOC_PATH, rendered);
    }
    expect(readFileSync(DOC_PATH, 'utf8')).toBe(rendered);
  });

  it('has one section per family and one table row per code', () => {
    const lines = rendered.split('\n');
    for (const family of [nextAuthFamily, nextAuthPagesFamily, authJsFamily, baasFamily]) {
      const start = lines.indexOf(`## ${family.title.en} (\`${family.id}\`)`);
      expect(start, family.id).toBeGreaterThanOrEqual(0);
      const rows: string[] = [];
      for (const line of lines.slice(start + 1)) {
        if (line.startsWith('## ')) break;
        if (line.startsWith('| ') && !line.startsWith('| Code |') && !line.startsWith('| --- |')) rows.push(line);
      }
      expect(rows, family.id).toHaveLength(family.entries.length);
      family.entries.forEach((entry, index) => {
        const row = rows[index] ?? '';
        expect(row, entry.code).toContain(`\`${entry.code}\``);
        expect(row, entry.code).toContain(entry.fix.en.replace(/\|/g, '\\|'));
        if (entry.httpStatus !== undefined) expect(row, entry.code).toContain(` ${entry.httpStatus} `);
        // Every row has exactly four cells.
        expect(row.replace(/\\\|/g, '').split('|').length - 2, entry.code).toBe(4);
      });
    }
  });

  it('is English only, apart from the API messages quoted verbatim', () => {
    const withoutApiMessages = rendered.replace(/API message: "[^"]*"/g, '');
    expect(withoutApiMessages).not.toMatch(/[\uAC00-\uD7A3]/);
  });
});
