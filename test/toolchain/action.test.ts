import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { load } from 'js-yaml';

// The CI integrations as a user's workflow runs them: the lint step of action.yml, its script
// and environment taken from the file itself (only `${{ inputs.* }}` and `${{ github.action_path }}`
// filled in, as the runner does), and the pre-commit hook's entry on the files pre-commit passes.
const root = resolve(__dirname, '../..');

interface Step { id?: string; run?: string; env?: Record<string, string>; uses?: string; shell?: string }
interface Action { inputs: Record<string, { default?: string }>; runs: { using: string; steps: Step[] } }

const action = load(readFileSync(join(root, 'action.yml'), 'utf8')) as Action;

/** The runner's expression substitution, for the two expressions the lint step uses. */
function expand(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.action_path') return root;
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input && input[1] in inputs) return inputs[input[1]];
    throw new Error(`unexpected expression in the lint step: ${expression}`);
  });
}

function runLintStep(cwd: string, given: Record<string, string> = {}) {
  const step = action.runs.steps.find((s) => s.id === 'lint')!;
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? ''])), ...given };
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, expand(String(value), inputs)]));
  const result = spawnSync('bash', ['-e', '-c', step.run!], { cwd, encoding: 'utf8', env: { ...process.env, ...env, GITHUB_OUTPUT: join(cwd, 'github-output') } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the GitHub Action and the pre-commit hook', function () {
  let dir: string;
  before(() => {
    if (!existsSync(join(root, 'dist', 'cli.js'))) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'pipe' });
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'backcheck-action-'));
    cpSync(join(root, 'test', 'fixtures', 'workspace'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is a composite action that builds Backcheck, lints, and uploads SARIF to code scanning', () => {
    assert.equal(action.runs.using, 'composite');
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'an upload-sarif step');
    assert.ok(action.runs.steps.some((s) => s.run?.includes('npm run --silent build')));
  });

  it('writes SARIF and prints one annotation per finding; warnings alone pass', () => {
    const { status, stdout, stderr } = runLintStep(dir, { drafts: 'draft.md' });
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^::warning file=draft\.md,line=5,col=20,endLine=5,endColumn=\d+,title=backcheck\(figure-unmatched\)::41\.5 million euros is in no source/m);
    const sarif = JSON.parse(readFileSync(join(dir, 'backcheck.sarif'), 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].results.map((r) => r.ruleId), ['figure-unmatched']);
    assert.match(readFileSync(join(dir, 'github-output'), 'utf8'), /^sarif-file=backcheck\.sarif$/m);
  });

  it('fails on warnings over max-warnings, still writing the SARIF report to upload', () => {
    const { status } = runLintStep(dir, { drafts: 'draft.md', 'max-warnings': '0', 'sarif-file': 'out.sarif' });
    assert.equal(status, 1);
    assert.ok(existsSync(join(dir, 'out.sarif')));
  });

  it('passes glob drafts and several sources on unexpanded, and fails with exit 2 on a usage error', () => {
    const ok = runLintStep(dir, { drafts: '*.md', sources: 'sources/en_port_fire.txt sources/de_hafenbrand.txt' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /title=backcheck\(figure-unmatched\)/);
    const missing = runLintStep(dir, { drafts: 'drafts/**/*.md' });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no file matches "drafts\/\*\*\/\*\.md"/);
  });

  it('pre-commit: the hook runs the package bin on the Markdown files it is given', () => {
    const [hook] = load(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; types: string[] }>;
    assert.equal(hook.id, 'backcheck');
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.types, ['markdown']);
    const [bin, ...args] = hook.entry.split(' ');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.ok(pkg.bin[bin], `${bin} is the package's bin`);
    const result = spawnSync('node', [join(root, pkg.bin[bin]), ...args, '--max-warnings', '0', 'draft.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stdout, /5:20\s+warning\s+41\.5 million euros is in no source/);
    // pre-commit installs the hook from `npm pack`: the package must hold the built bundles.
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ files: Array<{ path: string }> }>;
    const files = packed[0].files.map((f) => f.path);
    for (const file of ['dist/cli.js', 'dist/cliMain.js', 'dist/documents.js', 'dist/html.js', 'package.json']) assert.ok(files.includes(file), `${file} in ${files.join(', ')}`);
    assert.ok(!files.some((f) => f.startsWith('src/') || f.endsWith('.map')), files.join(', '));
  });
});
