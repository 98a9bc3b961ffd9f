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
export function walkFolder(folder: string, extensions: ReadonlySet<string>, names: ListedNames): string[] | undefined {
  const found: string[] = [];
  const pending = [folder];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    let entries;
    try {
      entries = readdirSync(next, { withFileTypes: true });
    } catch {
      return undefined;
    }
    const start = found.length;
    const stems: string[] = [];
    let sidecars: Set<string> | undefined;
    for (const entry of entries) {
      const name = entry.name;
      if (name.endsWith(SIDECAR)) (sidecars ??= new Set()).add(name);
      if (name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) return undefined;
      // Joined with '/' as the glob joins them (also on Windows), so a path is the same string either way.
      if (entry.isDirectory()) {
        pending.push(childOf(next, name));
        continue;
      }
      // The last extension is the one the name ends in (none of them holds a dot), as sidecarPathOf cuts it.
      const dot = name.lastIndexOf('.');
      if (dot < 0 || !extensions.has(name.slice(dot))) continue;
      found.push(childOf(next, name));
      stems.push(name.slice(0, dot));
    }
    for (let i = 0; i < stems.length; i++) if (!sidecars?.has(stems[i] + SIDECAR)) names.addWithoutSidecar(found[start + i]);
  }
  return found;
}

function childOf(folder: string, name: string): string {
  return folder.endsWith('/') ? folder + name : `${folder}/${name}`;
}
