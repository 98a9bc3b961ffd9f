// The harness's own tests: scripts/vscode/run-integration.mjs against small runners of ours in
// the real VS Code, to show that it passes only what passed, fails a throwing test, an empty run,
// an extension host that never reports and a Ctrl-C, and that no process of the run is left in
// any of these cases. Slow (a real VS Code per case, about 15-30 s each): `npm run test:harness`.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { processesMentioning, processesWithEnv } from '../../scripts/vscode/processes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = join(root, 'test', 'fixtures', 'workspace');
const casesDir = join(root, 'out', 'test', 'harness');
// Every temp folder of a run under test (server scratch, Chromium profile) goes below this one,
// so "is anything of that run still alive" is a search for this path on command lines.
const runTmp = mkdtempSync(join(tmpdir(), 'backcheck-harness-test-'));
/** Every process of the run under test: its folders on the command line, or its TMPDIR inherited. */
const ofTheRun = () => [...new Set([...processesMentioning(runTmp), ...processesWithEnv('TMPDIR', runTmp)])];

/**
 * The run's processes still alive `ms` after the driver exited, with their command lines. SIGKILL
 * is delivered at once but a process with many threads (Chromium) takes a moment to be torn down,
 * so a process counts as left over only if it outlives that grace period.
 */
async function leftAfter(ms) {
  const deadline = Date.now() + ms;
  while (ofTheRun().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return ofTheRun().map((pid) => {
    try {
      return `${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'latin1').replaceAll('\0', ' ').slice(0, 120)}`;
    } catch {
      return `${pid}`;
    }
  });
}

/** A tests folder for the extension host: the real runner (index.js) plus the given specs. */
function runnerWith(name, specs) {
  const dir = join(casesDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (specs !== null) copyFileSync(join(root, 'out', 'test', 'integration', 'index.js'), join(dir, 'index.js'));
  for (const [file, text] of Object.entries(specs ?? {})) writeFileSync(join(dir, file), text);
  return dir;
}

/** Runs the driver on a tests folder; resolves with its exit code, output and the processes left. */
function drive(testsDir, { timeoutMs = 60_000, onOutput } = {}) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'vscode', 'run-integration.mjs'), workspace], {
      cwd: root,
      env: { ...process.env, TMPDIR: runTmp, BACKCHECK_TESTS_DIR: testsDir, BACKCHECK_TEST_TIMEOUT_MS: String(timeoutMs) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (d) => {
      output += d;
      onOutput?.(output, child);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('close', async (code, signal) => done({ code, signal, output, left: await leftAfter(2000) }));
  });
}

before(() => execFileSync(process.execPath, [join(root, 'scripts', 'build-tests.mjs')], { cwd: root, stdio: 'inherit' }));
after(() => {
  rmSync(casesDir, { recursive: true, force: true });
  rmSync(runTmp, { recursive: true, force: true });
});

const PROBE = `
const assert = require('node:assert/strict');
const vscode = require('vscode');
describe('harness probe', () => {
  it('runs inside the extension host with the workspace open and the driver\\'s environment', () => {
    assert.equal(vscode.workspace.workspaceFolders[0].uri.fsPath, ${JSON.stringify(workspace)});
    assert.match(vscode.version, /^1\\.100\\./);
    assert.equal(process.env.BACKCHECK_TEST_RESULTS, ${JSON.stringify(join(root, 'out', 'test-results', 'integration.json'))});
    assert.ok(vscode.extensions.getExtension('backcheck.backcheck'), 'the extension under development is loaded');
  });
});
`;

test('a passing suite passes, with the vscode API, the folder and the environment it needs', async () => {
  const run = await drive(runnerWith('passing', { 'probe.spec.js': PROBE }));
  assert.equal(run.code, 0, run.output);
  assert.match(run.output, /✔ harness probe runs inside the extension host/);
  assert.match(run.output, /^ {2}1 passing$/m);
  assert.deepEqual(run.left, []);
});

test('a test that throws fails the run, with its title and message', async () => {
  const failing = `describe('harness probe', () => {
    it('passes', () => {});
    it('throws', () => { throw new Error('deliberate failure 4711'); });
  });`;
  const run = await drive(runnerWith('failing', { 'failing.spec.js': failing }));
  assert.equal(run.code, 1, run.output);
  assert.match(run.output, /^ {2}1 passing$/m);
  assert.match(run.output, /^ {2}1 failing$/m);
  assert.match(run.output, /harness probe throws[\s\S]*deliberate failure 4711/);
  assert.deepEqual(run.left, []);
});

test('a suite that cannot load fails the run', async () => {
  const run = await drive(runnerWith('crashing', { 'crash.spec.js': "throw new Error('suite does not load 815');" }));
  assert.equal(run.code, 1, run.output);
  assert.match(run.output, /suite does not load 815/);
  assert.deepEqual(run.left, []);
});

test('a run in which no test ran fails', async () => {
  const run = await drive(runnerWith('empty', {}));
  assert.equal(run.code, 1, run.output);
  assert.match(run.output, /no test ran/);
  assert.deepEqual(run.left, []);
});

test('an extension host that never runs the tests times out and fails', async () => {
  // No index.js: the extension host has no tests module to call, so no result ever comes.
  const run = await drive(runnerWith('no-runner', null), { timeoutMs: 25_000 });
  assert.equal(run.code, 1, run.output);
  assert.match(run.output, /did not finish within 25 s/);
  assert.deepEqual(run.left, []);
});

test('a test that hangs is stopped at the time limit and fails', async () => {
  const hanging = "describe('harness probe', function () { this.timeout(0); it('hangs', () => new Promise(() => {})); });";
  const run = await drive(runnerWith('hanging', { 'hang.spec.js': hanging }), { timeoutMs: 25_000 });
  assert.equal(run.code, 1, run.output);
  assert.match(run.output, /did not finish within 25 s/);
  assert.deepEqual(run.left, []);
});

test('Ctrl-C during a run stops VS Code and Chromium', async () => {
  const hanging = "describe('harness probe', function () { this.timeout(0); it('hangs', () => new Promise(() => {})); });";
  let sent = false;
  let aliveAtInterrupt = [];
  const run = await drive(runnerWith('interrupted', { 'hang.spec.js': hanging }), {
    onOutput: (output, child) => {
      if (!sent && output.includes('running the suites in the extension host')) {
        sent = true;
        // Give the extension host a moment to be up, so there is something to clean up.
        setTimeout(() => {
          aliveAtInterrupt = ofTheRun();
          child.kill('SIGINT');
        }, 3000);
      }
    },
  });
  assert.ok(sent, run.output);
  // The check below means something only if the run's processes carry the marker it looks for.
  assert.ok(aliveAtInterrupt.length >= 3, `server, extension host and Chromium should have been running: ${aliveAtInterrupt}`);
  assert.equal(run.code, 130, run.output);
  assert.deepEqual(run.left, []);
});
