/**
 * The first index in `0..length` where `before(i)` is false, for a `before` that holds on a
 * prefix of the indices and nowhere after it: a binary search, so sorted lists of any length
 * are searched in log time. One place for the figure index, its chunks, the text's segments,
 * sentences and lines.
 */
export function firstIndex(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
