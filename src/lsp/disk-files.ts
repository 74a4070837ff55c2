// The project's files as last read from disk, kept between analyses: an edit
// in one buffer must not read a thousand files again. A file is read again
// when the editor says it changed (didChangeWatchedFiles, save, close) and,
// whatever the editor says, when its stat differs from when it was read. The
// folder is walked again when a folder it listed changed (an entry added,
// removed or renamed changes the folder's own times).

import { statSync } from 'node:fs';
import { findResourceFiles, type ResourceFileSet } from '../config/project-files.js';
import { readSourceFile, type ReadResult } from '../config/source-text.js';

/**
 * A file changed less than this long before it was read may change again
 * within the same tick of a coarse clock (1 s on HFS+, 2 s on FAT) without
 * its stat showing it: it is read again until it is older (git's "racily
 * clean" entries).
 */
const RACY_MS = 2_000;

interface Kept<T> {
  readonly signature: string;
  readonly racy: boolean;
  readonly value: T;
}

export class DiskFiles {
  private readonly texts = new Map<string, Kept<ReadResult>>();
  private listing: { readonly key: string; readonly folders: ReadonlyMap<string, string>; readonly racy: boolean; readonly found: ResourceFileSet } | undefined;

  /** For loadProject's `readFile`. */
  readonly read = async (absolute: string, cwd: string): Promise<ReadResult> => {
    const stat = statOf(absolute);
    const kept = this.texts.get(absolute);
    if (kept && stat && !kept.racy && kept.signature === stat.signature) return kept.value;
    // Stat first, then read: a change in between leaves a signature older than the text, so it is read again next time.
    const read = await readSourceFile(absolute, cwd);
    if (stat) this.texts.set(absolute, { signature: stat.signature, racy: stat.recent, value: read });
    else this.texts.delete(absolute);
    return read;
  };

  /** For loadProject's `findFiles`. */
  readonly find = async (root: string, include?: readonly string[], realRoot?: string): Promise<ResourceFileSet> => {
    const key = JSON.stringify([root, include ?? null, realRoot ?? null]);
    const listing = this.listing;
    if (listing && listing.key === key && !listing.racy && [...listing.folders].every(([folder, signature]) => statOf(folder)?.signature === signature)) return listing.found;
    const found = await findResourceFiles(root, include, realRoot);
    // Taken after the walk: a folder that changed during it has changed within RACY_MS, so it is walked again next time.
    const folders = new Map<string, string>();
    let racy = false;
    for (const folder of found.folders) {
      const stat = statOf(folder);
      if (!stat) racy = true;
      else {
        folders.set(folder, stat.signature);
        racy ||= stat.recent;
      }
    }
    this.listing = { key, folders, racy, found };
    return found;
  };

  /** The editor says this file changed, was created or deleted: read it, and list the folder, again. */
  forget(absolute: string): void {
    this.texts.delete(absolute);
    this.listing = undefined;
  }

  /** Keeps only the files still in the project. */
  prune(files: ReadonlySet<string>): void {
    for (const file of this.texts.keys()) if (!files.has(file)) this.texts.delete(file);
  }
}

/** What changes when a file's or a folder's content does: identity, size, modification and change times (to the nanosecond where the file system has them). */
function statOf(file: string): { readonly signature: string; readonly recent: boolean } | undefined {
  let stat;
  try {
    stat = statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined; // unreadable: never trusted, so read again (and reported) every time
  }
  if (!stat) return undefined;
  const changedMs = Number((stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs) / 1_000_000n);
  return { signature: `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`, recent: Date.now() - changedMs < RACY_MS };
}
