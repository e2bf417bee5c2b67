import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  checkExhaustiveness,
  checkStatusExhaustiveness,
  familyTitle,
  formatList,
  formatMissingCodes,
  formatMissingStatuses,
  renderCaseClauses,
  renderDefaultClause,
  renderStatusClauses,
} from '../src/catalog/switch-analysis';
import { BUILTIN_FAMILY_IDS, evidentFamilies } from '../src/catalog';
import type { AuthPage, Locale } from '../src/catalog';
import { isAnyCode } from '../src/catalog/code-like';
import type { ClauseLayout, FamilyContext, Quote } from '../src/catalog/switch-analysis';
import { pageOfFile, projectAuthMajor } from '../src/nextauth/pages/page-context';
import { lintRunOf } from '../src/nextauth/project/lint-run';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { getRaisingCalls } from '../src/util/raising-calls';
import { getCaseLabels, getMapReads, getPropertyKeyName, getStringTypeFacts, getValueName, skipTypeWrappers } from '../src/util/ast';
import type { MapReads } from '../src/util/ast';
import { anyCandidateIn, codeTokensOf } from '../src/util/code-tokens';
import { createRule } from '../src/util/create-rule';
import { defineMessages, localizedMessageId } from '../src/util/messages';
import type { LocalizedMessageId } from '../src/util/messages';
import { checkFamilyOption, evidenceSourcesOf, getAuthErrorsSettings } from '../src/util/settings';

type Options = [
  {
    requireDefault?: boolean;
    families?: string[];
    ignoreCodes?: string[];
    minMatchingCases?: number;
    checkHttpStatus?: boolean;
  },
];

type BaseMessageId =
  | 'missingCases'
  | 'missingPageCases'
  | 'missingCallCases'
  | 'missingMapKeys'
  | 'missingCallMapKeys'
  | 'missingStatuses'
  | 'missingDefault'
  | 'addDefault'
  | 'addMissingCases';
type MessageIds = LocalizedMessageId<BaseMessageId>;

