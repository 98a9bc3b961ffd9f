// Runs test/integration/*.spec.ts inside a real VS Code extension host: starts the cached VS Code
// server, opens the workbench in headless Chromium with this folder as the extension under
// development and the compiled suites as its tests, waits for the results file (with a time
// limit), prints the results as mocha's spec reporter would, and always stops server and browser.
// Exit code: 0 all passed; 1 a failure, no tests, or a time-out.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = resolve(root, process.env.BACKCHECK_TEST_WORKSPACE ?? 'test/fixtures/workspace');
const resultsFile = join(root, 'out', 'test-results', 'integration.json');
const TIME_LIMIT_MS = Number(process.env.BACKCHECK_TEST_TIMEOUT_MS ?? 240_000);

function printResults({ results, crashed }) {
  console.log('');
  for (const r of results) {
    const mark = r.state === 'passed' ? '✔' : r.state === 'failed' ? '✗' : '-';
    console.log(`  ${mark} ${r.title}${r.durationMs ? ` (${r.durationMs} ms)` : ''}`);
  }
  const count = (state) => results.filter((r) => r.state === state).length;
  console.log(`\n  ${count('passed')} passing`);
  if (count('pending')) console.log(`  ${count('pending')} pending`);
  if (count('failed')) console.log(`  ${count('failed')} failing`);
  results.filter((r) => r.state === 'failed').forEach((r, i) => console.log(`\n  ${i + 1}) ${r.title}\n${indent(r.error)}`));
  if (crashed) console.log(`\nthe test runner crashed:\n${indent(crashed)}`);
  return count('failed') === 0 && count('passed') > 0 && !crashed;
}

const indent = (text = '') => text.split('\n').map((l) => `     ${l}`).join('\n');

async function main() {
  execFileSync(process.execPath, ['scripts/build-tests.mjs'], { cwd: root, stdio: 'inherit' });
  if (!existsSync(join(root, 'dist', 'extension.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  rmSync(resultsFile, { force: true });
  mkdirSync(dirname(resultsFile), { recursive: true });

  const server = await startServer({ env: { BACKCHECK_TEST_RESULTS: resultsFile, BACKCHECK_TEST_GREP: process.env.BACKCHECK_TEST_GREP ?? '' } });
  let browser;
  const started = Date.now();
  try {
    const authority = `localhost:${server.port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${root}`],
      ['extensionTestsPath', `vscode-remote://${authority}${root}/out/test/integration/index`],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(url);
    console.log(`workbench opened on ${workspace}; running the suites in the extension host ...`);
    while (!existsSync(resultsFile) || !JSON.parse(readFileSync(resultsFile, 'utf8')).finished) {
      if (Date.now() - started > TIME_LIMIT_MS) {
        mkdirSync(join(root, 'test-results'), { recursive: true });
        await page.screenshot({ path: join(root, 'test-results', 'integration-timeout.png') }).catch(() => {});
        console.log(`\n  0 passing\n  1 failing\n\n  1) integration: no results within ${TIME_LIMIT_MS / 1000} s (screenshot: test-results/integration-timeout.png)\n--- server output ---\n${server.output().slice(-3000)}`);
        return false;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const ok = printResults(JSON.parse(readFileSync(resultsFile, 'utf8')));
    console.log(`integration suites took ${((Date.now() - started) / 1000).toFixed(1)} s in VS Code ${'1.100.3'}`);
    return ok;
  } finally {
    await browser?.close();
    await server.stop();
  }
}

main().then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (error) => {
    console.error(`integration: ${error.stack ?? error}`);
    console.log('\n  0 passing\n  1 failing');
    process.exitCode = 1;
  },
);
