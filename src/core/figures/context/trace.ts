/**
 * Which context rules decided the figure being read, for `backcheck figures --explain`. A rule
 * calls `decided(name)` when it changes or settles a reading; the reader collects the names per
 * figure only while explaining, so the cost otherwise is one check.
 */
let current: string[] | undefined;

export function decided(rule: string): void {
  if (current && !current.includes(rule)) current.push(rule);
}

/** Starts collecting (or stops, with undefined) and returns what was collected so far. */
export function collect(into: string[] | undefined): string[] | undefined {
  const before = current;
  current = into;
  return before;
}
