import * as path from 'node:path';

import { listDirectoryEntries, pathStamp } from './files';
import type { LintRun } from './lint-run';
import type { DirectoryEntry, DirectoryReader } from './routes';

/**
 * The stamps of one project discovery: every file and folder it looked at, with its stamp from the file layer
 * (`files.ts`), so the cached project model is reused only while none of them changed.
 */

/** Remembers the stamp of every file and folder a discovery looked at. */
export class Stamps {
  readonly seen = new Map<string, string>();

  record(target: string): string {
    let stamp = this.seen.get(target);
    if (stamp === undefined) {
      stamp = pathStamp(target);
      this.seen.set(target, stamp);
    }
    return stamp;
  }

  /**
   * Whether a regular file exists. Records its folder's stamp, which changes when a file is created or deleted
   * in it, and the file's own stamp only when it exists (a missing file is covered by its folder's).
   */
  exists(file: string): boolean {
    if (this.record(path.dirname(file)) === 'missing') return false;
    const known = this.seen.get(file);
    if (known !== undefined) return known.startsWith('f:');
    const stamp = pathStamp(file);
    if (stamp !== 'missing') this.seen.set(file, stamp);
    return stamp.startsWith('f:');
  }

  /** Whether every path looked at still has its stamp; in a lint run, each path is looked at once (see `files.ts`). */
  fresh(run?: LintRun): boolean {
    for (const [target, stamp] of this.seen) if (pathStamp(target, run) !== stamp) return false;
    return true;
  }
}

export class RecordingReader implements DirectoryReader {
  private readonly listings = new Map<string, readonly DirectoryEntry[] | undefined>();
  constructor(private readonly stamps: Stamps) {}

  list(dir: string): readonly DirectoryEntry[] | undefined {
    if (this.listings.has(dir)) return this.listings.get(dir);
    const entries = this.stamps.record(dir).startsWith('d:') ? listDirectoryEntries(dir) : undefined;
    this.listings.set(dir, entries);
    return entries;
  }
}
