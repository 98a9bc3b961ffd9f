// Headless Debian Chromium driven by playwright-core (which downloads no browser of its own).
// The flags keep Chromium from calling out to a network these machines don't have. Its profile
// lives in a folder of ours, so close() can make sure no Chromium process outlives a run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.BACKCHECK_CHROMIUM ?? '/usr/bin/chromium';

/** Pids of processes whose command line mentions `marker`. */
export function processesMentioning(marker) {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(marker) && !line.includes('ps -eo')).map((line) => Number(line.trim().split(/\s+/)[0]));
}

/** Pids of the processes in process group `pgid`. */
export function processesInGroup(pgid) {
  const out = execFileSync('ps', ['-eo', 'pid=,pgid='], { encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim().split(/\s+/).map(Number)).filter(([, g]) => g === pgid).map(([pid]) => pid);
}

/** Waits up to `ms` for every process mentioning `marker` to end, then kills what remains. */
export async function reap(marker, ms = 5000) {
  const deadline = Date.now() + ms;
  while (processesMentioning(marker).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const pid of processesMentioning(marker)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  return processesMentioning(marker).length === 0;
}

export async function launchBrowser(options = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or run bash .ci/install-system-deps.sh)`);
  const profile = mkdtempSync(join(tmpdir(), 'backcheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1400, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    await reap(profile);
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}
