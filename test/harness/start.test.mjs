// `npm start` without desktop VS Code: a browser VS Code with Backcheck loaded for development,
// whose printed URL opens a workbench showing Backcheck's view, and which Ctrl-C stops entirely.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from '../../scripts/vscode/browser.mjs';
import { processesMentioning, processesWithEnv } from '../../scripts/vscode/processes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

test('npm start serves VS Code with Backcheck loaded, and Ctrl-C stops it', async (t) => {
  const runTmp = mkdtempSync(join(tmpdir(), 'backcheck-harness-start-'));
  t.after(() => rmSync(runTmp, { recursive: true, force: true }));
  const ofTheRun = () => [...new Set([...processesMentioning(runTmp), ...processesWithEnv('TMPDIR', runTmp)])];
  const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env: { ...process.env, TMPDIR: runTmp, BACKCHECK_BROWSER: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((done) => child.on('close', (code) => done(code)));
  let browser;
  try {
    const deadline = Date.now() + 120_000;
    while (!/^\s+(http:\/\/127\.0\.0\.1:\d+\/\S+)$/m.test(output)) {
      assert.ok(Date.now() < deadline && child.exitCode === null, `no URL printed:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const url = output.match(/^\s+(http:\/\/127\.0\.0\.1:\d+\/\S+)$/m)[1];
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(url);
    // The activity-bar entry comes from the extension's manifest: it is loaded for development.
    await page.locator('.activitybar .action-item a[aria-label^="Backcheck"]').waitFor({ timeout: 60_000 });
    // server, extension host, file watcher, Chromium is not counted (it is the test's own, outside runTmp)
    const alive = ofTheRun().filter((pid) => pid !== child.pid);
    assert.ok(alive.length >= 3, `the server and its extension host run with the TMPDIR this test watches: ${alive}`);
  } finally {
    await browser?.close();
    child.kill('SIGINT');
  }
  assert.equal(await exited, 130, output);
  // SIGKILL is delivered at once; tearing down a process with many threads takes a moment.
  const deadline = Date.now() + 2000;
  while (ofTheRun().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(ofTheRun(), []);
});
