// `npm test`: every check in order — build, types, lint, unit and reliability tests, the packaged VSIX, then the
// suites inside a real VS Code — streaming each stage's output and ending with one total line
// ("tests: N passed, N failed, N skipped") that CI reads. Exits non-zero if any stage fails;
// later stages still run, so one failure doesn't hide another.
import { spawn } from 'node:child_process';

const STAGES = [
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build'] },
  { name: 'typecheck', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'unit', cmd: ['npm', 'run', '--silent', 'test:unit'] },
  { name: 'conformance', cmd: ['npm', 'run', '--silent', 'conformance', '--', '--check'] },
  // test/reliability/: one test per row of issue 12 (special files, limits, linearity by
  // doubling), 110,000 fuzz inputs and the ReDoS check of every regex in src/.
  { name: 'reliability', cmd: ['npm', 'run', '--silent', 'test:reliability'] },
  { name: 'package', cmd: ['npm', 'run', '--silent', 'test:package'] },
  { name: 'toolchain', cmd: ['npm', 'run', '--silent', 'test:toolchain'] },
  { name: 'integration', cmd: ['npm', 'run', '--silent', 'test:integration'] },
  // The German interface: the suites written for it, with VS Code's display language German.
  { name: 'integration-de', cmd: ['npm', 'run', '--silent', 'test:integration'], env: { BACKCHECK_TEST_LANGUAGE: 'de', BACKCHECK_TEST_GREP: 'in German' } },
  // The browser bundle in the web worker extension host of the same workbench (VS Code for the Web).
  { name: 'web', cmd: ['npm', 'run', '--silent', 'test:web'] },
  { name: 'e2e', cmd: ['npm', 'run', '--silent', 'test:e2e'] },
];
const only = process.argv.slice(2);

function run(stage) {
  return new Promise((done) => {
    console.log(`\n=== ${stage.name}: ${stage.cmd.join(' ')}`);
    const child = spawn(stage.cmd[0], stage.cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...stage.env } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('close', (code) => {
      // mocha's spec reporter (also used by the VS Code harness) closes with these counts.
      const count = (word) => [...out.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0);
      done({ name: stage.name, code, passed: count('passing'), failed: count('failing'), skipped: count('pending') });
    });
  });
}

const results = [];
for (const stage of STAGES.filter((s) => only.length === 0 || only.includes(s.name))) results.push(await run(stage));

console.log('\n=== summary');
for (const r of results) console.log(`${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.name.padEnd(12)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
const total = (k) => results.reduce((n, r) => n + r[k], 0);
// A stage that failed without a failing test (a build or lint error) still counts as one failure.
const failed = total('failed') + results.filter((r) => r.code !== 0 && r.failed === 0).length;
console.log(`tests: ${total('passed')} passed, ${failed} failed, ${total('skipped')} skipped`);
process.exitCode = results.every((r) => r.code === 0) ? 0 : 1;
