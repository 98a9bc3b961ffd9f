import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ProcessRun {
  /** Wall time from spawn to exit, as a user waits for it. */
  ms: number;
  /** Peak resident set size of the Node process, in MB. */
  rssMB: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

const PRELOAD = pathToFileURL(resolve(__dirname, 'reportRss.mjs')).href;

/** Runs `node ARGS` in `cwd` to its end, timing it and reading its peak RSS from the preloaded reportRss.mjs. */
export function runNode(args: string[], cwd: string): ProcessRun {
  const rssFile = join(tmpdir(), `backcheck-bench-rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
  });
  const ms = performance.now() - start;
  if (child.error) throw child.error;
  const rssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(rssFile, { force: true });
  return { ms, rssMB, status: child.status, stdout: child.stdout, stderr: child.stderr };
}
