/**
 * The entry point VS Code's web worker extension host calls for `extensionTestsPath` (the `web`
 * stage, scripts/vscode/run-integration.mjs --web). It is one bundle (scripts/build-tests.mjs):
 * the worker's `require` knows only `vscode`, so mocha's browser build and the suites are inside.
 * There is no file system of Node's here either: the options come from, and the results go to,
 * files under the extension's folder through vscode.workspace.fs, which VS Code's server reads and
 * writes on disk, where the driver waits for them, as in the Node run.
 */
import 'mocha/mocha.js';
import * as vscode from 'vscode';

import type { ResultsFile, TestResult } from '../integration/index';

/** What mocha's browser build puts on the global object. */
interface BrowserMocha {
  setup(options: { ui: string; timeout: number; color: boolean; reporter?: string }): void;
  grep(pattern: RegExp): void;
  run(done: (failures: number) => void): { total: number; on(event: string, listener: (test: MochaTest, error?: Error) => void): void };
}
interface MochaTest {
  fullTitle(): string;
  duration?: number;
}
// @types/mocha types the global for a page; this is its shape as used here.
const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;

/** The suites, loaded once mocha has set up `describe` and `it`. */
const SUITES = [() => import('./web.spec')];

function resultsDir(): vscode.Uri {
  const extension = vscode.extensions.getExtension('backcheck.backcheck');
  if (!extension) throw new Error('extension backcheck.backcheck is not loaded in this extension host');
  return vscode.Uri.joinPath(extension.extensionUri, 'out', 'test-results');
}

async function readOptions(): Promise<{ grep?: string }> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(resultsDir(), 'web-options.json')).then((b) => b, () => undefined);
  return bytes ? JSON.parse(new TextDecoder().decode(bytes)) : {};
}

/** Writes the results, one write after the last: the driver retries a file it cannot parse yet. */
let writing: Promise<void> = Promise.resolve();
function writeResults(body: ResultsFile): Promise<void> {
  const bytes = new TextEncoder().encode(JSON.stringify(body, null, 2));
  writing = writing.then(() => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(resultsDir(), 'web.json'), bytes));
  return writing;
}

export async function run(): Promise<void> {
  const results: TestResult[] = [];
  try {
    mocha.setup({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
    const { grep } = await readOptions();
    if (grep) mocha.grep(new RegExp(grep));
    for (const load of SUITES) await load();
  } catch (error) {
    await writeResults({ results, finished: true, failures: 1, crashed: String((error as Error).stack ?? error) });
    throw error;
  }
  return new Promise((done, fail) => {
    const runner = mocha.run((failures) => {
      const passes = results.filter((r) => r.state === 'passed').length;
      void writeResults({ results, finished: true, total: runner.total, passes, failures }).then(() => (failures > 0 ? fail(new Error(`${failures} web tests failed`)) : done()), fail);
    });
    const record = (result: TestResult) => {
      results.push(result);
      void writeResults({ results, finished: false, total: runner.total });
    };
    runner.on('pass', (test) => record({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('fail', (test, error) => record({ title: test.fullTitle(), state: 'failed', error: error?.stack ?? String(error) }));
    runner.on('pending', (test) => record({ title: test.fullTitle(), state: 'pending' }));
  });
}
