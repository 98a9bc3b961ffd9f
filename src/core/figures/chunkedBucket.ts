import { firstIndex } from '../firstIndex';
import type { LocatedFigure } from './figureIndex';
import type { Figure } from '../types';

/**
 * The value a figure is sorted and looked up by: its value, except that dates sort by month and
 * day (yyyymmdd % 10000), so "6 August" finds "6. August 2024" in one range lookup.
 */
export function lookupValue(figure: Figure): number {
  return figure.kind === 'date' ? figure.value % 10000 : figure.value;
}

// The bits of a double, read through one scratch buffer: the word with the sign and exponent is
// the high one, found once (it is the second word on a little-endian machine).
const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
scratch[0] = 1;
const HIGH_WORD = words[1] === 0x3ff00000 ? 1 : 0;
/** Bits of the high word dropped: 13 leaves the exponent and 7 mantissa bits, chunks about 0.5 % wide. */
const CHUNK_SHIFT = 13;

/**
 * A coarse key of a value: its exponent and first mantissa bits, negated for a negative value.
 * It never decreases as the value grows (a double's bits order positive doubles as numbers do),
 * so chunks in key order hold the values in order, and equal values always share one chunk.
 */
export function chunkOf(value: number): number {
  scratch[0] = value;
  const magnitude = (words[HIGH_WORD] & 0x7fffffff) >>> CHUNK_SHIFT;
  return value < 0 ? -magnitude : magnitude;
}

interface Chunk {
  entries: LocatedFigure[];
  /** Whether `entries` is in lookup-value order; a chunk is sorted when a lookup first reads it. */
  sorted: boolean;
}

/**
 * One kind-and-unit bucket of the figure index, in chunks by value (chunkOf). Its order is by
 * lookup value, then by when an entry was added: adding appends to the entry's chunk and a stable
 * sort restores the order when that chunk is next read, so a load of 600,000 figures sorts no
 * bucket whole, and a lookup pays only for the few small chunks its range covers.
 */
export class ChunkedBucket {
  size = 0;
  private readonly chunks = new Map<number, Chunk>();
  /** The chunks' keys; sorted when a lookup needs them and a new chunk has come since. */
  private keys: number[] = [];
  private keysSorted = true;

  add(entry: LocatedFigure): void {
    const value = lookupValue(entry.figure);
    const key = chunkOf(value);
    let chunk = this.chunks.get(key);
    if (!chunk) {
      this.chunks.set(key, (chunk = { entries: [], sorted: true }));
      if (this.keys.length > 0 && this.keys[this.keys.length - 1] > key) this.keysSorted = false;
      this.keys.push(key);
    }
    const last = chunk.entries[chunk.entries.length - 1];
    if (last && lookupValue(last.figure) > value) chunk.sorted = false;
    chunk.entries.push(entry);
    this.size++;
  }

  /** Takes these entries out, in place, so a sorted chunk stays sorted. */
  remove(gone: readonly LocatedFigure[]): void {
    const byChunk = new Map<number, Set<LocatedFigure>>();
    for (const entry of gone) {
      const key = chunkOf(lookupValue(entry.figure));
      let set = byChunk.get(key);
      if (!set) byChunk.set(key, (set = new Set()));
      set.add(entry);
    }
    for (const [key, set] of byChunk) {
      const chunk = this.chunks.get(key);
      if (!chunk) continue;
      let kept = 0;
      for (const entry of chunk.entries) if (!set.has(entry)) chunk.entries[kept++] = entry;
      this.size -= chunk.entries.length - kept;
      chunk.entries.length = kept;
    }
  }

  /** The entries whose lookup value lies in [low, high], in order. */
  inRange(low: number, high: number): LocatedFigure[] {
    const keys = this.sortedKeys();
    const lastKey = chunkOf(high);
    const out: LocatedFigure[] = [];
    for (let k = lowerKey(keys, chunkOf(low)); k < keys.length && keys[k] <= lastKey; k++) {
      const entries = this.sortedChunk(keys[k]);
      for (let i = lowerEntry(entries, low); i < entries.length && lookupValue(entries[i].figure) <= high; i++) out.push(entries[i]);
    }
    return out;
  }

  /** The `count` entries closest to `target`, nearest first (a tie goes to the lower one). */
  nearest(target: number, count: number): LocatedFigure[] {
    const keys = this.sortedKeys();
    const targetKey = chunkOf(target);
    // The first entry not below the target is at (k0, i0): every chunk before k0 is below it.
    const k0 = lowerKey(keys, targetKey);
    const i0 = keys[k0] === targetKey ? lowerEntry(this.sortedChunk(targetKey), target) : 0;
    const below = this.walkDown(k0, i0, count);
    const above = this.walkUp(k0, i0, count);
    const out: LocatedFigure[] = [];
    let lo = 0;
    let hi = 0;
    while (out.length < count && (lo < below.length || hi < above.length)) {
      const takeLow = hi >= above.length || (lo < below.length && target - lookupValue(below[lo].figure) <= lookupValue(above[hi].figure) - target);
      out.push(takeLow ? below[lo++] : above[hi++]);
    }
    return out;
  }

  /** Every entry, in order (for a cache to store). */
  all(): LocatedFigure[] {
    return this.sortedKeys().flatMap((key) => this.sortedChunk(key));
  }

  /** Up to `count` entries before position (k0, i0), nearest first. */
  private walkDown(k0: number, i0: number, count: number): LocatedFigure[] {
    const out: LocatedFigure[] = [];
    for (let k = Math.min(k0, this.keys.length - 1); k >= 0 && out.length < count; k--) {
      const entries = this.sortedChunk(this.keys[k]);
      for (let i = (k === k0 ? i0 : entries.length) - 1; i >= 0 && out.length < count; i--) out.push(entries[i]);
    }
    return out;
  }

  /** Up to `count` entries from position (k0, i0) on, in order. */
  private walkUp(k0: number, i0: number, count: number): LocatedFigure[] {
    const out: LocatedFigure[] = [];
    for (let k = k0; k < this.keys.length && out.length < count; k++) {
      const entries = this.sortedChunk(this.keys[k]);
      for (let i = k === k0 ? i0 : 0; i < entries.length && out.length < count; i++) out.push(entries[i]);
    }
    return out;
  }

  private sortedKeys(): number[] {
    if (!this.keysSorted) {
      this.keys.sort((a, b) => a - b);
      this.keysSorted = true;
    }
    return this.keys;
  }

  private sortedChunk(key: number): LocatedFigure[] {
    const chunk = this.chunks.get(key)!;
    if (!chunk.sorted) {
      sortByValue(chunk.entries);
      chunk.sorted = true;
    }
    return chunk.entries;
  }
}

/** Sorts entries by lookup value, stably, with each value computed once rather than per comparison. */
function sortByValue(entries: LocatedFigure[]): void {
  const keyed = entries.map((entry, i) => ({ value: lookupValue(entry.figure), i, entry }));
  keyed.sort((a, b) => a.value - b.value || a.i - b.i);
  for (let i = 0; i < keyed.length; i++) entries[i] = keyed[i].entry;
}

function lowerKey(keys: number[], key: number): number {
  return firstIndex(keys.length, (i) => keys[i] < key);
}

function lowerEntry(entries: LocatedFigure[], value: number): number {
  return firstIndex(entries.length, (i) => lookupValue(entries[i].figure) < value);
}
