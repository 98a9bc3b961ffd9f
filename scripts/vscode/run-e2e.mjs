// End to end, as a user meets Backcheck: package the VSIX, install it with --install-extension
// into a fresh VS Code, open the example workspace in the browser workbench and check what a
// person sees — the Sources view, the underline and Problems entry for the wrong figure, and the
// hover card over a citation — saving a screenshot of each under screenshots-out/.
// Prints mocha-style counts; exits 1 on any failed check.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { hoverOver, openFile, openProblems, openSourcesView, waitForSquiggle, waitForWorkbench } from '../../test/e2e/workbench.mjs';
import { launchBrowser } from './browser.mjs';
import { installExtension, startServer } from './server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = join(root, 'examples', 'workspace');
const shots = join(root, 'screenshots-out');

async function main() {
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const extensionsDir = mkdtempSync(join(tmpdir(), 'backcheck-extensions-'));
  const installed = installExtension(join(root, 'backcheck.vsix'), extensionsDir);
  console.log(installed.trim().split('\n').pop());
  mkdirSync(shots, { recursive: true });

  const server = await startServer({ extensionsDir, settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.hover.delay': 100 } });
  let browser;
  const results = [];
  const check = async (title, fn) => {
    const started = Date.now();
    try {
      await fn();
      results.push({ title, ok: true, ms: Date.now() - started });
    } catch (error) {
      results.push({ title, ok: false, error: error.message.split('\n').slice(0, 6).join('\n') });
    }
  };
  try {
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await waitForWorkbench(page);

    await check('the installed extension shows the Sources view with both sources', async () => {
      const rows = await openSourcesView(page, ['de_elbe_hochwasser', 'en_elbe_flood']);
      if (rows.length < 2) throw new Error(`expected 2 source rows, saw ${JSON.stringify(rows)}`);
      await page.screenshot({ path: join(shots, 'sources-view.png') });
    });
    await check('the wrong figure in the draft is underlined and listed in Problems', async () => {
      await openFile(page, 'draft.md');
      await waitForSquiggle(page);
      const rows = await openProblems(page, 'in no source');
      if (!rows.some((r) => r.includes('figure-unmatched'))) throw new Error(`no figure-unmatched row in Problems: ${JSON.stringify(rows)}`);
      await page.screenshot({ path: join(shots, 'problems.png') });
    });
    await check('hovering a citation key shows the cited passage', async () => {
      const text = await hoverOver(page, 'en_elbe_flood', 'Floodwaters on the Elbe');
      if (!/7\.42 metres/.test(text)) throw new Error(`hover lacks the passage's figure: ${text}`);
      await page.screenshot({ path: join(shots, 'hover-citation.png') });
    });
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(extensionsDir, { recursive: true, force: true });
  }
  console.log('');
  for (const r of results) console.log(`  ${r.ok ? '✔' : '✗'} e2e ${r.title}${r.ok ? ` (${r.ms} ms)` : ''}`);
  const failed = results.filter((r) => !r.ok);
  console.log(`\n  ${results.length - failed.length} passing`);
  if (failed.length) console.log(`  ${failed.length} failing`);
  failed.forEach((r, i) => console.log(`\n  ${i + 1}) ${r.title}\n     ${r.error}`));
  console.log(`screenshots in ${shots}`);
  return failed.length === 0;
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
