// Headless Debian Chromium driven by playwright-core (which downloads no browser of its own).
// The flags keep Chromium from calling out to a network these machines don't have. Its profile
// lives in a folder of ours, so close() can make sure no Chromium process outlives a run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { killNow, MARKER_VAR, onExit, reap } from './processes.mjs';

export const CHROMIUM = process.env.BACKCHECK_CHROMIUM ?? '/usr/bin/chromium';

export async function launchBrowser(options = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or run bash .ci/install-system-deps.sh)`);
  const profile = mkdtempSync(join(tmpdir(), 'backcheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1400, height: 860 },
    env: { ...process.env, [MARKER_VAR]: profile },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // If the script dies before close(), its exit still ends this Chromium and drops the profile.
  const unregister = onExit(() => {
    killNow({ marker: profile });
    rmSync(profile, { recursive: true, force: true });
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    unregister();
    await context.close().catch(() => {});
    await reap(profile);
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close, profile };
}
