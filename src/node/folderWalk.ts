import { readdirSync } from 'node:fs';

import type { ListedNames } from './listedNames';

const SIDECAR = '.meta.json';

/**
 * Every file below `folder` (absolute, its parts joined by '/', as the glob gives paths) whose
 * name ends in one of `extensions` (".txt"), as the glob `folder/**\/*.{…}` with `dot: false`
 * lists them (names starting with a dot skipped, files and folders alike; FIFOs and devices
 * listed, to be refused when read), by one `readdir` with file types a folder; those with no
 * sidecar beside them go to `names`. Undefined when the tree holds a symbolic link or a folder
 * that cannot be read: the glob lists that tree instead, as it always did (it follows links its
 * own way, loops and links to folders included, which is not repeated here).
 */
export function walkFolder(folder: string, extensions: readonly string[], names: ListedNames): string[] | undefined {
  const found: string[] = [];
  const pending = [folder];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    let entries;
    try {
      entries = readdirSync(next, { withFileTypes: true });
    } catch {
      return undefined;
    }
    const sources: Array<[path: string, stem: string]> = [];
    const sidecars = new Set<string>();
    for (const entry of entries) {
      const name = entry.name;
      if (name.endsWith(SIDECAR)) sidecars.add(name);
      if (name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) return undefined;
      // Joined with '/' as the glob joins them (also on Windows), so a path is the same string either way.
      if (entry.isDirectory()) pending.push(childOf(next, name));
      const extension = entry.isDirectory() ? undefined : extensions.find((e) => name.endsWith(e));
      if (extension) sources.push([childOf(next, name), name.slice(0, -extension.length)]);
    }
    for (const [path, stem] of sources) {
      found.push(path);
      // The stem is the name without its last extension, as sidecarPathOf cuts it.
      if (!sidecars.has(stem + SIDECAR)) names.addWithoutSidecar(path);
    }
  }
  return found;
}

function childOf(folder: string, name: string): string {
  return folder.endsWith('/') ? folder + name : `${folder}/${name}`;
}
