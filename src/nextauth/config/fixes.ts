import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { programOf } from '../syntax/bindings';
import type { Frame } from '../syntax/bindings';
import type { AuthConfig, ObjectModel } from './model';

/**
 * Text edits on a config, planned from the model so that the ESLint rules and the language service apply the
 * same ones. Each edit is a source range and its replacement; a plan is `undefined` when no edit is safe.
 */

export interface TextEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

export interface EditOptions {
  /** The file's text. */
  readonly text: string;
  /** Whether the file is JavaScript (no `as const`). */
  readonly javascript: boolean;
}

const JWT = '"jwt"';

/** Whether a file is JavaScript, where TypeScript syntax such as `as const` is not allowed. */
export function isJavaScriptFile(filename: string): boolean {
  return /\.[cm]?jsx?$/i.test(filename);
}

/**
 * The edits that make a config use JWT sessions: replace an explicit `session.strategy`, add `strategy` to a
 * `session` object written in the file, or add `session: { strategy: "jwt" }` to the config. An object that is
 * not contextually typed as a config gets `as const` on the new literal in TypeScript, so the `"jwt"` keeps its
 * literal type and the result still type-checks.
 */
export function planJwtStrategy(config: AuthConfig, options: EditOptions): TextEdit[] | undefined {
  // A part of the config that comes from another file (an imported `...authConfig`) cannot be edited here.
  const local = (frame: Frame): boolean => !config.program || programOf(frame) === config.program;
  if (!local(config.object.frame)) return undefined;
  const strategy = config.sessionStrategy;
  if (strategy.state === 'present') {
    const property = strategy.property;
    if (!property || !local(strategy.frame)) return undefined;
    if (property.shorthand) return [{ range: property.range, text: `strategy: ${quoteLike(options.text, JWT)}` }];
    return [{ range: property.value.range, text: quoteLike(options.text, JWT, property.value) }];
  }
  if (strategy.state === 'unknown') return undefined;
  const session = config.session;
  if (session.state === 'unknown') return undefined;
  const typed = config.contextuallyTyped;
  if (session.state === 'present') {
    if (!local(session.value.frame)) return undefined;
    // The new literal is contextually typed only when `session: {…}` is written in the config literal itself.
    const inline =
      session.node === session.value.node &&
      !!session.property &&
      config.node.properties.includes(session.property);
    const literal = withConst(quoteLike(options.text, JWT), (typed && inline) || options.javascript);
    return planAddProperty(session.value, `strategy: ${literal}`, options.text);
  }
  const literal = withConst(quoteLike(options.text, JWT), typed || options.javascript);
  return planAddProperty(config.object, `session: { strategy: ${literal} }`, options.text);
}

function withConst(literal: string, typedOrJs: boolean): string {
  return typedOrJs ? literal : `${literal} as const`;
}

/** A literal in the quote style of the literal it replaces, else the style the file uses most. */
function quoteLike(text: string, literal: string, replaced?: TSESTree.Node): string {
  let quote = '"';
  if (replaced?.type === AST_NODE_TYPES.Literal && typeof replaced.raw === 'string') quote = replaced.raw[0] ?? '"';
  else if (replaced?.type === AST_NODE_TYPES.TemplateLiteral) quote = '`';
  else quote = preferredQuote(text);
  if (quote !== '"' && quote !== "'" && quote !== '`') quote = '"';
  return `${quote}${literal.slice(1, -1)}${quote}`;
}

/**
 * The quote the file uses most, remembered for the last file asked: a file with many configs asks once per
 * fix, and counting over the whole text each time made the fixes of one file quadratic in its size.
 */
let lastPreferred: { readonly text: string; readonly quote: string } | undefined;

function preferredQuote(text: string): string {
  if (lastPreferred?.text === text) return lastPreferred.quote;
  let single = 0;
  let double = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 39) single++;
    else if (code === 34) double++;
  }
  const quote = single > double ? "'" : '"';
  lastPreferred = { text, quote };
  return quote;
}

/**
 * Adds a property to an object literal written in the file, after its last entry (so that it wins over
 * spreads): on a line of its own with the indentation of the last entry when the object spans lines, else
 * inline. `undefined` when the node is not a plain `{…}` in the text.
 */
export function planAddProperty(object: ObjectModel, property: string, text: string): TextEdit[] | undefined {
  const node = object.node;
  const open = node.range[0];
  if (text[open] !== '{') return undefined;
  // Insert after the last entry so that it wins over spreads (`{ ...authConfig, session: … }`).
  const last = node.properties[node.properties.length - 1];
  if (!last) {
    return [{ range: [open + 1, node.range[1] - 1], text: ` ${property} ` }];
  }
  const afterLast = nextNonSpace(text, last.range[1]);
  const hasTrailingComma = text[afterLast] === ',';
  const multiline = text.slice(open, node.range[1]).includes('\n');
  if (!multiline) {
    return [{ range: [last.range[1], last.range[1]], text: `, ${property}` }];
  }
  const indent = lineIndent(text, last.range[0]);
  if (hasTrailingComma) {
    return [{ range: [afterLast + 1, afterLast + 1], text: `\n${indent}${property},` }];
  }
  return [{ range: [last.range[1], last.range[1]], text: `,\n${indent}${property},` }];
}

function nextNonSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index] ?? '')) index++;
  return index;
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const match = /^[ \t]*/.exec(text.slice(lineStart, offset));
  return match?.[0] ?? '';
}


/** A string literal of `value` (a path or name without quotes or escapes) in the quote style the file uses. */
export function quoteStringLike(text: string, value: string, replaced?: TSESTree.Node): string {
  return quoteLike(text, `"${value}"`, replaced);
}
