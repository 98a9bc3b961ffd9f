// Runs the bench's probe (bench/vscode/probe.ts) inside a real VS Code extension host, on one
// generated workspace, the way the integration tests run their suites (scripts/vscode/*): starts
// the cached VS Code server, opens the workbench in headless Chromium with this checkout as the
// extension under development and the compiled probe as its tests, and waits for the probe's
// JSON. Meanwhile it reads the workbench's status bar, to see whether the load's progress is
// shown to the writer. Always stops server and browser.
//
//   node bench/vscode/drive.mjs WORKSPACE --out FILE [--timeout-ms N] [--calls N]
//
// FILE gets the probe's figures plus `progressSeen` (status bar texts that showed the load) and
// `wallMs`. Exit code 0 when the probe answered, 1 otherwise (FILE then holds `error`).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

import { launchBrowser } from '../../scripts/vscode/browser.mjs';
import { killNow, leftovers } from '../../scripts/vscode/processes.mjs';
import { startServer } from '../../scripts/vscode/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, 'timeout-ms': { type: 'string', default: '900000' }, calls: { type: 'string', default: '20' } } });
const workspace = resolve(positionals[0] ?? '');
const out = resolve(values.out ?? join(root, 'out', 'bench', 'vscode-results.json'));
const probeFile = join(root, 'out', 'bench', 'vscode', 'probe.js');
const resultsFile = `${out}.probe`;
const progress = (text) => process.stderr.write(`[bench:vscode] ${text}\n`);

/** The status bar's texts that report the load ("loading 50 of 1,000 sources"): the writer sees these. */
const LOADING = /loading [\d,.\s]+ of [\d,.\s]+ sources/i;

async function buildProbe() {
  await build({ entryPoints: [join(root, 'bench', 'vscode', 'probe.ts')], outfile: probeFile, bundle: true, platform: 'node', target: 'es2022', format: 'cjs', external: ['vscode'], logLevel: 'warning' });
}

function readProbe() {
  try {
    return JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    return undefined; // not written yet
  }
}

async function statusTexts(page) {
  // Runs in the workbench's page, not in Node.
  return page.evaluate(() => [...globalThis.document.querySelectorAll('.part.statusbar .statusbar-item')].map((e) => e.textContent ?? '')).catch(() => []);
}

async function drive() {
  const server = await startServer({ env: { BACKCHECK_BENCH_RESULTS: resultsFile, BACKCHECK_BENCH_CALLS: values.calls } });
  let browser;
  const started = Date.now();
  const progressSeen = new Set();
  try {
    const authority = `localhost:${server.port}`;
    const payload = [['extensionDevelopmentPath', `vscode-remote://${authority}${root}`], ['extensionTestsPath', `vscode-remote://${authority}${probeFile.replace(/\.js$/, '')}`]];
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    progress(`workbench opened on ${workspace}`);
    for (;;) {
      for (const text of await statusTexts(page)) if (LOADING.test(text)) progressSeen.add(text.trim());
      const body = readProbe();
      if (body) return { ...body, progressSeen: [...progressSeen].slice(0, 5), progressTexts: progressSeen.size, wallMs: Date.now() - started };
      if (Date.now() - started > Number(values['timeout-ms'])) return { error: `no answer from the probe within ${Number(values['timeout-ms']) / 1000} s\n${server.output().slice(-2000)}` };
      await sleep(200);
    }
  } finally {
    await browser?.close();
    await server.stop();
    const left = leftovers({ pgids: [server.pid], markers: [server.scratch, browser?.profile] });
    if (left.length) {
      killNow({ pgid: server.pid, marker: server.scratch });
      if (browser) killNow({ marker: browser.profile });
    }
  }
}

async function main() {
  if (!positionals[0]) throw new Error('usage: node bench/vscode/drive.mjs WORKSPACE --out FILE');
  rmSync(resultsFile, { force: true });
  await buildProbe();
  const result = await drive();
  rmSync(resultsFile, { force: true });
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  if (result.error) throw new Error(result.error);
}

main().catch((error) => {
  process.stderr.write(`[bench:vscode] failed: ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
