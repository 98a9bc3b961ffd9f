/**
 * What a cache's trailer keeps per claim (judgements, suggestions) is a list of entries, each led
 * by a hash of the claim's key. These are the two steps every such list shares.
 */

/** `out` with the entries kept from the run before that this run did not write again, while `out` holds fewer than `limit`. */
export function withKeptBefore<T>(out: T[], before: ReadonlyMap<string, T>, written: ReadonlySet<string>, limit: number): T[] {
  for (const [hash, entry] of before) {
    if (out.length >= limit) break;
    if (!written.has(hash)) out.push(entry);
  }
  return out;
}

/** The entries of a trailer line by their key's hash; those not of the shape (`isEntry`) are left out, and all when the line's are not a list. */
export function entriesByHash<T extends [string, ...unknown[]]>(value: unknown, isEntry: (item: unknown) => item is T): Map<string, T> {
  const out = new Map<string, T>();
  if (!Array.isArray(value)) return out;
  for (const item of value) if (isEntry(item)) out.set(item[0], item);
  return out;
}
