import { firstIndex } from '../firstIndex';
import type { Figure } from '../types';

/**
 * The value a figure is sorted and looked up by: its value, except that dates sort by month and
 * day (yyyymmdd % 10000), so "6 August" finds "6. August 2024" in one range lookup.
 */
export function lookupValue(figure: Pick<Figure, 'kind' | 'value'>): number {
  return lookupValueOf(figure.kind, figure.value);
}

/** lookupValue of a figure's kind and value, for figures read from columns without an object. */
export function lookupValueOf(kind: Figure['kind'], value: number): number {
  return kind === 'date' ? value % 10000 : value;
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

/**
 * A chunk's entries as two arrays of numbers (V8 keeps them unboxed, 8 bytes each): each entry's
 * lookup value and its ref, which the index resolves to a figure (figureIndex.ts). No object an
 * entry: at 810,000 source figures the entries' objects were 60 MB.
 */
interface Chunk {
  values: number[];
  refs: number[];
  /** Whether the entries are in lookup-value order; a chunk is sorted when a lookup first reads it. */
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

  add(value: number, ref: number): void {
    const key = chunkOf(value);
    let chunk = this.chunks.get(key);
    if (!chunk) {
      this.chunks.set(key, (chunk = { values: [], refs: [], sorted: true }));
      if (this.keys.length > 0 && this.keys[this.keys.length - 1] > key) this.keysSorted = false;
      this.keys.push(key);
    }
    const last = chunk.values.length - 1;
    if (last >= 0 && chunk.values[last] > value) chunk.sorted = false;
    chunk.values.push(value);
    chunk.refs.push(ref);
    this.size++;
  }

  /**
   * Takes out, in place (a sorted chunk stays sorted), the entries whose ref `gone` says, in the
   * chunks of `values` (the lookup values the entries were added with).
   */
  remove(values: Iterable<number>, gone: (ref: number) => boolean): void {
    const keys = new Set<number>();
    for (const value of values) keys.add(chunkOf(value));
    for (const key of keys) {
      const chunk = this.chunks.get(key);
      if (!chunk) continue;
      let kept = 0;
      for (let i = 0; i < chunk.refs.length; i++) {
        if (gone(chunk.refs[i])) continue;
        chunk.values[kept] = chunk.values[i];
        chunk.refs[kept++] = chunk.refs[i];
      }
      this.size -= chunk.refs.length - kept;
      chunk.values.length = kept;
      chunk.refs.length = kept;
    }
  }

  /** The refs of the entries whose lookup value lies in [low, high], in order. */
  inRange(low: number, high: number): number[] {
    const keys = this.sortedKeys();
    const lastKey = chunkOf(high);
    const out: number[] = [];
    for (let k = lowerKey(keys, chunkOf(low)); k < keys.length && keys[k] <= lastKey; k++) {
      const { values, refs } = this.sortedChunk(keys[k]);
      for (let i = lowerEntry(values, low); i < values.length && values[i] <= high; i++) out.push(refs[i]);
    }
    return out;
  }

  /** The refs of the `count` entries closest to `target`, nearest first (a tie goes to the lower one). */
  nearest(target: number, count: number): number[] {
    const keys = this.sortedKeys();
    const targetKey = chunkOf(target);
    // The first entry not below the target is at (k0, i0): every chunk before k0 is below it.
    const k0 = lowerKey(keys, targetKey);
    const i0 = keys[k0] === targetKey ? lowerEntry(this.sortedChunk(targetKey).values, target) : 0;
    const below = this.walkDown(k0, i0, count);
    const above = this.walkUp(k0, i0, count);
    const out: number[] = [];
    let lo = 0;
    let hi = 0;
    while (out.length < count && (lo < below.values.length || hi < above.values.length)) {
      const takeLow = hi >= above.values.length || (lo < below.values.length && target - below.values[lo] <= above.values[hi] - target);
      out.push(takeLow ? below.refs[lo++] : above.refs[hi++]);
    }
    return out;
  }

  /** Every entry's ref, in order (for a cache to store). */
  all(): number[] {
    return this.sortedKeys().flatMap((key) => this.sortedChunk(key).refs);
  }

  /** Up to `count` entries before position (k0, i0), nearest first. */
  private walkDown(k0: number, i0: number, count: number): { values: number[]; refs: number[] } {
    const out = { values: [] as number[], refs: [] as number[] };
    for (let k = Math.min(k0, this.keys.length - 1); k >= 0 && out.refs.length < count; k--) {
      const { values, refs } = this.sortedChunk(this.keys[k]);
      for (let i = (k === k0 ? i0 : values.length) - 1; i >= 0 && out.refs.length < count; i--) {
        out.values.push(values[i]);
        out.refs.push(refs[i]);
      }
    }
    return out;
  }

  /** Up to `count` entries from position (k0, i0) on, in order. */
  private walkUp(k0: number, i0: number, count: number): { values: number[]; refs: number[] } {
    const out = { values: [] as number[], refs: [] as number[] };
    for (let k = k0; k < this.keys.length && out.refs.length < count; k++) {
      const { values, refs } = this.sortedChunk(this.keys[k]);
      for (let i = k === k0 ? i0 : 0; i < values.length && out.refs.length < count; i++) {
        out.values.push(values[i]);
        out.refs.push(refs[i]);
      }
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

  private sortedChunk(key: number): Chunk {
    const chunk = this.chunks.get(key)!;
    if (!chunk.sorted) {
      sortByValue(chunk);
      chunk.sorted = true;
    }
    return chunk;
  }
}

/** Sorts a chunk's entries by lookup value, stably (equal values keep the order they were added in). */
function sortByValue(chunk: Chunk): void {
  const { values, refs } = chunk;
  const order = Array.from(values, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  chunk.values = order.map((i) => values[i]);
  chunk.refs = order.map((i) => refs[i]);
}

function lowerKey(keys: number[], key: number): number {
  return firstIndex(keys.length, (i) => keys[i] < key);
}

function lowerEntry(values: number[], value: number): number {
  return firstIndex(values.length, (i) => values[i] < value);
}
