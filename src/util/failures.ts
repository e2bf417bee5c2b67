/**
 * The failures the plugin expects and handles, and the debug switch for the rest. A `catch` names what it
 * handles: a file that cannot be read ({@link isFileFailure}) or code that does not parse ({@link isParseError});
 * a boundary that must keep linting going whatever happens inside it calls {@link rethrowInDebug} first, so
 * that with `AUTH_ERRORS_DEBUG=1` a bug in the analysis surfaces instead of turning into "no findings".
 */

/** The error codes of a path that is missing or cannot be read as a file. */
const FILE_FAILURE_CODES = new Set([
  'ENOENT',
  'ENOTDIR',
  'EACCES',
  'EPERM',
  'EISDIR',
  'ELOOP',
  'ENAMETOOLONG',
  'EMFILE',
  'ENFILE',
  'EIO',
  'EBUSY',
]);

/** Whether the error is a file-system failure of reading one path (missing, no permission, a folder, a loop). */
export function isFileFailure(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
    ? FILE_FAILURE_CODES.has((error as NodeJS.ErrnoException).code!)
    : false;
}

/** The error code of a file-system failure (`ENOENT`, `EACCES`, …). */
export function failureCode(error: NodeJS.ErrnoException): string {
  return error.code ?? 'unknown error';
}

/**
 * Whether the error is a parser's report that the code does not parse: a `SyntaxError` (JSON, espree), or
 * typescript-eslint's `TSError`, or another parser's error that carries the position of the fault.
 */
export function isParseError(error: unknown): boolean {
  if (error instanceof SyntaxError) return true;
  if (!(error instanceof Error)) return false;
  if (error.name === 'TSError' || error.constructor.name === 'TSError') return true;
  const positioned = error as { lineNumber?: unknown; loc?: unknown };
  return typeof positioned.lineNumber === 'number' || (typeof positioned.loc === 'object' && positioned.loc !== null);
}

/** Whether `AUTH_ERRORS_DEBUG=1` is set: unexpected errors are then rethrown instead of read as "unknown". */
export function debugging(): boolean {
  return process.env.AUTH_ERRORS_DEBUG === '1';
}

/** Rethrows the error when debugging; otherwise returns, and the caller reads the fact as unknown. */
export function rethrowInDebug(error: unknown): void {
  if (debugging()) throw error;
}
