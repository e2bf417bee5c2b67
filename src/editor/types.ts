/**
 * Plain data the editor core answers with. Offsets are UTF-16 offsets into the text that was parsed, as
 * TypeScript counts them; every host (tsserver plugin, LSP server, VS Code extension) maps them itself.
 */

/** A range of text: `start` offset and `length`. */
export interface Span {
  readonly start: number;
  readonly length: number;
}

/** Replace `span` with `newText` (an insertion has length 0). */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** A code the editor talks about: which family, which code. */
export interface CodeRef {
  readonly family: string;
  readonly code: string;
}

/** Hover docs for a code string. */
export interface EditorHover {
  /** The documentation, as Markdown. */
  readonly markdown: string;
  /** The literal's own span (quotes included), or the property name's span for an identifier key. */
  readonly span: Span;
  /** The code(s) described, in the order they appear in the Markdown. */
  readonly codes: readonly CodeRef[];
}

/** One completion: a code to put between the quotes. */
export interface EditorCompletionItem {
  readonly code: string;
  readonly family: string;
  /** One line: the code's summary. */
  readonly detail: string;
  /** The full hover docs, as Markdown. */
  readonly documentation: string;
  /** Sort key keeping the family's own order. */
  readonly sortText: string;
}

/** Codes to offer at a position, all replacing the same span (the text between the quotes). */
export interface EditorCompletions {
  readonly replacementSpan: Span;
  readonly items: readonly EditorCompletionItem[];
}

/** What an action does: `addMissingCases` on an auth-error `switch`, `replaceCode` on a misspelled code. */
export type EditorActionId = 'addMissingCases' | 'replaceCode';

/** A code action: a title and the edits to apply to the same file. */
export interface EditorCodeAction {
  readonly id: EditorActionId;
  /** Stable name of this action at this position (`addMissingCases`, `replaceCode:OAUTH_CALLBACK_ERROR`). */
  readonly name: string;
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The action the editor may apply on its own (a single, unambiguous fix). */
  readonly preferred: boolean;
}