export default createRule<Options, MessageIds>({
  name: 'exhaustive-error-codes',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a `switch` over auth error codes to handle every code of its family or to have a `default`',
      recommended: true,
    },
    hasSuggestions: true,
    messages: defineMessages<BaseMessageId>(
      {
        missingCases:
          'This `switch` over {{family}} has no `default` and misses {{count}}: {{list}}. Add them or a `default`.',
        missingPageCases:
          'This `switch` over the {{family}} that reach the {{page}} has no `default` and misses {{count}}: {{list}}. Add them or a `default`.',
        missingCallCases: 'This `switch` has no `default` for {{count}} {{family}} that {{calls}} can raise: {{list}}.',
        missingCallMapKeys: 'This map has no fallback for {{count}} {{family}} that {{calls}} can raise: {{list}}.',
        missingMapKeys:
          'This map of {{family}} has no fallback and misses {{count}} of them: {{list}}. Add them or `?? …`.',
        missingStatuses:
          'This `switch` on the HTTP status of {{family}} lacks a `default` and {{count}} of its statuses: {{list}}. Add them or a `default`.',
        missingDefault:
          'This `switch` over {{family}} has no `default`, so a code it does not name (libraries add new ones) reaches no branch. Add a `default`.',
        addDefault: 'Add a `default` branch.',
        addMissingCases: 'Add the {{count}} missing `case` clauses.',
      },
      {
        missingCases:
          '이 `switch`({{family}})에는 `default`가 없고 {{count}}개 코드가 빠졌습니다: {{list}}. 빠진 case나 `default`를 추가하세요.',
        missingPageCases:
          '이 `switch`({{page}}에 오는 {{family}})에는 `default`가 없고 {{count}}개 값이 빠졌습니다: {{list}}. 빠진 case나 `default`를 추가하세요.',
        missingCallCases:
          '이 `switch`에는 `default`가 없고, {{calls}} 호출이 일으킬 수 있는 {{family}} 중 {{count}}개가 빠졌습니다: {{list}}.',
        missingCallMapKeys: '이 맵은 대체값 없이 읽히는데, {{calls}} 호출이 일으킬 수 있는 {{family}} 중 {{count}}개 항목이 없습니다: {{list}}.',
        missingMapKeys: '이 맵({{family}})은 대체값 없이 읽히는데 {{count}}개 항목이 없습니다: {{list}}. 항목이나 대체값(`?? …`)을 추가하세요.',
        missingStatuses:
          '이 `switch`({{family}}의 HTTP 상태)에는 `default`가 없고 {{count}}개 상태가 빠졌습니다: {{list}}. 빠진 case나 `default`를 추가하세요.',
        missingDefault:
          '이 `switch`({{family}})에는 `default`가 없어서, 다루지 않은 코드(라이브러리가 새로 추가하는 코드 포함)는 어느 분기에도 걸리지 않습니다. `default`를 추가하세요.',
        addDefault: '`default` 분기를 추가합니다.',
        addMissingCases: '빠진 `case` 절 {{count}}개를 추가합니다.',
      },
    ),
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireDefault: {
            type: 'boolean',
            description:
              'Also report a switch without `default` that handles every known code: servers and libraries add codes.',
          },
          families: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              `Ids of the families to check (built-in ${BUILTIN_FAMILY_IDS.map((id) => `\`${id}\``).join(', ')}, or your own catalogs). All families when absent.`,
          },
          ignoreCodes: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Codes (or HTTP statuses such as "429") a switch never has to handle.',
          },
          minMatchingCases: {
            type: 'integer',
            minimum: 1,
            description:
              'How many `case` labels must be codes of a family before a switch counts as one over that family. Default: 2, or 1 when the switched value is named like the family\'s codes (`errorCode`, `type`, `error`, …).',
          },
          checkHttpStatus: {
            type: 'boolean',
            description:
              'Also check a switch on an HTTP status (`response.status`) against the statuses of the API families. Off by default; on in `strict`.',
          },
        },
      },
    ],
    defaultOptions: [{ requireDefault: false, ignoreCodes: [], checkHttpStatus: false }],
  },
  create(context, [options]) {
    const resolved = getAuthErrorsSettings(context);
    checkFamilyOption(context, resolved, options.families);
    const { locale, catalog } = resolved;
    const sourceCode = context.sourceCode;
    // Cheap exits for most files of an app: a map is judged only when one of its keys is a code, and every key is
    // written in the file; a switch needs the keyword.
    const evidenceSources = evidenceSourcesOf(resolved, options.families);
    const switchesPossible = sourceCode.text.includes('switch');
    // A map's family is chosen on its keys alone (no type is read for maps): it must be one whose code is a key.
    const tokens = codeTokensOf(sourceCode.ast, sourceCode.text, catalog);
    const mapsPossible = tokens.anyCode && anyCandidateIn(catalog, tokens.codeFamilies, sourceCode.text, evidenceSources, options.families);
    if (!mapsPossible && !switchesPossible) return {};
    const types = getStringTypeFacts(context);
    // What the file and the project say about families: read once, and only for a file that has a switch.
    let familyContext: FamilyContext | undefined;
    const checkOptions = () => {
      familyContext ??= {
        evident: evidentFamilies(catalog, sourceCode.text, evidenceSources),
        authMajor: projectAuthMajor(context.filename, lintRunOf(context)),
      };
      return {
        ...familyContext,
        requireDefault: options.requireDefault === true,
        families: options.families,
        ignoreCodes: options.ignoreCodes ?? [],
        minMatchingCases: options.minMatchingCases,
      };
    };

    const listeners: TSESLint.RuleListener = {
      ObjectExpression(node) {
        const keys = mapKeys(node);
        if (!keys || keys.length < 2) return;
        // A family is only ever chosen on keys that are its codes: a map with none is no code map.
        if (!keys.some((key) => key !== 'default' && isAnyCode(catalog, key))) return;
        const reads = getMapReads(node, sourceCode);
        if (!reads || reads.escapes || reads.keyed.length === 0 || hasFallback(reads, keys)) return;
        const labels = keys.filter((key) => key !== 'default');
        const verdict = checkExhaustiveness(
          catalog,
          { labels, hasDefault: false, discriminant: reads.keyed[0]?.name, calls: mapReadCalls(reads, sourceCode) },
          { ...checkOptions(), requireDefault: false },
        );
        if (verdict?.kind !== 'missingCases') return;
        const { families, missing, calls } = verdict;
        const data = { family: familyTitle(families, locale), count: missing.length, list: formatMissingCodes(missing, locale) };
        context.report({
          node: reads.id,
          messageId: localizedMessageId(calls ? 'missingCallMapKeys' : 'missingMapKeys', locale),
          data: calls ? { ...data, calls: formatCalls(calls, locale) } : data,
        });
      },
      SwitchStatement(node) {
        if (node.cases.some((clause) => clause.test === null)) return;
        const labels = getCaseLabels(node, sourceCode.getScope(node), types?.literalValue);
        const strings = labels.flatMap((label) => (typeof label.value === 'string' ? [label.value] : []));
        const numbers = labels.flatMap((label) => (typeof label.value === 'number' ? [label.value] : []));
        const discriminant = getValueName(node.discriminant);

        if (strings.length > 0) {
          const facts = {
            labels: [...strings, ...numbers.map(String)],
            unresolvedLabels: labels.length - strings.length - numbers.length,
            hasDefault: false,
            discriminant,
            unionMembers: types?.literalUnion(node.discriminant),
            calls: getRaisingCalls(node.discriminant, sourceCode),
          };
          let verdict = checkExhaustiveness(catalog, facts, checkOptions());
          if (verdict?.kind === 'missingCases' && verdict.source === 'catalog' && verdict.families.some((family) => family.pages)) {
            // Page values: the project's config may say which page this file is; that beats the labels.
            const page = pageOfFile(context.filename, context.languageOptions.parser as Parameters<typeof pageOfFile>[1], lintRunOf(context));
            if (page) verdict = checkExhaustiveness(catalog, { ...facts, page }, checkOptions());
          }
          if (verdict?.kind === 'missingCases') {
            const { families, missing, page, calls } = verdict;
            const data = { family: familyTitle(families, locale), count: missing.length, list: formatMissingCodes(missing, locale) };
            const [messageId, extra] = page
              ? (['missingPageCases', { page: pageName(page, locale) }] as const)
              : calls
                ? (['missingCallCases', { calls: formatCalls(calls, locale) }] as const)
                : (['missingCases', {}] as const);
            reportSwitch(context, node, locale, messageId, {
              data: { ...data, ...extra },
              added: { count: missing.length, lines: (layout) => renderCaseClauses(missing, layout, locale) },
            });
          } else if (verdict?.kind === 'missingDefault') {
            reportSwitch(context, node, locale, 'missingDefault', { data: { family: familyTitle(verdict.families, locale) } });
          }
        } else if (options.checkHttpStatus && numbers.length > 0) {
          const verdict = checkStatusExhaustiveness(
            catalog,
            { statuses: numbers, unresolvedLabels: labels.length - numbers.length, hasDefault: false, discriminant },
            checkOptions(),
          );
          if (verdict?.kind === 'missingStatuses') {
            const { family, missing } = verdict;
            reportSwitch(context, node, locale, 'missingStatuses', {
              data: { family: familyTitle([family], locale), count: missing.length, list: formatMissingStatuses(missing, locale) },
              added: { count: missing.length, lines: (layout) => renderStatusClauses(missing, layout) },
            });
          } else if (verdict?.kind === 'missingDefault') {
            reportSwitch(context, node, locale, 'missingDefault', { data: { family: familyTitle([verdict.family], locale) } });
          }
        }
      },
    };
    if (!mapsPossible) delete listeners.ObjectExpression;
    if (!switchesPossible) delete listeners.SwitchStatement;
    return listeners;
  },
});

/**
 * The calls a map's keyed reads are tied to (`messages[err.code]` in the `catch` of `await signIn(…)`), when every
 * read is tied to one; else `undefined`, and the map is checked against the whole family.
 */
function mapReadCalls(reads: MapReads, sourceCode: Readonly<TSESLint.SourceCode>): string[] | undefined {
  const calls = new Set<string>();
  for (const { node } of reads.keyed) {
    const tied = getRaisingCalls(node.property, sourceCode);
    if (!tied) return undefined;
    for (const call of tied) calls.add(call);
  }
  return calls.size > 0 ? [...calls] : undefined;
}

/** The calls a message names: "`signIn`", "`signUp` and `confirmSignUp`" (ko: "`signUp`, `confirmSignUp`"). */
function formatCalls(calls: readonly string[], locale: Locale): string {
  return formatList(
    calls.map((call) => `\`${call}\``),
    locale,
  );
}

