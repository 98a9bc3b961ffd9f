import { basename, dirname, resolve } from 'node:path';

import { sidecarPathOf } from './sourceFormats';

/**
 * What listing the sources showed of their sidecars (`NAME.meta.json` beside a source), so that
 * a warm cache knows a source has none without asking the disk once a file: at 10,000 sources,
 * most without one, the `existsSync` that finds nothing cost about as much as the stat of the
 * source itself. Only "none" is known from a listing; a sidecar listed is looked at on the disk,
 * as before (it may be a dangling link, which `existsSync` reports as none). A sidecar made
 * after the listing is missed just as a source made after it is: the next run sees both.
 */
export class ListedNames {
  /** Sources whose folder was walked and holds no sidecar of theirs. */
  private readonly withoutSidecar = new Set<string>();
  /** The names in each folder the glob read, by the folder's resolved path. */
  private readonly byFolder = new Map<string, Set<string>>();

  /** Records the entries of a folder the glob read (every kind: a sidecar may be a link, or no file at all). */
  addFolder(folder: string, names: readonly string[]): void {
    const key = resolve(folder);
    const known = this.byFolder.get(key);
    if (known) for (const name of names) known.add(name);
    else this.byFolder.set(key, new Set(names));
  }

  /** Records a walked source whose folder holds no sidecar of its name. */
  addWithoutSidecar(path: string): void {
    this.withoutSidecar.add(path);
  }

  /** Whether the source at `path` has no sidecar as listed: false when it has one, or its folder was not listed. */
  hasNoSidecar(path: string): boolean {
    if (this.withoutSidecar.has(path)) return true;
    const names = this.byFolder.get(dirname(path));
    return names !== undefined && !names.has(basename(sidecarPathOf(path)));
  }
}
