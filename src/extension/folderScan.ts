// Which files of a sources glob a new folder can hold: pure string work on '/'-separated paths,
// no vscode and no glob matcher (the web bundle has none), so it is unit-tested on its own.

const WILDCARD = /[*?[\]{}]/;

/**
 * The folder every match of `glob` lies in: its leading literal segments ("sources" of
 * "sources/**\/*.txt"), "" when it starts with a wildcard or a brace ("{a,b}/**\/*.txt").
 */
export function globBase(glob: string): string {
  const segments = glob.split('/').slice(0, -1);
  const end = segments.findIndex((segment) => WILDCARD.test(segment));
  return segments.slice(0, end < 0 ? segments.length : end).join('/');
}

/**
 * The glob, relative to the folder `dir` (a path relative to the glob's own root), that finds
 * exactly the matches of `glob` inside `dir`; undefined when its shape does not say (the caller
 * then searches the whole glob and keeps what is inside). Said for the shape every sources
 * setting takes, a literal base then "**\/" and a file pattern: "sources/**\/*.txt" in
 * "sources/2026/june" is "**\/*.txt"; outside "sources" nothing matches, also undefined.
 */
export function globWithin(glob: string, dir: string): string | undefined {
  const base = globBase(glob);
  const rest = base === '' ? glob : glob.slice(base.length + 1);
  const inside = base === '' || dir === base || dir.startsWith(`${base}/`);
  // "**/reports/*.txt" cannot be moved into a folder: "reports" may be the folder itself.
  if (!inside || !rest.startsWith('**/') || rest.slice(3).includes('/')) return undefined;
  return rest;
}
