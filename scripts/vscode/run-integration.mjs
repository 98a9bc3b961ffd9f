// Runs test/integration/**/*.spec.ts inside a real VS Code extension host: installs (cached) and
// starts VS Code's server, opens the workbench in headless Chromium with this folder as the
// extension under development and the compiled suites as its tests, streams the results as the
// runner writes them, and always stops server and browser — then checks that no process of the
// run is left.
//
//   node scripts/vscode/run-integration.mjs [WORKSPACE]
//   node scripts/vscode/run-integration.mjs --web [WORKSPACE]
//
// --web (npm run test:web): the extension's browser bundle in the workbench's web worker extension
// host instead of the Node one (a user setting `remote.extensionKind` puts it there), running the
// one bundle of test/web/ (out/test/web/index.js) on a throwaway copy of examples/workspace. The
// worker has no file system of Node's: the runner reads its options from, and writes its results
// to, out/test-results/ through vscode.workspace.fs, which the server does on this disk.
//
// WORKSPACE (or BACKCHECK_TEST_WORKSPACE): the folder VS Code opens, default test/fixtures/workspace
// (the suites' expectations are written against it). Other knobs, all optional:
//   BACKCHECK_TEST_TIMEOUT_MS  time limit for the whole run in the extension host (default 180000)
//   BACKCHECK_TEST_GREP        only tests whose full title matches
//   BACKCHECK_TEST_LANGUAGE    VS Code's display language for the run, e.g. de (default: English)
//   BACKCHECK_TESTS_DIR        folder of the compiled runner (index.js + *.spec.js), default
//                              out/test/integration (the harness's own tests point it elsewhere)
// Exit code: 0 when every test passed; 1 on a failure, when no test ran, on a time-out, or when a
// process of the run outlived it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from './browser.mjs';
import { killNow, leftovers } from './processes.mjs';
import { startServer } from './server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const web = process.argv.includes('--web');
const [workspaceArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const workspace = resolve(root, workspaceArg ?? process.env.BACKCHECK_TEST_WORKSPACE ?? (web ? 'examples/workspace' : 'test/fixtures/workspace'));
const testsDir = resolve(root, process.env.BACKCHECK_TESTS_DIR ?? (web ? 'out/test/web' : 'out/test/integration'));
const resultsFile = join(root, 'out', 'test-results', web ? 'web.json' : 'integration.json');
// What the web runner cannot take from the environment (test/web/index.ts reads it).
const webOptionsFile = join(root, 'out', 'test-results', 'web-options.json');
/** In the web run the extension runs in the browser's worker only: `web` is its one allowed kind. */
const WEB_SETTINGS = { 'remote.extensionKind': { 'backcheck.backcheck': ['web'] } };
const screenshotDir = join(root, 'test-results');
// A suite asks for a screenshot of the workbench by writing this file ({ name }); the driver
// takes it into screenshots-out/ and deletes the file (test/integration/screenshot.ts).
const shotRequest = join(root, 'out', 'test-results', 'screenshot-request.json');
const shotDir = join(root, 'screenshots-out');
const TIME_LIMIT_MS = Number(process.env.BACKCHECK_TEST_TIMEOUT_MS ?? 180_000);

const indent = (text = '') => text.split('\n').map((l) => `     ${l}`).join('\n');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function readResults() {
  try {
    return JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    return undefined; // not written yet
  }
}

function printLine(r) {
  const mark = r.state === 'passed' ? '✔' : r.state === 'failed' ? '✗' : '-';
  console.log(`  ${mark} ${r.title}${r.durationMs ? ` (${r.durationMs} ms)` : ''}`);
}

/** Prints the closing counts and failures as mocha's spec reporter does; true when all passed. */
function printSummary({ results, crashed }) {
  const count = (state) => results.filter((r) => r.state === state).length;
  console.log(`\n  ${count('passed')} passing`);
  if (count('pending')) console.log(`  ${count('pending')} pending`);
  const failing = count('failed') + (crashed ? 1 : 0) + (count('passed') + count('failed') === 0 && !crashed ? 1 : 0);
  if (failing) console.log(`  ${failing} failing`);
  results.filter((r) => r.state === 'failed').forEach((r, i) => console.log(`\n  ${i + 1}) ${r.title}\n${indent(r.error)}`));
  if (crashed) console.log(`\n  the test runner crashed while loading the suites:\n${indent(crashed)}`);
  if (count('passed') + count('failed') === 0 && !crashed) console.log('\n  no test ran: an empty run counts as a failure');
  return failing === 0;
}

async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, name);
  await page?.screenshot({ path }).catch(() => {});
  return path;
}

/** Takes the screenshot a suite asked for, if any, then removes the request (the suite waits on that). */
async function takeRequestedScreenshot(page) {
  let request;
  try {
    request = JSON.parse(readFileSync(shotRequest, 'utf8'));
  } catch {
    return; // none asked for (or not fully written yet)
  }
  if (/^[\w.-]+\.png$/.test(request.name ?? '')) {
    mkdirSync(shotDir, { recursive: true });
    await page.screenshot({ path: join(shotDir, request.name) }).catch((error) => console.log(`  screenshot ${request.name} failed: ${error.message}`));
  }
  unlinkSync(shotRequest);
}

