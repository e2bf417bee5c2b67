import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { getLiteralString } from '../../util/ast';

/**
 * Names: what an import or export specifier or a static member read spells, where a re-export leads, and
 * whether an import source is a package or one of the app's own files. One copy of each, shared by the config,
 * middleware, guard and project models so that they agree on what a file exports.
 */

/** The name a specifier spells: `x` in `export { x }`, `a-b` in `export { y as "a-b" }`. */
export function moduleExportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/** `export { a as b } from './x'` for the name `b`: the module it comes from and its name there. */
export function findReexport(program: TSESTree.Program, name: string): { source: string; imported: string } | undefined {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || !statement.source) continue;
    for (const specifier of statement.specifiers) {
      if (moduleExportName(specifier.exported) === name) {
        return { source: statement.source.value, imported: moduleExportName(specifier.local) };
      }
    }
  }
  return undefined;
}

/**
 * Whether an import source names a package rather than a file of the app: not a relative or absolute path, and
 * not one of the aliases apps set up for their own folders (`@/`, `~/`, `#/`, `src/`).
 */
export function isPackageSource(source: string): boolean {
  return !source.startsWith('.') && !source.startsWith('/') && !/^[@~#]\//.test(source) && !source.startsWith('src/');
}

/** The property a member read names when it is static: `a.b` and `a["b"]` both name `b`. */
export function memberName(member: TSESTree.MemberExpression): string | undefined {
  return !member.computed && member.property.type === AST_NODE_TYPES.Identifier
    ? member.property.name
    : getLiteralString(member.property);
}
