import type * as TS from 'typescript';

import { hoverAt } from '../editor/hover';
import type { Locale } from '../catalog/types';
import { sourceFileOf } from './context';
import type { PluginContext } from './context';

const KIND_LABEL = { en: 'error code', ko: '오류 코드' } satisfies Record<Locale, string>;

/**
 * Hover docs for a code string. Appends to TypeScript's quick info when there is one (a property key); on a plain
 * string literal such as a `case` label TypeScript has none, so the plugin builds its own, spanning the literal.
 */
export function getQuickInfo(
  context: PluginContext,
  fileName: string,
  position: number,
  prior: TS.QuickInfo | undefined,
): TS.QuickInfo | undefined {
  const file = sourceFileOf(context, fileName);
  if (!file) return prior;
  const options = context.options();
  const hover = hoverAt(context.ts, file.sourceFile, position, options, file.document);
  if (!hover) return prior;
  const docs: TS.SymbolDisplayPart = { kind: 'text', text: hover.markdown };
  if (prior) {
    const documentation = prior.documentation ?? [];
    const separator: TS.SymbolDisplayPart[] = documentation.length > 0 ? [{ kind: 'lineBreak', text: '\n\n' }] : [];
    return { ...prior, documentation: [...documentation, ...separator, docs] };
  }
  const codes = [...new Set(hover.codes.map((item) => item.code))];
  return {
    kind: context.ts.ScriptElementKind.string,
    kindModifiers: '',
    textSpan: hover.span,
    displayParts: [
      { kind: 'punctuation', text: '(' },
      { kind: 'text', text: KIND_LABEL[options.locale] },
      { kind: 'punctuation', text: ')' },
      { kind: 'space', text: ' ' },
      { kind: 'stringLiteral', text: codes.map((code) => JSON.stringify(code)).join(' | ') },
    ],
    documentation: [docs],
    tags: [],
  };
}
