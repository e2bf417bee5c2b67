/**
 * One lint run as the rules see it, so that the project facts every file asks for (which folder holds the nearest
 * package.json, whether the cached project model is still fresh, the project's NextAuth.js major) are checked
 * against the disk once per run instead of once per file: a dozen `stat` calls per page file otherwise.
 *
 * ESLint tells a rule nothing about runs, so a run is inferred from what a rule's context shows:
 *
 * - every rule of one file's lint shares its `sourceCode.ast`, so they all get the same run;
 * - a run ends when a file of it is linted again (an editor server re-lints the file it shows after every change;
 *   `eslint --fix` re-lints a file it fixed), when the config changes (a new `ESLint` instance or `Linter.verify`
 *   config gives a new `languageOptions` object), or {@link MAX_RUN_MS} after it started.
 *
 * Within a run the facts are memoised; a new run checks every stamp again, as the caches of the file layer
 * always do. Callers without a run (the editor, tests, other files' lookups) get the exact answer every time.
 * The only change a run can miss is one made on disk during it and seen by a file it has not linted yet, within
 * {@link MAX_RUN_MS}: the next run sees it.
 */

/** How long one run may reuse what it saw on disk. A CLI run re-checks its facts a few times per second. */
export const MAX_RUN_MS = 500;

export class LintRun {
  private readonly memo = new Map<string, unknown>();

  constructor(readonly id: number) {}

  /** The value of `compute()` the first time `key` is asked for in this run; the same value after that. */
  remember<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
}

/** What a rule's context shows of the lint it is part of. */
export interface LintContext {
  readonly filename: string;
  readonly languageOptions: object;
  readonly sourceCode: { readonly ast: object };
}

interface RunState {
  readonly run: LintRun;
  readonly config: object;
  readonly started: number;
  /** The files linted in this run, and their trees (another rule of the same lint brings the same tree). */
  readonly files: Set<string>;
  readonly programs: WeakSet<object>;
}

let current: RunState | undefined;
let runs = 0;

/** The run the file being linted belongs to (see the module comment for when a new one starts). */
export function lintRunOf(context: LintContext): LintRun {
  const program = context.sourceCode.ast;
  if (current?.programs.has(program)) return current.run;
  const now = performance.now();
  if (
    !current ||
    current.config !== context.languageOptions ||
    current.files.has(context.filename) ||
    now - current.started > MAX_RUN_MS
  ) {
    current = { run: new LintRun(++runs), config: context.languageOptions, started: now, files: new Set(), programs: new WeakSet() };
  }
  current.files.add(context.filename);
  current.programs.add(program);
  return current.run;
}
