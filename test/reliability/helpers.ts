import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { main } from '../../src/cli/main';

/** Runs the CLI in-process, as `backcheck ARGV` in `cwd`, and captures what it prints. */
export async function runCli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const code = await main(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false });
  return { code, stdout, stderr, ms: Date.now() - started };
}

/** A throw-away workspace with these files (path → text or bytes); removed by `dispose`. */
export function workspace(files: Record<string, string | Uint8Array> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'backcheck-reliability-'));
  const write = (path: string, content: string | Uint8Array) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  for (const [path, content] of Object.entries(files)) write(path, content);
  return { root, path: (p: string) => join(root, p), write, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** A source every reliability workspace can cite: two paragraphs with figures. */
export const SOURCE_TEXT = 'The Elbe rose to 7.42 metres on Tuesday.\n\nAbout 1,200 residents left the old town.\n';
export const GOOD_DRAFT = 'The Elbe rose to 7.42 metres [@elbe, para. 1].\n\nIt was 9.9 metres, said no one.\n';

/** The fastest of `runs` timings of `op`, in milliseconds. */
export function fastest(op: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    op();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}

/**
 * Asserts that `op` over `make(2n)` takes less than three times as long as over `make(n)`:
 * linear work doubles, quadratic work quadruples. Timed as the fastest of two runs each, with
 * a few milliseconds' allowance so a near-zero first timing cannot fail a linear reader.
 */
export function assertLinear(name: string, make: (n: number) => string, n: number, op: (input: string) => unknown): { small: number; large: number } {
  const a = make(n);
  const b = make(2 * n);
  op(a); // warm up: JIT, caches
  // The machine is shared: a load spike can slow one timing. Quadratic work fails every attempt.
  let small = 0;
  let large = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    small = fastest(() => op(a), 2);
    large = fastest(() => op(b), 2);
    if (large < 3 * small + 15) return { small, large };
  }
  assert.fail(`${name}: ${a.length} chars took ${small.toFixed(1)} ms, ${b.length} chars ${large.toFixed(1)} ms (more than 3×, three times: super-linear)`);
}
