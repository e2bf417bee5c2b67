import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { scopeOf } from './scope';

/** What a named import binds: the name the module exports it as, and the module. */
export interface ImportedBinding {
  readonly imported: string;
  readonly module: string;
}

/**
 * The named import an identifier refers to (`signIn` from `aws-amplify/auth` for `amplifySignIn` after
 * `import { signIn as amplifySignIn } from 'aws-amplify/auth'`), or `undefined` for any other variable, a default
 * or namespace import.
 */
export function getImportedBinding(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): ImportedBinding | undefined {
  const variable = ASTUtils.findVariable(scopeOf(sourceCode, identifier), identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'ImportBinding' || def.node.type !== AST_NODE_TYPES.ImportSpecifier) return undefined;
  const imported = def.node.imported;
  const declaration = def.node.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  return { imported: imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value), module: declaration.source.value };
}
