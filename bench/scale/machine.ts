import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  nproc: number;
  cpu: string;
  node: string;
  memoryGB: number;
  /** 1, 5 and 15 minute load averages when the run started and ended: other work skews timings. */
  loadStart: number[];
  loadEnd?: number[];
}

export function machine(): Machine {
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    memoryGB: Math.round(totalmem() / 2 ** 30 * 10) / 10,
    loadStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export function loadNow(): number[] {
  return loadavg().map((x) => Math.round(x * 100) / 100);
}
