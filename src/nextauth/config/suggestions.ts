import type { TSESLint } from '@typescript-eslint/utils';

import { isJavaScriptFile, planJwtStrategy } from './fixes';
import type { AuthConfig } from './model';

/**
 * The "use JWT sessions" suggestion for a config, shared by every rule that offers it; empty when the config's
 * shape gives no safe place for the edit.
 */
export function jwtStrategySuggestions<MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>,
  config: AuthConfig,
  messageId: MessageIds,
): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const edits = planJwtStrategy(config, { text: context.sourceCode.text, javascript: isJavaScriptFile(context.filename) });
  if (!edits) return [];
  return [{ messageId, fix: (fixer) => edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)) }];
}
