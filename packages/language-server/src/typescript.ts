import type * as TS from 'typescript';

/** The TypeScript the server parses with, and where it came from. */
export interface Parser {
  readonly ts: typeof TS;
  readonly version: string;
  readonly path: string;
}

/**
 * Loads the `typescript` this package itself resolves (its own dependency), never the user's project's: in a
 * TypeScript 7 project `typescript` is the native compiler, whose package has no JavaScript parser API. Throws
 * when what resolves is not a TypeScript 5.x / 6.x with `createSourceFile`.
 */
export function loadParser(): Parser {
  const path = require.resolve('typescript');
  const ts = require(path) as Partial<typeof TS> & { version?: string };
  const version = String(ts.version);
  if (typeof ts.createSourceFile !== 'function' || !/^[56]\./.test(version)) {
    throw new Error(
      `auth-errors-language-server parses with TypeScript 5.x or 6.x, but "typescript" resolves to version ${version} ` +
        `at ${path}, which has no JavaScript parser API (TypeScript 7 is native). Install a TypeScript 6 next to ` +
        'auth-errors-language-server (npm install --save-dev typescript@~6.0) or reinstall the server so that its own TypeScript 6 dependency is in place.',
    );
  }
  return { ts: ts as typeof TS, version, path };
}
