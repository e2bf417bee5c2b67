import type * as TS from 'typescript';

import type { Span } from './types';

/** The `typescript` module a host hands in (tsserver's own, or the parser the LSP server ships). */
export type TypeScript = typeof TS;

/** A node that can spell a code: a string literal, a template without substitutions, or a property name. */
export type CodeNode = TS.StringLiteral | TS.NoSubstitutionTemplateLiteral | TS.Identifier;

/**
 * The innermost node whose own text (from `getStart()`, so leading comments and whitespace do not count)
 * contains `offset`. With `includeEnd`, a node also contains the offset just after its last character (a
 * cursor at the end of an unterminated string).
 */
export function findNodeAt(ts: TypeScript, sourceFile: TS.SourceFile, offset: number, includeEnd = false): TS.Node | undefined {
  let current: TS.Node = sourceFile;
  for (;;) {
    const next: TS.Node | undefined = ts.forEachChild(current, (child) =>
      child.pos <= offset &&
      (offset < child.end || (includeEnd && offset === child.end)) &&
      child.getStart(sourceFile) <= offset
        ? child
        : undefined,
    );
    if (!next) return current === sourceFile ? undefined : current;
    current = next;
  }
}

/** Strips parentheses, `as`, `satisfies`, `!` and `<T>` around an expression. */
export function skipWrappers(ts: TypeScript, node: TS.Node): TS.Node {
  let current = node;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

/** The value of a string literal or a template literal without substitutions. */
export function stringValue(ts: TypeScript, node: TS.Node | undefined): string | undefined {
  if (!node) return undefined;
  const inner = skipWrappers(ts, node);
  return ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) ? inner.text : undefined;
}

// Per source file version: the initializer of every name declared exactly once with `const` (null: declared
// more than once, so which one a use means is not known without scope analysis).
const constsCache = new WeakMap<TS.SourceFile, Map<string, TS.Expression | null>>();

function constInitializers(ts: TypeScript, sourceFile: TS.SourceFile): Map<string, TS.Expression | null> {
  const cached = constsCache.get(sourceFile);
  if (cached) return cached;
  const found = new Map<string, TS.Expression | null>();
  const declared = new Set<string>();
  const visit = (node: TS.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      const name = node.name.text;
      const isConst = ts.isVariableDeclarationList(node.parent) && (node.parent.flags & ts.NodeFlags.Const) !== 0;
      found.set(name, declared.has(name) || !isConst || !node.initializer ? null : node.initializer);
      declared.add(name);
    } else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isParameter(node)) && node.name && ts.isIdentifier(node.name)) {
      found.set(node.name.text, null);
      declared.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  constsCache.set(sourceFile, found);
  return found;
}

/**
 * The string a label or operand stands for: a literal, or — the way the rules read it — a `const` declared once
 * in the file with such a value (`const TOKEN = 'TOKEN_EXPIRED'`), or a member of a `const` object literal
 * (`Codes.A`, `Codes['A']`), through `as const` and other wrappers.
 */
export function staticString(ts: TypeScript, node: TS.Node | undefined): string | undefined {
  return staticLiteral(ts, node)?.text;
}

