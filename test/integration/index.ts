/**
 * The entry point VS Code's extension host calls for `extensionTestsPath`: runs the mocha suites
 * beside this file (and in folders below it) inside the real extension host and writes the
 * results as JSON to a file, because nothing comes back through the browser that drives the
 * workbench. The file is rewritten after every test (`finished: false`) so the driver can stream
 * progress, and once more at the end with `finished: true`.
 */
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface ResultsFile {
  results: TestResult[];
  finished: boolean;
  total?: number;
  passes?: number;
  failures?: number;
  crashed?: string;
}

/**
 * Where the results go: BACKCHECK_TEST_RESULTS, which the driver sets in the VS Code server's
 * environment (the extension host inherits it), else out/test-results/integration.json.
 */
export function resultsPath(): string {
  return process.env.BACKCHECK_TEST_RESULTS ?? resolve(__dirname, '../../test-results/integration.json');
}

/** The compiled suites under `dir`, in a stable order. */
export function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.spec.js'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function writeResults(body: ResultsFile): void {
  const file = resultsPath();
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename, so the driver never reads a half-written file.
  writeFileSync(`${file}.tmp`, JSON.stringify(body, null, 2));
  renameSync(`${file}.tmp`, file);
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const grep = process.env.BACKCHECK_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of specFiles(__dirname)) mocha.addFile(file);

  const results: TestResult[] = [];
  return new Promise((done, fail) => {
    try {
      const runner = mocha.run((failures) => {
        const passes = results.filter((r) => r.state === 'passed').length;
        writeResults({ results, finished: true, total: runner.total, passes, failures });
        if (failures > 0) fail(new Error(`${failures} integration tests failed`));
        else done();
      });
      const record = (result: TestResult) => {
        results.push(result);
        writeResults({ results, finished: false, total: runner.total });
      };
      runner.on('pass', (test) => record({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
      // A failing hook is reported here too, with the hook's title.
      runner.on('fail', (test, error) => record({ title: test.fullTitle(), state: 'failed', error: (error as Error).stack ?? String(error) }));
      runner.on('pending', (test) => record({ title: test.fullTitle(), state: 'pending' }));
    } catch (error) {
      // A suite that throws while loading lands here: report it rather than leave the driver waiting.
      writeResults({ results, finished: true, failures: 1, crashed: String((error as Error).stack ?? error) });
      fail(error);
    }
  });
}