async function runInVsCode(workspace) {
  const server = await startServer({ settings: web ? WEB_SETTINGS : undefined, env: { BACKCHECK_TEST_RESULTS: resultsFile, BACKCHECK_TEST_GREP: process.env.BACKCHECK_TEST_GREP ?? '', BACKCHECK_SCREENSHOT_REQUEST: shotRequest } });
  let browser;
  let page;
  const started = Date.now();
  try {
    // The web worker host knows the extension by the address the page was opened at (127.0.0.1),
    // and runs the tests only when their location is inside the extension's, by that authority.
    const authority = `${web ? '127.0.0.1' : 'localhost'}:${server.port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${root}`],
      ['extensionTestsPath', `vscode-remote://${authority}${testsDir}/index`],
      // The extension under development runs in the browser's web worker extension host.
      ...(web ? [['extensionDevelopmentKind', 'web']] : []),
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    browser = await launchBrowser();
    page = await browser.context.newPage();
    const language = process.env.BACKCHECK_TEST_LANGUAGE;
    if (language) {
      // The web workbench takes its display language from the language pack's nls.messages.js,
      // which sets this global before the workbench starts (code-server's --locale only picks
      // the pack). Offline there is no pack to install, so the page sets the global itself: VS
      // Code's own strings stay English, but vscode.env.language is the language and extensions
      // get their bundle (l10n/bundle.l10n.<language>.json, package.nls.<language>.json).
      await page.addInitScript((lang) => {
        globalThis._VSCODE_NLS_LANGUAGE = lang;
      }, language);
    }
    // BACKCHECK_BROWSER_LOG=1: the workbench's console (the web worker extension host logs there).
    if (process.env.BACKCHECK_BROWSER_LOG) page.on('console', (m) => console.log(`  [browser ${m.type()}] ${m.text().slice(0, 2000)}`));
    await page.goto(url);
    console.log(`workbench opened on ${workspace}; running the suites in the ${web ? 'web worker ' : ''}extension host (limit ${TIME_LIMIT_MS / 1000} s) ...\n`);
    let shown = 0;
    for (;;) {
      const body = readResults();
      // Stream each result as the runner records it.
      for (const r of body?.results.slice(shown) ?? []) printLine(r);
      shown = body?.results.length ?? shown;
      await takeRequestedScreenshot(page);
      if (body?.finished) {
        const ok = printSummary(body);
        console.log(`${web ? 'web' : 'integration'} suites took ${((Date.now() - started) / 1000).toFixed(1)} s in VS Code 1.100.3`);
        if (!ok) console.log(`screenshot of the workbench: ${await screenshot(page, 'integration-failure.png')}`);
        return ok;
      }
      if (Date.now() - started > TIME_LIMIT_MS) {
        const shot = await screenshot(page, 'integration-timeout.png');
        console.log(`\n  ${shown === 0 ? 0 : body.results.filter((r) => r.state === 'passed').length} passing\n  1 failing\n`);
        console.log(`  1) ${web ? 'web' : 'integration'}: the extension host did not finish within ${TIME_LIMIT_MS / 1000} s${shown ? '' : ' (no test reported: did it start?)'}`);
        console.log(`     screenshot: ${shot}\n--- server output (last lines) ---\n${server.output().slice(-3000)}`);
        return false;
      }
      await sleep(250);
    }
  } finally {
    await browser?.close();
    await server.stop();
    // The harness's own promise: nothing it started outlives it, pass or fail.
    const left = leftovers({ pgids: [server.pid], markers: [server.scratch, browser?.profile] });
    if (left.length) {
      console.log(`\nprocesses of this run still alive after stop (a harness bug; killed now):\n${left.join('\n')}`);
      killNow({ pgid: server.pid, marker: server.scratch });
      if (browser) killNow({ marker: browser.profile });
      process.exitCode = 1;
    }
  }
}

async function main() {
  if (!existsSync(workspace)) throw new Error(`no workspace folder at ${workspace}`);
  execFileSync(process.execPath, [join(root, 'scripts', 'build-tests.mjs')], { cwd: root, stdio: 'inherit' });
  // The extension bundle comes from the project's build; build it if this checkout has none yet.
  if (!existsSync(join(root, 'dist', web ? 'web/extension.js' : 'extension.js'))) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  rmSync(resultsFile, { force: true });
  rmSync(shotRequest, { force: true });
  mkdirSync(dirname(resultsFile), { recursive: true });
  if (!web) return runInVsCode(workspace);
  // The web suites write to their workspace (a source added, a draft edited): a copy, always removed.
  writeFileSync(webOptionsFile, JSON.stringify({ grep: process.env.BACKCHECK_TEST_GREP ?? '' }));
  const copy = join(mkdtempSync(join(tmpdir(), 'backcheck-web-')), basename(workspace));
  cpSync(workspace, copy, { recursive: true });
  try {
    return await runInVsCode(copy);
  } finally {
    rmSync(dirname(copy), { recursive: true, force: true });
  }
}

main().then(
  (ok) => {
    if (!ok) process.exitCode = 1;
  },
  (error) => {
    console.error(`integration: ${error.stack ?? error}`);
    console.log('\n  0 passing\n  1 failing');
    process.exitCode = 1;
  },
);
