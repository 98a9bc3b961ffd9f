import { FigureIndex, type FigureHolder } from '../figures/figureIndex';
import { figuresToIndex } from './indexedFigures';
import { isUnreadable, keyFromPath, loadSource } from './loadSource';
import { QuoteIndex } from './quoteIndex';
import type { Source, SourceFile, UnreadableSource } from './source';
import type { Reason } from '../messages/reasons';
import type { Figure } from '../types';

/** What one library version changed: the keys and figures of the sources set or taken out. */
export interface LibraryChange {
  keys: Set<string>;
  figures: Figure[];
}

/**
 * How many versions' changes are kept: a verdict cache further behind judges everything again
 * (a checkout of thousands of files is cheaper judged whole than walked change by change).
 */
const KEPT_CHANGES = 256;

/** The order of `localeCompare`, from one collator: ten times faster over 10,000 keys. */
const BY_KEY = new Intl.Collator();

/**
 * An index over the sources that a feature keeps (completion's passage terms): told of each
 * source added and removed, so it is kept up to date per file instead of rebuilt.
 */
export interface SourceIndex {
  add(source: Source): void;
  remove(source: Source): void;
}

/**
 * All loaded sources of a workspace, updated one file at a time. Sources are held by path and
 * by key in maps, so "is this a source?" and "which source has this key?" are one lookup. The
 * figure index and the quotation index are built on first use, then kept up to date per file:
 * a change to one source takes its figures out and puts the new ones in, never rebuilding.
 */
export class SourceLibrary {
  private byPath = new Map<string, Source>();
  private unreadableByPath = new Map<string, UnreadableSource>();
  /** The paths that claim each key, in the order they were set (the first one answers). */
  private pathsByKey = new Map<string, Set<string>>();
  private index: FigureIndex | undefined;
  /**
   * Whether `index` came whole from a persistent cache (useFigureIndex): it has no per-source
   * entries in `indexed` to take out, so the first change drops it and the next use rebuilds.
   */
  private indexIsStored = false;
  /** Each source's figures in `index`, by path, so they can be taken out again. */
  private indexed = new Map<string, FigureHolder>();
  /** Indexes built on first use by features and the rules, by the key they were asked for under. */
  private derived = new Map<unknown, SourceIndex>();
  /** Per-key indexes of one source (or some of its paragraphs), by paragraph range. */
  private perKey = new Map<string, Map<string, FigureIndex>>();
  /**
   * Every readable source in key order, kept so as each one is set or taken out (binary search):
   * sorting 10,000 keys at once, the first time the view or a rule asked, held the host 120 ms.
   * Sources of one key stand in the order they were set, as a stable sort of `byPath` has them.
   */
  private keyOrder: Source[] = [];
  /** A copy of `keyOrder` handed out by `sources`, made once per change: callers may keep it. */
  private sorted: Source[] | undefined;
  /** Counts changes: whatever was computed against the library (verdicts) is stale once it moves. */
  version = 0;
  /** The changes of each recent version, oldest first, so a cache can redo only what they touch. */
  private changeLog: Array<{ version: number; sources: Source[] }> = [];
  /** Every change after this version is in `changeLog`. */
  private changesKnownAfter = 0;

  /** Adds or replaces the source at `file.path`. */
  set(file: SourceFile): Source | UnreadableSource {
    const loaded = loadSource(file);
    if (isUnreadable(loaded)) this.setUnreadable(loaded.path, loaded);
    else this.setSource(loaded);
    return loaded;
  }

  /** Adds or replaces a source already loaded (read from a cache, or by a worker). */
  setSource(source: Source): void {
    this.delete(source.path);
    this.byPath.set(source.path, source);
    let paths = this.pathsByKey.get(source.key);
    if (!paths) this.pathsByKey.set(source.key, (paths = new Set()));
    paths.add(source.path);
    insertInKeyOrder(this.keyOrder, source);
    this.perKey.delete(source.key);
    this.dropStoredIndex();
    if (this.index) this.indexFigures(this.index, source);
    for (const index of this.derived.values()) index.add(source);
    this.noteChange(source);
  }

