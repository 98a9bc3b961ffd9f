// Starts the cached VS Code server (code-server) on a free loopback port with throwaway user
// data and extensions folders, and stops it — with every process it started — on stop(), on
// exit and on Ctrl-C, so a test run never leaves a server behind, whether it passes or fails.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { processesInGroup, reap } from './browser.mjs';
import { entryPoint, installVsCode } from './install.mjs';

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'git.openRepositoryInParentFolders': 'never',
};

export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`VS Code server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`VS Code server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Installs a VSIX into an extensions folder the way a user would (`--install-extension`). */
export function installExtension(vsix, extensionsDir) {
  installVsCode();
  return execFileSync(process.execPath, [entryPoint, '--extensions-dir', extensionsDir, '--install-extension', vsix], { encoding: 'utf8' });
}

/**
 * @param {{ port?: number, extensionsDir?: string, env?: Record<string,string>, settings?: object }} options
 * @returns {Promise<{ url: string, port: number, userDataDir: string, extensionsDir: string, stop: () => void }>}
 */
export async function startServer(options = {}) {
  installVsCode();
  const port = options.port ?? (await freePort());
  const scratch = mkdtempSync(join(tmpdir(), 'backcheck-vscode-'));
  const userDataDir = join(scratch, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(scratch, 'extensions');
  // A quiet workbench: no welcome page or tips over what the tests look at.
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
  const args = [
    entryPoint, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  ];
  // detached: the server gets its own process group, so stop() can end its extension hosts too.
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let output = '';
  const keep = (d) => {
    output += d;
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let stopped = false;
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  /** Ends the server's whole process group and waits until none of its processes is left. */
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    kill();
    const deadline = Date.now() + 5000;
    while (processesInGroup(child.pid).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await reap(scratch);
    rmSync(scratch, { recursive: true, force: true });
  };
  process.once('exit', kill);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      kill();
      process.exit(130);
    });
  }
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/healthz`, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- server output ---\n${output.slice(-4000)}`);
  }
  return { url, port, userDataDir, extensionsDir, stop, output: () => output, pid: child.pid };
}
