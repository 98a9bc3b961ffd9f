import { firstIndex } from '../firstIndex';
import type { Figure } from '../types';
import { ChunkedBucket, lookupValue, lookupValueOf } from './chunkedBucket';

export { lookupValue, lookupValueOf };

/** A source figure with where it stands, so a match can name its passage. */
export interface LocatedFigure {
  figure: Figure;
  sourceKey: string;
  paragraph: number;
}

export type MatchKind = 'exact' | 'rounded' | 'converted';

export interface FigureMatch {
  kind: MatchKind;
  source: LocatedFigure;
}

/** A lookup made of the index: the kind and unit bucket, and the lookup values it could see. */
export interface IndexQuery {
  key: string;
  low: number;
  high: number;
}

/**
 * A source's figures as the index reads them: by place, their bucket and lookup value without
 * making a Figure object, the figure with where it stands only for an entry a lookup returns.
 * (src/core/sources/indexedFigures.ts makes these of a source's columns or of plain paragraphs.)
 */
export interface FigureHolder {
  readonly count: number;
  /** The bucket (bucketKey) and lookup value of the figure at place `i`. */
  bucketAt(i: number): string;
  lookupValueAt(i: number): number;
  located(i: number): LocatedFigure;
}

/**
 * An entry's ref: its holder's slot and the figure's place there, as one number (exact below
 * 2^53): a slot below 2^21, a place below 2^32.
 */
const PLACES = 2 ** 32;

/**
 * Source figures bucketed by kind and unit, each bucket in lookup-value order, so that looking
 * up a draft figure reads a few entries of one bucket rather than every source figure. A bucket
 * is cut into chunks by a coarse value key (chunkedBucket.ts): adding appends to one chunk, and a
 * lookup sorts only the chunks it reads, when first read, so neither grows with the library.
 * An entry is two numbers (its lookup value, and a ref to its figure's holder and place), not an
 * object: the figure is made only for the entries a lookup returns.
 */
export class FigureIndex {
  private readonly buckets = new Map<string, ChunkedBucket>();
  /**
   * Buckets read from a persistent cache, sorted already, whose entries are made only when a
   * lookup lands on them (a warm CLI run reads a few thousand of 600,000 source figures).
   */
  private readonly stored = new Map<string, StoredBucket>();
  /** The holders of the entries by slot; slot 0 holds the figures added one at a time (`add`). */
  private readonly holders: Array<FigureHolder | undefined> = [];
  private readonly slots = new Map<FigureHolder, number>();
  private readonly loose = new LooseFigures();
  /** While set, every lookup is written here (figureVerdicts.ts: which changes touch a verdict). */
  queries: IndexQuery[] | undefined;

  constructor() {
    this.holders.push(this.loose);
  }

  /** An index over buckets stored sorted (sourceCache.ts), resolving entries on demand. */
  static fromStored(buckets: Map<string, StoredBucket>): FigureIndex {
    const index = new FigureIndex();
    for (const [key, bucket] of buckets) index.stored.set(key, bucket);
    return index;
  }

  /**
   * Every bucket's entries in lookup order, for a cache to store: the order a lookup would see,
   * so an index read back answers exactly as this one does.
   */
  sortedBuckets(): Map<string, readonly LocatedFigure[]> {
    const out = new Map<string, readonly LocatedFigure[]>();
    for (const key of new Set([...this.buckets.keys(), ...this.stored.keys()])) {
      const stored = this.stored.get(key);
      out.set(key, stored ? storedEntries(stored) : this.resolve(this.buckets.get(key)!.all()));
    }
    return out;
  }

  /** Adds a figure after every entry of equal value (the order a stable sort of adds gives). */
  add(located: LocatedFigure): void {
    this.arrayBucket(bucketKey(located.figure)).add(lookupValue(located.figure), this.loose.put(located));
  }

  /**
   * Takes these entries (figures added one at a time, with `add`) out again, touching only the
   * chunks they are in.
   */
  remove(entries: readonly LocatedFigure[]): void {
    const gone = new Set(entries);
    const byBucket = new Map<string, number[]>();
    for (const entry of entries) push(byBucket, bucketKey(entry.figure), lookupValue(entry.figure));
    const isGone = (ref: number) => ref < PLACES && gone.has(this.loose.located(ref)) && this.loose.drop(ref);
    for (const [key, values] of byBucket) this.arrayBucket(key).remove(values, isGone);
  }

  /** Adds every figure of a holder (one source's, or some of its paragraphs'), in its order. */
  addFigures(holder: FigureHolder): void {
    const slot = this.holders.length;
    this.holders.push(holder);
    this.slots.set(holder, slot);
    for (let i = 0; i < holder.count; i++) this.arrayBucket(holder.bucketAt(i)).add(holder.lookupValueAt(i), slot * PLACES + i);
  }

  /**
   * Takes a holder's figures out again, touching only the chunks they are in: a changed source
   * updates the index, never rebuilds it.
   */
  removeFigures(holder: FigureHolder): void {
    const slot = this.slots.get(holder);
    if (slot === undefined) return;
    const byBucket = new Map<string, number[]>();
    for (let i = 0; i < holder.count; i++) push(byBucket, holder.bucketAt(i), holder.lookupValueAt(i));
    for (const [key, values] of byBucket) this.arrayBucket(key).remove(values, (ref) => Math.floor(ref / PLACES) === slot);
    this.slots.delete(holder);
    this.holders[slot] = undefined;
  }