/** The static keys of an object literal, or `undefined` when one cannot be read (a spread, a computed key). */
function mapKeys(node: TSESTree.ObjectExpression): string[] | undefined {
  const keys: string[] = [];
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property) return undefined;
    const key = getPropertyKeyName(property);
    if (key === undefined) return undefined;
    keys.push(key);
  }
  return keys;
}

/**
 * Whether the codes a map has no entry for still get something: a read with `??` / `||` after it, a read that
 * only decides between two branches (`messages[error] ? … : …`), or a `default` entry that is read by name.
 */
function hasFallback(reads: MapReads, keys: readonly string[]): boolean {
  if (keys.includes('default') && reads.named.has('default')) return true;
  return reads.keyed.some(({ node }) => {
    // Through `?.`, type wrappers and `&&` guards (`(key && messages[key]) || fallback`).
    let current: TSESTree.Node = node;
    while (
      current.parent &&
      (current.parent.type === AST_NODE_TYPES.ChainExpression ||
        skipTypeWrappers(current.parent) !== current.parent ||
        (current.parent.type === AST_NODE_TYPES.LogicalExpression && current.parent.operator === '&&'))
    ) {
      current = current.parent;
    }
    const parent = current.parent;
    if (parent?.type === AST_NODE_TYPES.LogicalExpression && parent.left === current && parent.operator !== '&&') return true;
    return parent?.type === AST_NODE_TYPES.ConditionalExpression && parent.test === current;
  });
}

