/** Order statistics of timings, and a clock that returns what it timed. */

export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

/** The nearest-rank quantile: p95 of 20 runs is the 19th fastest. */
export function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function timed<T>(fn: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}
