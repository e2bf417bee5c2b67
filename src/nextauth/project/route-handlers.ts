import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';

import { findExport } from '../config/objects';
import { findReexport } from '../syntax/exports';

/**
 * Where the handlers of a NextAuth route file come from, when the route only passes on a handler built in
 * another module of the app: `export { handler as GET, handler as POST } from "@/server/auth"`,
 * `export { GET, POST } from "./auth"`, or an imported handler exported again (`import { handler } from
 * "@/lib/auth"; export { handler as GET }`, `export default handler` in the pages router).
 */

/** The exports Next.js calls in a route file: the app router's methods, the pages router's default. */
const HANDLER_EXPORTS = ['GET', 'POST', 'default'] as const;

/** One handler export of a route file: the module and the name it is taken from. */
export interface HandlerOrigin {
  readonly source: string;
  readonly imported: string;
}

/**
 * The modules a route file's handlers are taken from. Packages are in the list too: only module resolution can
 * tell an alias the tsconfig defines (`~server/auth`) from a package, and it follows no package.
 */
export function routeHandlerOrigins(program: TSESTree.Program): HandlerOrigin[] {
  const origins: HandlerOrigin[] = [];
  const add = (origin: HandlerOrigin): void => {
    if (!origins.some((known) => known.source === origin.source && known.imported === origin.imported)) origins.push(origin);
  };
  for (const name of HANDLER_EXPORTS) {
    const reexport = findReexport(program, name);
    if (reexport) {
      add(reexport);
      continue;
    }
    const exported = findExport(program, name);
    if (exported?.node.type !== AST_NODE_TYPES.Identifier) continue;
    const binding = exported.frame.lookup(exported.node.name);
    if (binding?.kind === 'import' && !binding.binding.typeOnly) {
      add({ source: binding.binding.source, imported: binding.binding.imported });
    }
  }
  return origins;
}
