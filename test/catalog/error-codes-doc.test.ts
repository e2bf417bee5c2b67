import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import exhaustiveErrorCodes from '../../rules/exhaustive-error-codes';
import noUnknownErrorCode from '../../rules/no-unknown-error-code';
import { renderErrorCodesDoc } from '../../scripts/error-codes-doc';
import { BUILTIN_FAMILY_IDS, builtinFamilies } from '../../src/catalog';

/** A table cell's text: backslashes and pipes escaped, on one line. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

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
    expect(builtinFamilies.map((family) => family.id)).toEqual([...BUILTIN_FAMILY_IDS]);
    for (const family of builtinFamilies) {
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
        expect(row, entry.code).toContain(cell(entry.fix.en));
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

describe('the family ids the rules document', () => {
  const ruleDocs = {
    'exhaustive-error-codes': { rule: exhaustiveErrorCodes, doc: resolve(__dirname, '../../docs/rules/exhaustive-error-codes.md') },
    'no-unknown-error-code': { rule: noUnknownErrorCode, doc: resolve(__dirname, '../../docs/rules/no-unknown-error-code.md') },
  };

  it.each(Object.entries(ruleDocs))('%s lists every built-in family in its `families` option and its docs page', (_name, { rule, doc }) => {
    const schema = rule.meta.schema as unknown as readonly { properties: { families: { description: string } } }[];
    const description = schema[0]?.properties.families.description ?? '';
    const text = readFileSync(doc, 'utf8');
    const section = text.slice(text.indexOf('### `families`'), text.indexOf('###', text.indexOf('### `families`') + 1));
    for (const id of BUILTIN_FAMILY_IDS) {
      expect(description, id).toContain(`\`${id}\``);
      expect(section, id).toContain(`\`${id}\``);
    }
  });
});
