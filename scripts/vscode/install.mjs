// Installs a real VS Code (the build inside code-server, from npm) for the integration and
// end-to-end tests, offline apart from the npm registry, and caches it under .vscode-test/ keyed
// by version. @vscode/test-electron cannot download VS Code on machines that only reach npm; this
// follows the recipe verified in ../shared/guides/real-vscode-here.md. Idempotent: a finished
// install is reused; an interrupted one never is (it is built in a temp folder and renamed).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, chmodSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = join(root, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
/** The code-server entry point inside the cache. */
export const entryPoint = join(cacheDir, 'package', 'out', 'node', 'entry.js');

const REQUIRED_COMMANDS = { rg: 'ripgrep', chromium: 'chromium' };
const REQUIRED_FILES = { '/usr/include/gssapi/gssapi.h': 'libkrb5-dev' };

function which(command) {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

function missingPackages() {
  return [
    ...Object.entries(REQUIRED_COMMANDS).filter(([cmd]) => !which(cmd)).map(([, pkg]) => pkg),
    ...Object.entries(REQUIRED_FILES).filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg),
  ];
}

/**
 * The Debian packages the install needs. As root (CI, a fresh machine) they are installed by the
 * project's own script; otherwise the error names the command to run.
 */
function checkSystemPackages() {
  if (missingPackages().length > 0 && process.getuid?.() === 0) {
    execFileSync('bash', [join(root, '.ci', 'install-system-deps.sh')], { stdio: 'inherit' });
  }
  const missing = missingPackages();
  if (missing.length > 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}\nInstall them as root: apt-get update && apt-get install -y ${missing.join(' ')}\n(or run: bash .ci/install-system-deps.sh)`);
  }
}

function sh(command, args, cwd, env = {}) {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Removes the half-built installs of runs that were killed (Ctrl-C, a time-out) mid-install. */
function removeAbandonedInstalls() {
  const parent = dirname(cacheDir);
  if (!existsSync(parent)) return;
  const prefix = `${basename(cacheDir)}.partial-`;
  for (const name of readdirSync(parent)) {
    if (name.startsWith(prefix) && !isRunning(Number(name.slice(prefix.length)))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

export function installVsCode({ log = console.log } = {}) {
  if (existsSync(entryPoint)) return entryPoint;
  checkSystemPackages();
  removeAbandonedInstalls();
  const partial = `${cacheDir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const started = Date.now();
  try {
    log(`installing VS Code ${CODE_SERVER_VERSION} (code-server) into ${cacheDir} ...`);
    sh('npm', ['pack', `code-server@${CODE_SERVER_VERSION}`, '--silent'], partial);
    const tarball = readdirSync(partial).find((f) => f.endsWith('.tgz'));
    sh('tar', ['xzf', tarball], partial);
    rmSync(join(partial, tarball));
    const pkg = join(partial, 'package');
    const vscode = join(pkg, 'lib', 'vscode');
    // Install scripts would download ripgrep from GitHub and fail here: install without them,
    // then build only the native modules, against this machine's Node.
    for (const dir of [pkg, vscode, join(vscode, 'extensions')]) {
      sh('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    }
    const rgDir = join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(rgDir, { recursive: true });
    copyFileSync(which('rg'), join(rgDir, 'rg'));
    chmodSync(join(rgDir, 'rg'), 0o755);
    for (const dir of [vscode, join(vscode, 'extensions')]) sh('npm', ['rebuild', '--loglevel=error'], dir, { npm_config_yes: 'true' });
    sh('npm', ['rebuild', 'argon2', '--loglevel=error'], pkg);
    symlinkSync('node_modules', join(vscode, 'node_modules.asar'));
    if (!existsSync(join(partial, 'package', 'out', 'node', 'entry.js'))) throw new Error('code-server entry point missing after install');
    if (existsSync(entryPoint)) {
      // Another run finished the same install meanwhile, and may be using it: keep that one.
      rmSync(partial, { recursive: true, force: true });
      return entryPoint;
    }
    rmSync(cacheDir, { recursive: true, force: true }); // an incomplete cache (no entry point)
    renameSync(partial, cacheDir);
    log(`installed VS Code ${CODE_SERVER_VERSION} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return entryPoint;
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(installVsCode());
  } catch (error) {
    console.error(`vscode:install failed: ${error.message}`);
    process.exitCode = 1;
  }
}
