/** One measured row of the benchmark table: Backcheck's figure, the named peer's, their ratio. */
export interface Row {
  id: string;
  measure: string;
  /** Sources in the corpus; undefined for rows on a fixed corpus of their own. */
  sources?: number;
  /** Backcheck's figure (undefined where nothing can be measured yet), in `unit`. */
  value?: number;
  unit: string;
  /** How the value reads in the table, with anything measured beside it (RSS, item count). */
  text: string;
  peer?: { name: string; value: number; text: string };
  /** value / peer.value: below 1 is faster than the peer. */
  ratio?: number;
  target: string;
  extra?: Record<string, number>;
}

export function ms(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : x >= 0.1 ? `${x.toFixed(2)} ms` : `${(x * 1000).toFixed(1)} µs`;
}

export function notYet(id: string, measure: string, why: string, target: string, sources?: number): Row {
  return { id, measure, sources, unit: 'ms', text: why, target };
}
