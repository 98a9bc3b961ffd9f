// Starts the cached VS Code server (code-server) on a free loopback port with throwaway user
// data and extensions folders, and stops it — with every process it started — on stop(), on
// exit, Ctrl-C and kill, so a test run never leaves a server behind, whether it passes or fails.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { killNow, MARKER_VAR, onExit, processesInGroup, reap } from './processes.mjs';
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

/**
 * Installs a VSIX into an extensions folder the way a user would (`--install-extension`), with a
 * throwaway user-data folder so nothing lands in the real home's VS Code settings.
 */
export function installExtension(vsix, extensionsDir) {
  installVsCode();
  const userDataDir = mkdtempSync(join(tmpdir(), 'backcheck-install-'));
  try {
    return execFileSync(process.execPath, [entryPoint, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], { encoding: 'utf8' });
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * Starts VS Code's server on a free 127.0.0.1 port with fresh user-data and extensions folders
 * and resolves once it answers HTTP. `env` is added to the server's environment, which its
 * extension hosts inherit (that is how the test runner learns where to write its results).
 * @param {{ port?: number, extensionsDir?: string, env?: Record<string,string>, settings?: object }} options
 * @returns {Promise<{ url: string, port: number, pid: number, scratch: string, userDataDir: string, extensionsDir: string, output: () => string, stop: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  installVsCode();
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      // A free port can be taken between the probe and the server's bind: try another once.
      if (options.port || attempt >= 2 || !/EADDRINUSE/.test(error.message)) throw error;
    }
  }
}

async function startOnce(options) {
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
  // detached: the server leads its own process group, so stop() ends its extension hosts,
  // file watchers and pty hosts with it.
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env, [MARKER_VAR]: scratch } });
  let output = '';
  const keep = (d) => {
    output += d;
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  // The script's exit, Ctrl-C or kill ends the server too, even if stop() is never reached.
  const unregister = onExit(() => {
    killNow({ pgid: child.pid, marker: scratch });
    rmSync(scratch, { recursive: true, force: true });
  });
  let stopped = false;
  /** Ends the server's whole process group and waits until none of its processes is left. */
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    unregister();
    killNow({ pgid: child.pid });
    const deadline = Date.now() + 5000;
    while (processesInGroup(child.pid).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await reap(scratch);
    rmSync(scratch, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/healthz`, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- server output ---\n${output.slice(-4000)}`);
  }
  return { url, port, pid: child.pid, scratch, userDataDir, extensionsDir, stop, output: () => output };
}
