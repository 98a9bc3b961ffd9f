import type { SourceIndex } from '../sources/library';
import { Postings } from '../sources/postings';
import type { Source } from '../sources/source';
import { MAX_FILTER_WORDS, WORD_START_CHARS, endOfWords, filterWordsOf, forEachWordStart } from './prefixMatch';

/**
 * Which sources a typed key prefix can match, without reading every source per keystroke:
 * each word start of the sources' filter texts (titles, passages' first words; see
 * prefixMatch.ts) points to the sources that have it, and a prefix finds its word starts by
 * binary search in a sorted list of them. Keys are matched anywhere, so they are searched,
 * all in one string. Built as sources are indexed and kept up to date per source (SourceIndex):
 * a removed source's id is marked dead, and its entries are swept out once the dead outnumber
 * the live (Postings), so a change costs its own size, not the corpus's.
 */
export class CompletionWordIndex implements SourceIndex {
  /** One id a source, posted under each of its word starts; a sweep renumbers, and the keys follow. */
  private readonly sources = new Postings<Source, Source>(1, (sources) => this.renumbered(sources));
  /**
   * The word starts by their first two code units, each group sorted when a search reads it
   * after words were added: a group is small, and a change re-sorts only the groups it touched.
   */
  private readonly groups = new Map<string, { words: string[]; sorted: boolean }>();
  /** The groups' names by their first code unit, for a one-character prefix. */
  private readonly groupsByFirst = new Map<string, Set<string>>();
  /**
   * The lower-cased keys, by id, each followed by a line break, in one string, and where each
   * starts: a prefix is found in every key by a few indexOf calls over about 100 KB at 10,000
   * sources, not by a call per key (each key its own string, a cache miss each).
   */
  private keyText = '';
  private keyStarts: number[] = [];
  /**
   * The live ids in the order of the last `sources` asked about (the library's, one array per
   * change), so an answer is put in that order by a pass over typed arrays, not a map lookup per source.
   */
  private order: { sources: readonly Source[]; ids: Int32Array } | undefined;

  add(source: Source): void {
    const id = this.sources.add(source, [source]);
    if (id === undefined) return;
    this.appendKey(source);
    this.order = undefined;
    // A source's ids are the last in their lists while it is added: a word start it has twice is posted once.
    const collect = (start: string) => this.post(start, id);
    forEachWordStart(filterWordsOf(source).toLowerCase(), collect);
    // A passage's first words, as its filter text has them, without splitting and joining them.
    for (const { text } of source.paragraphs) forEachWordStart(text.slice(0, endOfWords(text, MAX_FILTER_WORDS)).toLowerCase(), collect);
  }

  remove(source: Source): void {
    this.sources.remove(source);
    this.order = undefined;
  }

  /**
   * The sources, of `sources` and in their order, whose key holds `prefix` (lower case) or
   * which have a word start that begins with it: every source with an item the prefix
   * matches, and a few more when the prefix is longer than a kept word start. Undefined when
   * more than `atMost` of them can match: the caller then reads every source anyway, and
   * putting that many in order would cost more than it saves.
   */
  sourcesMatching(prefix: string, sources: readonly Source[], atMost = Infinity): Source[] | undefined {
    const found = new Uint8Array(this.sources.size);
    this.markKeysHolding(prefix, found);
    const start = prefix.slice(0, WORD_START_CHARS);
    for (const word of this.wordsStartingWith(start)) {
      for (const id of this.sources.list(word)!) found[id] = 1;
    }
    let count = 0;
    const alive = this.sources.alive;
    for (let id = 0; id < found.length; id++) if (found[id] === 1 && alive[id] === 1) count++;
    if (count > atMost) return undefined;
    const out: Source[] = [];
    for (const id of this.idsInOrderOf(sources)) if (found[id] === 1) out.push(this.sources.itemOf(id)!);
    return out;
  }

  /** Flags the id of every key that holds `prefix` (which has no line break). */
  private markKeysHolding(prefix: string, found: Uint8Array): void {
    const text = this.keyText;
    const starts = this.keyStarts;
    for (let at = text.indexOf(prefix); at >= 0; ) {
      const id = upperBound(starts, at) - 1;
      found[id] = 1;
      // On to the next key: one match a key is enough.
      at = id + 1 < starts.length ? text.indexOf(prefix, starts[id + 1]) : -1;
    }
  }

  /** The ids of `sources` held here, in their order: computed once per array the library hands out. */
  private idsInOrderOf(sources: readonly Source[]): Int32Array {
    if (this.order?.sources !== sources) {
      const ids = new Int32Array(sources.length);
      let count = 0;
      for (const source of sources) {
        const id = this.sources.firstId(source);
        if (id !== undefined) ids[count++] = id;
      }
      this.order = { sources, ids: ids.subarray(0, count) };
    }
    return this.order.ids;
  }

  /** The kept word starts that begin with `start` (one or more code units). */
  private *wordsStartingWith(start: string): Generator<string> {
    const names = start.length === 1 ? this.groupsByFirst.get(start) ?? [] : [start.slice(0, 2)];
    for (const name of names) {
      const group = this.groups.get(name);
      if (!group) continue;
      // Every word of a group starts with its name: a prefix no longer than that takes them all, unsorted.
      if (start.length <= name.length) {
        yield* group.words;
        continue;
      }
      if (!group.sorted) {
        group.words.sort();
        group.sorted = true;
      }
      const words = group.words;
      for (let i = lowerBound(words, start); i < words.length && words[i].startsWith(start); i++) yield words[i];
    }
  }

  private post(word: string, id: number): void {
    if (this.sources.post(word, id)) this.group(word).push(word);
  }

  /** The source's lower-cased key, at the end of the key text: a source's key is found by its id. */
  private appendKey(source: Source): void {
    this.keyStarts.push(this.keyText.length);
    this.keyText += `${source.key.toLowerCase()}\n`;
  }

  /** The (unsorted from here) group a new word start goes in. */
  private group(word: string): string[] {
    const name = word.slice(0, 2);
    let group = this.groups.get(name);
    if (!group) {
      this.groups.set(name, (group = { words: [], sorted: true }));
      let names = this.groupsByFirst.get(name[0]);
      if (!names) this.groupsByFirst.set(name[0], (names = new Set()));
      names.add(name);
    }
    group.sorted = false;
    return group.words;
  }

  /** After a sweep: the keys again in the new ids' order, and the groups without the word starts swept out. */
  private renumbered(sources: readonly Source[]): void {
    this.keyText = '';
    this.keyStarts = [];
    for (const source of sources) this.appendKey(source);
    this.order = undefined;
    for (const [name, group] of this.groups) {
      group.words = group.words.filter((word) => this.sources.hasTerm(word));
      if (group.words.length === 0) {
        this.groups.delete(name);
        this.groupsByFirst.get(name[0])?.delete(name);
      }
    }
  }
}

/** The first place in `sorted` whose string is not before `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first place in `sorted` whose number is after `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
