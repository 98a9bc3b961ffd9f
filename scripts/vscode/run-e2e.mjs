// End to end, as a user meets Backcheck: package the VSIX (npm run package), install it with
// --install-extension into a fresh extensions folder, start VS Code, open the workspace in the
// browser workbench and run the checks of test/e2e/checks.mjs on what a person sees, saving a
// screenshot of each under screenshots-out/ (and of a failure under test-results/).
//
//   node scripts/vscode/run-e2e.mjs [WORKSPACE]     (or BACKCHECK_E2E_WORKSPACE; default examples/workspace)
//   BACKCHECK_E2E_SKIP_PACKAGE=1 reuses an existing backcheck.vsix.
// Prints mocha-style counts; exits 1 on any failed check, or when a process of the run is left.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { checks } from '../../test/e2e/checks.mjs';
import { waitForWorkbench } from '../../test/e2e/workbench.mjs';
import { paragraphCitations, readSources } from '../../test/e2e/workspace.mjs';
import { launchBrowser } from './browser.mjs';
import { killNow, leftovers } from './processes.mjs';
import { installExtension, startServer } from './server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = resolve(root, process.argv[2] ?? process.env.BACKCHECK_E2E_WORKSPACE ?? 'examples/workspace');
const vsix = join(root, 'backcheck.vsix');
const shots = join(root, 'screenshots-out');
const failureShots = join(root, 'test-results');
const DRAFT = 'draft.md';

function workspaceFacts() {
  return { workspace, draftName: DRAFT, sources: readSources(workspace), citations: paragraphCitations(readFileSync(join(workspace, DRAFT), 'utf8')) };
}

async function main() {
  const ctx = workspaceFacts();
  if (process.env.BACKCHECK_E2E_SKIP_PACKAGE !== '1' || !existsSync(vsix)) {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const extensionsDir = mkdtempSync(join(tmpdir(), 'backcheck-extensions-'));
  const installed = installExtension(vsix, extensionsDir);
  if (!/successfully installed/.test(installed)) throw new Error(`--install-extension did not install the VSIX:\n${installed}`);
  console.log(installed.trim().split('\n').pop());
  mkdirSync(shots, { recursive: true });

  const server = await startServer({ extensionsDir, settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.hover.delay': 100 } });
  let browser;
  const results = [];
  try {
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await waitForWorkbench(page);
    for (const check of checks) {
      const started = Date.now();
      try {
        await check.run(page, ctx);
        if (check.screenshot) await page.screenshot({ path: join(shots, check.screenshot) });
        results.push({ title: check.title, ok: true, ms: Date.now() - started });
      } catch (error) {
        mkdirSync(failureShots, { recursive: true });
        const shot = join(failureShots, `e2e-failed-${check.screenshot ?? `${results.length + 1}.png`}`);
        await page.screenshot({ path: shot }).catch(() => {});
        results.push({ title: check.title, ok: false, error: `${error.message.split('\n').slice(0, 6).join('\n')}\n(screenshot: ${shot})` });
        await page.keyboard.press('Escape').catch(() => {}); // close a stray widget before the next check
      }
    }
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(extensionsDir, { recursive: true, force: true });
    const left = leftovers({ pgids: [server.pid], markers: [server.scratch, browser?.profile, extensionsDir] });
    if (left.length) {
      results.push({ title: 'no process of the run is left after it', ok: false, error: left.join('\n') });
      killNow({ pgid: server.pid, marker: server.scratch });
    }
  }
  console.log('');
  for (const r of results) console.log(`  ${r.ok ? '✔' : '✗'} e2e ${r.title}${r.ok ? ` (${r.ms} ms)` : ''}`);
  const failed = results.filter((r) => !r.ok);
  console.log(`\n  ${results.length - failed.length} passing`);
  if (failed.length) console.log(`  ${failed.length} failing`);
  failed.forEach((r, i) => console.log(`\n  ${i + 1}) ${r.title}\n     ${r.error.replace(/\n/g, '\n     ')}`));
  console.log(`\nscreenshots in ${shots}`);
  return failed.length === 0 && results.length > 0;
}

main().then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (error) => {
    console.error(`e2e: ${error.stack ?? error}`);
    console.log('\n  0 passing\n  1 failing');
    process.exitCode = 1;
  },
);
