import type { Figure } from '../types';

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

/**
 * Source figures bucketed by kind and unit, each bucket sorted by value, so that looking up a
 * draft figure is a binary search in one bucket rather than a scan over every source figure.
 */
export class FigureIndex {
  private readonly buckets = new Map<string, LocatedFigure[]>();
  private sorted = true;

  add(located: LocatedFigure): void {
    const key = bucketKey(located.figure);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(located);
    else this.buckets.set(key, [located]);
    this.sorted = false;
  }

  /** Every source figure of the same kind and unit whose value lies in [low, high]. */
  inRange(like: Figure, low: number, high: number): LocatedFigure[] {
    const bucket = this.bucket(like);
    const out: LocatedFigure[] = [];
    for (let i = lowerBound(bucket, low); i < bucket.length && bucket[i].figure.value <= high; i++) out.push(bucket[i]);
    return out;
  }

  /** The `count` source figures of the same kind and unit closest in value, nearest first. */
  nearest(like: Figure, count: number): LocatedFigure[] {
    const bucket = this.bucket(like);
    const at = lowerBound(bucket, like.value);
    const out: LocatedFigure[] = [];
    let lo = at - 1;
    let hi = at;
    while (out.length < count && (lo >= 0 || hi < bucket.length)) {
      const takeLow = hi >= bucket.length || (lo >= 0 && like.value - bucket[lo].figure.value <= bucket[hi].figure.value - like.value);
      out.push(takeLow ? bucket[lo--] : bucket[hi++]);
    }
    return out;
  }

  private bucket(like: Figure): LocatedFigure[] {
    if (!this.sorted) {
      for (const bucket of this.buckets.values()) bucket.sort((a, b) => a.figure.value - b.figure.value);
      this.sorted = true;
    }
    return this.buckets.get(bucketKey(like)) ?? [];
  }
}

function bucketKey(figure: Figure): string {
  return `${figure.kind}|${figure.unit ?? ''}`;
}

function lowerBound(bucket: LocatedFigure[], value: number): number {
  let lo = 0;
  let hi = bucket.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bucket[mid].figure.value < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