  /** Records a file the host could not even read (permissions, vanished), with why. */
  setUnreadable(path: string, why: Reason): void {
    this.delete(path);
    this.unreadableByPath.set(path, { path, reason: why.reason, ...(why.said ? { said: why.said } : {}) });
  }

  /**
   * Takes over every source of `next`, built beside this one, in one step: a reload never
   * leaves a moment in which the library is empty or half loaded. Its indexes come along.
   */
  replaceWith(next: SourceLibrary): void {
    this.byPath = new Map(next.byPath);
    this.unreadableByPath = new Map(next.unreadableByPath);
    this.pathsByKey = new Map([...next.pathsByKey].map(([key, paths]) => [key, new Set(paths)]));
    this.keyOrder = next.keyOrder.slice();
    // The indexes are handed over, not copied: `next` is not used after the swap.
    this.index = next.index;
    this.indexIsStored = next.indexIsStored;
    this.indexed = next.indexed;
    this.derived = next.derived;
    this.perKey = new Map();
    this.changed();
    this.forgetChanges();
  }

  /** Whether any file has been loaded, readable or not. */
  get isEmpty(): boolean {
    return this.byPath.size === 0 && this.unreadableByPath.size === 0;
  }

  /** The loaded source (or unreadable file) at a path, if any. */
  has(path: string): boolean {
    return this.byPath.has(path) || this.unreadableByPath.has(path);
  }

  /** How many readable sources the library holds (without sorting them). */
  get size(): number {
    return this.byPath.size;
  }

  delete(path: string): void {
    const source = this.byPath.get(path);
    if (source) {
      this.dropStoredIndex();
      this.byPath.delete(path);
      const paths = this.pathsByKey.get(source.key);
      paths?.delete(path);
      if (paths?.size === 0) this.pathsByKey.delete(source.key);
      removeFromKeyOrder(this.keyOrder, source);
      this.perKey.delete(source.key);
      const entries = this.indexed.get(path);
      if (entries) this.index?.removeFigures(entries);
      this.indexed.delete(path);
      for (const index of this.derived.values()) index.remove(source);
    }
    this.unreadableByPath.delete(path);
    this.changed();
    if (source) this.noteChange(source);
  }

  /**
   * The keys and figures of every source set or taken out after `version`, or undefined when
   * that is no longer known (too far back, or the library was replaced whole): then redo all.
   */
  changesSince(version: number): LibraryChange | undefined {
    if (version < this.changesKnownAfter) return undefined;
    const out: LibraryChange = { keys: new Set(), figures: [] };
    for (const { version: at, sources } of this.changeLog) {
      if (at <= version) continue;
      for (const source of sources) {
        out.keys.add(source.key);
        for (const paragraph of source.paragraphs) out.figures.push(...paragraph.figures);
      }
    }
    return out;
  }

  /**
   * Records a source set or taken out under the current version; its figures are read only when
   * asked for (a source read from a cache is parsed on first use, and most never are).
   */
  private noteChange(source: Source): void {
    let last = this.changeLog[this.changeLog.length - 1];
    if (last?.version !== this.version) this.changeLog.push((last = { version: this.version, sources: [] }));
    last.sources.push(source);
    if (this.changeLog.length > KEPT_CHANGES) this.changesKnownAfter = this.changeLog.shift()!.version;
  }

  /** From here on, what changed before is unknown: the index or every source was replaced. */
  private forgetChanges(): void {
    this.changeLog = [];
    this.changesKnownAfter = this.version;
  }

  /**
   * Takes a figure index over exactly the sources held now, read from a persistent cache (a
   * warm CLI run), instead of building one from every source's figures.
   */
  useFigureIndex(index: FigureIndex): void {
    this.index = index;
    this.indexed.clear();
    this.indexIsStored = true;
    this.forgetChanges();
  }

  private dropStoredIndex(): void {
    if (!this.indexIsStored) return;
    this.index = undefined;
    this.indexIsStored = false;
    // The index rebuilt from the sources is a new one: nothing judged against the old one stands.
    this.forgetChanges();
  }

  /** Every readable source in the order they were set: the order the figure index is built in. */
  get inLoadOrder(): Source[] {
    return [...this.byPath.values()];
  }

  private changed(): void {
    this.version++;
    this.sorted = undefined;
  }

