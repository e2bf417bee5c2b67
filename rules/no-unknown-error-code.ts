import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { describeCode, familyTitle, findUnknownCodes, isHintedName, quoteCode } from '../src/catalog/switch-analysis';
import { evidentFamilies } from '../src/catalog';
import { mayBeCode } from '../src/catalog/code-like';
import type { FamilyContext, LabelContext, UnknownCodeFinding } from '../src/catalog/switch-analysis';
import { projectAuthMajor } from '../src/nextauth/pages/page-context';
import {
  getCaseLabels,
  getLiteralString,
  getMapReadNames,
  getPropertyKeyName,
  getValueName,
  resolveStringLiteralNode,
  skipTypeWrappers,
} from '../src/util/ast';
import type { StringLiteralNode } from '../src/util/ast';
import { createRule } from '../src/util/create-rule';
import { defineMessages, localizedMessageId, printable } from '../src/util/messages';
import type { LocalizedMessageId } from '../src/util/messages';
import { checkFamilyOption, getAuthErrorsSettings } from '../src/util/settings';

type Options = [
  {
    families?: string[];
    ignoreCodes?: string[];
  },
];

type BaseMessageId = 'unknownCode' | 'renamedCode' | 'replaceCode';
type MessageIds = LocalizedMessageId<BaseMessageId>;

/** One place a string is compared with an error code: what to report, and what a fix rewrites. */
interface Site {
  readonly value: string;
  /** Where the report goes (the label, the compared operand, the key). */
  readonly node: TSESTree.Node;
  /** The node a fix rewrites, and how: a string literal keeps its quotes, an identifier key stays bare if it can. */
  readonly target: StringLiteralNode | TSESTree.Identifier | undefined;
}

interface Group {
  readonly discriminant: string | undefined;
  readonly sites: Site[];
}

const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);

