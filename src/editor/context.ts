import type * as TS from 'typescript';

import { evidentFamilies, hintsAt, isCandidate } from '../catalog/catalog';
import type { Catalog } from '../catalog/catalog';
import type { FamilyContext, LabelContext } from '../catalog/switch-analysis';
import { identifyFamilies } from '../catalog/switch-analysis';
import type { Family, FoundCode } from '../catalog/types';
import type { GroupAnalysis } from './groups';
import type { EditorOptions } from './options';
import { findNodeAt, keyNode, propertyKeyName, skipWrappers, staticLiteral, staticString, valueName } from './syntax';
import type { CodeNode, TypeScript } from './syntax';

/**
 * Where a code-like string sits, from syntax alone: a `case` label, one side of an equality comparison, the key
 * of an object literal (a code → message map), or anywhere else (`plain`).
 */
export type SiteKind = 'case' | 'comparison' | 'map-key' | 'plain';

export interface CodeSite {
  readonly kind: SiteKind;
  readonly node: CodeNode;
  readonly value: string;
  /** Last name of the value switched on or compared with (`errorCode` for `error.errorCode`). */
  readonly discriminant: string | undefined;
  /** The other strings of the group: the switch's other labels, strings compared with the same value, other keys. */
  readonly siblings: readonly string[];
  /** The `switch` a `case` label belongs to. */
  readonly switchStatement?: TS.SwitchStatement;
  /**
   * Names the group within its document version (the switch, the value compared in one function, the object
   * literal), for caching what holds for the whole group: every site of a group has the same set of labels
   * (`siblings` and `value`). `undefined` for a plain string.
   */
  readonly group?: string;
}

// Per source file version (tsserver makes a new SourceFile object for every edit): the families it shows evidence of.
const evidenceCache = new WeakMap<TS.SourceFile, { options: EditorOptions; context: FamilyContext }>();

/**
 * What a file's text (and the options' enabled families and modules) says about families that need evidence:
 * the same facts the lint rules read, so the editor and the lint gate choose the same family.
 */
export function familyContextOf(sourceFile: TS.SourceFile, options: EditorOptions): FamilyContext {
  const cached = evidenceCache.get(sourceFile);
  if (cached && cached.options === options) return cached.context;
  const context = { evident: evidentFamilies(options.catalog, sourceFile.text, options.evidence) };
  evidenceCache.set(sourceFile, { options, context });
  return context;
}

/** The group kinds as the shared catalog logic names them. */
export const LABEL_CONTEXT: Record<Exclude<SiteKind, 'plain'>, LabelContext> = {
  case: 'switch',
  comparison: 'comparison',
  'map-key': 'map',
};

/**
 * The code-like node at an offset: a string literal or template without substitutions, or an identifier that is
 * the key of an object literal property. This is the one cheap check every hover goes through.
 */
export function codeNodeAt(ts: TypeScript, sourceFile: TS.SourceFile, offset: number, includeEnd = false): CodeNode | undefined {
  const node = findNodeAt(ts, sourceFile, offset, includeEnd);
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node;
  if (ts.isIdentifier(node) && ts.isPropertyAssignment(node.parent) && node.parent.name === node) return node;
  return undefined;
}

/** Climbs from a literal through parentheses and `as` / `satisfies` wrappers. */
function outermost(ts: TypeScript, node: TS.Node): TS.Node {
  let current = node;
  while (
    ts.isParenthesizedExpression(current.parent) ||
    ts.isAsExpression(current.parent) ||
    ts.isSatisfiesExpression(current.parent) ||
    ts.isTypeAssertionExpression(current.parent)
  ) {
    current = current.parent;
  }
  return current;
}

export function isEqualityOperator(ts: TypeScript, kind: TS.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    kind === ts.SyntaxKind.EqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsToken
  );
}

/**
 * Describes where a code-like node sits; `undefined` for an identifier that is not a property key. With `anchor`,
 * the node is the literal a constant label stands for and `anchor` is where the constant is used.
 */
