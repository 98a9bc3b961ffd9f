import { basename, dirname, resolve } from 'node:path';

/**
 * The names each folder held when the sources were listed, so that whether a source has a
 * sidecar (`NAME.meta.json` beside it) is answered from the listing instead of asking the disk
 * once a file: at 10,000 sources, most without one, the `existsSync` that finds nothing cost
 * about as much as the stat of the source itself. A folder not listed is not known (undefined):
 * the caller then asks the disk, as before. A sidecar made after the listing is missed just as
 * a source made after it is: both are seen by the next run.
 */
export class ListedNames {
  private readonly byFolder = new Map<string, Set<string>>();

  /** Records the entries of `folder` (every kind: a sidecar may be a link, or something no file). */
  add(folder: string, names: readonly string[]): void {
    const key = resolve(folder);
    const known = this.byFolder.get(key);
    if (known) for (const name of names) known.add(name);
    else this.byFolder.set(key, new Set(names));
  }

  /** Whether `path` was in its folder's listing; undefined when that folder was not listed. */
  has(path: string): boolean | undefined {
    return this.byFolder.get(dirname(path))?.has(basename(path));
  }
}
