import { firstIndex } from '../firstIndex';
import type { Figure } from '../types';
import { ChunkedBucket, lookupValue } from './chunkedBucket';

export { lookupValue };

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
 * Source figures bucketed by kind and unit, each bucket in lookup-value order, so that looking
 * up a draft figure reads a few entries of one bucket rather than every source figure. A bucket
 * is cut into chunks by a coarse value key (chunkedBucket.ts): adding appends to one chunk, and a
 * lookup sorts only the chunks it reads, when first read, so neither grows with the library.
 */
export class FigureIndex {
  private readonly buckets = new Map<string, ChunkedBucket>();
  /**
   * Buckets read from a persistent cache, sorted already, whose entries are made only when a
   * lookup lands on them (a warm CLI run reads a few thousand of 600,000 source figures).
   */
  private readonly stored = new Map<string, StoredBucket>();
  /** While set, every lookup is written here (figureVerdicts.ts: which changes touch a verdict). */
  queries: IndexQuery[] | undefined;

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
      out.set(key, stored ? storedEntries(stored) : this.buckets.get(key)!.all());
    }
    return out;
  }

  /** Adds a figure after every entry of equal value (the order a stable sort of adds gives). */
  add(located: LocatedFigure): void {
    this.arrayBucket(bucketKey(located.figure)).add(located);
  }

  /**
   * Takes these entries (one source's figures, as added) out again, touching only the chunks
   * they are in: a changed source updates the index, never rebuilds it.
   */
  remove(entries: readonly LocatedFigure[]): void {
    const byBucket = new Map<string, LocatedFigure[]>();
    for (const entry of entries) {
      const key = bucketKey(entry.figure);
      const list = byBucket.get(key);
      if (list) list.push(entry);
      else byBucket.set(key, [entry]);
    }
    for (const [key, gone] of byBucket) this.arrayBucket(key).remove(gone);
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
    return this.buckets.get(key)?.inRange(low, high) ?? [];
  }

  /** The units the index holds figures of this kind in ("EUR", "USD" for money). */
  unitsOf(kind: Figure['kind']): string[] {
    // Which units there are changes with any figure of the kind: a verdict reading this is
    // touched by every change to the kind (a whole-kind query).
    this.queries?.push({ key: `${kind}|*`, low: -Infinity, high: Infinity });
    const out: string[] = [];
    for (const key of new Set([...this.buckets.keys(), ...this.stored.keys()])) {
      const bar = key.indexOf('|');
      const size = this.buckets.get(key)?.size ?? this.stored.get(key)?.values.length ?? 0;
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
    return this.buckets.get(key)?.nearest(lookupValue(like), count) ?? [];
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
      for (const entry of storedEntries(stored)) bucket.add(entry);
      this.buckets.set(key, bucket);
    }
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new ChunkedBucket()));
    return bucket;
  }
}

/** A bucket sorted by lookup value, read by position. */
interface SortedBucket {
  readonly length: number;
  valueAt(i: number): number;
  at(i: number): LocatedFigure;
}

/** A stored bucket: its lookup values in order, and a way to make the entry at a position. */
export interface StoredBucket extends SortedBucket {
  readonly values: Float64Array;
}

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
