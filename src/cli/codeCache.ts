/**
 * The `backcheck` command as installed (dist/cli.js): runs the CLI's bundle (dist/cliMain.js)
 * from V8's code cache, so a run does not parse and compile its 0.5 MB of JavaScript again: Node 20
 * has no module.enableCompileCache. The cache is one file per bundle (named by a hash of its
 * bytes, Node's version and the platform) in the user's cache folder; it is written once, after
 * the first run (then it holds the functions that run compiled), atomically, and a cache V8
 * rejects (another V8, other flags) is written again. Any failure here only costs the compile:
 * the bundle then runs as compiled from its source. BACKCHECK_CODE_CACHE=0 turns it off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';

const BUNDLE = join(__dirname, 'cliMain.js');

/** The folder for code caches: the platform's per-user cache folder (never a shared temp folder: its bytes run as code). */
function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  if (env.BACKCHECK_CODE_CACHE === '0') return undefined;
  if (process.platform === 'win32') return env.LOCALAPPDATA && join(env.LOCALAPPDATA, 'backcheck', 'code-cache');
  const home = homedir();
  const base = env.XDG_CACHE_HOME || (process.platform === 'darwin' ? home && join(home, 'Library', 'Caches') : home && join(home, '.cache'));
  return base ? join(base, 'backcheck', 'code-cache') : undefined;
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes `bytes` to `file` through a temporary file renamed over it: a reader sees the old file or the new, never half. */
function writeAtomically(file: string, folder: string, bytes: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch {
    // No cache folder to write to (read-only home, full disk): the next run compiles again.
    rmSync(temporary, { force: true });
  }
}

function run(): void {
  const source = readFileSync(BUNDLE, 'utf8');
  const folder = cacheFolder(process.env);
  const key = createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}`).digest('hex').slice(0, 32);
  const cacheFile = folder && join(folder, `cli-${key}.bin`);
  const cachedData = cacheFile ? readOrUndefined(cacheFile) : undefined;
  // The bundle as Node would wrap a CommonJS module: its require, module, __filename and __dirname are dist's.
  // The wrapper's opening is a line of its own, counted as line 0: the bundle's lines and columns,
  // its first line's too, are those of cliMain.js in a stack trace (and for its source map).
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, { filename: BUNDLE, lineOffset: -1, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // After the run, so the cache holds the functions this run compiled (lazily), not only the top level.
    process.once('exit', () => writeAtomically(cacheFile, folder, script.createCachedData()));
  }
  const module = { exports: {}, filename: BUNDLE, id: BUNDLE, loaded: false };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, __dirname);
}

run();
