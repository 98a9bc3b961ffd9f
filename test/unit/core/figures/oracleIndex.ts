import type { Figure } from '../../../../src/core/types';
import type { LocatedFigure, StoredBucket } from '../../../../src/core/figures/figureIndex';

/** The figure index as it was before chunked buckets (one sorted array per bucket): the oracle the new one must answer as. */
export class OracleIndex {
  private readonly buckets = new Map<string, LocatedFigure[]>();
  /** Buckets added to since they were last sorted: only these are sorted again. */
  private readonly unsorted = new Set<LocatedFigure[]>();
  /**
   * Buckets read from a persistent cache, sorted already, whose entries are made only when a
   * lookup lands on them (a warm CLI run reads a few thousand of 600,000 source figures).
   */
  private readonly stored = new Map<string, StoredBucket>();

  /** An index over buckets stored sorted (sourceCache.ts), resolving entries on demand. */
  static fromStored(buckets: Map<string, StoredBucket>): OracleIndex {
    const index = new OracleIndex();
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
      const bucket = this.bucket(keyParts(key));
      out.set(key, Array.from({ length: bucket.length }, (_, i) => bucket.at(i)));
    }
    return out;
  }

  add(located: LocatedFigure): void {
    const key = bucketKey(located.figure);
    const bucket = this.arrayBucket(key);
    if (bucket.length === 0 || this.unsorted.has(bucket)) {
      // Building: append, and sort once when the bucket is first looked up.
      bucket.push(located);
      this.unsorted.add(bucket);
    } else {
      // A sorted bucket (a source changed after the index was in use): insert in place, after
      // any equal value, where a stable sort of the appended entry would put it.
      bucket.splice(upperBound(bucket, oldLookupValue(located.figure)), 0, located);
    }
  }

  /**
   * Takes these entries (one source's figures, as added) out again, touching only the buckets
   * they are in: a changed source updates the index, never rebuilds it.
   */
  remove(entries: readonly LocatedFigure[]): void {
    const byBucket = new Map<string, Set<LocatedFigure>>();
    for (const entry of entries) {
      const key = bucketKey(entry.figure);
      let set = byBucket.get(key);
      if (!set) byBucket.set(key, (set = new Set()));
      set.add(entry);
    }
    for (const [key, gone] of byBucket) {
      const bucket = this.arrayBucket(key);
      // In place, keeping order: a sorted bucket stays sorted.
      let kept = 0;
      for (const entry of bucket) if (!gone.has(entry)) bucket[kept++] = entry;
      bucket.length = kept;
    }
  }

  /**
   * Every source figure of the same kind and unit (or of `unit` when given) whose lookup value
   * lies in [low, high]. Dates are looked up by month and day (see lookupValue).
   */
  inRange(like: Figure, low: number, high: number, unit = like.unit): LocatedFigure[] {
    const bucket = this.bucket({ ...like, unit });
    const out: LocatedFigure[] = [];
    for (let i = lowerBound(bucket, low); i < bucket.length && bucket.valueAt(i) <= high; i++) out.push(bucket.at(i));
    return out;
  }

  /** The units the index holds figures of this kind in ("EUR", "USD" for money). */
  unitsOf(kind: Figure['kind']): string[] {
    const out: string[] = [];
    for (const key of new Set([...this.buckets.keys(), ...this.stored.keys()])) {
      const bar = key.indexOf('|');
      const size = this.buckets.get(key)?.length ?? this.stored.get(key)?.length ?? 0;
      if (size > 0 && key.slice(0, bar) === kind && bar < key.length - 1) out.push(key.slice(bar + 1));
    }
    return out;
  }

  /** The `count` source figures of the same kind and unit closest in value, nearest first. */
  nearest(like: Figure, count: number): LocatedFigure[] {
    const bucket = this.bucket(like);
    const target = oldLookupValue(like);
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

  private bucket(like: Pick<Figure, 'kind' | 'unit'>): SortedBucket {
    const key = bucketKey(like);
    const stored = this.stored.get(key);
    if (stored) return stored;
    const bucket = this.buckets.get(key) ?? [];
    if (this.unsorted.delete(bucket)) sortByValue(bucket);
    return arrayView(bucket);
  }

  /**
   * The bucket as an array to change: a stored bucket is resolved whole first (a source changed
   * after a warm start; the library rebuilds instead, so this is the rare path).
   */
  private arrayBucket(key: string): LocatedFigure[] {
    const stored = this.stored.get(key);
    if (stored) {
      this.stored.delete(key);
      this.buckets.set(key, Array.from({ length: stored.length }, (_, i) => stored.at(i)));
    }
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = []));
    return bucket;
  }
}

/** A bucket sorted by lookup value, read by position. */
interface SortedBucket {
  readonly length: number;
  valueAt(i: number): number;
  at(i: number): LocatedFigure;
}

function arrayView(bucket: LocatedFigure[]): SortedBucket {
  return { length: bucket.length, valueAt: (i) => oldLookupValue(bucket[i].figure), at: (i) => bucket[i] };
}

/**
 * The value a figure is sorted and looked up by: its value, except that dates sort by month and
 * day (yyyymmdd % 10000), so "6 August" finds "6. August 2024" in one range lookup.
 */
function oldLookupValue(figure: Figure): number {
  return figure.kind === 'date' ? figure.value % 10000 : figure.value;
}

function bucketKey(figure: Pick<Figure, 'kind' | 'unit'>): string {
  return `${figure.kind}|${figure.unit ?? ''}`;
}

/** The kind and unit a bucket key stands for (an empty unit is none). */
function keyParts(key: string): Pick<Figure, 'kind' | 'unit'> {
  const bar = key.indexOf('|');
  return { kind: key.slice(0, bar) as Figure['kind'], unit: key.slice(bar + 1) || undefined };
}

function lowerBound(bucket: SortedBucket, value: number): number {
  let lo = 0;
  let hi = bucket.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bucket.valueAt(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sorts a bucket by lookup value, stably, with each value computed once rather than twice per
 * comparison: the first lookup after a load sorts hundreds of thousands of source figures.
 */
function sortByValue(bucket: LocatedFigure[]): void {
  const keyed = bucket.map((entry, i) => ({ value: oldLookupValue(entry.figure), i, entry }));
  keyed.sort((a, b) => a.value - b.value || a.i - b.i);
  for (let i = 0; i < keyed.length; i++) bucket[i] = keyed[i].entry;
}

function upperBound(bucket: LocatedFigure[], value: number): number {
  let lo = 0;
  let hi = bucket.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (oldLookupValue(bucket[mid].figure) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
