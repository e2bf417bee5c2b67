import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { describeCode, familyTitle, findInventedCodes, findUnknownCodes, isHintedName, mayBeInventedCode, quoteCode } from '../src/catalog/switch-analysis';
import { BUILTIN_FAMILY_IDS, evidentFamilies, importedFamilies, isModuleOf } from '../src/catalog';
import type { Family } from '../src/catalog';
import { mayBeCode } from '../src/catalog/code-like';
import type { FamilyContext, InventedCodeFinding, LabelContext, UnknownCodeFinding } from '../src/catalog/switch-analysis';
import { projectAuthMajor } from '../src/nextauth/pages/page-context';
import { lintRunOf } from '../src/nextauth/project/lint-run';
import {
  getCaseLabels,
  getLiteralString,
  getMapReadNames,
  getMapReads,
  getPropertyKeyName,
  getValueName,
  resolveStringLiteralNode,
  skipTypeWrappers,
} from '../src/util/ast';
import type { StringLiteralNode } from '../src/util/ast';
import { anyCandidateIn, codeTokensOf } from '../src/util/code-tokens';
import { createRule } from '../src/util/create-rule';
import { getImportedBinding } from '../src/util/imports';
import { getRaisingCallDetails } from '../src/util/raising-calls';
import { scopeOf } from '../src/util/scope';
import { checkConstant, constantObjectNames } from '../src/catalog/constants';
import { defineMessages, localizedMessageId, printable } from '../src/util/messages';
import type { LocalizedMessageId } from '../src/util/messages';
import { checkFamilyOption, evidenceSourcesOf, getAuthErrorsSettings } from '../src/util/settings';

type Options = [
  {
    families?: string[];
    ignoreCodes?: string[];
  },
];