/** The literal that spells {@link staticString}'s value, wherever in the file it is written. */
export function staticLiteral(ts: TypeScript, node: TS.Node | undefined): TS.StringLiteral | TS.NoSubstitutionTemplateLiteral | undefined {
  let current: TS.Node | undefined = node;
  for (let depth = 0; current && depth < 6; depth++) {
    const inner = skipWrappers(ts, current);
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner;
    const sourceFile = inner.getSourceFile();
    if (ts.isIdentifier(inner)) {
      current = constInitializers(ts, sourceFile).get(inner.text) ?? undefined;
      continue;
    }
    if ((ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner)) && ts.isIdentifier(inner.expression)) {
      const key = ts.isPropertyAccessExpression(inner) ? inner.name.text : stringValue(ts, inner.argumentExpression);
      const initializer = constInitializers(ts, sourceFile).get(inner.expression.text);
      const object = initializer && skipWrappers(ts, initializer);
      if (key === undefined || !object || !ts.isObjectLiteralExpression(object)) return undefined;
      let value: TS.Expression | undefined;
      for (const property of object.properties) {
        if (ts.isPropertyAssignment(property) && propertyKeyName(ts, property.name) === key) value = property.initializer;
      }
      current = value;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The name a switched-on or compared value goes by, as the rules name it: its last name, or the key read from a
 * `URLSearchParams`-like `get` call (`error` for `searchParams.get('error')`).
 */
export function valueName(ts: TypeScript, node: TS.Node): string | undefined {
  const inner = skipWrappers(ts, node);
  if (
    ts.isCallExpression(inner) &&
    inner.arguments.length === 1 &&
    (ts.isPropertyAccessExpression(inner.expression) || ts.isElementAccessExpression(inner.expression)) &&
    lastName(ts, inner.expression) === 'get'
  ) {
    return stringValue(ts, inner.arguments[0]);
  }
  return lastName(ts, inner);
}

/** `errorCode` for `errorCode`, `error.errorCode`, `error?.errorCode` or `error['errorCode']`. */
export function lastName(ts: TypeScript, node: TS.Node): string | undefined {
  const inner = skipWrappers(ts, node);
  if (ts.isIdentifier(inner)) return inner.text;
  if (ts.isPropertyAccessExpression(inner)) return inner.name.text;
  if (ts.isElementAccessExpression(inner)) return stringValue(ts, inner.argumentExpression);
  return undefined;
}

/** The static name of a property key: `a`, `'a'`, `` `a` ``, `['a']`; `undefined` otherwise. */
export function propertyKeyName(ts: TypeScript, name: TS.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) return stringValue(ts, name.expression);
  return undefined;
}

/** The node that spells the key of a property assignment, if it is a code-like node. */
export function keyNode(ts: TypeScript, name: TS.PropertyName): CodeNode | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name;
  if (ts.isComputedPropertyName(name)) {
    const inner = skipWrappers(ts, name.expression);
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner;
  }
  return undefined;
}

/** The node's own span, from `getStart()` to its end. */
export function spanOf(node: TS.Node, sourceFile: TS.SourceFile): Span {
  const start = node.getStart(sourceFile);
  return { start, length: node.end - start };
}

/** Whether a literal lacks its closing quote (the user is still typing it). */
export function isUnterminated(ts: TypeScript, node: CodeNode, sourceFile: TS.SourceFile): boolean {
  if (ts.isIdentifier(node)) return false;
  if (node.isUnterminated) return true;
  const start = node.getStart(sourceFile);
  return node.end - start < 2;
}

/** The text between the quotes (the whole name for an identifier key). */
export function innerSpan(ts: TypeScript, node: CodeNode, sourceFile: TS.SourceFile): Span {
  const span = spanOf(node, sourceFile);
  if (ts.isIdentifier(node)) return span;
  const closing = isUnterminated(ts, node, sourceFile) ? 0 : 1;
  return { start: span.start + 1, length: Math.max(0, span.length - 1 - closing) };
}

/** The quote a literal uses, for edits that rewrite it. */
export function quoteOf(ts: TypeScript, node: CodeNode, sourceFile: TS.SourceFile): string {
  if (ts.isIdentifier(node)) return "'";
  return sourceFile.text.charAt(node.getStart(sourceFile));
}

/** The indentation (spaces and tabs) of the line a position is on. */
export function indentationAt(sourceFile: TS.SourceFile, position: number): string {
  const text = sourceFile.text;
  let lineStart = position;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  let end = lineStart;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(lineStart, end);
}

/** The line break the file uses. */
export function newLineOf(sourceFile: TS.SourceFile): string {
  return sourceFile.text.includes('\r\n') ? '\r\n' : '\n';
}
