/**
 * The entry point VS Code's extension host calls for `extensionTestsPath`: runs the mocha suites
 * beside this file inside the real extension host and writes the results as JSON to a file,
 * because nothing comes back through the browser that drives the workbench.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export function resultsPath(): string {
  return process.env.BACKCHECK_TEST_RESULTS ?? resolve(__dirname, '../../test-results/integration.json');
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const grep = process.env.BACKCHECK_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.spec.js')).sort()) mocha.addFile(join(__dirname, file));

  const results: TestResult[] = [];
  const write = (extra: Record<string, unknown>) => {
    const file = resultsPath();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ results, ...extra }, null, 2));
  };
  return new Promise((done, fail) => {
    try {
      const runner = mocha.run((failures) => {
        write({ failures, finished: true });
        if (failures > 0) fail(new Error(`${failures} integration tests failed`));
        else done();
      });
      runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
      runner.on('fail', (test, error) => results.push({ title: test.fullTitle(), state: 'failed', error: (error as Error).stack ?? String(error) }));
      runner.on('pending', (test) => results.push({ title: test.fullTitle(), state: 'pending' }));
    } catch (error) {
      write({ failures: 1, finished: true, crashed: String((error as Error).stack ?? error) });
      fail(error);
    }
  });
}