/** How a message names the page(s) a switch's values reach. */
function pageName(page: AuthPage | 'both', locale: Locale): string {
  const names = {
    en: { error: 'error page', signIn: 'sign-in page', both: 'error and sign-in pages' },
    ko: { error: '오류 페이지', signIn: '로그인 페이지', both: '오류 페이지와 로그인 페이지' },
  } as const;
  return names[locale][page];
}

/**
 * Reports a switch on its `switch` keyword, with the suggestion to add a `default` and, when there are missing
 * clauses, the suggestion to add them.
 */
function reportSwitch(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  node: TSESTree.SwitchStatement,
  locale: Locale,
  messageId: 'missingCases' | 'missingPageCases' | 'missingCallCases' | 'missingStatuses' | 'missingDefault',
  report: {
    data: Record<string, string | number>;
    added?: { count: number; lines: (layout: ClauseLayout) => string[] };
  },
): void {
  const sourceCode = context.sourceCode;
  const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [
    {
      messageId: localizedMessageId('addDefault', locale),
      fix: (fixer) => insertClauses(fixer, sourceCode, node, renderDefaultClause(clauseLayout(sourceCode, node), locale)),
    },
  ];
  const added = report.added;
  if (added) {
    suggest.push({
      messageId: localizedMessageId('addMissingCases', locale),
      data: { count: added.count },
      fix: (fixer) => insertClauses(fixer, sourceCode, node, added.lines(clauseLayout(sourceCode, node))),
    });
  }
  const keyword = sourceCode.getFirstToken(node);
  context.report({ node, loc: keyword?.loc ?? node.loc, messageId: localizedMessageId(messageId, locale), data: report.data, suggest });
}

/** The whitespace a line of source starts with. */
function indentOfLine(sourceCode: Readonly<TSESLint.SourceCode>, line: number): string {
  return /^[ \t]*/.exec(sourceCode.lines[line - 1] ?? '')?.[0] ?? '';
}

/** Whether a node is the first thing on its line. */
function startsLine(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return line.slice(0, node.loc.start.column).trim() === '';
}

/** Indentation and quotes of the clauses added to a switch, copied from the switch itself. */
function clauseLayout(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.SwitchStatement): ClauseLayout {
  const switchIndent = indentOfLine(sourceCode, node.loc.start.line);
  const firstCase = node.cases[0];
  const caseIndent =
    firstCase && startsLine(sourceCode, firstCase) ? indentOfLine(sourceCode, firstCase.loc.start.line) : `${switchIndent}  `;
  const unit = caseIndent.startsWith(switchIndent) && caseIndent.length > switchIndent.length ? caseIndent.slice(switchIndent.length) : '  ';
  let bodyIndent = `${caseIndent}${unit}`;
  for (const clause of node.cases) {
    const statement = clause.consequent[0];
    if (statement && statement.loc.start.line !== clause.loc.start.line && startsLine(sourceCode, statement)) {
      bodyIndent = indentOfLine(sourceCode, statement.loc.start.line);
      break;
    }
  }
  let quote: Quote = "'";
  for (const clause of node.cases) {
    const first = clause.test ? sourceCode.getText(clause.test)[0] : undefined;
    if (first === "'" || first === '"') {
      quote = first;
      break;
    }
  }
  return { caseIndent, bodyIndent, quote };
}

/** Inserts whole lines just before the closing brace of the switch. */
function insertClauses(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.SwitchStatement,
  lines: readonly string[],
): TSESLint.RuleFix {
  const eol = sourceCode.text.includes('\r\n') ? '\r\n' : '\n';
  const closing = sourceCode.getLastToken(node);
  const end = closing?.range[0] ?? node.range[1] - 1;
  const line = closing?.loc.start.line ?? node.loc.end.line;
  const lineStart = sourceCode.getIndexFromLoc({ line, column: 0 });
  if (sourceCode.text.slice(lineStart, end).trim() === '') {
    return fixer.insertTextAfterRange([lineStart, lineStart], lines.map((text) => `${text}${eol}`).join(''));
  }
  // The closing brace shares its line with code: put it on a line of its own after the new clauses.
  const previous = closing && sourceCode.getTokenBefore(closing, { includeComments: true });
  const start = previous ? previous.range[1] : end;
  const closingIndent = indentOfLine(sourceCode, node.loc.start.line);
  return fixer.replaceTextRange([start, end], `${eol}${lines.join(eol)}${eol}${closingIndent}`);
}