export function siteOf(ts: TypeScript, sourceFile: TS.SourceFile, node: CodeNode, anchor: TS.Node = node): CodeSite | undefined {
  const value = node.text;
  const wrapped = outermost(ts, anchor);
  const parent = wrapped.parent;
  if (ts.isCaseClause(parent) && parent.expression === wrapped) {
    const switchStatement = parent.parent.parent;
    return {
      kind: 'case',
      node,
      value,
      discriminant: valueName(ts, switchStatement.expression),
      siblings: caseLabels(ts, switchStatement, parent),
      switchStatement,
      group: switchGroup(switchStatement),
    };
  }
  if (ts.isBinaryExpression(parent) && isEqualityOperator(ts, parent.operatorToken.kind)) {
    const other = parent.left === wrapped ? parent.right : parent.left;
    const wanted = expressionKey(ts, other, sourceFile);
    const scope = enclosingFunction(ts, parent);
    return {
      kind: 'comparison',
      node,
      value,
      discriminant: valueName(ts, other),
      siblings: comparedStrings(ts, sourceFile, scope, wanted, parent),
      // A comparison of two constants is no member of its group (see comparedStrings): its labels are its own.
      group: staticString(ts, other) === undefined ? `comparison@${scope.pos}-${scope.end}:${wanted}` : undefined,
    };
  }
  const property = ts.isComputedPropertyName(parent) ? parent.parent : parent;
  if (ts.isPropertyAssignment(property) && keyNode(ts, property.name) === node && ts.isObjectLiteralExpression(property.parent)) {
    return {
      kind: 'map-key',
      node,
      value,
      discriminant: mapReadName(ts, property.parent),
      siblings: objectKeys(ts, property.parent, property),
      group: `map@${property.parent.pos}-${property.parent.end}`,
    };
  }
  if (ts.isIdentifier(node) || anchor !== node) return undefined;
  return { kind: 'plain', node, value, discriminant: undefined, siblings: [] };
}

/**
 * A constant used as a `case` label or compared with a value (`case EXPIRED:`, `code === Codes.expired`) at an
 * offset, as the site of the literal it stands for: the rules report a misspelled constant where it is used.
 */
export function constantSiteAt(ts: TypeScript, sourceFile: TS.SourceFile, offset: number): CodeSite | undefined {
  let node = findNodeAt(ts, sourceFile, offset, true);
  while (node?.parent && (ts.isPropertyAccessExpression(node.parent) || ts.isElementAccessExpression(node.parent))) {
    node = node.parent;
  }
  if (!node || !(ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))) return undefined;
  const literal = staticLiteral(ts, node);
  if (!literal) return undefined;
  const site = siteOf(ts, sourceFile, literal, node);
  return site?.kind === 'case' || site?.kind === 'comparison' ? site : undefined;
}

/**
 * The name of the first key a `const` map is read with (`errorCode` for `messages[error.errorCode]`), looked
 * for in the scope that declares the map — the rules' `getMapReadNames` gives the same answer.
 */