  /**
   * Every source figure of the same kind and unit (or of `unit` when given) whose lookup value
   * lies in [low, high]. Dates are looked up by month and day (see lookupValue).
   */
  inRange(like: Figure, low: number, high: number, unit = like.unit): LocatedFigure[] {
    const key = bucketKey({ kind: like.kind, unit });
    this.queries?.push({ key, low, high });
    const stored = this.stored.get(key);
    if (stored) return storedInRange(stored, low, high);
    return this.resolve(this.buckets.get(key)?.inRange(low, high) ?? []);
  }

  /** The units the index holds figures of this kind in ("EUR", "USD" for money). */
  unitsOf(kind: Figure['kind']): string[] {
    // Which units there are changes with any figure of the kind: a verdict reading this is
    // touched by every change to the kind (a whole-kind query).
    this.queries?.push({ key: `${kind}|*`, low: -Infinity, high: Infinity });
    const out: string[] = [];
    for (const key of new Set([...this.buckets.keys(), ...this.stored.keys()])) {
      const bar = key.indexOf('|');
      const size = this.buckets.get(key)?.size ?? this.stored.get(key)?.length ?? 0;
      if (size > 0 && key.slice(0, bar) === kind && bar < key.length - 1) out.push(key.slice(bar + 1));
    }
    return out;
  }

  /** The `count` source figures of the same kind and unit closest in value, nearest first. */
  nearest(like: Figure, count: number): LocatedFigure[] {
    const key = bucketKey(like);
    // Which entries are nearest depends on the whole bucket: a query over all of it.
    this.queries?.push({ key, low: -Infinity, high: Infinity });
    const stored = this.stored.get(key);
    if (stored) return storedNearest(stored, lookupValue(like), count);
    return this.resolve(this.buckets.get(key)?.nearest(lookupValue(like), count) ?? []);
  }

  /** The entries of these refs: each figure with where it stands. */
  private resolve(refs: number[]): LocatedFigure[] {
    return refs.map((ref) => this.holders[Math.floor(ref / PLACES)]!.located(ref % PLACES));
  }

  /**
   * The bucket to change: a stored bucket is resolved whole first (a source changed after a
   * warm start; the library rebuilds instead, so this is the rare path).
   */
  private arrayBucket(key: string): ChunkedBucket {
    const stored = this.stored.get(key);
    if (stored) {
      this.stored.delete(key);
      const bucket = new ChunkedBucket();
      for (const entry of storedEntries(stored)) bucket.add(lookupValue(entry.figure), this.loose.put(entry));
      this.buckets.set(key, bucket);
    }
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new ChunkedBucket()));
    return bucket;
  }
}

/** The figures added one at a time: the entries themselves, by place (slot 0 of every index). */
class LooseFigures implements FigureHolder {
  private readonly entries: Array<LocatedFigure | undefined> = [];

  get count(): number {
    return this.entries.length;
  }

  /** Holds an entry; returns its place. */
  put(located: LocatedFigure): number {
    return this.entries.push(located) - 1;
  }

  /** Lets go of the entry at a place (taken out of the index); true, for a filter. */
  drop(i: number): true {
    this.entries[i] = undefined;
    return true;
  }

  bucketAt(i: number): string {
    return bucketKey(this.entries[i]!.figure);
  }

  lookupValueAt(i: number): number {
    return lookupValue(this.entries[i]!.figure);
  }

  located(i: number): LocatedFigure {
    return this.entries[i]!;
  }
}

function push(byKey: Map<string, number[]>, key: string, value: number): void {
  const list = byKey.get(key);
  if (list) list.push(value);
  else byKey.set(key, [value]);
}

/** A bucket sorted by lookup value, read by position. */
interface SortedBucket {
  readonly length: number;
  valueAt(i: number): number;
  at(i: number): LocatedFigure;
}

/** A stored bucket: its lookup values in order, and a way to make the entry at a position (its length known before either is read). */
export type StoredBucket = SortedBucket;

function storedEntries(bucket: StoredBucket): LocatedFigure[] {
  return Array.from({ length: bucket.length }, (_, i) => bucket.at(i));
}

function storedInRange(bucket: StoredBucket, low: number, high: number): LocatedFigure[] {
  const out: LocatedFigure[] = [];
  for (let i = lowerBound(bucket, low); i < bucket.length && bucket.valueAt(i) <= high; i++) out.push(bucket.at(i));
  return out;
}

function storedNearest(bucket: StoredBucket, target: number, count: number): LocatedFigure[] {
  const at = lowerBound(bucket, target);
  const out: LocatedFigure[] = [];
  let lo = at - 1;
  let hi = at;
  while (out.length < count && (lo >= 0 || hi < bucket.length)) {
    const takeLow = hi >= bucket.length || (lo >= 0 && target - bucket.valueAt(lo) <= bucket.valueAt(hi) - target);
    out.push(bucket.at(takeLow ? lo-- : hi++));
  }
  return out;
}

/** The bucket a figure is in: its kind and unit. */
export function bucketKey(figure: Pick<Figure, 'kind' | 'unit'>): string {
  return `${figure.kind}|${figure.unit ?? ''}`;
}

function lowerBound(bucket: SortedBucket, value: number): number {
  return firstIndex(bucket.length, (i) => bucket.valueAt(i) < value);
}