  /** Every readable source, sorted by key: a copy of the order kept as sources come and go, once per change. */
  get sources(): Source[] {
    if (!this.sorted) this.sorted = this.keyOrder.slice();
    return this.sorted;
  }

  get unreadable(): UnreadableSource[] {
    return [...this.unreadableByPath.values()];
  }

  /**
   * The file that cannot be read whose key `key` would be: an unread file has no metadata, so its
   * key is its base name. A citation of it is no unknown key; the file is what went wrong.
   */
  unreadableWithKey(key: string): UnreadableSource | undefined {
    for (const file of this.unreadableByPath.values()) if (keyFromPath(file.path) === key) return file;
    return undefined;
  }

  byKey(key: string): Source | undefined {
    const paths = this.pathsByKey.get(key);
    if (!paths) return undefined;
    for (const path of paths) return this.byPath.get(path);
    return undefined;
  }

  byPathOf(path: string): Source | undefined {
    return this.byPath.get(path);
  }

  /** Keys that more than one file claims: reported, never silently merged. */
  get duplicateKeys(): Array<{ key: string; paths: string[] }> {
    return [...this.pathsByKey.entries()].filter(([, p]) => p.size > 1).map(([key, p]) => ({ key, paths: [...p].sort() }));
  }

  /** Whether some source contains a quotation (normalised as normalizeQuote does). */
  containsQuote(needle: string): boolean {
    return this.sourceIndex(QuoteIndex, () => new QuoteIndex()).contains(needle);
  }

  /**
   * The index kept under `key` (a feature's own class or symbol): built over every source on
   * the first request, then told of every change, and handed over by replaceWith.
   */
  sourceIndex<T extends SourceIndex>(key: unknown, build: () => T): T {
    let index = this.derived.get(key) as T | undefined;
    if (!index) {
      index = build();
      for (const source of this.byPath.values()) index.add(source);
      this.derived.set(key, index);
    }
    return index;
  }

  /** The figures of one source, or of some of its paragraphs, indexed for lookup. */
  figureIndexOf(key: string, paragraphs?: { from: number; to: number }): FigureIndex {
    const rangeKey = paragraphs ? `${paragraphs.from}-${paragraphs.to}` : '';
    let byRange = this.perKey.get(key);
    if (!byRange) this.perKey.set(key, (byRange = new Map()));
    let index = byRange.get(rangeKey);
    if (!index) {
      index = new FigureIndex();
      const source = this.byKey(key);
      if (source) index.addFigures(figuresToIndex(source, paragraphs));
      byRange.set(rangeKey, index);
    }
    return index;
  }

  /** Every source's figures in one index: built on first use, then updated per changed file. */
  get figureIndex(): FigureIndex {
    if (!this.index) {
      this.index = new FigureIndex();
      this.indexed.clear();
      for (const source of this.byPath.values()) this.indexFigures(this.index, source);
    }
    return this.index;
  }

  private indexFigures(index: FigureIndex, source: Source): void {
    const entries = figuresToIndex(source);
    index.addFigures(entries);
    this.indexed.set(source.path, entries);
  }
}

/**
 * Puts a source into a key-ordered list after every source of an equal key (where a stable sort
 * of the sources in the order they were set puts it). Sources mostly come in key order (a folder
 * listing), so the last place is tried first: one comparison instead of a search.
 */
function insertInKeyOrder(order: Source[], source: Source): void {
  const last = order[order.length - 1];
  if (!last || BY_KEY.compare(last.key, source.key) <= 0) {
    order.push(source);
    return;
  }
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (BY_KEY.compare(order[mid].key, source.key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  order.splice(lo, 0, source);
}

/** Takes a source out of a key-ordered list: searched among the sources of its key first. */
function removeFromKeyOrder(order: Source[], source: Source): void {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (BY_KEY.compare(order[mid].key, source.key) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < order.length && BY_KEY.compare(order[i].key, source.key) === 0; i++) {
    if (order[i] === source) return void order.splice(i, 1);
  }
  // Not where its key says (never expected): look everywhere rather than keep a removed source.
  const at = order.indexOf(source);
  if (at >= 0) order.splice(at, 1);
}
