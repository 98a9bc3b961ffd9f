import { FigureIndex } from '../figures/figureIndex';
import { isUnreadable, loadSource } from './loadSource';
import type { Source, SourceFile, UnreadableSource } from './source';

/**
 * All loaded sources of a workspace, updated one file at a time. The figure index is rebuilt
 * lazily after a change, never per lint run or keystroke.
 */
export class SourceLibrary {
  private readonly byPath = new Map<string, Source>();
  private readonly unreadableByPath = new Map<string, UnreadableSource>();
  private index: FigureIndex | undefined;
  private readonly perSource = new Map<string, FigureIndex>();

  /** Adds or replaces the source at `file.path`. */
  set(file: SourceFile): Source | UnreadableSource {
    this.delete(file.path);
    const loaded = loadSource(file);
    if (isUnreadable(loaded)) this.unreadableByPath.set(file.path, loaded);
    else this.byPath.set(file.path, loaded);
    return loaded;
  }

  /** Records a file the host could not even read (permissions, vanished), with why. */
  setUnreadable(path: string, reason: string): void {
    this.delete(path);
    this.unreadableByPath.set(path, { path, reason });
  }

  /**
   * Takes over every source of `next`, built beside this one, in one step: a reload never
   * leaves a moment in which the library is empty or half loaded.
   */
  replaceWith(next: SourceLibrary): void {
    this.byPath.clear();
    this.unreadableByPath.clear();
    for (const [path, source] of next.byPath) this.byPath.set(path, source);
    for (const [path, unreadable] of next.unreadableByPath) this.unreadableByPath.set(path, unreadable);
    this.index = undefined;
    this.perSource.clear();
  }

  /** Whether any file has been loaded, readable or not. */
  get isEmpty(): boolean {
    return this.byPath.size === 0 && this.unreadableByPath.size === 0;
  }

  /** The loaded source (or unreadable file) at a path, if any. */
  has(path: string): boolean {
    return this.byPath.has(path) || this.unreadableByPath.has(path);
  }

  delete(path: string): void {
    this.byPath.delete(path);
    this.unreadableByPath.delete(path);
    this.index = undefined;
    this.perSource.clear();
  }

  get sources(): Source[] {
    return [...this.byPath.values()].sort((a, b) => a.key.localeCompare(b.key));
  }

  get unreadable(): UnreadableSource[] {
    return [...this.unreadableByPath.values()];
  }

  byKey(key: string): Source | undefined {
    for (const source of this.byPath.values()) if (source.key === key) return source;
    return undefined;
  }

  /** Keys that more than one file claims: reported, never silently merged. */
  get duplicateKeys(): Array<{ key: string; paths: string[] }> {
    const paths = new Map<string, string[]>();
    for (const source of this.byPath.values()) paths.set(source.key, [...(paths.get(source.key) ?? []), source.path]);
    return [...paths.entries()].filter(([, p]) => p.length > 1).map(([key, p]) => ({ key, paths: p.sort() }));
  }

  /** The figures of one source, or of some of its paragraphs, indexed for lookup. */
  figureIndexOf(key: string, paragraphs?: { from: number; to: number }): FigureIndex {
    const cacheKey = paragraphs ? `${key}#${paragraphs.from}-${paragraphs.to}` : key;
    let index = this.perSource.get(cacheKey);
    if (!index) {
      index = new FigureIndex();
      const source = this.byKey(key);
      for (const paragraph of source?.paragraphs ?? []) {
        if (paragraphs && (paragraph.index < paragraphs.from || paragraph.index > paragraphs.to)) continue;
        for (const figure of paragraph.figures) index.add({ figure, sourceKey: key, paragraph: paragraph.index });
      }
      this.perSource.set(cacheKey, index);
    }
    return index;
  }

  get figureIndex(): FigureIndex {
    if (!this.index) {
      const index = new FigureIndex();
      for (const source of this.byPath.values()) {
        for (const paragraph of source.paragraphs) {
          for (const figure of paragraph.figures) index.add({ figure, sourceKey: source.key, paragraph: paragraph.index });
        }
      }
      this.index = index;
    }
    return this.index;
  }
}