export default createRule<Options, MessageIds>({
  name: 'no-unknown-error-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow strings that look like an auth error code but are not one (misspelled or renamed codes)',
      recommended: true,
    },
    hasSuggestions: true,
    messages: defineMessages<BaseMessageId>(
      {
        unknownCode:
          '`{{label}}` is not one of the {{family}}, so it never matches. Did you mean `{{code}}` ({{meaning}})?',
        renamedCode: '`{{label}}` is the old name of `{{code}}` ({{meaning}}) and never matches now. Use `{{code}}`.',
        replaceCode: 'Replace with `{{code}}`.',
      },
      {
        unknownCode: '{{family}}에 `{{label}}` 값은 없어서 절대 일치하지 않습니다. `{{code}}`({{meaning}})의 오타인가요?',
        renamedCode: '`{{label}}` 값은 `{{code}}`({{meaning}})의 예전 이름이라 이제 일치하지 않습니다. `{{code}}` 값을 쓰세요.',
        replaceCode: '`{{code}}` 값으로 바꿉니다.',
      },
    ),
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          families: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Ids of the families to check against (built-in `nextauth`, `nextauth-pages`, `authjs`, `baas`, or your own catalogs). All families when absent.',
          },
          ignoreCodes: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Strings never reported, such as codes your own server sends that the catalog does not list.',
          },
        },
      },
    ],
    defaultOptions: [{ ignoreCodes: [] }],
  },
  create(context, [options]) {
    const resolved = getAuthErrorsSettings(context);
    checkFamilyOption(context, resolved, options.families);
    const { locale, catalog, settings } = resolved;
    const sourceCode = context.sourceCode;
    // What the file and the project say about families: read once, and only when a group is checked.
    let familyContext: FamilyContext | undefined;
    const getFamilyContext = (): FamilyContext =>
      (familyContext ??= {
        evident: evidentFamilies(catalog, sourceCode.text, {
          enabled: [...settings.enabledFamilies, ...(options.families ?? [])],
          modules: settings.familyModules,
        }),
        authMajor: projectAuthMajor(context.filename),
      });
    /** Comparisons, grouped by the function they are in and the value they compare. */
    const comparisons = new Map<string, Group>();
    /** Where the functions around the visited node start (innermost last): comparisons are grouped per function. */
    const functionStarts: number[] = [];
    const enterFunction = (node: TSESTree.Node) => functionStarts.push(node.range[0]);
    const exitFunction = () => functionStarts.pop();

    function check(group: Group, labelContext: LabelContext): void {
      // Strings that no family could call a misspelling (most groups of an app): nothing to read or decide.
      if (!group.sites.some((site) => mayBeCode(catalog, site.value))) return;
      const findings = findUnknownCodes(
        catalog,
        group.sites.map((site) => site.value),
        {
          ...getFamilyContext(),
          discriminant: group.discriminant,
          families: options.families,
          ignoreCodes: options.ignoreCodes,
          context: labelContext,
        },
      );
      if (findings.length === 0) return;
      const byValue = new Map<string, Site[]>();
      for (const site of group.sites) {
        const sites = byValue.get(site.value);
        if (sites) sites.push(site);
        else byValue.set(site.value, [site]);
      }
      for (const finding of findings) {
        // In a switch or a map, a fix that repeats an existing label or key would only trade one bug for another.
        const duplicate = labelContext !== 'comparison' && byValue.has(finding.entry.code);
        for (const site of byValue.get(finding.label) ?? []) report(site, finding, duplicate);
      }
    }

    function report(site: Site, finding: UnknownCodeFinding, duplicate: boolean): void {
      const code = finding.entry.code;
      const target = site.target;
      context.report({
        node: site.node,
        messageId: localizedMessageId(finding.reason === 'renamed' ? 'renamedCode' : 'unknownCode', locale),
        data: {
          label: printable(finding.label),
          code,
          meaning: describeCode(finding.entry, locale),
          family: familyTitle([finding.family], locale),
        },
        suggest:
          target && !duplicate
            ? [
                {
                  messageId: localizedMessageId('replaceCode', locale),
                  data: { code },
                  fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(target, replacementText(sourceCode, target, code)),
                },
              ]
            : [],
      });
    }

    return {
      FunctionDeclaration: enterFunction,
      FunctionExpression: enterFunction,
      ArrowFunctionExpression: enterFunction,
      'FunctionDeclaration:exit': exitFunction,
      'FunctionExpression:exit': exitFunction,
      'ArrowFunctionExpression:exit': exitFunction,
      SwitchStatement(node) {
        const sites: Site[] = [];
        for (const label of getCaseLabels(node, sourceCode.getScope(node))) {
          if (typeof label.value === 'string') sites.push({ value: label.value, node: label.test, target: label.literal });
        }
        if (sites.length > 0) check({ discriminant: getValueName(node.discriminant), sites }, 'switch');
      },
      BinaryExpression(node) {
        if (!EQUALITY_OPERATORS.has(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return;
        for (const [side, other] of [
          [node.right, node.left],
          [node.left, node.right],
        ] as const) {
          const discriminant = getValueName(other);
          if (discriminant === undefined) continue;
          // A literal is read as it is; a constant is looked up only next to a value named like codes (cheap first).
          const written = getLiteralString(skipTypeWrappers(side)) !== undefined;
          if (!written && !isHintedName(catalog, discriminant, options.families)) continue;
          // A literal needs no scope; only a constant is looked up (getScope walks up the tree).
          const bare = skipTypeWrappers(side);
          const literal = written ? (bare as StringLiteralNode) : resolveStringLiteralNode(side, sourceCode.getScope(node));
          const value = getLiteralString(literal);
          if (!literal || value === undefined) continue;
          const key = `${functionStarts[functionStarts.length - 1] ?? 0}:${sourceCode.getText(other).replace(/\?\./g, '.').replace(/\s+/g, '')}`;
          const group = comparisons.get(key) ?? { discriminant, sites: [] };
          group.sites.push({ value, node: side, target: literal });
          comparisons.set(key, group);
          return;
        }
      },
      ObjectExpression(node) {
        // An object handed to a call (`defineErrorCodes({ … })`, a library declaring its own codes) defines names;
        // it is no lookup table of the app's.
        let holder: TSESTree.Node = node;
        while (holder.parent && skipTypeWrappers(holder.parent) !== holder.parent) holder = holder.parent;
        const parent = holder.parent;
        if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(holder as TSESTree.CallExpressionArgument)) {
          return;
        }
        const sites: Site[] = [];
        for (const property of node.properties) {
          if (property.type !== AST_NODE_TYPES.Property || property.shorthand || property.method || property.kind !== 'init') continue;
          const value = getPropertyKeyName(property);
          if (value === undefined || (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value !== 'string')) continue;
          const key = property.key;
          let target: Site['target'];
          if (key.type === AST_NODE_TYPES.Identifier) target = property.computed ? undefined : key;
          else if (key.type === AST_NODE_TYPES.Literal || key.type === AST_NODE_TYPES.TemplateLiteral) target = key as StringLiteralNode;
          sites.push({ value, node: key, target });
        }
        if (sites.length < 2 || !sites.some((site) => mayBeCode(catalog, site.value))) return;
        // How the map is read (`messages[error.errorCode]`) names the value its keys are codes of.
        check({ discriminant: getMapReadNames(node, sourceCode)[0], sites }, 'map');
      },
      'Program:exit'() {
        for (const group of comparisons.values()) check(group, 'comparison');
      },
    };
  },
});

/** The source text that writes `code` in place of `target`, in the same style (quotes, or a bare key). */
function replacementText(
  sourceCode: Readonly<TSESLint.SourceCode>,
  target: StringLiteralNode | TSESTree.Identifier,
  code: string,
): string {
  if (target.type === AST_NODE_TYPES.Identifier) return /^[A-Za-z_$][\w$]*$/.test(code) ? code : quoteCode(code, "'");
  if (target.type === AST_NODE_TYPES.TemplateLiteral) return quoteCode(code, '`');
  return quoteCode(code, sourceCode.getText(target).startsWith('"') ? '"' : "'");
}
