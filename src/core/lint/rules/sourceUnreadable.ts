import type { SourceLibrary } from '../../sources/library';

export const SOURCE_UNREADABLE = { id: 'source-unreadable', defaultSeverity: 'error' as const, description: 'A source file cannot be read or decoded (reported once per file).' };

/**
 * `source-unreadable`: one finding per source file that could not be read or decoded, and per
 * file whose key another file already has. It is about sources, not drafts, so hosts report it
 * once against the source file (the CLI as its own result, the extension in the Sources view).
 * data: { path, reason }
 */
export function unreadableSources(library: SourceLibrary): Array<{ path: string; message: string; data: { path: string; reason: string } }> {
  const unreadable = library.unreadable.map((u) => ({ path: u.path, message: `cannot be read: ${u.reason}`, data: { path: u.path, reason: u.reason } }));
  const duplicates = library.duplicateKeys.flatMap(({ key, paths }) =>
    paths.slice(1).map((path) => ({ path, message: `has the key "${key}", which ${paths[0]} has too: rename one or give it an "id"`, data: { path, reason: `duplicate key ${key}` } })),
  );
  return [...unreadable, ...duplicates];
}