type BaseMessageId = 'unknownCode' | 'renamedCode' | 'inventedCode' | 'unknownConstant' | 'unknownConstantNear' | 'replaceCode';
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
  /** The values the strings are compared with (the switched value, the compared operand, the keys a map is read with). */
  readonly values: TSESTree.Node[];
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
        inventedCode: '`{{label}}` is not one of the {{family}}; the library never sends it, so it never matches.',
        unknownConstant: '`{{object}}` from `{{module}}` has no member `{{key}}`, so it is `undefined` and never matches.',
        unknownConstantNear:
          '`{{object}}` from `{{module}}` has no member `{{key}}` (`undefined` at run time). Did you mean `{{suggestion}}`?',
        replaceCode: 'Replace with `{{code}}`.',
      },
      {
        unknownCode: '{{family}}에 `{{label}}` 값은 없어서 절대 일치하지 않습니다. `{{code}}`({{meaning}})의 오타인가요?',
        renamedCode: '`{{label}}` 값은 `{{code}}`({{meaning}})의 예전 이름이라 이제 일치하지 않습니다. `{{code}}` 값을 쓰세요.',
        inventedCode: '{{family}}에 `{{label}}` 값은 없고 라이브러리도 보내지 않아서 절대 일치하지 않습니다.',
        unknownConstant: '`{{module}}`의 `{{object}}`에 `{{key}}` 멤버가 없어서 값이 `undefined`이고 절대 일치하지 않습니다.',
        unknownConstantNear:
          '`{{module}}`의 `{{object}}`에 `{{key}}` 멤버가 없어서 실행 중에는 `undefined`입니다. `{{suggestion}}`의 오타인가요?',
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
              `Ids of the families to check against (built-in ${BUILTIN_FAMILY_IDS.map((id) => `\`${id}\``).join(', ')}, or your own catalogs). All families when absent.`,
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
    // Every string, key or constant this rule judges is written in the file: a file none of whose tokens any
    // family could judge (most files of an app) needs no listener at all.
    const tokens = codeTokensOf(sourceCode.ast, sourceCode.text, catalog);
    const evidenceSources = evidenceSourcesOf(resolved, options.families);
    // A group is judged only against a family the names and the file's evidence allow (`Catalog.inferFamily`): a
    // file whose codes and near misses all belong to families that need evidence it lacks (an API route's own
    // `'unauthorized'`, an Auth0 code; a `'user_id'` near Supabase's codes) has nothing to judge.
    const judgeable =
      tokens.codeLike &&
      anyCandidateIn(catalog, [...tokens.codeFamilies, ...tokens.codeLikeFamilies], sourceCode.text, evidenceSources, options.families);
    if (!judgeable && !tokens.constantObject) return {};
    // What the file and the project say about families: read once, and only when a group is checked.
    let familyContext: FamilyContext | undefined;
    let imported: ReadonlySet<string> | undefined;
    const constantObjects = constantObjectNames(catalog);
    const getFamilyContext = (): FamilyContext =>
      (familyContext ??= {
        evident: evidentFamilies(catalog, sourceCode.text, evidenceSources),
        authMajor: projectAuthMajor(context.filename, lintRunOf(context)),
      });
    /** Comparisons, grouped by the function they are in and the value they compare. */
    const comparisons = new Map<string, Group>();
    /** Where the functions around the visited node start (innermost last): comparisons are grouped per function. */
    const functionStarts: number[] = [];
    const enterFunction = (node: TSESTree.Node) => functionStarts.push(node.range[0]);
    const exitFunction = () => functionStarts.pop();

    function check(group: Group, labelContext: LabelContext): void {
      // Strings that no family could call a misspelling (most groups of an app): nothing to read or decide.
      // An invented code is near no code, so a group tied to a caught error is also read for those.
      if (!group.sites.some((site) => mayBeCode(catalog, site.value) || (group.values.length > 0 && mayBeInventedCode(catalog, site.value)))) return;
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
      const reported = new Set(findings.map((finding) => finding.label));
      for (const finding of inventedCodes(group, labelContext)) {
        if (reported.has(finding.label)) continue;
        const sites = byValue.get(finding.label) ?? [];
        // The app writes the string somewhere else too (throws it, passes it on): it is the app's own code.
        if (quotedCount(sourceCode.text, finding.label) > sites.length) continue;
        const entry = finding.entry;
        const duplicate = entry !== undefined && labelContext !== 'comparison' && byValue.has(entry.code);
        for (const site of sites) {
          if (entry) report(site, { label: finding.label, family: finding.family, entry, reason: 'misspelled' }, duplicate);
          else reportInvented(site, finding);
        }
      }
    }

    /**
     * Invented codes of a group whose every value is read from an error caught from calls of the family's library
     * (imported from it, or a method on a chain that starts with such an import), with no other awaited call: only
     * the library can have sent the value.
     */
    function inventedCodes(group: Group, labelContext: LabelContext): InventedCodeFinding[] {
      if (group.values.length === 0) return [];
      const findings = findInventedCodes(
        catalog,
        group.sites.map((site) => site.value),
        {
          ...getFamilyContext(),
          imported: (imported ??= importedFamilies(catalog, sourceCode.text, { modules: settings.familyModules })),
          discriminant: group.discriminant,
          families: options.families,
          ignoreCodes: options.ignoreCodes,
          context: labelContext,
        },
      );
      const family = findings[0]?.family;
      if (!family || !group.values.every((value) => raisedByLibrary(value, family))) return [];
      return findings;
    }

    function raisedByLibrary(value: TSESTree.Node, family: Family): boolean {
      const found = getRaisingCallDetails(value, sourceCode);
      if (!found || !found.complete || found.calls.length === 0) return false;
      const modules = [...(family.evidence?.modules ?? []), ...(settings.familyModules[family.id] ?? [])];
      // A method on an object of unknown origin (`this.auth.getToken()`) may belong to any package, which may raise
      // codes of its own: only calls traced to an import from the library count.
      return found.calls.every((call) => call.module !== undefined && isModuleOf(call.module, modules));
    }

    function reportInvented(site: Site, finding: InventedCodeFinding): void {
      context.report({
        node: site.node,
        messageId: localizedMessageId('inventedCode', locale),
        data: { label: printable(finding.label), family: familyTitle([finding.family], locale) },
      });
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

    function checkConstantMember(node: TSESTree.MemberExpression): void {
      if (node.computed || node.object.type !== AST_NODE_TYPES.Identifier || node.property.type !== AST_NODE_TYPES.Identifier) return;
      // Cheap first: only a name some family exports a constant map under is looked up (a renamed import is not).
      if (!constantObjects.has(node.object.name)) return;
      const binding = getImportedBinding(node.object, sourceCode);
      if (binding?.imported !== node.object.name) return;
      const key = node.property.name;
      const verdict = checkConstant(catalog, { object: binding.imported, module: binding.module, key }, options.families);
      if (!verdict || options.ignoreCodes?.includes(key)) return;
      const suggestion = verdict.suggestion;
      const data = { object: binding.imported, module: binding.module, key };
      const property = node.property;
      context.report({
        node: property,
        messageId: localizedMessageId(suggestion ? 'unknownConstantNear' : 'unknownConstant', locale),
        data: suggestion ? { ...data, suggestion: suggestion.key } : data,
        suggest: suggestion
          ? [
              {
                messageId: localizedMessageId('replaceCode', locale),
                data: { code: `${node.object.name}.${suggestion.key}` },
                fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(property, suggestion.key),
              },
            ]
          : [],
      });
    }

    // Only `X.KEY` of a constant map name can be judged: the other listeners have nothing to read.
    if (!judgeable) return { MemberExpression: checkConstantMember };

    return {
      FunctionDeclaration: enterFunction,
      FunctionExpression: enterFunction,
      ArrowFunctionExpression: enterFunction,
      'FunctionDeclaration:exit': exitFunction,
      'FunctionExpression:exit': exitFunction,
      'ArrowFunctionExpression:exit': exitFunction,
      SwitchStatement(node) {
        const sites: Site[] = [];
        for (const label of getCaseLabels(node, scopeOf(sourceCode, node))) {
          if (typeof label.value === 'string') sites.push({ value: label.value, node: label.test, target: label.literal });
        }
        if (sites.length > 0) check({ discriminant: getValueName(node.discriminant), sites, values: [node.discriminant] }, 'switch');
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
          const literal = written ? (bare as StringLiteralNode) : resolveStringLiteralNode(side, scopeOf(sourceCode, node));
          const value = getLiteralString(literal);
          if (!literal || value === undefined) continue;
          const key = `${functionStarts[functionStarts.length - 1] ?? 0}:${sourceCode.getText(other).replace(/\?\./g, '.').replace(/\s+/g, '')}`;
          const group = comparisons.get(key) ?? { discriminant, sites: [], values: [] };
          group.sites.push({ value, node: side, target: literal });
          group.values.push(other);
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
        const reads = getMapReads(node, sourceCode);
        const values = reads && !reads.escapes ? reads.keyed.map((read) => read.node.property) : [];
        check({ discriminant: getMapReadNames(node, sourceCode)[0], sites, values }, 'map');
      },
      ...(tokens.constantObject ? { MemberExpression: checkConstantMember } : {}),
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

/** How many times a string is written as a quoted literal (`'x'`, `"x"`, `` `x` ``) in a file's text. */
function quotedCount(text: string, value: string): number {
  let count = 0;
  for (const quote of ["'", '"', '`']) {
    const needle = `${quote}${value}${quote}`;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  }
  return count;
}
