// Finding and ending the processes a test run started. Each run marks its processes by a fresh
// temp folder on their command line (the server's user-data dir, Chromium's profile) and by the
// server's process group, so these helpers never touch anyone else's VS Code or Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

// Zombies (state Z) are left out everywhere: they have ended and only wait for their parent,
// often init, to collect their exit status.
function table() {
  return execFileSync('ps', ['-eo', 'pid=,pgid=,stat=,args='], { encoding: 'utf8', maxBuffer: 16 << 20 })
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/))
    .filter(Boolean)
    .map(([, pid, pgid, stat, args]) => ({ pid: Number(pid), pgid: Number(pgid), stat, args }))
    .filter((p) => p.pid !== process.pid && !p.stat.startsWith('Z') && !p.args.startsWith('ps -eo'));
}

/**
 * The environment variable that marks a run's processes: the server and Chromium are started with
 * it set to their temp folder, and every process they start inherits it — extension hosts,
 * Chromium's helpers and crash handler, which name no folder of ours on their command line.
 */
export const MARKER_VAR = 'BACKCHECK_HARNESS_RUN';

/** Pids of processes whose command line mentions `marker`. */
export function processesMentioning(marker) {
  return table().filter((p) => p.args.includes(marker)).map((p) => p.pid);
}

/** Pids of the processes in process group `pgid`. */
export function processesInGroup(pgid) {
  return table().filter((p) => p.pgid === pgid).map((p) => p.pid);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Pids of the processes marked by `marker`: on their command line or in their environment. */
export function processesMarked(marker) {
  return [...new Set([...processesMentioning(marker), ...processesWithEnv(MARKER_VAR, marker)])];
}

/** Waits up to `ms` for every process marked by `marker` to end, then kills what remains. */
export async function reap(marker, ms = 5000) {
  const deadline = Date.now() + ms;
  while (processesMarked(marker).length > 0 && Date.now() < deadline) await sleep(100);
  for (const pid of processesMarked(marker)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  await sleep(100);
  return processesMarked(marker).length === 0;
}

/**
 * The processes of ours still alive after a run, as "pid args" lines: anything in the server's
 * process group or naming one of the run's temp folders. Empty when the run cleaned up.
 */
export function leftovers({ pgids = [], markers = [] }) {
  const marked = new Set(markers.filter(Boolean).flatMap((m) => processesWithEnv(MARKER_VAR, m)));
  return table()
    .filter((p) => pgids.includes(p.pgid) || marked.has(p.pid) || markers.some((m) => m && p.args.includes(m)))
    .map((p) => `${p.pid} ${p.args.slice(0, 160)}`);
}

/** Kills, at once and synchronously, the processes mentioning `marker` (for exit paths). */
export function killNow({ pgid, marker } = {}) {
  if (pgid) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // the group is gone
    }
  }
  if (marker) {
    for (const pid of processesMarked(marker)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
  }
}

// One set of process-wide handlers, however many servers and browsers a run starts: on exit and
// on Ctrl-C / kill, every registered cleanup runs (synchronously: nothing async runs after
// 'exit'), so no VS Code server or Chromium outlives the script that started it.
const cleanups = new Set();
let installed = false;
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function runCleanups() {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // keep cleaning the rest
    }
  }
}

/** Registers a synchronous cleanup for process exit and signals; returns its unregister function. */
export function onExit(cleanup) {
  if (!installed) {
    installed = true;
    process.on('exit', runCleanups);
    for (const [signal, code] of Object.entries(SIGNALS)) {
      process.on(signal, () => {
        runCleanups();
        process.exit(code);
      });
    }
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/**
 * Pids of processes whose environment has `name=value` (Linux /proc). Children inherit the
 * environment, so this finds every descendant of a run, even those whose command line names
 * none of its folders (extension hosts, Chromium's helpers).
 */
export function processesWithEnv(name, value) {
  if (!existsSync('/proc')) return []; // not Linux: command lines and process groups only
  const wanted = `${name}=${value}`;
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const state = readFileSync(`/proc/${entry}/stat`, 'latin1').replace(/^.*\) /s, '')[0];
      if (state === 'Z') continue;
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(wanted)) found.push(Number(entry));
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
  return found;
}
