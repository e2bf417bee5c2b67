import type * as TS from 'typescript';

import { withParticle } from '../catalog/korean';
import { quoteCode } from '../catalog/switch-analysis';
import type { Quote } from '../catalog/switch-analysis';
import type { Locale } from '../catalog/types';
import type { DocumentAnalysis } from './cache';
import { codeNodeAt, constantSiteAt, siteOf } from './context';
import { groupAnalysis } from './groups';
import type { EditorOptions } from './options';
import { innerSpan, quoteOf, spanOf } from './syntax';
import type { TypeScript } from './syntax';
import type { EditorCodeAction, TextEdit } from './types';

const TITLES = {
  en: (code: string) => `Replace with \`${code}\``,
  ko: (code: string) => `${withParticle(`\`${code}\``, '로')} 바꾸기`,
} satisfies Record<Locale, (code: string) => string>;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * "Replace with `X`" on a string that is a near miss or an older name of a code, in a group whose family is
 * clear (the same verdict the `no-unknown-error-code` rule reaches), or on a constant label that stands for one
 * (`case EXPIRED:`), where the edit fixes the constant's literal.
 */
export function replaceCodeAction(
  ts: TypeScript,
  sourceFile: TS.SourceFile,
  start: number,
  options: EditorOptions,
  analysis: DocumentAnalysis,
): EditorCodeAction | undefined {
  const literal = codeNodeAt(ts, sourceFile, start, true);
  const site = literal ? siteOf(ts, sourceFile, literal) : constantSiteAt(ts, sourceFile, start);
  if (!site || site.kind === 'plain') return undefined;
  // A constant's literal is fixed where it is written (the declaration), as the rule's suggestion does.
  const node = site.node;
  const findings = groupAnalysis(options.catalog, site, analysis.context, analysis).unknownCodes();
  const finding = findings.find((item) => item.label === site.value);
  if (!finding) return undefined;
  const code = finding.entry.code;
  let edit: TextEdit;
  if (ts.isIdentifier(node)) {
    edit = { span: spanOf(node, sourceFile), newText: IDENTIFIER.test(code) ? code : quoteCode(code, "'") };
  } else {
    edit = { span: innerSpan(ts, node, sourceFile), newText: quoteCode(code, quoteOf(ts, node, sourceFile) as Quote).slice(1, -1) };
  }
  return {
    id: 'replaceCode',
    name: `replaceCode:${code}`,
    title: TITLES[options.locale](code),
    edits: [edit],
    preferred: true,
  };
}