export function mapReadName(ts: TypeScript, object: TS.ObjectLiteralExpression): string | undefined {
  let holder: TS.Node = object;
  while (
    holder.parent &&
    (ts.isAsExpression(holder.parent) || ts.isSatisfiesExpression(holder.parent) || ts.isParenthesizedExpression(holder.parent))
  ) {
    holder = holder.parent;
  }
  const declaration = holder.parent;
  if (!declaration || !ts.isVariableDeclaration(declaration) || declaration.initializer !== holder || !ts.isIdentifier(declaration.name)) {
    return undefined;
  }
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return undefined;
  const name = declaration.name.text;
  const scope = enclosingFunction(ts, list);
  let found: string | undefined;
  const visit = (node: TS.Node): void => {
    if (found !== undefined) return;
    if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name) {
      found = readName(ts, node.argumentExpression);
      if (found !== undefined) return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
  return found;
}

/** The name a value read as a map key goes by: `errorCode` for `error.errorCode`, `error?.errorCode`. */
function readName(ts: TypeScript, node: TS.Expression): string | undefined {
  const inner = skipWrappers(ts, node);
  if (ts.isIdentifier(inner)) return inner.text;
  if (ts.isPropertyAccessExpression(inner)) return inner.name.text;
  return undefined;
}

/** Every label of the site's group, its own value included. */
export function labelsOf(site: CodeSite): string[] {
  return [...site.siblings, site.value];
}

/** Static string labels of a switch, except the clause given. */
export function caseLabels(ts: TypeScript, switchStatement: TS.SwitchStatement, except?: TS.CaseClause): string[] {
  const labels: string[] = [];
  for (const clause of switchStatement.caseBlock.clauses) {
    if (clause === except || !ts.isCaseClause(clause)) continue;
    const label = staticString(ts, clause.expression);
    if (label !== undefined) labels.push(label);
  }
  return labels;
}

function objectKeys(ts: TypeScript, object: TS.ObjectLiteralExpression, except: TS.Node): string[] {
  const keys: string[] = [];
  for (const property of object.properties) {
    if (property === except || !ts.isPropertyAssignment(property)) continue;
    const key = propertyKeyName(ts, property.name);
    if (key !== undefined) keys.push(key);
  }
  return keys;
}

/** `error?.type` and `error.type` are the same value for this purpose. */
function expressionKey(ts: TypeScript, node: TS.Node, sourceFile: TS.SourceFile): string {
  return skipWrappers(ts, node).getText(sourceFile).replace(/\s+/g, '').replace(/\?\./g, '.');
}

/** The group key of a `switch`'s labels (see {@link CodeSite.group}). */
export function switchGroup(switchStatement: TS.SwitchStatement): string {
  return `case@${switchStatement.pos}-${switchStatement.end}`;
}

/** The function (or file) a node sits in. */
function enclosingFunction(ts: TypeScript, node: TS.Node): TS.Node {
  let scope: TS.Node = node;
  while (scope.parent && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  return scope;
}

/**
 * The strings compared (`===`, `==`, `!==`, `!=`) in `scope` with a value whose {@link expressionKey} is
 * `wanted`, the comparison `except` left out.
 */
function comparedStrings(
  ts: TypeScript,
  sourceFile: TS.SourceFile,
  scope: TS.Node,
  wanted: string,
  except: TS.BinaryExpression,
): string[] {
  const found: string[] = [];
  const visit = (node: TS.Node): void => {
    if (node !== except && ts.isBinaryExpression(node) && isEqualityOperator(ts, node.operatorToken.kind)) {
      const left = staticString(ts, node.left);
      const right = staticString(ts, node.right);
      if (left !== undefined && right === undefined && expressionKey(ts, node.right, sourceFile) === wanted) found.push(left);
      if (right !== undefined && left === undefined && expressionKey(ts, node.left, sourceFile) === wanted) found.push(right);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
  return found;
}

/**
 * The catalog entries a site's string documents. In a group whose family is clear, the family's entry (or each
 * equally likely family's); next to a value named like an error (`error`, `code`, `errorCode`, `type`, or any
 * family's hint), the entries of the families that name hints at; anywhere else only codes that are not also
 * ordinary words (`Default`, `Callback`, `Configuration` stay quiet).
 */
export function documentedCodes(
  catalog: Catalog,
  site: CodeSite,
  context: FamilyContext = {},
  group?: Pick<GroupAnalysis, 'identified'>,
): FoundCode[] {
  // A family that needs evidence documents its codes only where the file shows it (hovers follow the rules).
  const all = catalog
    .lookupAll(site.value)
    .filter((found) => isCandidate(found.family, { evident: context.evident, discriminant: site.discriminant }));
  if (all.length === 0) return [];
  if (site.kind !== 'plain') {
    const identified = group
      ? group.identified()
      : identifyFamilies(catalog, labelsOf(site), { ...context, discriminant: site.discriminant });
    if (identified) {
      const inGroup = all.filter((found) => identified.families.includes(found.family));
      if (inGroup.length > 0) return inGroup;
    }
    const hinted = hintedFamilies(catalog, site.discriminant);
    const named = all.filter((found) => hinted.includes(found.family));
    if (named.length > 0) return named;
  }
  return all.filter((found) => !found.entry.generic);
}

/**
 * The families a value's name hints at: those listing the name itself (`errorCode`, `error`) when there are
 * any, else those whose hint the name ends with (`apiErrorCode`, `loginError`).
 */
export function hintedFamilies(catalog: Catalog, discriminant: string | undefined): Family[] {
  if (discriminant === undefined) return [];
  const lower = discriminant.toLowerCase();
  const exact = catalog.families.filter((family) => family.discriminantHints.some((hint) => hint.toLowerCase() === lower));
  if (exact.length > 0) return exact;
  return catalog.families.filter((family) => hintsAt(discriminant, family.discriminantHints));
}
